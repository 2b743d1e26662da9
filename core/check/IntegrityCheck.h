#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// One problem found in a database: where (table and record) and what.
struct IntegrityProblem
{
    QString table;
    QString recordUuid;
    QString message;
};

// What `observatoire check` runs: SQLite's own integrity check, foreign keys, and the data rules
// the stores enforce, applied to everything already in the database (imports from other tools,
// older versions, hand edits with the sqlite3 tool).
class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)

public:
    explicit IntegrityCheck(const QSqlDatabase& db);

    QList<IntegrityProblem> run() const;

private:
    void checkStorage(QList<IntegrityProblem>& problems) const;
    void checkForeignKeys(QList<IntegrityProblem>& problems) const;
    void checkRule(QList<IntegrityProblem>& problems, const QString& table, const QString& where,
                   const QString& message) const;
    void checkIdentifiers(QList<IntegrityProblem>& problems) const;

    QSqlDatabase m_db;
};

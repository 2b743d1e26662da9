#pragma once

#include "SqlEngine.h"

// SQLite's way: group_concat, COLLATE NOCASE, FTS5, PRAGMA user_version and integrity_check,
// VACUUM INTO.
class SqliteEngine final : public SqlEngine
{
public:
    Kind kind() const override { return Kind::Sqlite; }
    QString aggregateList(const QString& expression, const QString& separator) const override;
    QString aggregateDistinctList(const QString& expression) const override;
    QString caseInsensitive(const QString& expression) const override;
    QString descendingEmptyLast(const QString& expression) const override;
    QString defaultAuthor() const override;
    QString searchMatches(int entityNumber) const override;
    Result<int> schemaVersion(const QSqlDatabase& db) const override;
    Status setSchemaVersion(const QSqlDatabase& db, int version) const override;
    Result<QStringList> storageProblems(const QSqlDatabase& db) const override;
    QList<BrokenReference> brokenReferences(const QSqlDatabase& db) const override;
    QString beginWrite() const override;
    QString beginSnapshot() const override;
    QString changeNotice() const override;
    std::optional<qint64> dataVersion(const QSqlDatabase& db) const override;
    Status copyInto(const QSqlDatabase& db, const QString& path, const QString& what) const override;
    Status continueIdentities(const QSqlDatabase& db) const override;
    Status suspendSortKeys(const QSqlDatabase& db) const override;
    Status resumeSortKeys(const QSqlDatabase& db) const override;

protected:
    QString dataTablesQuery() const override;
    QString referencesQuery() const override;
};

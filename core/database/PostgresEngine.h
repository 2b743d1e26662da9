#pragma once

#include "SqlEngine.h"

// PostgreSQL's way (Qt's QPSQL driver): string_agg, lower(), a table of its own for the schema
// version, the search index as a full-text index over the text without accents (unaccent), no
// storage check of its own and no copy into a file (pg_dump's work).
class PostgresEngine final : public SqlEngine
{
    Q_DECLARE_TR_FUNCTIONS(PostgresEngine)

public:
    Kind kind() const override { return Kind::Postgres; }
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

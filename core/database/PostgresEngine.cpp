#include "PostgresEngine.h"

#include "SqlErrors.h"

#include <QSqlError>
#include <QSqlQuery>

QString PostgresEngine::aggregateList(const QString& expression, const QString& separator) const
{
    return QStringLiteral("string_agg(CAST(%1 AS TEXT), %2)").arg(expression, quoted(separator));
}

QString PostgresEngine::aggregateDistinctList(const QString& expression) const
{
    return QStringLiteral("string_agg(DISTINCT CAST(%1 AS TEXT), ',')").arg(expression);
}

QString PostgresEngine::caseInsensitive(const QString& expression) const
{
    return QStringLiteral("lower(%1)").arg(expression);
}

QString PostgresEngine::descendingEmptyLast(const QString& expression) const
{
    return expression + QLatin1String(" DESC NULLS LAST");
}

QString PostgresEngine::defaultAuthor() const
{
    // The role the adviser logged in with (no SET ROLE is ever run), a role of their own.
    return QStringLiteral("current_user");
}

QString PostgresEngine::searchMatches(int entityNumber) const
{
    // :search is SearchIndex::matchExpression's text, written for FTS5: "word"* terms joined by
    // AND, an abbreviation as ("st"* OR "saint"*). Each term is a word (letters, digits), so the
    // rewrite into a tsquery is word for word: "word"* → word:*, AND → &, OR → |. Accents come
    // off both sides (observatoire_unaccent, resources/migrations/pg/003_search.sql), and the
    // 'simple' configuration lowers case without stemming, as FTS5's unicode61 tokenizer does.
    return QStringLiteral(
               "SELECT rowid / 8 AS id FROM search_index WHERE "
               "to_tsvector('simple', observatoire_unaccent(content)) @@ to_tsquery('simple', "
               "observatoire_unaccent(regexp_replace(replace(replace(CAST(:search AS TEXT), ' AND ', ' & '), "
               "' OR ', ' | '), '\"([^\"]*)\"\\*', '\\1:*', 'g'))) AND rowid % 8 = %1")
        .arg(entityNumber);
}

Result<int> PostgresEngine::schemaVersion(const QSqlDatabase& db) const
{
    // A table of one row (PostgreSQL has no header field for it); none yet in a new database.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) || !query.next())
        return Result<int>::failure(query.lastError().text());
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT max(version) FROM schema_version")) || !query.next())
        return Result<int>::failure(query.lastError().text());
    return query.value(0).toInt();
}

Status PostgresEngine::setSchemaVersion(const QSqlDatabase& db, int version) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")) ||
        !query.exec(QStringLiteral("DELETE FROM schema_version")) ||
        !query.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(version)))
        return Status::failure(query.lastError().text());
    return {};
}

Result<QStringList> PostgresEngine::storageProblems(const QSqlDatabase&) const
{
    // PostgreSQL checks its own pages as it reads them (data checksums, docs/team.md); a page
    // check of every table (amcheck) needs a superuser, which an adviser is not.
    return QStringList();
}

QList<SqlEngine::BrokenReference> PostgresEngine::brokenReferences(const QSqlDatabase&) const
{
    // PostgreSQL enforces every foreign key at each write: none can point nowhere.
    return {};
}

Status PostgresEngine::copyInto(const QSqlDatabase&, const QString&, const QString& what) const
{
    return Status::failure(what + QLatin1String(": ") +
                           tr("a copy of a PostgreSQL database is made by the server's own tools "
                              "(pg_dump, docs/team.md), not by Observatoire."));
}

QString PostgresEngine::beginWrite() const
{
    // Rows are locked as they are written; a row another adviser holds is waited for up to
    // lock_timeout (Database::configure), then reported busy.
    return QStringLiteral("BEGIN");
}

QString PostgresEngine::beginSnapshot() const
{
    // The default isolation (read committed) would take a snapshot per statement.
    return QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

QString PostgresEngine::changeNotice() const
{
    return QStringLiteral("NOTIFY ") + changeChannel();
}

std::optional<qint64> PostgresEngine::dataVersion(const QSqlDatabase&) const
{
    return std::nullopt; // the notifications tell
}

QString PostgresEngine::dataTablesQuery() const
{
    // schema_version is this engine's bookkeeping (SQLite keeps it in the file's header).
    return QStringLiteral("SELECT table_name FROM information_schema.tables "
                          "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' "
                          "AND table_name <> 'schema_version' ORDER BY table_name");
}

QString PostgresEngine::referencesQuery() const
{
    // Every foreign key of the schema has one column.
    return QStringLiteral("SELECT c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text "
                          "FROM pg_constraint c "
                          "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
                          "WHERE c.contype = 'f' AND c.connamespace = "
                          "(SELECT oid FROM pg_namespace WHERE nspname = current_schema())");
}

Status PostgresEngine::continueIdentities(const QSqlDatabase& db) const
{
    QSqlQuery columns(db);
    if (!columns.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                                     "WHERE table_schema = current_schema() AND is_identity = 'YES'")))
        return SqlErrors::failure(SqlEngine::tr("The identity columns could not be read"),
                                  columns.lastError());
    QStringList statements;
    while (columns.next()) {
        const QString table = columns.value(0).toString();
        const QString column = columns.value(1).toString();
        // The next id given is the largest + 1 (is_called false: that value itself comes next).
        statements << QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), "
                                     "coalesce(max(%2), 0) + 1, false) FROM %1")
                          .arg(table, column);
    }
    QSqlQuery set(db);
    for (const QString& statement : std::as_const(statements)) {
        if (!set.exec(statement))
            return SqlErrors::failure(SqlEngine::tr("The next ids could not be set"), set.lastError());
    }
    return {};
}

namespace {

// The setting the link triggers read (migrations/pg/017_sort_key_functions.sql); SET LOCAL ends
// with the transaction, so that a failed copy leaves no session with its triggers off.
Status setCopying(const QSqlDatabase& db, bool copying)
{
    QSqlQuery set(db);
    if (!set.exec(copying ? QStringLiteral("SET LOCAL observatoire.copying = on")
                          : QStringLiteral("SET LOCAL observatoire.copying = off")))
        return SqlErrors::failure(SqlEngine::tr("The sort keys' triggers could not be set"), set.lastError());
    return {};
}

} // namespace

Status PostgresEngine::suspendSortKeys(const QSqlDatabase& db) const
{
    return setCopying(db, true);
}

Status PostgresEngine::resumeSortKeys(const QSqlDatabase& db) const
{
    return setCopying(db, false);
}

#include "SqliteEngine.h"

#include "SchemaIdentity.h"
#include "SqlErrors.h"
#include "common/CurrentUser.h"

#include <QSqlError>
#include <QSqlQuery>

QString SqliteEngine::aggregateList(const QString& expression, const QString& separator) const
{
    return QStringLiteral("group_concat(%1, %2)").arg(expression, quoted(separator));
}

QString SqliteEngine::aggregateDistinctList(const QString& expression) const
{
    return QStringLiteral("group_concat(DISTINCT %1)").arg(expression);
}

QString SqliteEngine::caseInsensitive(const QString& expression) const
{
    return expression + QLatin1String(" COLLATE NOCASE");
}

QString SqliteEngine::descendingEmptyLast(const QString& expression) const
{
    // SQLite's NULL sorts first, so last from the largest down: the plain DESC, which an index
    // on the column walks backwards.
    return expression + QLatin1String(" DESC");
}

QString SqliteEngine::defaultAuthor() const
{
    return quoted(CurrentUser::systemName());
}

QString SqliteEngine::searchMatches(int entityNumber) const
{
    // rowid = record id * 8 + the entity's number (resources/migrations/003_search.sql).
    return QStringLiteral(
               "SELECT rowid / 8 AS id FROM search_index WHERE search_index MATCH :search AND rowid % 8 = %1")
        .arg(entityNumber);
}

Result<int> SqliteEngine::schemaVersion(const QSqlDatabase& db) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return Result<int>::failure(query.lastError().text());
    return query.value(0).toInt();
}

Status SqliteEngine::setSchemaVersion(const QSqlDatabase& db, int version) const
{
    // In the file's header, where SqliteFileHeader reads them before SQLite opens the file.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)) ||
        !query.exec(QStringLiteral("PRAGMA application_id = %1").arg(SchemaIdentity::kApplicationId)))
        return Status::failure(query.lastError().text());
    return {};
}

Result<QStringList> SqliteEngine::storageProblems(const QSqlDatabase& db) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return Result<QStringList>::failure(query.lastError().text());
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    return problems;
}

QList<SqlEngine::BrokenReference> SqliteEngine::brokenReferences(const QSqlDatabase& db) const
{
    QSqlQuery query(db);
    QList<BrokenReference> broken;
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return broken;
    while (query.next())
        broken.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return broken;
}

Status SqliteEngine::copyInto(const QSqlDatabase& db, const QString& path, const QString& what) const
{
    QSqlQuery vacuum(db);
    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(path);
    if (!vacuum.exec())
        return SqlErrors::failure(what, vacuum.lastError());
    return {};
}

QString SqliteEngine::beginWrite() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString SqliteEngine::beginSnapshot() const
{
    // SQLite takes its snapshot at the first read after BEGIN.
    return QStringLiteral("BEGIN");
}

QString SqliteEngine::changeNotice() const
{
    return {}; // the other connections read data_version
}

std::optional<qint64> SqliteEngine::dataVersion(const QSqlDatabase& db) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

QString SqliteEngine::dataTablesQuery() const
{
    // table_list types: 'table' (ours), 'virtual' (the search index) and 'shadow' (FTS5's own
    // tables behind it), 'view'.
    return QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
                          "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
}

QString SqliteEngine::referencesQuery() const
{
    return QStringLiteral("SELECT m.name, k.\"from\", k.\"table\" FROM sqlite_master m "
                          "JOIN pragma_foreign_key_list(m.name) k WHERE m.type = 'table'");
}

Status SqliteEngine::continueIdentities(const QSqlDatabase&) const
{
    // An INTEGER PRIMARY KEY without AUTOINCREMENT takes the largest rowid + 1.
    return {};
}

Status SqliteEngine::suspendSortKeys(const QSqlDatabase&) const
{
    // Triggers compiled with the schema: a copy of 100,000 records to a file spends little in them.
    return {};
}

Status SqliteEngine::resumeSortKeys(const QSqlDatabase&) const
{
    return {};
}

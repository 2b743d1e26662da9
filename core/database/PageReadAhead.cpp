#include "PageReadAhead.h"

#include "PageCache.h"
#include "QueryCancel.h"
#include "SqliteHandle.h"
#include "Statement.h"

#include <QSqlDriver>

namespace {

// Whether the whole file lies in the connection's memory map.
bool fileInMap(const QSqlDatabase& db)
{
    Statement pages(db, QStringLiteral("PRAGMA page_count"));
    Statement pageSize(db, QStringLiteral("PRAGMA page_size"));
    return pages.run() && pageSize.run() && pages.returned() * pageSize.returned() <= PageCache::kMappedBytes;
}

} // namespace

PageReadAhead::PageReadAhead(const QSqlDatabase& db)
    : m_db(db)
{
    if (!sqliteHandle(db))
        return;
    // In the schema's order: the records' tables, their indexes and their links first.
    // A table without rowid (a table of the search index's) has none to step over: passed over.
    Statement schema(db, QStringLiteral("SELECT type, name, tbl_name, sql LIKE 'CREATE VIRTUAL TABLE%' "
                                        "FROM sqlite_schema WHERE type IN ('table', 'index') "
                                        "AND coalesce(sql NOT LIKE '%WITHOUT ROWID%', 1) ORDER BY rowid"));
    QStringList virtualTables;
    QList<std::pair<QString, QString>> btrees; // (table, index or empty)
    while (schema.next()) {
        if (schema.integer(3) != 0)
            virtualTables << schema.string(1);
        else if (schema.string(0) == QLatin1String("table"))
            btrees.append({schema.string(1), QString()});
        else
            btrees.append({schema.string(2), schema.string(1)});
    }
    const bool wholeFileMapped = fileInMap(db);
    const auto quoted = [&db](const QString& name) {
        return db.driver()->escapeIdentifier(name, QSqlDriver::TableName);
    };
    const auto belongsToVirtual = [&virtualTables](const QString& table) {
        for (const QString& owner : std::as_const(virtualTables)) {
            if (table.startsWith(owner + QLatin1Char('_')))
                return true;
        }
        return false;
    };
    // `WHERE rowid IS NOT NULL` keeps SQLite from counting a b-tree's entries from its pages'
    // headers alone (the count(*) shortcut, one step that cannot be stopped): every entry is
    // stepped over, a leaf page at a time.
    for (const auto& [table, index] : std::as_const(btrees)) {
        if (!wholeFileMapped && belongsToVirtual(table))
            continue;
        m_reads << (index.isEmpty()
                        ? QStringLiteral("SELECT count(*) FROM %1 NOT INDEXED WHERE rowid IS NOT NULL")
                              .arg(quoted(table))
                        : QStringLiteral("SELECT count(*) FROM %1 INDEXED BY %2 WHERE rowid IS NOT NULL")
                              .arg(quoted(table), quoted(index)));
    }
}

PageReadAhead::Step PageReadAhead::readNext(const std::function<bool()>& stop)
{
    if (done())
        return Step::Read;
    const QueryCancel cancel(m_db, stop);
    Statement read(m_db, m_reads.at(m_next));
    const bool ran = read.isPrepared() && read.run();
    if (cancel.stopped())
        return Step::Stopped;
    ++m_next;
    return ran ? Step::Read : Step::Failed;
}

#include "PageCache.h"

#include "SqliteHandle.h"

#include <QSqlQuery>

PageCache::PageCache(const QSqlDatabase& db, int megabytes, Reads reads)
    : m_db(db)
{
    if (!sqliteHandle(db))
        return;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA cache_size")) || !query.next())
        return;
    const qint64 before = query.value(0).toLongLong();
    // A negative size is in KiB.
    if (query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-qint64(megabytes) * 1024)))
        m_before = before;
    // The statement journals in memory: each statement whose triggers write other rows (a link
    // keeps its record's sort keys, migration 013) keeps the pages it changes until it ends, in a
    // file once past 64 KB — a third of a first import went to writing that file (a system call
    // per page) and throwing it away. SQLite refuses the change inside a transaction: the caller
    // makes the cache before beginning its own.
    if (reads == Reads::Mapped)
        m_mapped = query.exec(QStringLiteral("PRAGMA mmap_size = %1").arg(kMappedBytes));
    if (query.exec(QStringLiteral("PRAGMA temp_store")) && query.next()) {
        const int tempStore = query.value(0).toInt();
        if (query.exec(QStringLiteral("PRAGMA temp_store = MEMORY")))
            m_tempStoreBefore = tempStore;
    }
}

PageCache::~PageCache()
{
    if (m_before != 0)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_before));
    if (m_tempStoreBefore >= 0)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA temp_store = %1").arg(m_tempStoreBefore));
    if (m_mapped)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA mmap_size = 0"));
}

#include "PageCache.h"

#include "SqliteHandle.h"

#include <QSqlQuery>

PageCache::PageCache(const QSqlDatabase& db, int megabytes)
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
}

PageCache::~PageCache()
{
    if (m_before != 0)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_before));
}

#include "ListConnection.h"

bool ListConnection::open(const QString& sourceConnection)
{
    m_totals.reset();
    m_pageCache.reset();
    if (!m_database.openCopyOf(sourceConnection, Database::Access::ReadOnly).ok())
        return false; // closed by openCopyOf
    m_pageCache.emplace(m_database.connection(), kPageCacheMiB, PageCache::Reads::Mapped);
    m_totals.emplace(m_database.connection());
    return true;
}

QSqlDatabase ListConnection::connection() const
{
    return m_database.isOpen() ? m_database.connection() : QSqlDatabase();
}

int ListConnection::total(RecordList::Family family)
{
    return m_totals ? m_totals->total(family) : 0;
}

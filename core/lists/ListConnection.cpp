#include "ListConnection.h"

bool ListConnection::open(const QString& sourceConnection)
{
    m_totals.reset();
    m_readAhead.reset();
    m_pageCache.reset();
    if (!m_database.openCopyOf(sourceConnection, Database::Access::ReadOnly).ok())
        return false; // closed by openCopyOf
    m_pageCache.emplace(m_database.connection(), kPageCacheMiB, PageCache::Reads::Mapped);
    m_readAhead.emplace(m_database.connection());
    m_totals.emplace(m_database.connection());
    return true;
}

bool ListConnection::readAhead(const std::function<bool()>& stop)
{
    if (!m_readAhead || m_readAhead->done())
        return false;
    m_readAhead->readNext(stop);
    return !m_readAhead->done();
}

QSqlDatabase ListConnection::connection() const
{
    return m_database.isOpen() ? m_database.connection() : QSqlDatabase();
}

int ListConnection::total(RecordList::Family family)
{
    return m_totals ? m_totals->total(family) : 0;
}

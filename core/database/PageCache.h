#pragma once

#include <QSqlDatabase>

// A larger SQLite page cache for as long as it lives, then the one the connection had: for a
// write of many rows (an import), whose index pages no longer fit in SQLite's default 2 MB and
// were written out and read back again and again — half of an import of 20,000 rows
// (docs/performance.md). Nothing on other drivers.
class PageCache
{
public:
    explicit PageCache(const QSqlDatabase& db, int megabytes = 64);
    ~PageCache();
    PageCache(const PageCache&) = delete;
    PageCache& operator=(const PageCache&) = delete;

private:
    QSqlDatabase m_db;
    qint64 m_before = 0; // PRAGMA cache_size as it was; 0 when not changed
};

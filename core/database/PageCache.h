#pragma once

#include <QSqlDatabase>

// A larger SQLite page cache, and temporary storage (statement journals) in memory, for as long
// as it lives, then the connection's own settings: for a write of many rows (an import), whose
// index pages no longer fit in SQLite's default 2 MB and were written out and read back again
// and again — half of an import of 20,000 rows — and whose statement journals went to a file
// (docs/performance.md). Made outside a transaction. Nothing on other drivers.
class PageCache
{
public:
    explicit PageCache(const QSqlDatabase& db, int megabytes = 64);
    ~PageCache();
    PageCache(const PageCache&) = delete;
    PageCache& operator=(const PageCache&) = delete;

private:
    QSqlDatabase m_db;
    qint64 m_before = 0;        // PRAGMA cache_size as it was; 0 when not changed
    int m_tempStoreBefore = -1; // PRAGMA temp_store as it was; -1 when not changed
};

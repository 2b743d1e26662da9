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
    // How pages not yet in the cache are read. Mapped: through a memory map of the file (PRAGMA
    // mmap_size), for a reading connection that meets new pages at every search: a cold first screen
    // at 100,000 records spent most of its time copying pages out of the system's cache. Not for a
    // writer, whose pages SQLite copies anyway. As much of the file as SQLite maps (its default
    // limit, 2 GiB): a 256 MiB map covered a twelfth of a million records' file, and « lyon »'s
    // first screen there spent a third of its time copying pages (docs/performance.md).
    enum class Reads
    {
        Copied,
        Mapped
    };
    static constexpr qint64 kMappedBytes = qint64(2047) * 1024 * 1024;

    explicit PageCache(const QSqlDatabase& db, int megabytes = 64, Reads reads = Reads::Copied);
    ~PageCache();
    PageCache(const PageCache&) = delete;
    PageCache& operator=(const PageCache&) = delete;

private:
    QSqlDatabase m_db;
    qint64 m_before = 0;        // PRAGMA cache_size as it was; 0 when not changed
    int m_tempStoreBefore = -1; // PRAGMA temp_store as it was; -1 when not changed
    bool m_mapped = false;      // PRAGMA mmap_size set (to 0 again at the end)
};

#pragma once

#include "ListTotals.h"
#include "RecordList.h"
#include "database/Database.h"
#include "database/PageCache.h"
#include "database/PageReadAhead.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

// The lists' own connection (ui/ListLoader's, on its thread): a read-only copy of the window's,
// with the families' totals kept while nothing changes (ListTotals), and a larger page cache for
// as long as it is open. Each search keystroke reads mostly the same pages (the search index, the
// lists' sort indexes); with SQLite's default 2 MB cache they came again from the system at every
// statement, a fifth of the first screen's time at 100,000 records; pages it meets for the first
// time are read through a memory map of the file, and every table read ahead once while the
// window is idle (PageReadAhead; docs/performance.md).
class ListConnection
{
public:
    ListConnection() = default;
    ListConnection(const ListConnection&) = delete;
    ListConnection& operator=(const ListConnection&) = delete;

    // Opens a read-only copy of the connection `sourceConnection` of this process, for the calling
    // thread (Database::openCopyOf); false, and closed, when it cannot.
    bool open(const QString& sourceConnection);
    // Invalid when closed.
    QSqlDatabase connection() const;
    // The number of records of the family; 0 when closed.
    int total(RecordList::Family family);

    // Reads the next table or index ahead of the searches (PageReadAhead::readNext); true while
    // some are left to read.
    bool readAhead(const std::function<bool()>& stop);

    // The page cache of the lists' connection, in MiB.
    static constexpr int kPageCacheMiB = 64;

private:
    Database m_database;
    // Let go of before the connection closes (members end in the reverse order).
    std::optional<PageCache> m_pageCache;
    std::optional<PageReadAhead> m_readAhead;
    std::optional<ListTotals> m_totals;
};

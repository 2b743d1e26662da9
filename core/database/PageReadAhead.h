#pragma once

#include <QSqlDatabase>
#include <QStringList>

#include <functional>

// Every table and index of an SQLite file read once through a connection that maps the file
// (PageCache::Reads::Mapped), one b-tree a step, so that the first searches after the file is
// opened find their pages mapped. A page of the map costs the process a fault the first time it
// touches it: at a million records the first « lyo » of a session read its first screen in 158 ms
// of CPU, and in 34 ms once the tables it walks had been read ahead (docs/performance.md).
//
// The tables of a virtual table (the search index's) only when the whole file lies in the map:
// past it, SQLite copies their pages into the connection's cache, too small at a million
// records (338 MB of index against 64 MiB) for them to stay. Nothing on other drivers: a
// PostgreSQL server keeps its own cache.
class PageReadAhead
{
public:
    explicit PageReadAhead(const QSqlDatabase& db);

    enum class Step
    {
        Read,    // a b-tree read to its end
        Stopped, // `stop` said so: the same b-tree is read again at the next step
        Failed,  // not readable so (a table without rowid): passed over
    };
    // Reads the next b-tree, asking `stop` every few thousand of SQLite's steps (QueryCancel).
    // A stopped read costs little when it is taken up again: what it read is mapped by then.
    Step readNext(const std::function<bool()>& stop);
    bool done() const { return m_next >= m_reads.size(); }
    // The b-trees to read, one statement each, and the position of the next one.
    const QStringList& reads() const { return m_reads; }
    qsizetype nextRead() const { return m_next; }

private:
    QSqlDatabase m_db;
    QStringList m_reads;
    qsizetype m_next = 0;
};

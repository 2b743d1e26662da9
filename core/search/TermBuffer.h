#pragma once

#include <QSqlDatabase>

// A larger buffer for the search index's new terms while the entries of many records are added
// (an import), then the size it had. SQLite's full-text index keeps new terms in memory up to
// 1 MB, then writes them out as a segment, which it merges with the others as they pile up: with
// 8 MB, the entries of a million partnerships took 11.2-11.9 s instead of 14.4-14.8 s, for 6 MB
// more memory (docs/performance.md).
// The size is a setting of the index, kept in the database: set and set back within the caller's
// transaction, so that it rolls back with it.
class TermBuffer
{
public:
    explicit TermBuffer(const QSqlDatabase& db, int megabytes = 8);
    ~TermBuffer();
    TermBuffer(const TermBuffer&) = delete;
    TermBuffer& operator=(const TermBuffer&) = delete;

    // FTS5's own default, for an index that never had another.
    static constexpr qint64 kDefaultBytes = 1024 * 1024;

private:
    QSqlDatabase m_db;
    qint64 m_before = 0; // the size as it was; 0 when not changed
};

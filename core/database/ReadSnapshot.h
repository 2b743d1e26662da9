#pragma once

#include <QSqlDatabase>

// One read transaction for as long as it lives: every query of a long read (an export's ids,
// linked lists and batches of records) sees the same state of the database, even when another
// program commits meanwhile (WAL lets it). Inside a transaction already open on the connection,
// it does nothing: that one is the snapshot.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const QSqlDatabase& db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

    // Whether this began the transaction (false inside one already open, or when refused).
    bool began() const { return m_began; }

private:
    QSqlDatabase m_db;
    bool m_began = false;
};

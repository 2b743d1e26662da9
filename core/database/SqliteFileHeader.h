#pragma once

#include <QString>
#include <QtGlobal>

// The first 100 bytes of an SQLite file, read without SQLite: lets us refuse a file that is not
// ours, or is from a newer version, before anything can write to it (not even a -wal file).
struct SqliteFileHeader
{
    bool exists = false;
    bool readable = false;
    qint64 size = 0;
    bool isSqlite = false;
    quint32 pageCount = 0;
    quint32 userVersion = 0;
    quint32 applicationId = 0;

    static SqliteFileHeader read(const QString& path);

    // An SQLite file with nothing in it yet (what `sqlite3 file.db` leaves), or a zero-byte file.
    bool isBlank() const
    {
        return size == 0 || (isSqlite && pageCount <= 1 && userVersion == 0 && applicationId == 0);
    }
};

#pragma once

#include <QString>

#include <utility>

// Why a database could not be used. Every failure but None makes the CLI exit with code 3.
enum class DatabaseFailure
{
    None,
    Missing,         // no file there, and the operation needs one
    Unavailable,     // cannot be opened or created (permissions, folder, driver, server)
    UnknownServer,   // no server is known by the host name given
    NoSuchDatabase,  // the server has no database of the name given
    Refused,         // the server refused the user or the password
    Locked,          // another program holds it beyond the busy timeout
    NotSqlite,       // the file is not an SQLite database
    Empty,           // an empty file (or an empty SQLite file) where a database should be
    ReadOnly,        // opened read-only, and the operation writes
    NotObservatoire, // an SQLite database of some other program
    Corrupt,         // SQLite reports damage
    NewerSchema,     // written by a newer Observatoire
    MigrationFailed, // an upgrade step failed and was rolled back
};

struct DatabaseStatus
{
    DatabaseStatus() = default;
    DatabaseStatus(DatabaseFailure why, QString text, QString driverText = QString())
        : failure(why)
        , message(std::move(text))
        , detail(std::move(driverText))
    {
    }

    DatabaseFailure failure = DatabaseFailure::None;
    QString message;
    // The driver's or server's own words when they are not the message's, for the IT contact (a
    // window shows them apart, under its own sentence).
    QString detail;

    bool ok() const { return failure == DatabaseFailure::None; }
    static DatabaseStatus success() { return {}; }
};

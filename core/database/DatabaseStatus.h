#pragma once

#include <QString>

// Why a database could not be used. Every failure but None makes the CLI exit with code 3.
enum class DatabaseFailure
{
    None,
    Missing,         // no file there, and the operation needs one
    Unavailable,     // cannot be opened or created (permissions, folder, driver, server)
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
    DatabaseFailure failure = DatabaseFailure::None;
    QString message;

    bool ok() const { return failure == DatabaseFailure::None; }
    static DatabaseStatus success() { return {}; }
};

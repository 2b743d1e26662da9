#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

// The files of an SQLite database — the file itself, its -wal, -shm and -journal — and which
// databases this process has open.
//
// SQLite's POSIX locks belong to the whole process: when any code of the process opens one of
// these files by other means (a QFile, a file dialog sniffing its type) and closes it, the close
// drops every lock the process holds on the database, and another process may then checkpoint
// and delete the WAL under an open connection, losing every later write. So only SQLite opens
// them while a connection is open: a path the adviser gives (a file to read, a file to write) is
// compared with the open databases here first, by stat alone, never by opening it.
namespace DatabaseFiles {

// The database file and the files SQLite keeps beside it.
QStringList companions(const QString& databasePath);

// True when `path` names the database at `databasePath` or one of its companions: the same
// path, another name of the same file (a link), or a path through a linked folder.
bool isPartOf(const QString& path, const QString& databasePath);

// Database::open registers each SQLite file it opens, and close() unregisters it.
void registerOpen(const QString& databasePath);
void unregisterOpen(const QString& databasePath);

// The open database that `path` names or belongs to; empty when it is none of them.
QString openDatabaseOf(const QString& path);

// For a file the adviser chose to read or write: a refusal naming it when it is the database at
// `databasePath` (open or not: an export must not replace it) or any database open in this
// process, or one of their companions; success otherwise. Nothing is opened.
Status refuseDatabaseFile(const QString& path, const QString& databasePath = QString());

} // namespace DatabaseFiles

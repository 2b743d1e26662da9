#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

// Copies of a whole database, written and read back through SQLite only (never by opening the
// open database's file otherwise: DatabaseFiles.h).
namespace DatabaseBackup {

// Writes a consistent, compact copy of the open database `db` to `target`, whole or not at all:
// VACUUM INTO a file beside the target, flushed to the disk, then renamed over it. Killed at any
// moment, `target` is either the previous copy or the new complete one; what an interrupted run
// left beside it is removed by the next. `target` must not be the database itself.
Status write(const QSqlDatabase& db, const QString& target);

// Replaces the whole content of the open database `db` by the copy at `copy`, through SQLite's
// online backup: other programs see the old content or the new one, never a mixture. The copy
// must be an Observatoire database that this version can open (the caller reopens `db`
// afterwards, which brings an older copy up to date).
Status restore(const QSqlDatabase& db, const QString& copy);

// For a damaged database that cannot be opened: moves its file (and its -wal and -shm) aside,
// to « NAME.damaged-DATE » beside it, kept for a specialist, and writes the checked copy in its
// place. Returns where the damaged file went. No program may have the database open.
Result<QString> replaceDamaged(const QString& databasePath, const QString& copy);

// The file names of what write() leaves while it works (removed when it ends or by the next run).
QString partialPath(const QString& target);

} // namespace DatabaseBackup

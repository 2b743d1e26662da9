#pragma once

#include "DatabaseStatus.h"
#include "common/Result.h"

#include <QSqlError>

namespace SqlErrors {

// Which kind of database failure an SQL error stands for (busy → Locked, damaged → Corrupt…).
DatabaseFailure classify(const QSqlError& error);

// True for SQLite's "busy" and "locked" answers, and PostgreSQL's lock timeout, deadlock and
// serialization failure (another adviser holds the row: try again).
bool isBusy(const QSqlError& error);

// True when the error is the database's rather than the request's: locked, read-only, disk full
// or unreadable, damaged, cannot be opened.
bool isStorage(const QSqlError& error);

// The cause in words an adviser understands ("the disk is full"), then SQLite's own text.
QString describe(const QSqlError& error);

// A failure whose message is `what` (already translated, e.g. "The record could not be saved")
// followed by the cause; a storage failure when the error is the database's.
Status failure(const QString& what, const QSqlError& error);

} // namespace SqlErrors

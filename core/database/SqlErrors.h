#pragma once

#include "DatabaseStatus.h"

#include <QSqlError>

namespace SqlErrors {

// Which kind of database failure an SQL error stands for (busy → Locked, damaged → Corrupt…).
DatabaseFailure classify(const QSqlError& error);

// True for SQLite's "busy" and "locked" answers.
bool isBusy(const QSqlError& error);

} // namespace SqlErrors

#include "SqlErrors.h"

namespace SqlErrors {

namespace {

// SQLite primary result codes (the low byte of the extended code that QSQLITE reports).
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADb = 26;

int primaryCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

} // namespace

bool isBusy(const QSqlError& error)
{
    const int code = primaryCode(error);
    return code == kSqliteBusy || code == kSqliteLocked;
}

DatabaseFailure classify(const QSqlError& error)
{
    switch (primaryCode(error)) {
    case kSqliteBusy:
    case kSqliteLocked:
        return DatabaseFailure::Locked;
    case kSqliteCorrupt:
        return DatabaseFailure::Corrupt;
    case kSqliteNotADb:
        return DatabaseFailure::NotSqlite;
    default:
        return DatabaseFailure::Unavailable;
    }
}

} // namespace SqlErrors

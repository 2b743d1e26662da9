#include "SqlErrors.h"

#include <QCoreApplication>
#include <QHash>

namespace SqlErrors {

namespace {

// SQLite primary result codes (the low byte of the extended code that QSQLITE reports).
constexpr int kSqlitePerm = 3;
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteNoMem = 7;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteProtocol = 15;
constexpr int kSqliteNotADb = 26;

QString tr(const char* text)
{
    return QCoreApplication::translate("SqlErrors", text);
}

// PostgreSQL's SQLSTATE (five characters; SQLite's extended codes have four digits at most) as
// the SQLite code of the same kind: a row another adviser holds past lock_timeout, a deadlock or
// a serialization failure is "busy" (try again), as SQLite's locked file is.
int postgresCode(const QString& sqlState)
{
    static const QHash<QString, int> kinds{
        {QStringLiteral("55P03"), kSqliteBusy},     // lock_not_available (lock_timeout)
        {QStringLiteral("40P01"), kSqliteBusy},     // deadlock_detected
        {QStringLiteral("40001"), kSqliteBusy},     // serialization_failure
        {QStringLiteral("25006"), kSqliteReadOnly}, // read_only_sql_transaction
        {QStringLiteral("42501"), kSqlitePerm},     // insufficient_privilege
        {QStringLiteral("53100"), kSqliteFull},     // disk_full
        {QStringLiteral("53200"), kSqliteNoMem},    // out_of_memory
        {QStringLiteral("58030"), kSqliteIoErr},    // io_error
        {QStringLiteral("XX001"), kSqliteCorrupt},  // data_corrupted
        {QStringLiteral("XX002"), kSqliteCorrupt},  // index_corrupted
    };
    return kinds.value(sqlState, -1);
}

int primaryCode(const QSqlError& error)
{
    const QString native = error.nativeErrorCode();
    if (native.size() == 5)
        return postgresCode(native);
    bool ok = false;
    const int code = native.toInt(&ok);
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
    case kSqliteReadOnly:
        return DatabaseFailure::ReadOnly;
    default:
        return DatabaseFailure::Unavailable;
    }
}

bool isStorage(const QSqlError& error)
{
    switch (primaryCode(error)) {
    case kSqlitePerm:
    case kSqliteBusy:
    case kSqliteLocked:
    case kSqliteNoMem:
    case kSqliteReadOnly:
    case kSqliteIoErr:
    case kSqliteCorrupt:
    case kSqliteFull:
    case kSqliteCantOpen:
    case kSqliteProtocol:
    case kSqliteNotADb:
        return true;
    default:
        return false;
    }
}

QString describe(const QSqlError& error)
{
    QString cause;
    switch (primaryCode(error)) {
    case kSqliteBusy:
    case kSqliteLocked:
        cause = tr("the database is locked by another program; try again in a moment");
        break;
    case kSqliteReadOnly:
    case kSqlitePerm:
        cause = tr("the database cannot be written (its file or folder is read-only)");
        break;
    case kSqliteFull:
        cause = tr("the disk is full");
        break;
    case kSqliteIoErr:
        cause = tr("the disk could not be read or written");
        break;
    case kSqliteCorrupt:
    case kSqliteNotADb:
        cause = tr("the database is damaged; restore it from a backup copy");
        break;
    case kSqliteCantOpen:
        cause = tr("the database file cannot be opened");
        break;
    case kSqliteNoMem:
        cause = tr("not enough memory");
        break;
    default:
        break;
    }
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (cause.isEmpty())
        return detail;
    return detail.isEmpty() ? cause : QStringLiteral("%1 (%2)").arg(cause, detail);
}

Status failure(const QString& what, const QSqlError& error)
{
    const QString message = QStringLiteral("%1: %2").arg(what, describe(error));
    return isStorage(error) ? Status::storageFailure(message) : Status::failure(message);
}

} // namespace SqlErrors

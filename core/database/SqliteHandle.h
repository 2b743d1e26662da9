#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

#include <cstring>

// Private to database/ (and the backup's copy): no public header includes <sqlite3.h>.

// Whether SQLite's C API may be used on the connections of Qt's SQLite driver: the library the
// driver runs (asked through Qt Sql) must be the very one this program was built and linked
// against (sqlite3_sourceid()); a driver with SQLite built in, or another version, would be given
// handles it does not own. Checked once, on the first SQLite connection (Database::open).
bool sqliteApiMatches(const QSqlDatabase& db);

// The SQLite connection under a Qt Sql connection, or null when the driver is another one
// (PostgreSQL) or its library is not ours (sqliteApiMatches). For the few paths that go through
// SQLite's C API where a benchmark showed Qt Sql to be the cost (Statement's native engine, the
// page cache, restoring a copy); everything else goes through Qt Sql.
inline sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0 || !sqliteApiMatches(db))
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

// `sql` prepared on `handle`, or null with SQLite's reason in `error`.
inline sqlite3_stmt* prepareOnSqlite(sqlite3* handle, const QString& sql, QString& error)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(handle, utf8.constData(), static_cast<int>(utf8.size()), &statement, nullptr) ==
        SQLITE_OK)
        return statement;
    error = QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(statement);
    return nullptr;
}

// Binds `text` to the parameter `parameter` (from 1) of `statement`, as UTF-8: the database's
// encoding, which SQLite would otherwise convert UTF-16 to one character at a time — a twentieth
// of an import's instructions, where Qt's conversion takes a fraction of that.
inline void bindTextOnSqlite(sqlite3_stmt* statement, int parameter, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(statement, parameter, utf8.constData(), static_cast<int>(utf8.size()),
                      SQLITE_TRANSIENT);
}

// Binds `value` to the parameter `parameter` (from 1, as SQLite counts) of `statement`: integers
// and booleans as integers, doubles as reals, anything else as text; null as NULL.
inline void bindOnSqlite(sqlite3_stmt* statement, int parameter, const QVariant& value)
{
    if (value.isNull()) {
        sqlite3_bind_null(statement, parameter);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        sqlite3_bind_int64(statement, parameter, value.toLongLong());
        break;
    case QMetaType::Double:
        sqlite3_bind_double(statement, parameter, value.toDouble());
        break;
    default:
        bindTextOnSqlite(statement, parameter, value.toString());
    }
}

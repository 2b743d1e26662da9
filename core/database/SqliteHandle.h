#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

#include <cstring>

// The SQLite connection under a Qt Sql connection, or null when the driver is another one
// (PostgreSQL). For the few classes that go through SQLite's C API where a benchmark showed Qt
// Sql to be the cost (RowScan, BoundStatement); everything else goes through Qt Sql.
inline sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0)
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

// Binds `value` to the parameter `parameter` (from 1, as SQLite counts) of `statement`: integers
// and booleans as integers, doubles as reals, anything else as UTF-16 text; null as NULL.
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
    default: {
        const QString text = value.toString();
        sqlite3_bind_text16(statement, parameter, text.utf16(), static_cast<int>(text.size() * 2),
                            SQLITE_TRANSIENT);
    }
    }
}

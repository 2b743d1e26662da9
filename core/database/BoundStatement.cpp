#include "BoundStatement.h"

#include "SqliteHandle.h"

#include <QSqlError>

BoundStatement::BoundStatement(const QSqlDatabase& db, const QString& sql, RowScan::Engine engine)
    : m_query(db)
{
    if (sqlite3* handle = engine == RowScan::Engine::Native ? sqliteHandle(db) : nullptr) {
        m_statement = prepareOnSqlite(handle, sql, m_error);
        m_prepared = m_statement != nullptr;
        return;
    }
    m_prepared = m_query.prepare(sql);
    if (!m_prepared) {
        m_error = m_query.lastError().text();
        return;
    }
    // Qt Sql wants a value for every placeholder: what is not bound is NULL, as in SQLite.
    bool quoted = false;
    for (const QChar c : sql) {
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        else if (c == QLatin1Char('?') && !quoted)
            ++m_placeholders;
    }
    clearQtSqlValues();
}

BoundStatement::~BoundStatement()
{
    sqlite3_finalize(m_statement);
}

void BoundStatement::bind(int index, qint64 value)
{
    if (m_statement)
        sqlite3_bind_int64(m_statement, index + 1, value);
    else
        m_query.bindValue(index, value);
}

void BoundStatement::bind(int index, const QString& text)
{
    if (!m_statement) {
        m_query.bindValue(index, text.isNull() ? QVariant() : QVariant(text));
    } else if (text.isNull()) {
        sqlite3_bind_null(m_statement, index + 1);
    } else {
        bindTextOnSqlite(m_statement, index + 1, text);
    }
}

void BoundStatement::bind(int index, const QVariant& value)
{
    if (m_statement)
        bindOnSqlite(m_statement, index + 1, value);
    else
        m_query.bindValue(index, value);
}

void BoundStatement::bindNull(int index)
{
    if (m_statement)
        sqlite3_bind_null(m_statement, index + 1);
    else
        m_query.bindValue(index, QVariant());
}

qint64 BoundStatement::insertedId() const
{
    return m_statement ? sqlite3_last_insert_rowid(sqlite3_db_handle(m_statement)) : m_returned;
}

void BoundStatement::clearQtSqlValues()
{
    // Qt Sql keeps the values of one run for the next; SQLite's path clears them.
    for (int i = 0; i < m_placeholders; ++i)
        m_query.bindValue(i, QVariant());
}

bool BoundStatement::run()
{
    m_returned = 0;
    m_returnedRow = false;
    if (!m_prepared)
        return false;
    if (!m_statement) {
        if (!m_query.exec()) {
            m_error = m_query.lastError().text();
            clearQtSqlValues();
            return false;
        }
        m_returnedRow = m_query.isSelect() && m_query.next();
        if (m_returnedRow)
            m_returned = m_query.value(0).toLongLong();
        m_query.finish();
        clearQtSqlValues();
        return true;
    }
    int stepped = sqlite3_step(m_statement);
    m_returnedRow = stepped == SQLITE_ROW;
    if (m_returnedRow) {
        m_returned = sqlite3_column_int64(m_statement, 0);
        while (stepped == SQLITE_ROW)
            stepped = sqlite3_step(m_statement);
    }
    const bool done = stepped == SQLITE_DONE;
    if (!done)
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return done;
}

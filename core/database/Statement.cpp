#include "Statement.h"

#include "IdSet.h"
#include "SqliteHandle.h"

#include <QSqlError>
#include <QSqlRecord>

Statement::Statement(const QSqlDatabase& db, const QString& sql, Engine engine)
    : m_query(db)
{
    if (sqlite3* handle = engine == Engine::Native ? sqliteHandle(db) : nullptr) {
        m_statement = prepareOnSqlite(handle, sql, m_error);
        m_prepared = m_statement != nullptr;
        return;
    }
    m_query.setForwardOnly(true);
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

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

void Statement::bind(int index, const QVariant& value)
{
    if (m_statement)
        bindOnSqlite(m_statement, index + 1, value);
    else
        m_query.bindValue(index, value);
}

void Statement::bind(int index, qint64 value)
{
    if (m_statement)
        sqlite3_bind_int64(m_statement, index + 1, value);
    else
        m_query.bindValue(index, value);
}

void Statement::bind(int index, const QString& text)
{
    if (!m_statement) {
        m_query.bindValue(index, text.isNull() ? QVariant() : QVariant(text));
    } else if (text.isNull()) {
        sqlite3_bind_null(m_statement, index + 1);
    } else {
        bindTextOnSqlite(m_statement, index + 1, text);
    }
}

void Statement::bindNull(int index)
{
    if (m_statement)
        sqlite3_bind_null(m_statement, index + 1);
    else
        m_query.bindValue(index, QVariant());
}

void Statement::bind(const QString& name, const QVariant& value)
{
    if (!m_statement) {
        m_query.bindValue(name, value);
    } else if (const int parameter = sqlite3_bind_parameter_index(m_statement, name.toUtf8().constData());
               parameter > 0) {
        bindOnSqlite(m_statement, parameter, value);
    }
}

bool Statement::bind(const QString& name, const IdSet& set)
{
    if (!m_statement)
        return false;
    const int parameter = sqlite3_bind_parameter_index(m_statement, name.toUtf8().constData());
    return parameter > 0 && sqlite3_bind_pointer(m_statement, parameter, const_cast<IdSet*>(&set),
                                                 IdSet::kPointerType, nullptr) == SQLITE_OK;
}

qint64 Statement::insertedId() const
{
    return m_statement ? sqlite3_last_insert_rowid(sqlite3_db_handle(m_statement)) : m_returned;
}

void Statement::clearQtSqlValues()
{
    // Qt Sql keeps the values of one run for the next; SQLite's path clears them.
    for (int i = 0; i < m_placeholders; ++i)
        m_query.bindValue(i, QVariant());
}

bool Statement::run()
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
    if (!done) {
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
        m_errorCode = sqlite3_extended_errcode(sqlite3_db_handle(m_statement));
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return done;
}

bool Statement::next()
{
    if (!m_statement)
        return nextQtSql();
    if (m_finished)
        return false;
    const int stepped = sqlite3_step(m_statement);
    return stepped == SQLITE_ROW || finish(stepped);
}

bool Statement::isNull(int column) const
{
    return m_statement ? sqlite3_column_type(m_statement, column) == SQLITE_NULL : m_query.isNull(column);
}

bool Statement::isNumber(int column) const
{
    if (!m_statement)
        return qtSqlIsNumber(column);
    const int type = sqlite3_column_type(m_statement, column);
    return type == SQLITE_INTEGER || type == SQLITE_FLOAT;
}

qint64 Statement::integer(int column) const
{
    return m_statement ? sqlite3_column_int64(m_statement, column) : m_query.value(column).toLongLong();
}

double Statement::real(int column) const
{
    return m_statement ? sqlite3_column_double(m_statement, column) : m_query.value(column).toDouble();
}

std::string_view Statement::text(int column) const
{
    if (!m_statement)
        return qtSqlText(column);
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return text ? std::string_view(text, static_cast<size_t>(sqlite3_column_bytes(m_statement, column)))
                : std::string_view();
}

const QHash<QString, int>& Statement::positions() const
{
    if (m_positions.isEmpty()) {
        if (m_statement) {
            for (int i = 0; i < sqlite3_column_count(m_statement); ++i)
                m_positions.insert(QString::fromUtf8(sqlite3_column_name(m_statement, i)), i);
        } else {
            const QSqlRecord record = m_query.record();
            for (int i = 0; i < record.count(); ++i)
                m_positions.insert(record.fieldName(i), i);
        }
    }
    return m_positions;
}

QSqlError Statement::sqlError() const
{
    if (!m_statement)
        return m_query.lastError();
    return QSqlError(QString(), m_error, QSqlError::StatementError, QString::number(m_errorCode));
}

void Statement::restart()
{
    // error() tells of the run to come: a lookup kept for a whole import must not take an
    // earlier run's failure for its own.
    if (m_prepared) {
        m_error.clear();
        m_errorCode = 0;
    }
    if (m_statement) {
        sqlite3_reset(m_statement);
        m_finished = false;
    }
    m_executed = false;
}

bool Statement::finish(int stepped)
{
    if (stepped != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
        m_errorCode = sqlite3_extended_errcode(sqlite3_db_handle(m_statement));
    }
    sqlite3_reset(m_statement);
    m_finished = true;
    return false;
}

bool Statement::nextQtSql()
{
    if (!m_prepared)
        return false;
    if (!m_executed) {
        m_executed = true;
        if (!m_query.exec()) {
            m_error = m_query.lastError().text();
            return false;
        }
    }
    if (!m_query.isActive())
        return false;
    if (m_query.next()) {
        m_texts.clear();
        return true;
    }
    if (m_query.lastError().isValid())
        m_error = m_query.lastError().text();
    return false;
}

std::string_view Statement::qtSqlText(int column) const
{
    if (m_texts.size() <= static_cast<size_t>(column))
        m_texts.resize(static_cast<size_t>(column) + 1);
    QByteArray& text = m_texts[static_cast<size_t>(column)];
    text = m_query.value(column).toString().toUtf8();
    return std::string_view(text.constData(), static_cast<size_t>(text.size()));
}

bool Statement::qtSqlIsNumber(int column) const
{
    const QVariant value = m_query.value(column);
    if (value.isNull())
        return false;
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

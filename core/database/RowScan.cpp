#include "RowScan.h"

#include "SqliteHandle.h"

#include <QSqlError>

RowScan::RowScan(const QSqlDatabase& db, const QString& sql, Engine engine)
    : m_query(db)
{
    sqlite3* handle = engine == Engine::Native ? sqliteHandle(db) : nullptr;
    if (handle) {
        m_statement = prepareOnSqlite(handle, sql, m_error);
        return;
    }
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        m_error = m_query.lastError().text();
}

RowScan::~RowScan()
{
    sqlite3_finalize(m_statement);
}

void RowScan::bind(int index, const QVariant& value)
{
    if (m_statement)
        bindOnSqlite(m_statement, index + 1, value);
    else
        m_query.bindValue(index, value);
}

void RowScan::bind(const QString& name, const QVariant& value)
{
    if (!m_statement) {
        m_query.bindValue(name, value);
    } else if (const int parameter = sqlite3_bind_parameter_index(m_statement, name.toUtf8().constData());
               parameter > 0) {
        bindOnSqlite(m_statement, parameter, value);
    }
}

void RowScan::restart()
{
    if (m_statement) {
        sqlite3_reset(m_statement);
        m_finished = false;
    }
    m_executed = false;
}

bool RowScan::finish(int stepped)
{
    if (stepped != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
    sqlite3_reset(m_statement);
    m_finished = true;
    return false;
}

bool RowScan::nextQtSql()
{
    if (!m_error.isEmpty())
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

std::string_view RowScan::qtSqlText(int column) const
{
    if (m_texts.size() <= static_cast<size_t>(column))
        m_texts.resize(static_cast<size_t>(column) + 1);
    QByteArray& text = m_texts[static_cast<size_t>(column)];
    text = m_query.value(column).toString().toUtf8();
    return std::string_view(text.constData(), static_cast<size_t>(text.size()));
}

bool RowScan::qtSqlIsNumber(int column) const
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

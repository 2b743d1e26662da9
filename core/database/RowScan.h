#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

#include <string_view>
#include <vector>

// Walks the rows of one query, reading integers and texts without a QVariant per value: through
// SQLite's C API on an SQLite connection, through Qt Sql (forward only) on any other. The report
// reads some ten million values at a million records, where Qt Sql's QVariant per value is most
// of the time (docs/performance.md); PostgreSQL still gets the same rows.
class RowScan
{
public:
    enum class Engine
    {
        Native, // SQLite's C API when the connection is SQLite
        QtSql,
    };

    // Prepares `sql`, which runs at the first next(): values for its placeholders are bound before.
    RowScan(const QSqlDatabase& db, const QString& sql, Engine engine = Engine::Native);
    ~RowScan();
    RowScan(const RowScan&) = delete;
    RowScan& operator=(const RowScan&) = delete;

    // The value of a `?` placeholder, by position from 0, or of a named one (`:year`): integers
    // and booleans as integers, doubles as reals, anything else as text; null as NULL.
    void bind(int index, const QVariant& value);
    void bind(const QString& name, const QVariant& value);
    // Runs the query again from its first row at the next next(), with the values bound since: a
    // statement prepared once for many runs (an export reads a million records 500 at a time).
    void restart();

    // Moves to the next row; false at the end or on an error (error() then says which).
    bool next()
    {
        if (!m_statement)
            return nextQtSql();
        if (m_finished)
            return false;
        const int stepped = sqlite3_step(m_statement);
        return stepped == SQLITE_ROW || finish(stepped);
    }
    bool isNull(int column) const
    {
        return m_statement ? sqlite3_column_type(m_statement, column) == SQLITE_NULL : m_query.isNull(column);
    }
    // Whether the value is a number (an integer or a real), not a text or NULL.
    bool isNumber(int column) const
    {
        if (!m_statement)
            return qtSqlIsNumber(column);
        const int type = sqlite3_column_type(m_statement, column);
        return type == SQLITE_INTEGER || type == SQLITE_FLOAT;
    }
    // 0 for NULL.
    qint64 integer(int column) const
    {
        return m_statement ? sqlite3_column_int64(m_statement, column) : m_query.value(column).toLongLong();
    }
    double real(int column) const
    {
        return m_statement ? sqlite3_column_double(m_statement, column) : m_query.value(column).toDouble();
    }
    // The UTF-8 text of a value (empty for NULL), valid until the next call to next().
    std::string_view text(int column) const
    {
        if (!m_statement)
            return qtSqlText(column);
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        return text ? std::string_view(text, static_cast<size_t>(sqlite3_column_bytes(m_statement, column)))
                    : std::string_view();
    }
    QString error() const { return m_error; }

private:
    // Inline above: the SQLite path, taken for each of millions of values.
    bool nextQtSql();
    // At the end of SQLite's rows (or on an error): keeps the error, and resets the statement,
    // which lets its read of the database go.
    bool finish(int stepped);
    std::string_view qtSqlText(int column) const;
    bool qtSqlIsNumber(int column) const;

    sqlite3_stmt* m_statement = nullptr;
    bool m_finished = false; // SQLite: stepping on would run the statement again
    QSqlQuery m_query;
    bool m_executed = false;                 // Qt Sql
    mutable std::vector<QByteArray> m_texts; // Qt Sql: the row's texts, kept for text()
    QString m_error;
};

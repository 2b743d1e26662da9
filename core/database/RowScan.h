#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <string_view>
#include <vector>

struct sqlite3_stmt;

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

    RowScan(const QSqlDatabase& db, const QString& sql, Engine engine = Engine::Native);
    ~RowScan();
    RowScan(const RowScan&) = delete;
    RowScan& operator=(const RowScan&) = delete;

    // Moves to the next row; false at the end or on an error (error() then says which).
    bool next();
    bool isNull(int column) const;
    // 0 for NULL.
    qint64 integer(int column) const;
    // The UTF-8 text of a value (empty for NULL), valid until the next call to next().
    std::string_view text(int column) const;
    QString error() const { return m_error; }

private:
    sqlite3_stmt* m_statement = nullptr;
    QSqlQuery m_query;
    mutable std::vector<QByteArray> m_texts; // Qt Sql: the row's texts, kept for text()
    QString m_error;
};

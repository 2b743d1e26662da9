#pragma once

#include "RowScan.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

// A statement prepared once and run for many rows with new values: an INSERT, or a lookup that
// gives one value (an id, a count) — what RowScan is to reading many rows. Through SQLite's C
// API on an SQLite connection, through Qt Sql on any other, so PostgreSQL runs the same
// statements. An import of a million rows runs a few statements some ten million times, where Qt
// Sql's binding (a placeholder name formatted per value) and its QVariants were the cost
// (docs/performance.md). Values are bound by position, from 0.
class BoundStatement
{
public:
    BoundStatement(const QSqlDatabase& db, const QString& sql,
                   RowScan::Engine engine = RowScan::Engine::Native);
    ~BoundStatement();
    BoundStatement(const BoundStatement&) = delete;
    BoundStatement& operator=(const BoundStatement&) = delete;

    // False when the statement could not be prepared; error() says why.
    bool isPrepared() const { return m_prepared; }

    void bind(int index, qint64 value);
    // A null QString binds NULL.
    void bind(int index, const QString& text);
    // Integers and booleans as integers, doubles as reals, anything else as text; null as NULL.
    void bind(int index, const QVariant& value);
    void bindNull(int index);

    // Runs the statement with the values bound, which are then cleared. The first column of the
    // first row it gives (a SELECT, or an INSERT … RETURNING) is kept for returned().
    bool run();
    // 0 when the statement gave no row.
    qint64 returned() const { return m_returned; }
    bool returnedRow() const { return m_returnedRow; }
    // The id of the row the last run inserted: SQLite's own on its connections — so that an INSERT
    // run a million times needs no RETURNING, which gathers its rows in a table of their own on
    // each run — else what the statement returned (INSERT … RETURNING id).
    qint64 insertedId() const;
    QString error() const { return m_error; }

private:
    void clearQtSqlValues();

    sqlite3_stmt* m_statement = nullptr;
    QSqlQuery m_query;
    int m_placeholders = 0; // Qt Sql
    qint64 m_returned = 0;
    bool m_returnedRow = false;
    bool m_prepared = false;
    QString m_error;
};

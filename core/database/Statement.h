#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <string_view>
#include <vector>

struct sqlite3_stmt;

// One SQL statement, prepared once and run as often as needed, with two engines: SQLite's C API
// on an SQLite connection (when the SQLite library Qt's driver uses is the one this program was
// built against: SqliteLibrary), Qt Sql on any other, so PostgreSQL runs the same statements.
// For the paths a benchmark showed Qt Sql's per-value cost to be the bottleneck
// (docs/performance.md): the report reads some ten million values at a million records, and an
// import runs a few statements some ten million times; the C API spares a QVariant per value and
// a placeholder name formatted per binding. Values are bound by position, from 0, or by name.
//
// Two ways to run it:
// - next() walks the rows it gives (a SELECT), reading integers and texts without a QVariant;
//   restart() runs it again with the values bound since (an export reads its records 500 ids at
//   a time);
// - run() runs it to its end (an INSERT, or a lookup that gives one value), keeps the first
//   column of its first row (returned()), and clears the values bound.
class Statement
{
public:
    enum class Engine
    {
        Native, // SQLite's C API when the connection is SQLite and the library matches
        QtSql,
    };

    // Prepares `sql` (isPrepared(), else error() says why); it runs at the first next() or run().
    Statement(const QSqlDatabase& db, const QString& sql, Engine engine = Engine::Native);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool isPrepared() const { return m_prepared; }
    // Whether it runs through SQLite's C API.
    bool isNative() const { return m_statement != nullptr; }

    // Integers and booleans as integers, doubles as reals, anything else as text; null as NULL.
    void bind(int index, const QVariant& value);
    void bind(int index, qint64 value);
    // A null QString binds NULL.
    void bind(int index, const QString& text);
    void bindNull(int index);
    // A named placeholder (`:year`).
    void bind(const QString& name, const QVariant& value);
    // A set of ids for IdSet::condition()'s placeholder `name`, which must outlive the run; false
    // where the statement does not run through SQLite's C API (IdSet::available()).
    bool bind(const QString& name, const class IdSet& set);

    // Runs the statement to its end with the values bound, which are then cleared.
    bool run();
    // The first column of the first row the last run() gave (a SELECT, or INSERT … RETURNING);
    // 0 when it gave no row.
    qint64 returned() const { return m_returned; }
    bool returnedRow() const { return m_returnedRow; }
    // The id of the row the last run() inserted: SQLite's own on its connections — so that an
    // INSERT run a million times needs no RETURNING, which gathers its rows in a table of their
    // own on each run — else what the statement returned (INSERT … RETURNING id).
    qint64 insertedId() const;

    // Moves to the next row (running the statement at the first call); false at the end or on
    // an error (error() then says which).
    bool next();
    // Runs the query again from its first row at the next next(), with the values bound since;
    // error() is then empty until that run fails.
    void restart();
    bool isNull(int column) const;
    // Whether the value is a number (an integer or a real), not a text or NULL.
    bool isNumber(int column) const;
    // 0 for NULL.
    qint64 integer(int column) const;
    double real(int column) const;
    // The UTF-8 text of a value (empty for NULL), valid until the next call to next().
    std::string_view text(int column) const;
    // The same text as a QString, for the few values read into the program's own structures.
    QString string(int column) const
    {
        const std::string_view value = text(column);
        return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
    }

    // Each column of the rows by name, with its position (found once per statement, at the first
    // row for Qt Sql): a store reads its table's `SELECT *` by names, at these positions.
    const QHash<QString, int>& positions() const;

    QString error() const { return m_error; }
    // The same error with its engine's code, for SqlErrors to say what kind it is (the database
    // busy, its disk full…).
    QSqlError sqlError() const;

private:
    bool nextQtSql();
    // At the end of SQLite's rows (or on an error): keeps the error, and resets the statement,
    // which lets its read of the database go.
    bool finish(int stepped);
    std::string_view qtSqlText(int column) const;
    bool qtSqlIsNumber(int column) const;
    void clearQtSqlValues();

    sqlite3_stmt* m_statement = nullptr;
    bool m_finished = false; // SQLite: stepping on would run the statement again
    QSqlQuery m_query;
    int m_placeholders = 0;                  // Qt Sql: `?` placeholders, cleared after run()
    bool m_executed = false;                 // Qt Sql
    mutable std::vector<QByteArray> m_texts; // Qt Sql: the row's texts, kept for text()
    qint64 m_returned = 0;
    bool m_returnedRow = false;
    bool m_prepared = false;
    QString m_error;
    int m_errorCode = 0; // SQLite's extended result code of m_error
    mutable QHash<QString, int> m_positions;
};

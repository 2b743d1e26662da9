#pragma once

#include <QSqlDatabase>

#include <functional>

// Stops the statements of an SQLite connection, for as long as it lives, as soon as `stop` says
// so (asked every few thousand of SQLite's steps): the statement then ends with an error
// (SQLITE_INTERRUPT). For a read whose answer may no longer be wanted while it runs — the whole
// count of a list after a search the adviser has typed on from (ui/ListLoader). Nothing on other
// drivers: a PostgreSQL read runs to its end.
class QueryCancel
{
public:
    QueryCancel(const QSqlDatabase& db, std::function<bool()> stop);
    ~QueryCancel();
    QueryCancel(const QueryCancel&) = delete;
    QueryCancel& operator=(const QueryCancel&) = delete;

    // Whether a statement was stopped.
    bool stopped() const { return m_stopped; }

private:
    static int check(void* self);

    struct sqlite3* m_handle = nullptr;
    std::function<bool()> m_stop;
    bool m_stopped = false;
};

#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QStringList>

struct sqlite3;

// The statements SQLite runs on a connection while the counter lives (its trace: each run of a
// statement, with its text), those whose text contains `fragment` (all when empty): what a test
// counts to show that something is read once, or never. SQLite connections only: a test that
// uses it is tagged [sqlite]. Qt Sql gives SQLite `?` as `:0`.
class StatementCounter
{
public:
    StatementCounter(const QSqlDatabase& db, const QByteArray& fragment = {});
    ~StatementCounter();
    StatementCounter(const StatementCounter&) = delete;
    StatementCounter& operator=(const StatementCounter&) = delete;

    qsizetype count() const { return m_statements.size(); }
    const QStringList& statements() const { return m_statements; }
    // Stops counting before the counter goes (what follows is not the test's subject).
    void stop();

private:
    sqlite3* m_handle = nullptr;
    QByteArray m_fragment;
    QStringList m_statements;
};

#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

class Statement;

// A query prepared once per connection and SQL text, and run again with new values by the next
// PreparedQuery of the same text: code that runs for every row of an import (a store's insert,
// the change history, the search index) then does not make SQLite parse the same statement again
// — its parser was a third of an import's time (docs/performance.md).
//
// Use it as a forward-only QSqlQuery; when it goes, the query is finished (a SELECT stops
// reading) and free for the next one. A second PreparedQuery of the same text while the first is
// alive gets a query of its own, so nesting is safe.
class PreparedQuery
{
public:
    PreparedQuery(const QSqlDatabase& db, const QString& sql);
    ~PreparedQuery();
    PreparedQuery(const PreparedQuery&) = delete;
    PreparedQuery& operator=(const PreparedQuery&) = delete;

    // False when the statement could not be prepared (lastError() says why).
    bool isPrepared() const { return m_prepared; }
    QSqlQuery& operator*() { return *m_query; }
    QSqlQuery* operator->() { return m_query; }
    // The same statement through SQLite's C API (Qt Sql on other drivers), kept with the query:
    // for lookups run for each of a million rows, where Qt Sql's binding is the cost. When the
    // PreparedQuery goes, the statement is reset too.
    Statement& bound();

    // Lets go of a connection's statements: call it before closing the connection.
    static void release(const QString& connectionName);

    struct Entry; // a kept query (PreparedQuery.cpp)

private:
    QSqlDatabase m_db;
    QString m_sql;
    std::shared_ptr<Entry> m_entry;
    QSqlQuery* m_query = nullptr;
    bool m_prepared = false;
};

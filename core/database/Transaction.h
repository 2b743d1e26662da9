#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

// The one owner of a connection's transactions (nothing else begins or ends one).
//
// A write transaction is rolled back unless commit() succeeds: what a store change, a migration
// or an import does is all written or not at all. Inside another Transaction on the same
// connection it becomes a savepoint, so a store call can take part in a larger operation.
//
// A read transaction is one state of the database for as long as it lives: every query of a long
// read (an export's ids, linked lists and batches of records; the report) sees the same state,
// even when another program commits meanwhile (WAL lets it). Inside a transaction already open on
// the connection it does nothing: that one is the snapshot.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    enum class Kind
    {
        Write,
        Read,
    };

    explicit Transaction(const QSqlDatabase& db, Kind kind = Kind::Write);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Whether the transaction could start (the database may be locked by another program).
    const Status& started() const { return m_started; }
    // Whether this began a transaction or savepoint (false for a read inside another one).
    bool began() const { return m_active; }
    Status commit();
    void rollback();

private:
    bool execute(const QString& statement, QSqlError* error = nullptr);

    QSqlDatabase m_db;
    Status m_started;
    bool m_active = false;
    QString m_savepoint;
    QString m_notice; // run before the outermost write commits (SqlEngine::changeNotice)
};

#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

// One write transaction, rolled back unless commit() succeeds: what a store change, a migration
// or an import does is all written or not at all. Inside another Transaction on the same
// connection it becomes a savepoint, so a store call can take part in a larger operation.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(const QSqlDatabase& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Whether the transaction could start (the database may be locked by another program).
    const Status& started() const { return m_started; }
    Status commit();
    void rollback();

private:
    bool execute(const QString& statement, QSqlError* error = nullptr);

    QSqlDatabase m_db;
    Status m_started;
    bool m_active = false;
    QString m_savepoint;
};

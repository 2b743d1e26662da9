#include "Transaction.h"

#include "SqlErrors.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Open transactions per connection: Qt Sql does not tell whether one is already open.
QHash<QString, int>& depthByConnection()
{
    static QHash<QString, int> depth;
    return depth;
}

} // namespace

Transaction::Transaction(const QSqlDatabase& db)
    : m_db(db)
{
    int& depth = depthByConnection()[m_db.connectionName()];
    QString statement;
    if (depth > 0) {
        m_savepoint = QStringLiteral("nested_%1").arg(depth);
        statement = QStringLiteral("SAVEPOINT ") + m_savepoint;
    } else {
        // IMMEDIATE takes the write lock now, so that a busy database is reported here, after
        // the busy timeout, rather than half-way through the work.
        statement = m_db.driverName() == QLatin1String("QSQLITE") ? QStringLiteral("BEGIN IMMEDIATE")
                                                                  : QStringLiteral("BEGIN");
    }
    QSqlQuery begin(m_db);
    if (begin.exec(statement)) {
        m_active = true;
        ++depth;
        return;
    }
    if (SqlErrors::isBusy(begin.lastError()))
        m_started =
            Status::storageFailure(tr("The database is locked by another program; try again in a moment."));
    else
        m_started = SqlErrors::failure(tr("Cannot start a transaction"), begin.lastError());
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::execute(const QString& statement, QSqlError* error)
{
    QSqlQuery query(m_db);
    if (query.exec(statement))
        return true;
    if (error)
        *error = query.lastError();
    return false;
}

Status Transaction::commit()
{
    if (!m_active)
        return m_started.ok() ? Status::failure(tr("No transaction is open.")) : m_started;
    QSqlError error;
    const QString statement =
        m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint;
    if (!execute(statement, &error)) {
        rollback();
        return SqlErrors::failure(tr("The changes could not be saved"), error);
    }
    m_active = false;
    --depthByConnection()[m_db.connectionName()];
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (m_savepoint.isEmpty()) {
        execute(QStringLiteral("ROLLBACK"));
    } else {
        execute(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        execute(QStringLiteral("RELEASE ") + m_savepoint);
    }
    m_active = false;
    --depthByConnection()[m_db.connectionName()];
}

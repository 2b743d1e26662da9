#include "Transaction.h"

#include "PreparedQuery.h"
#include "SqlEngine.h"
#include "SqlErrors.h"
#include "Statement.h"

#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Open transactions per connection: Qt Sql does not tell whether one is already open. Each
// connection lives on one thread, but several threads have connections.
QMutex depthMutex;
QHash<QString, int> depthByConnection;

int depthOf(const QString& connection)
{
    const QMutexLocker locker(&depthMutex);
    return depthByConnection.value(connection);
}

void addDepth(const QString& connection, int change)
{
    const QMutexLocker locker(&depthMutex);
    int& depth = depthByConnection[connection];
    depth += change;
    if (depth == 0)
        depthByConnection.remove(connection);
}

} // namespace

Transaction::Transaction(const QSqlDatabase& db, Kind kind)
    : m_db(db)
{
    const int depth = depthOf(m_db.connectionName());
    const SqlEngine& engine = SqlEngine::of(m_db);
    QString statement;
    if (kind == Kind::Read) {
        if (depth > 0)
            return; // the transaction open is the snapshot
        statement = engine.beginSnapshot();
    } else if (depth > 0) {
        m_savepoint = QStringLiteral("nested_%1").arg(depth);
        statement = QStringLiteral("SAVEPOINT ") + m_savepoint;
    } else {
        statement = engine.beginWrite();
        m_notice = engine.changeNotice();
    }
    QSqlError error;
    if (execute(statement, &error)) {
        m_active = true;
        addDepth(m_db.connectionName(), 1);
        return;
    }
    if (SqlErrors::isBusy(error))
        m_started =
            Status::storageFailure(tr("The database is locked by another program; try again in a moment."));
    else
        m_started = SqlErrors::failure(tr("Cannot start a transaction"), error);
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::execute(const QString& statement, QSqlError* error)
{
    // A savepoint is taken and released around each store change inside a larger transaction
    // (each row an import updates): on SQLite its statements are prepared once per connection,
    // as Qt Sql parsed their text on every run (6 % of an update, docs/performance.md).
    // PostgreSQL cannot prepare SAVEPOINT, RELEASE or ROLLBACK TO: they go as text there.
    if (!m_savepoint.isEmpty() && SqlEngine::of(m_db).kind() == SqlEngine::Kind::Sqlite) {
        PreparedQuery prepared(m_db, statement);
        Statement& run = prepared.bound();
        if (run.isPrepared() && run.run())
            return true;
        if (error)
            *error = run.sqlError();
        return false;
    }
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
    // The other connections are told of the write when it commits (DatabaseChanges).
    if ((!m_notice.isEmpty() && !execute(m_notice, &error)) || !execute(statement, &error)) {
        rollback();
        return SqlErrors::failure(tr("The changes could not be saved"), error);
    }
    m_active = false;
    addDepth(m_db.connectionName(), -1);
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
    addDepth(m_db.connectionName(), -1);
}

#include "SecondConnection.h"

#include "Database.h"
#include "Transaction.h"

#include <QSqlQuery>

#include <latch>
#include <optional>

namespace {

// A connection in a transaction takes its state of the file at its first read. (SQLite's alone:
// there is no second connection on another driver, and on PostgreSQL a failed statement would
// end the caller's transaction.)
void beginReading(const QSqlDatabase& db)
{
    if (db.driverName() != QLatin1String("QSQLITE"))
        return;
    QSqlQuery(db).exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
}

} // namespace

SecondConnection::SecondConnection(const QSqlDatabase& db)
{
    const bool locked = takeLock(db);
    beginReading(db);
    if (!locked)
        return;
    const QString source = db.connectionName();
    std::latch stateShared(1);
    m_thread = std::thread([this, source, &stateShared, work = m_work.get_future()]() mutable {
        Database second;
        const bool reading = second.openCopyOf(source, Database::Access::ReadWrite).ok();
        std::optional<Transaction> snapshot;
        if (reading) {
            snapshot.emplace(second.connection(), Transaction::Kind::Read);
            beginReading(second.connection());
        }
        m_open = reading && snapshot->started().ok();
        stateShared.count_down();
        if (const Work job = work.get(); m_open && job)
            job(second.connection());
    });
    stateShared.wait();
    releaseLock();
    if (!m_open)
        wait();
}

SecondConnection::~SecondConnection()
{
    wait();
}

void SecondConnection::start(Work work)
{
    if (m_started)
        return;
    m_started = true;
    m_work.set_value(std::move(work));
}

void SecondConnection::wait()
{
    if (!m_thread.joinable())
        return;
    start({}); // no work given: the thread only closes its connection
    m_thread.join();
}

bool SecondConnection::takeLock(const QSqlDatabase& db)
{
    const QString file = db.databaseName();
    if (db.driverName() != QLatin1String("QSQLITE") || file.isEmpty() || file.startsWith(QLatin1Char(':')))
        return false;
    m_lock = std::make_unique<Database>();
    if (!m_lock->openCopyOf(db.connectionName(), Database::Access::ReadWrite).ok()) {
        releaseLock();
        return false;
    }
    QSqlQuery query(m_lock->connection());
    if (!query.exec(QStringLiteral("PRAGMA busy_timeout = 0"))) {
        releaseLock();
        return false;
    }
    m_lockTransaction.emplace(m_lock->connection());
    if (!m_lockTransaction->started()) {
        releaseLock();
        return false;
    }
    return true;
}

void SecondConnection::releaseLock()
{
    m_lockTransaction.reset(); // rolled back
    m_lock.reset();
}

#include "SecondConnection.h"

#include <QAtomicInt>
#include <QSqlQuery>

#include <latch>

namespace {

// A connection in a transaction takes its state of the file at its first read.
void beginReading(const QSqlDatabase& db)
{
    QSqlQuery(db).exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
}

QString uniqueName(const char* prefix)
{
    static QAtomicInt counter;
    return QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

SecondConnection::SecondConnection(const QSqlDatabase& db)
{
    const bool locked = takeLock(db);
    beginReading(db);
    if (!locked)
        return;
    const QString source = db.connectionName();
    const QString name = uniqueName("second-reader");
    std::latch stateShared(1);
    m_thread = std::thread([this, source, name, &stateShared, work = m_work.get_future()]() mutable {
        {
            QSqlDatabase second = QSqlDatabase::cloneDatabase(source, name);
            const bool reading = second.open() && second.transaction();
            if (reading)
                beginReading(second);
            m_open = reading;
            stateShared.count_down();
            if (const Work job = work.get(); reading && job)
                job(second);
            second.rollback();
            second.close();
        }
        QSqlDatabase::removeDatabase(name);
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
    m_lockName = uniqueName("second-reader-lock");
    bool locked = false;
    {
        QSqlDatabase lock = QSqlDatabase::cloneDatabase(db, m_lockName);
        if (lock.open()) {
            QSqlQuery query(lock);
            locked = query.exec(QStringLiteral("PRAGMA busy_timeout = 0")) &&
                     query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        }
    }
    if (!locked)
        releaseLock();
    return locked;
}

void SecondConnection::releaseLock()
{
    if (m_lockName.isEmpty())
        return;
    {
        QSqlDatabase lock = QSqlDatabase::database(m_lockName, false);
        if (lock.isOpen())
            QSqlQuery(lock).exec(QStringLiteral("ROLLBACK"));
        lock.close();
    }
    QSqlDatabase::removeDatabase(m_lockName);
    m_lockName.clear();
}

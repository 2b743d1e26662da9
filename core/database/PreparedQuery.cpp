#include "PreparedQuery.h"

#include "Statement.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>

struct PreparedQuery::Entry
{
    explicit Entry(const QSqlDatabase& db)
        : query(db)
        , driver(db.driver())
    {
        // Read from first to last, as every user does: Qt Sql then keeps no copy of the rows
        // read, which was an eighth of reading a record and its links (docs/performance.md).
        query.setForwardOnly(true);
    }

    QSqlQuery query;
    std::unique_ptr<Statement> bound; // made on first use
    const QSqlDriver* driver;         // a connection opened again under the same name has another
    bool inUse = false;
    bool cached = false;
};

namespace {

QMutex& cacheMutex()
{
    static QMutex mutex;
    return mutex;
}

// By connection name, then by SQL text.
using Cache = QHash<QString, QHash<QString, std::shared_ptr<PreparedQuery::Entry>>>;

Cache& cache();

void forgetAll()
{
    const QMutexLocker locker(&cacheMutex());
    cache().clear();
}

Cache& cache()
{
    static Cache queries;
    // Statements left by a connection that was not closed through Database go with the
    // application, while the driver that made them is still loaded.
    static const bool cleared = [] {
        qAddPostRoutine(forgetAll);
        return true;
    }();
    Q_UNUSED(cleared);
    return queries;
}

} // namespace

PreparedQuery::PreparedQuery(const QSqlDatabase& db, const QString& sql)
    : m_db(db)
    , m_sql(sql)
{
    const QMutexLocker locker(&cacheMutex());
    QHash<QString, std::shared_ptr<Entry>>& byText = cache()[db.connectionName()];
    const std::shared_ptr<Entry> found = byText.value(sql);
    if (found && found->driver == db.driver() && !found->inUse) {
        m_entry = found;
        m_prepared = true;
    } else {
        m_entry = std::make_shared<Entry>(db);
        m_prepared = m_entry->query.prepare(sql);
        // Kept unless it failed (a table not made yet must not stay broken) or the kept one is busy.
        if (m_prepared && !(found && found->driver == db.driver())) {
            m_entry->cached = true;
            byText.insert(sql, m_entry);
        }
    }
    m_entry->inUse = true;
    m_query = &m_entry->query;
}

PreparedQuery::~PreparedQuery()
{
    m_query->finish();
    // The same for the statement layer: a SELECT read in part lets go of its read, and the next
    // user reads from the first row with the values it binds.
    if (m_entry->bound)
        m_entry->bound->restart();
    const QMutexLocker locker(&cacheMutex());
    m_entry->inUse = false;
}

Statement& PreparedQuery::bound()
{
    if (!m_entry->bound)
        m_entry->bound = std::make_unique<Statement>(m_db, m_sql);
    return *m_entry->bound;
}

void PreparedQuery::release(const QString& connectionName)
{
    const QMutexLocker locker(&cacheMutex());
    cache().remove(connectionName);
}

#include "ListLoader.h"

#include "database/Database.h"
#include "lists/RecordQuery.h"

#include <QSqlDatabase>

namespace {

// Lives on the loader's thread; owns the thread's connection.
class ListWorker : public QObject
{
public:
    void open(const QString& sourceConnection)
    {
        if (!m_database.openCopyOf(sourceConnection, Database::Access::ReadOnly).ok())
            m_database.close();
    }

    QSqlDatabase connection() const { return m_database.isOpen() ? m_database.connection() : QSqlDatabase(); }

private:
    Database m_database;
};

} // namespace

ListLoader::ListLoader(QObject* parent)
    : QObject(parent)
    , m_worker(new ListWorker)
{
    for (const RecordList::Family family : RecordList::families())
        m_newestByFamily.try_emplace(family);
    m_thread.setObjectName(QStringLiteral("ListLoader"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

ListLoader::~ListLoader()
{
    m_thread.quit();
    m_thread.wait();
}

void ListLoader::setDatabase(const Database& database)
{
    auto* worker = static_cast<ListWorker*>(m_worker);
    const QString source = database.connection().connectionName();
    QMetaObject::invokeMethod(
        worker, [worker, source] { worker->open(source); }, Qt::QueuedConnection);
}

quint64 ListLoader::request(const Request& request)
{
    const quint64 id = ++m_lastRequest;
    QAtomicInteger<quint64>& newest = m_newestByFamily.at(request.family);
    newest.storeRelease(id);
    auto* worker = static_cast<ListWorker*>(m_worker);
    QMetaObject::invokeMethod(
        worker,
        [this, worker, request, id, &newest] {
            if (newest.loadAcquire() != id)
                return; // a newer request of this list is queued behind
            const QSqlDatabase db = worker->connection();
            QList<qint64> ids;
            QString error;
            int total = 0;
            if (db.isOpen()) {
                RecordQuery query(db, request.family, request.englishLabels);
                query.setSelection(request.selection);
                ids = query.matchingIds(&error);
                total = query.total();
            }
            QMetaObject::invokeMethod(
                this, [this, id, ids, total, error] { Q_EMIT loaded(id, ids, total, error); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return id;
}

#include "ListLoader.h"

#include "database/Database.h"
#include "lists/RecordQuery.h"

#include <QSqlDatabase>

namespace {

// Lives on the loader's thread; owns the thread's connection.
class ListWorker : public QObject
{
public:
    ~ListWorker() override { close(); }

    void open(const DatabaseLocation& location)
    {
        close();
        if (location.backend() != DatabaseLocation::Backend::Sqlite)
            return;
        static QAtomicInt counter;
        m_connection = QStringLiteral("list-loader-%1").arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(location.filePath());
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(Database::busyTimeoutMs()));
        db.open();
    }

    QSqlDatabase connection() const
    {
        return m_connection.isEmpty() ? QSqlDatabase() : QSqlDatabase::database(m_connection, false);
    }

private:
    void close()
    {
        if (m_connection.isEmpty())
            return;
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
        m_connection.clear();
    }

    QString m_connection;
};

} // namespace

ListLoader::ListLoader(QObject* parent)
    : QObject(parent)
    , m_worker(new ListWorker)
{
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

void ListLoader::setDatabase(const DatabaseLocation& location)
{
    auto* worker = static_cast<ListWorker*>(m_worker);
    QMetaObject::invokeMethod(
        worker, [worker, location] { worker->open(location); }, Qt::QueuedConnection);
}

quint64 ListLoader::request(const Request& request)
{
    const quint64 id = ++m_lastRequest;
    QAtomicInteger<quint64>& newest = m_newestByFamily[static_cast<int>(request.family)];
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

#include "ListLoader.h"

#include "database/Database.h"
#include "database/QueryCancel.h"
#include "lists/ListConnection.h"
#include "lists/RecordQuery.h"

#include <QSqlDatabase>

#include <functional>

namespace {

// Lives on the loader's thread; owns the thread's connection.
class ListWorker : public QObject
{
public:
    // `waiting`: the loader's requests posted to this thread and not yet begun.
    ListWorker(const QAtomicInteger<int>& waiting, std::function<void()> readAheadFinished)
        : m_waiting(waiting)
        , m_readAheadFinished(std::move(readAheadFinished))
    {
    }

    void open(const QString& sourceConnection)
    {
        m_lists.open(sourceConnection);
        readAhead(++m_opened);
    }
    QSqlDatabase connection() const { return m_lists.connection(); }
    int total(RecordList::Family family) { return m_lists.total(family); }

private:
    // One table or index read ahead, then the next one posted behind whatever came meanwhile:
    // a request never waits for more than SQLite's steps between two questions (QueryCancel), and
    // the table it stopped is read again after it. Ends when another database is opened.
    void readAhead(int opened)
    {
        if (opened != m_opened)
            return;
        const auto requestWaiting = [this] { return m_waiting.loadAcquire() > 0; };
        if (!requestWaiting() && !m_lists.readAhead(requestWaiting)) {
            m_readAheadFinished();
            return;
        }
        QMetaObject::invokeMethod(
            this, [this, opened] { readAhead(opened); }, Qt::QueuedConnection);
    }

    ListConnection m_lists;
    const QAtomicInteger<int>& m_waiting;
    std::function<void()> m_readAheadFinished;
    int m_opened = 0; // databases opened: a read ahead of an earlier one stops
};

} // namespace

ListLoader::ListLoader(QObject* parent)
    : QObject(parent)
    , m_worker(new ListWorker(m_waiting, [this] {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT readAheadFinished(); }, Qt::QueuedConnection);
    }))
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
    m_newestRequests.insert_or_assign(request.family, request);
    auto* worker = static_cast<ListWorker*>(m_worker);
    m_waiting.ref();
    QMetaObject::invokeMethod(
        worker,
        [this, worker, request, id, &newest] {
            m_waiting.deref();
            if (newest.loadAcquire() != id)
                return; // a newer request of this list is queued behind
            const QSqlDatabase db = worker->connection();
            QList<qint64> first;
            QString error;
            if (db.isOpen()) {
                RecordQuery query(db, request.family, request.englishLabels);
                query.setSelection(request.selection);
                first = query.firstIds(kFirstScreen, &error);
            }
            if (!error.isEmpty()) {
                QMetaObject::invokeMethod(
                    this, [this, id, error] { Q_EMIT loaded(id, {}, 0, error); }, Qt::QueuedConnection);
                return;
            }
            if (first.size() < kFirstScreen) {
                // The whole list already: no first screen alone, no "counting".
                const int total = db.isOpen() ? worker->total(request.family) : 0;
                QMetaObject::invokeMethod(
                    this, [this, id, first, total] { Q_EMIT loaded(id, first, total, QString()); },
                    Qt::QueuedConnection);
                return;
            }
            QMetaObject::invokeMethod(
                this, [this, id, first] { Q_EMIT firstScreenLoaded(id, first); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return id;
}

void ListLoader::loadRest(quint64 requestId)
{
    // (Not a structured binding: clang 14, the sanitized build's, cannot capture one.)
    for (const auto& newest : m_newestRequests) {
        if (m_newestByFamily.at(newest.first).loadAcquire() != requestId)
            continue;
        // Behind the first screens already asked for (of this list or the others).
        const Request request = newest.second;
        m_waiting.ref();
        QMetaObject::invokeMethod(
            m_worker,
            [this, request, requestId] {
                m_waiting.deref();
                loadAll(request, requestId);
            },
            Qt::QueuedConnection);
        return;
    }
}

void ListLoader::loadAll(const Request& request, quint64 id)
{
    const QAtomicInteger<quint64>& newest = m_newestByFamily.at(request.family);
    if (newest.loadAcquire() != id)
        return;
    auto* worker = static_cast<ListWorker*>(m_worker);
    const QSqlDatabase db = worker->connection();
    QList<qint64> ids;
    QString error;
    int total = 0;
    if (db.isOpen()) {
        RecordQuery query(db, request.family, request.englishLabels);
        query.setSelection(request.selection);
        const QueryCancel cancel(db, [&newest, id] { return newest.loadAcquire() != id; });
        ids = query.matchingIds(&error);
        if (cancel.stopped())
            return; // the newer request answers
        total = worker->total(request.family);
    }
    QMetaObject::invokeMethod(
        this, [this, id, ids, total, error] { Q_EMIT loaded(id, ids, total, error); }, Qt::QueuedConnection);
}

#pragma once

#include "lists/ListSelection.h"
#include "lists/RecordList.h"

#include <QAtomicInteger>
#include <QList>
#include <QObject>
#include <QThread>

#include <map>

class Database;

// Finds which records a list shows (search, filters, order) on a thread of its own, with its own
// read-only connection, so that typing in the search field never waits for the database. Only
// the newest request of each list is answered: a search typed quickly runs once.
//
// Each request is answered twice: firstScreenLoaded() with the first ids alone (RecordQuery::
// firstIds(), without the whole set of matches), then, once the caller asks for it (loadRest()),
// loaded() with all of them and the count. The caller chooses when: at once, or after the pause
// in typing that follows the first screen, so that a search typed on letter by letter does not
// count the list at each letter (RecordListModel). The whole set is read after every first screen
// asked meanwhile, and given up as soon as a newer request of the same list comes (QueryCancel):
// a one-letter search at a million records no longer holds up the next letter.
//
// Between requests, the loader reads every table of a newly opened database ahead of the
// searches, a table at a time (ListConnection::readAhead): at a million records the first
// searches of a session read their first screen four times slower while their pages were met
// for the first time (docs/performance.md). A request waits for none of it.
class ListLoader : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        RecordList::Family family = RecordList::Family::Actors;
        ListSelection selection;
        bool englishLabels = false;
    };

    explicit ListLoader(QObject* parent = nullptr);
    ~ListLoader() override;

    // The database the lists read, through a read-only copy of `database`'s connection opened on
    // the loader's thread (the GUI's own connection writes to it).
    void setDatabase(const Database& database);
    // Returns the request's number; firstScreenLoaded() and loaded() answer with it.
    quint64 request(const Request& request);
    // The whole list and its count of a request whose first screen came (loaded() answers);
    // nothing when a newer request of the same list was made since.
    void loadRest(quint64 requestId);

    // The ids firstScreenLoaded() gives: a screen and more (RecordListModel reads their values a
    // page at a time, the rows shown).
    static constexpr int kFirstScreen = 200;

Q_SIGNALS:
    // The first kFirstScreen ids of the list; loaded() follows loadRest(). A list shorter than
    // that comes at once by loaded() alone.
    void firstScreenLoaded(quint64 requestId, const QList<qint64>& ids);
    void loaded(quint64 requestId, const QList<qint64>& ids, int total, const QString& error);
    // Every table of the database opened last has been read ahead.
    void readAheadFinished();

private:
    // On the loader's thread: the whole list, unless a newer request of it came meanwhile.
    void loadAll(const Request& request, quint64 id);

    // Requests posted to the loader's thread and not yet begun: the read ahead gives way to them.
    QAtomicInteger<int> m_waiting;
    QThread m_thread;
    QObject* m_worker;
    QAtomicInteger<quint64> m_lastRequest;
    // The newest request of each list, one entry per family made at construction and never
    // added to or removed from after (the worker thread reads them): a fixed array of 4 had
    // fallen one short when the schemes' list came, and the schemes' requests wrote past it.
    std::map<RecordList::Family, QAtomicInteger<quint64>> m_newestByFamily;
    // The same requests, for loadRest() (the window's thread alone).
    std::map<RecordList::Family, Request> m_newestRequests;
};

#pragma once

#include "Transaction.h"

#include <QSqlDatabase>

#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <thread>

// A second connection to the same SQLite file, on a thread of its own (a connection belongs to
// the thread that opened it), reading the same state as the first: a long read (the report's
// records, an export's actors) split over two processors. Both begin reading while a write lock,
// taken without waiting, keeps anyone from committing; then the lock goes. When there can be no
// second connection — another driver, a database in memory, someone writing at that moment —
// isOpen() is false and the caller reads everything through its own.
class Database;

class SecondConnection
{
public:
    using Work = std::function<void(const QSqlDatabase&)>;

    // `db` has just begun a transaction and not read yet: its first read is made here, under the
    // lock, so that both connections read the same state.
    explicit SecondConnection(const QSqlDatabase& db);
    // Waits for the work, then closes the connection.
    ~SecondConnection();
    SecondConnection(const SecondConnection&) = delete;
    SecondConnection& operator=(const SecondConnection&) = delete;

    bool isOpen() const { return m_open; }
    // Runs `work` on the second connection's thread; once, when isOpen().
    void start(Work work);
    // Waits for the work to end.
    void wait();

private:
    bool takeLock(const QSqlDatabase& db);
    void releaseLock();

    std::unique_ptr<Database> m_lock; // a third connection, holding the write lock for a moment
    std::optional<Transaction> m_lockTransaction;
    std::promise<Work> m_work;
    std::thread m_thread;
    bool m_open = false;
    bool m_started = false;
};

#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class QTimer;

// Tells this connection's owner (the window) that another connection has committed a change —
// another adviser, window or program — so that what it shows can be read again without a
// restart. PostgreSQL: every write transaction sends a notification on commit
// (SqlEngine::changeNotice) and this one LISTENs (Qt's QSqlDriver::subscribeToNotification; its
// own writes come back marked as its own and are ignored; a plain statement every `pollMs` brings
// out those the driver left in its buffer). SQLite: the file's data_version,
// which only another connection's commit changes, read every `pollMs`. A burst of changes (an
// import's, a colleague's series of saves) is told once. Needs the connection's thread to run an
// event loop.
class DatabaseChanges : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseChanges(const QSqlDatabase& db, QObject* parent = nullptr, int pollMs = 1000);
    ~DatabaseChanges() override;

    // Whether changes are watched (false when the driver refused the subscription).
    bool watching() const { return m_watching; }

Q_SIGNALS:
    void changedElsewhere();

private:
    void poll();

    QSqlDatabase m_db;
    QTimer* m_poll = nullptr;
    QTimer* m_burst = nullptr;
    std::optional<qint64> m_dataVersion;
    bool m_subscribed = false;
    bool m_watching = false;
};

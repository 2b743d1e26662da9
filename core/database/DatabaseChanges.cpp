#include "DatabaseChanges.h"

#include "SqlEngine.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimer>

namespace {
// Changes that come within this time of each other are told once.
constexpr int kBurstMs = 150;
} // namespace

DatabaseChanges::DatabaseChanges(const QSqlDatabase& db, QObject* parent, int pollMs)
    : QObject(parent)
    , m_db(db)
    , m_burst(new QTimer(this))
{
    m_burst->setSingleShot(true);
    m_burst->setInterval(kBurstMs);
    connect(m_burst, &QTimer::timeout, this, &DatabaseChanges::changedElsewhere);

    const SqlEngine& engine = SqlEngine::of(m_db);
    if (engine.kind() == SqlEngine::Kind::Postgres) {
        QSqlDriver* driver = m_db.driver();
        m_subscribed = driver->subscribeToNotification(SqlEngine::changeChannel());
        m_watching = m_subscribed;
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant&) {
                    if (name == SqlEngine::changeChannel() && source == QSqlDriver::OtherSource)
                        m_burst->start();
                });
    } else {
        m_dataVersion = engine.dataVersion(m_db);
        m_watching = m_dataVersion.has_value();
    }
    m_poll = new QTimer(this);
    m_poll->setInterval(pollMs);
    connect(m_poll, &QTimer::timeout, this, &DatabaseChanges::poll);
    m_poll->start();
}

DatabaseChanges::~DatabaseChanges()
{
    if (m_subscribed && m_db.isOpen())
        m_db.driver()->unsubscribeFromNotification(SqlEngine::changeChannel());
}

void DatabaseChanges::poll()
{
    if (!m_db.isOpen())
        return;
    if (m_subscribed) {
        // A notification that came in while the connection ran its own prepared statements stays
        // in libpq's buffer, where Qt's driver does not look until the connection runs a plain
        // statement (seen with Qt 6.4): one every poll brings it out.
        QSqlQuery(m_db).exec(QStringLiteral("SELECT 1"));
        return;
    }
    const std::optional<qint64> version = SqlEngine::of(m_db).dataVersion(m_db);
    if (!version || version == m_dataVersion)
        return;
    m_dataVersion = version;
    m_burst->start();
}

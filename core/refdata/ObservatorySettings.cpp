#include "ObservatorySettings.h"

#include "database/SqlEngine.h"

#include <QSqlError>
#include <QSqlQuery>

ObservatorySettings::ObservatorySettings(const QSqlDatabase& db)
    : m_db(db)
{
}

QString ObservatorySettings::value(const QString& key, const QString& fallback) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM observatory_setting WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

QString ObservatorySettings::regionCode() const
{
    return value(QStringLiteral("region_code"), QString::fromLatin1(kDefaultRegionCode));
}

QString ObservatorySettings::regionName() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT label_fr FROM ref_region WHERE code = ?"));
    query.addBindValue(regionCode());
    return query.exec() && query.next() ? query.value(0).toString() : regionCode();
}

Status ObservatorySettings::setRegionCode(const QString& code)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM ref_region WHERE code = ?"));
    query.addBindValue(code);
    if (!query.exec() || !query.next())
        return Status::failure(tr("\"%1\" is not the code of a French region.").arg(code),
                               QStringLiteral("region"));
    query.prepare(QStringLiteral("INSERT INTO observatory_setting (key, value) VALUES ('region_code', ?) ") +
                  SqlEngine::of(m_db).onConflict({QStringLiteral("key")}, {QStringLiteral("value")}));
    query.addBindValue(code);
    if (!query.exec())
        return Status::failure(query.lastError().text());
    return {};
}

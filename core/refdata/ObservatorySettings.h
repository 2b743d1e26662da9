#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// Settings of the observatory stored in its database, so that everyone who opens it shares
// them: the region it covers (Auvergne-Rhône-Alpes, INSEE code 84, by default). Reports and
// filters take the region's départements from the reference tables, never from code.
class ObservatorySettings
{
    Q_DECLARE_TR_FUNCTIONS(ObservatorySettings)

public:
    static constexpr auto kDefaultRegionCode = "84";

    explicit ObservatorySettings(const QSqlDatabase& db);

    QString regionCode() const;
    QString regionName() const;
    Status setRegionCode(const QString& code);

private:
    QString value(const QString& key, const QString& fallback) const;

    QSqlDatabase m_db;
};

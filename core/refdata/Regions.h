#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <utility>

// The French régions of the reference tables: what an observatory may cover (ObservatorySettings).
namespace Regions {

// Every région, (INSEE code, name), by name.
QList<std::pair<QString, QString>> all(const QSqlDatabase& db);

} // namespace Regions

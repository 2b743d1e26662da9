#pragma once

#include "RecordImporter.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace Importers {

// The entities a file can be imported into, by their command-line names.
QStringList entities();
// The importer of an entity ("actors", "partners", "partnerships"), or nullptr.
std::unique_ptr<RecordImporter> forEntity(const QString& entity, const QSqlDatabase& db);

} // namespace Importers

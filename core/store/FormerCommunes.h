#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

// Actors whose commune has merged into another since they were recorded are moved to the current
// commune (ref_commune_former, loaded with the reference data), each change in their history under
// the name `changedBy`. A municipal arrondissement keeps its own code: it is not a former commune.
namespace FormerCommunes {

Status moveActors(const QSqlDatabase& db, const QString& changedBy);

} // namespace FormerCommunes

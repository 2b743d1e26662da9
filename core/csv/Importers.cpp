#include "Importers.h"

#include "ActorImporter.h"
#include "PartnerImporter.h"
#include "PartnershipImporter.h"

namespace Importers {

QStringList entities()
{
    return {QStringLiteral("partnerships"), QStringLiteral("partners"), QStringLiteral("actors")};
}

std::unique_ptr<RecordImporter> forEntity(const QString& entity, const QSqlDatabase& db)
{
    if (entity == QLatin1String("partnerships"))
        return std::make_unique<PartnershipImporter>(db);
    if (entity == QLatin1String("partners"))
        return std::make_unique<PartnerImporter>(db);
    if (entity == QLatin1String("actors"))
        return std::make_unique<ActorImporter>(db);
    return nullptr;
}

} // namespace Importers

#include "Importers.h"

#include "ActorImporter.h"
#include "FundingImporter.h"
#include "PartnerImporter.h"
#include "PartnershipImporter.h"
#include "ProjectImporter.h"
#include "SchemeImporter.h"

namespace Importers {

QStringList entities()
{
    return {QStringLiteral("partnerships"), QStringLiteral("projects"), QStringLiteral("fundings"),
            QStringLiteral("partners"),     QStringLiteral("actors"),   QStringLiteral("schemes")};
}

std::unique_ptr<RecordImporter> forEntity(const QString& entity, const QSqlDatabase& db)
{
    if (entity == QLatin1String("partnerships"))
        return std::make_unique<PartnershipImporter>(db);
    if (entity == QLatin1String("projects"))
        return std::make_unique<ProjectImporter>(db);
    if (entity == QLatin1String("fundings"))
        return std::make_unique<FundingImporter>(db);
    if (entity == QLatin1String("partners"))
        return std::make_unique<PartnerImporter>(db);
    if (entity == QLatin1String("actors"))
        return std::make_unique<ActorImporter>(db);
    if (entity == QLatin1String("schemes"))
        return std::make_unique<SchemeImporter>(db);
    return nullptr;
}

} // namespace Importers

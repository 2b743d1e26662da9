#include "ObservatoryDatabase.h"

#include "database/Migrator.h"
#include "refdata/ReferenceDataLoader.h"
#include "search/SearchIndex.h"
#include "store/FormerCommunes.h"

DatabaseStatus ObservatoryDatabase::open(Database& database, const DatabaseLocation& location,
                                         Database::OpenMode mode, Database::Access access)
{
    database.setMigrationCode(Migrator::kSearchIndexVersion, [](const QSqlDatabase& db) -> Status {
        if (Status filled = SearchIndex::rebuild(db, Migrator::kSearchIndexVersion); !filled)
            return Status::failure(tr("the search index could not be filled: %1").arg(filled.message()));
        return {};
    });
    DatabaseStatus opened = database.open(location, mode, access);
    if (!opened.ok() || database.isReadOnly())
        return opened; // read-only: nothing may be written, not even newer reference data
    if (ReferenceDataLoader loader(database.connection()); loader.needsUpdate()) {
        if (Status loaded = loader.update(&FormerCommunes::moveActors); !loaded) {
            const QString name = database.location().displayName();
            database.close();
            return DatabaseStatus{
                DatabaseFailure::MigrationFailed,
                tr("%1: the reference data could not be brought up to date: %2").arg(name, loaded.message())};
        }
    }
    return opened;
}

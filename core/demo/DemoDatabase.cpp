#include "DemoDatabase.h"

#include "DemoGenerator.h"
#include "database/DatabaseFiles.h"
#include "database/DatabaseLocation.h"
#include "observatory/ObservatoryDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

Status DemoDatabase::create(const QString& path, int rows)
{
    const QString building = path + QStringLiteral(".building");
    const auto removeBuilding = [&building] {
        for (const QString& file : DatabaseFiles::companions(building))
            QFile::remove(file);
    };
    removeBuilding(); // what a killed earlier attempt left
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Status::failure(
            tr("The folder of %1 could not be created.").arg(QDir::toNativeSeparators(path)));
    {
        Database database;
        const DatabaseStatus opened = ObservatoryDatabase::open(
            database, DatabaseLocation::sqliteFile(building), Database::OpenMode::Initialize);
        Status filled = opened.ok() ? DemoGenerator(database.connection(), rows).run().status()
                                    : Status::failure(opened.message);
        database.close();
        if (!filled) {
            removeBuilding();
            return filled;
        }
    }
    if (!QFile::rename(building, path)) {
        removeBuilding();
        return Status::failure(
            tr("The demonstration could not be saved as %1.").arg(QDir::toNativeSeparators(path)));
    }
    removeBuilding(); // companions SQLite may have left beside the file
    return {};
}

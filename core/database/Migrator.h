#pragma once

#include "DatabaseLocation.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

// Brings a database to the latest schema by running the numbered SQL files shipped in the
// resources (resources/migrations/NNN_name.sql), each in its own transaction together with the
// version bump, so that a failed step leaves the previous version intact.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    static QList<Migration> available();
    // The file of a migration for a backend: its own version when the SQL differs.
    static QString resourcePath(const Migration& migration, DatabaseLocation::Backend backend);
    static int latestVersion();

    // The database's schema version as recorded in the database (0 for a new one).
    static Result<int> currentVersion(const QSqlDatabase& db);

    // The migration that creates the search index: the records there are indexed right after it,
    // by code the layers above give (Database::setMigrationCode).
    static constexpr int kSearchIndexVersion = 3;

    using Code = std::function<Status(const QSqlDatabase&)>;
    static Status migrate(const QSqlDatabase& db, DatabaseLocation::Backend backend, int fromVersion,
                          const QHash<int, Code>& code = {});

private:
    static Status apply(const QSqlDatabase& db, DatabaseLocation::Backend backend, const Migration& migration,
                        const Code& code, bool hasRecords);
};

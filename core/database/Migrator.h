#pragma once

#include "DatabaseLocation.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

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
    static int latestVersion();

    // The database's schema version as recorded in the database (0 for a new one).
    static Result<int> currentVersion(const QSqlDatabase& db);

    static Status migrate(const QSqlDatabase& db, DatabaseLocation::Backend backend, int fromVersion);

private:
    static Status apply(const QSqlDatabase& db, DatabaseLocation::Backend backend,
                        const Migration& migration);
};

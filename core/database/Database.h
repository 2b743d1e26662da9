#pragma once

#include "DatabaseLocation.h"
#include "DatabaseStatus.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <functional>

// An open Observatoire database: one Qt Sql connection, checked, migrated and configured
// (foreign keys on, WAL journal, busy timeout). The front door to the database: every connection
// of the program is opened here (open, openCopyOf). This layer only opens and migrates; what the
// layers above keep in the database (reference data, the search index) is theirs
// (observatory/ObservatoryDatabase opens an observatory). Files that are not ours, damaged, locked or from
// a newer version are refused with a message, and left exactly as they were.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // Only `init` and the window's new observatory make a database of an empty file; a command
    // that found an empty file where a database should be would otherwise hide the mistake (a
    // wrong path, a failed copy) behind a brand-new, empty observatory.
    enum class OpenMode
    {
        Initialize,      // a missing, empty (zero bytes) or blank SQLite file becomes a new database
        CreateIfMissing, // a missing file is created; an empty one is refused (the window's start)
        MustExist,       // a missing or empty file is refused (commands that read or add)
    };

    enum class Access
    {
        ReadWrite, // read-only all the same when the file or its folder cannot be written
        ReadOnly,  // never written, not even upgraded
        Inspect,   // read-only, and an older schema read as it is (a copy kept from before an upgrade)
    };

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    DatabaseStatus open(const DatabaseLocation& location, OpenMode mode, Access access = Access::ReadWrite);
    // Another connection to the database that the connection `sourceConnection` of this process
    // has open (checked, migrated), for a thread of its own: a Qt Sql connection belongs to the
    // thread that opened it (the lists' loader, the report, a second reader). Callable from any
    // thread. Every connection of the program is opened here, so that each is configured and let
    // go of the same way; a read-only source gives a read-only copy.
    DatabaseStatus openCopyOf(const QString& sourceConnection, Access access);

    // Runs before open() upgrades an existing database to the latest schema: the automatic copy
    // (backup/AutomaticBackups), set by the layers above, which this one does not know. A failure
    // stops the opening with the database left as it was.
    using UpgradeGuard = std::function<Status(const Database&)>;
    void setUpgradeGuard(UpgradeGuard guard) { m_upgradeGuard = std::move(guard); }
    // Runs when open() is about to create the schema of a PostgreSQL database without tables: the
    // copy into a server (backup/DatabaseCopy) begins there the one transaction that creates the
    // schema and fills it, so that a failed copy leaves the database without tables, as it found
    // it (PostgreSQL's DDL is transactional; an SQLite file being created is removed instead).
    void setBeforeSchemaCreation(UpgradeGuard hook) { m_beforeSchemaCreation = std::move(hook); }
    // Code a migration needs besides its SQL, given by the layers above, which this one does not
    // know (observatory/ObservatoryDatabase: filling the search index that a migration creates);
    // it runs in the migration's transaction. Without it, such a migration refuses to upgrade a
    // database that has records.
    using MigrationCode = std::function<Status(const QSqlDatabase&)>;
    void setMigrationCode(int version, MigrationCode code)
    {
        m_migrationCode.insert(version, std::move(code));
    }
    void close();

    bool isOpen() const;
    // Opened read-only: the file or its folder cannot be written (the lists, exports and reports
    // work; saving does not). Writing commands refuse such a database with writableOrWhy().
    bool isReadOnly() const { return m_readOnly; }
    // Success when the database can be written; else why not, naming it.
    DatabaseStatus writableOrWhy() const;
    const DatabaseLocation& location() const { return m_location; }
    QSqlDatabase connection() const;
    int schemaVersion() const { return m_schemaVersion; }

    // How long to wait for another program's lock before giving up; OBSERVATOIRE_BUSY_TIMEOUT_MS
    // overrides the default of 5 seconds.
    static int busyTimeoutMs();

private:
    DatabaseStatus openSqlite(OpenMode mode, Access access);
    DatabaseStatus openPostgres(OpenMode mode, Access access);
    DatabaseStatus checkHeader(const QString& path, OpenMode mode) const;
    DatabaseStatus prepareConnection();
    void configureConnection();
    DatabaseStatus quickCheck();
    DatabaseStatus openClone(const QString& sourceConnection, Access access);
    DatabaseStatus closedOnFailure(DatabaseStatus status);
    static QString newerSchemaMessage(const QString& name, int version);

    QString m_connectionName;
    QString m_registeredPath; // the SQLite file registered as open in DatabaseFiles
    DatabaseLocation m_location;
    int m_schemaVersion = 0;
    bool m_readOnly = false;
    Access m_access = Access::ReadWrite;
    UpgradeGuard m_upgradeGuard;
    UpgradeGuard m_beforeSchemaCreation;
    QHash<int, MigrationCode> m_migrationCode;
};

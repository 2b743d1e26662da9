#pragma once

#include "DatabaseLocation.h"
#include "DatabaseStatus.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// An open Observatoire database: one Qt Sql connection, checked, migrated and configured
// (foreign keys on, WAL journal, busy timeout). Files that are not ours, damaged, locked or from
// a newer version are refused with a message, and left exactly as they were.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenMode
    {
        CreateIfMissing, // a missing file is created and brought to the latest schema
        MustExist,       // a missing file is an error (commands that read)
    };

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    DatabaseStatus open(const DatabaseLocation& location, OpenMode mode);
    void close();

    bool isOpen() const;
    const DatabaseLocation& location() const { return m_location; }
    QSqlDatabase connection() const;
    int schemaVersion() const { return m_schemaVersion; }

    // How long to wait for another program's lock before giving up; OBSERVATOIRE_BUSY_TIMEOUT_MS
    // overrides the default of 5 seconds.
    static int busyTimeoutMs();

private:
    DatabaseStatus openSqlite(OpenMode mode);
    DatabaseStatus checkHeader(const QString& path, OpenMode mode) const;
    DatabaseStatus prepareConnection();
    DatabaseStatus fail(DatabaseFailure failure, const QString& message);
    static QString newerSchemaMessage(const QString& name, int version);

    QString m_connectionName;
    QString m_registeredPath; // the SQLite file registered as open in DatabaseFiles
    DatabaseLocation m_location;
    int m_schemaVersion = 0;
};

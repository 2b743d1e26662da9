#pragma once

#include "common/Result.h"
#include "database/Database.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// A fresh, migrated database with all reference data, in a temporary folder that disappears
// with the object. The first one of a test program is created by Database::open; the others are
// copies of it, so that each test does not pay for loading 35,000 communes again.
class TestDatabase
{
public:
    TestDatabase();

    QString path() const { return m_path; }
    QString folder() const { return m_dir.path(); }
    Database& database() { return *m_database; }
    QSqlDatabase connection() const { return m_database->connection(); }

    // Runs one SQL statement and returns the first column of the first row.
    QVariant scalar(const QString& sql) const;

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_database;
};

// The file's bytes, to prove that a refused file was left exactly as it was.
QByteArray fileBytes(const QString& path);

// Overwrites one page of `table`'s B-tree in the middle (not its first leaves), as a failing
// disk would: ordinary reads then skip the records it held without an error. Every page must be
// in the main file (checkpointed) and no connection open.
void damageTablePage(const QString& path, const QString& table);

// Runs statements on a plain connection of its own, as another program would.
void runSql(const QString& path, const QStringList& statements);

// Takes the database at `path` (current schema, no connection open) back to schema version 6,
// with tests/data/schema-6.sql, which the crash test reads too: the older database the upgrade
// tests upgrade.
void makeSchemaSix(const QString& path);

// Holds an exclusive lock on a database file, with a write pending, as another program in the
// middle of a long transaction would; released when the object goes.
class ExclusiveLock
{
public:
    explicit ExclusiveLock(const QString& path);
    ~ExclusiveLock();
    ExclusiveLock(const ExclusiveLock&) = delete;
    ExclusiveLock& operator=(const ExclusiveLock&) = delete;

private:
    QString m_connectionName;
};

// The field keys of problems, in order.
QStringList problemFields(const Problems& problems);

#pragma once

#include "common/Result.h"
#include "database/Database.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// The engine the tests run on: SQLite, unless OBSERVATOIRE_TEST_ENGINE=postgresql (the second
// CTest entry of an area), whose server tests/postgres/Server.sh started and named in the file
// OBSERVATOIRE_TEST_POSTGRES (tests/postgres/PostgresTests.cmake).
namespace TestEngine {
bool isPostgres();
// postgresql://observatoire@127.0.0.1:PORT/ of the tests' server (its databases added to it).
QString postgresServerUrl();
// Runs statements on the server's maintenance database, as its administrator would (creating
// and dropping databases, which no transaction may hold); the error, or empty.
QString runOnServer(const QStringList& statements);
} // namespace TestEngine

// A fresh, migrated database with all reference data, that disappears with the object: a file in
// a temporary folder, or a database of the tests' PostgreSQL server. The first one of a test
// program is created by Database::open; the others are copies of it (of the file, or CREATE
// DATABASE … TEMPLATE), so that each test does not pay for loading 35,000 communes again.
class TestDatabase
{
public:
    // The engine the tests run on, or an SQLite file whatever it is (to compare both engines).
    enum class Engine
    {
        UnderTest,
        Sqlite
    };
    explicit TestDatabase(Engine engine = Engine::UnderTest);
    ~TestDatabase();

    // The SQLite file (empty on PostgreSQL), and where the database is on either engine.
    QString path() const { return m_path; }
    const DatabaseLocation& location() const { return m_location; }
    QString folder() const { return m_dir.path(); }
    Database& database() { return *m_database; }
    QSqlDatabase connection() const { return m_database->connection(); }

    // Foreign keys checked or not on this connection, to write around the stores as a damaged
    // database or another program would (PostgreSQL: the session's triggers off; the tests'
    // role is the server's superuser).
    void enforceForeignKeys(bool enforced);

    // Runs one SQL statement and returns the first column of the first row.
    QVariant scalar(const QString& sql) const;

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_postgresName; // the database on the tests' server, dropped at the end
    DatabaseLocation m_location;
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

// Where a test points the program's --db, not created yet (the program's `init` or `demo` creates
// it): a new file in `dir` on SQLite, or a new empty database on the tests' PostgreSQL server,
// dropped when the object goes.
class ProgramDatabase
{
public:
    ProgramDatabase(const QTemporaryDir& dir, const QString& fileName);
    ~ProgramDatabase();
    ProgramDatabase(const ProgramDatabase&) = delete;
    ProgramDatabase& operator=(const ProgramDatabase&) = delete;

    // The argument of --db: the file's path or the database's postgresql:// address.
    QString location() const { return m_location; }
    // The file (empty on PostgreSQL), for what only a file has.
    QString path() const { return m_path; }

private:
    QString m_location;
    QString m_path;
    QString m_postgresName;
};

#include "TestDatabase.h"

#include "observatory/ObservatoryDatabase.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace TestEngine {

bool isPostgres()
{
    static const bool postgres =
        qEnvironmentVariable("OBSERVATOIRE_TEST_ENGINE") == QLatin1String("postgresql");
    return postgres;
}

QString postgresServerUrl()
{
    static const QString url = [] {
        const QString stateFile = qEnvironmentVariable("OBSERVATOIRE_TEST_POSTGRES");
        QFile state(stateFile);
        INFO("OBSERVATOIRE_TEST_POSTGRES names the state file of tests/postgres/Server.sh: "
             << stateFile.toStdString());
        REQUIRE(state.open(QIODevice::ReadOnly));
        for (const QByteArray& line : state.readAll().split('\n')) {
            if (line.startsWith("url="))
                return QString::fromUtf8(line.mid(4));
        }
        FAIL("no url= in " << stateFile.toStdString());
        return QString();
    }();
    return url;
}

QString runOnServer(const QStringList& statements)
{
    const QString name = QStringLiteral("test-postgres-admin");
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isOpen()) {
        const QUrl url(TestEngine::postgresServerUrl());
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open())
            return db.lastError().text();
    }
    QSqlQuery query(db);
    for (const QString& statement : statements) {
        if (!query.exec(statement))
            return statement + QLatin1String(": ") + query.lastError().text();
    }
    return {};
}

} // namespace TestEngine

namespace {

DatabaseLocation postgresDatabase(const QString& name)
{
    return *DatabaseLocation::parse(TestEngine::postgresServerUrl() + name);
}

// This program's template on the tests' server: migrated, with the reference data, and closed
// (a database copied by CREATE DATABASE must have no connection).
QString templatePostgresDatabase()
{
    static const QString name = [] {
        const QString database = QStringLiteral("template_%1").arg(QCoreApplication::applicationPid());
        const QString created = TestEngine::runOnServer({QStringLiteral("CREATE DATABASE %1").arg(database)});
        INFO(created.toStdString());
        REQUIRE(created.isEmpty());
        Database db;
        const DatabaseStatus status =
            ObservatoryDatabase::open(db, postgresDatabase(database), Database::OpenMode::CreateIfMissing);
        INFO(status.message.toStdString());
        REQUIRE(status.ok());
        return database;
    }();
    return name;
}

// A database made once per test program, closed (so fully checkpointed), to copy from.
QString templateDatabase()
{
    static QTemporaryDir folder;
    static const QString path = [] {
        const QString file = folder.filePath(QStringLiteral("template.sqlite"));
        Database database;
        const DatabaseStatus status = ObservatoryDatabase::open(database, DatabaseLocation::sqliteFile(file),
                                                                Database::OpenMode::CreateIfMissing);
        INFO(status.message.toStdString());
        REQUIRE(status.ok());
        return file;
    }();
    return path;
}

} // namespace

TestDatabase::TestDatabase(Engine engine)
    : m_database(std::make_unique<Database>())
{
    if (engine == Engine::UnderTest && TestEngine::isPostgres()) {
        static int counter = 0;
        const QString source = templatePostgresDatabase();
        m_postgresName = QStringLiteral("test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
        const QString created = TestEngine::runOnServer(
            {QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(m_postgresName, source)});
        INFO(created.toStdString());
        REQUIRE(created.isEmpty());
        m_location = postgresDatabase(m_postgresName);
    } else {
        m_path = m_dir.filePath(QStringLiteral("test.sqlite"));
        REQUIRE(QFile::copy(templateDatabase(), m_path));
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
        m_location = DatabaseLocation::sqliteFile(m_path);
    }
    const DatabaseStatus status =
        ObservatoryDatabase::open(*m_database, m_location, Database::OpenMode::MustExist);
    INFO(status.message.toStdString());
    REQUIRE(status.ok());
}

TestDatabase::~TestDatabase()
{
    m_database.reset();
    if (!m_postgresName.isEmpty()) // nothing to do if it fails: the server goes after the tests
        TestEngine::runOnServer(
            {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_postgresName)});
}

void TestDatabase::enforceForeignKeys(bool enforced)
{
    const QString statement =
        TestEngine::isPostgres()
            ? QStringLiteral("SET session_replication_role = %1")
                  .arg(QLatin1String(enforced ? "origin" : "replica"))
            : QStringLiteral("PRAGMA foreign_keys = %1").arg(QLatin1String(enforced ? "ON" : "OFF"));
    QSqlQuery query(connection());
    INFO(statement.toStdString());
    REQUIRE(query.exec(statement));
}

QVariant TestDatabase::scalar(const QString& sql) const
{
    QSqlQuery query(connection());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0);
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void runSql(const QString& path, const QStringList& statements)
{
    static int counter = 0;
    const QString name = QStringLiteral("test-raw-%1").arg(++counter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        for (const QString& statement : statements) {
            INFO(statement.toStdString());
            REQUIRE(query.exec(statement));
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void makeSchemaSix(const QString& path)
{
    QFile script(QStringLiteral(OBSERVATOIRE_SOURCE_DIR "/tests/data/schema-6.sql"));
    REQUIRE(script.open(QIODevice::ReadOnly | QIODevice::Text));
    QStringList statements;
    for (const QString& line : QString::fromUtf8(script.readAll()).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty() && !line.startsWith(QLatin1String("--")))
            statements << line.trimmed().chopped(1); // one statement per line, without its ';'
    }
    runSql(path, statements);
}

ExclusiveLock::ExclusiveLock(const QString& path)
{
    static int counter = 0;
    m_connectionName = QStringLiteral("test-lock-%1").arg(++counter);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    REQUIRE(db.open());
    QSqlQuery query(db);
    // In WAL mode only an exclusive locking mode with a write keeps other readers out.
    REQUIRE(query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
    REQUIRE(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    REQUIRE(query.exec(QStringLiteral("UPDATE ref_zone SET sort_order = sort_order + 1")));
}

ExclusiveLock::~ExclusiveLock()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QStringList problemFields(const Problems& problems)
{
    QStringList fields;
    for (const Problem& problem : problems)
        fields << problem.field;
    return fields;
}

void damageTablePage(const QString& path, const QString& table)
{
    qint64 pageSize = 0;
    qint64 page = 0;
    const QString name = QStringLiteral("test-damage");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        REQUIRE(query.exec(QStringLiteral("PRAGMA page_size")));
        REQUIRE(query.next());
        pageSize = query.value(0).toLongLong();
        REQUIRE(query.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = '%1' AND pagetype = 'leaf' "
                                          "ORDER BY pageno LIMIT 1 OFFSET 2")
                               .arg(table)));
        REQUIRE(query.next());
        page = query.value(0).toLongLong();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    REQUIRE(page > 1);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek((page - 1) * pageSize + 8));
    REQUIRE(file.write(QByteArray(static_cast<int>(pageSize - 16), '\x55')) == pageSize - 16);
}

ProgramDatabase::ProgramDatabase(const QTemporaryDir& dir, const QString& fileName)
{
    if (!TestEngine::isPostgres()) {
        m_path = dir.filePath(fileName);
        m_location = m_path;
        return;
    }
    static int counter = 0;
    m_postgresName = QStringLiteral("program_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    const QString created =
        TestEngine::runOnServer({QStringLiteral("CREATE DATABASE %1").arg(m_postgresName)});
    INFO(created.toStdString());
    REQUIRE(created.isEmpty());
    m_location = TestEngine::postgresServerUrl() + m_postgresName;
}

ProgramDatabase::~ProgramDatabase()
{
    if (!m_postgresName.isEmpty())
        TestEngine::runOnServer(
            {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_postgresName)});
}

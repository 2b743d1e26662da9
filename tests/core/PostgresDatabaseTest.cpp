// What opening a database does on PostgreSQL alone: the schema version in its table, an empty
// database made an observatory only when asked, another program's database left alone, a
// read-only session. Run on the tests' server only (test_postgres_postgresql).
#include "support/TestDatabase.h"

#include "database/Migrator.h"
#include "observatory/ObservatoryDatabase.h"
#include "store/ActorStore.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QSqlQuery>

namespace {

// A new, empty database on the tests' server, dropped at the end.
class EmptyServerDatabase
{
public:
    explicit EmptyServerDatabase(const QString& suffix)
        : m_name(QStringLiteral("empty_%1_%2").arg(QCoreApplication::applicationPid()).arg(suffix))
    {
        const QString created = TestEngine::runOnServer({QStringLiteral("CREATE DATABASE %1").arg(m_name)});
        INFO(created.toStdString());
        REQUIRE(created.isEmpty());
    }
    ~EmptyServerDatabase()
    {
        TestEngine::runOnServer({QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(m_name)});
    }
    EmptyServerDatabase(const EmptyServerDatabase&) = delete;
    EmptyServerDatabase& operator=(const EmptyServerDatabase&) = delete;

    DatabaseLocation location() const
    {
        return *DatabaseLocation::parse(TestEngine::postgresServerUrl() + m_name);
    }

private:
    QString m_name;
};

int tableCount(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace

TEST_CASE("An empty PostgreSQL database becomes an observatory only when asked", "[postgresql]")
{
    const EmptyServerDatabase empty(QStringLiteral("init"));
    {
        Database db;
        const DatabaseStatus refused =
            ObservatoryDatabase::open(db, empty.location(), Database::OpenMode::MustExist);
        CHECK(refused.failure == DatabaseFailure::Empty);
        CHECK(refused.message.contains(QStringLiteral("init")));
    }
    Database db;
    const DatabaseStatus created =
        ObservatoryDatabase::open(db, empty.location(), Database::OpenMode::Initialize);
    INFO(created.message.toStdString());
    REQUIRE(created.ok());
    CHECK(db.schemaVersion() == Migrator::latestVersion());
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT version FROM schema_version")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == Migrator::latestVersion());
    CHECK_FALSE(query.next());
    db.close();

    Database again;
    const DatabaseStatus reopened =
        ObservatoryDatabase::open(again, empty.location(), Database::OpenMode::MustExist);
    INFO(reopened.message.toStdString());
    CHECK(reopened.ok());
}

TEST_CASE("A PostgreSQL database with another program's tables is left alone", "[postgresql]")
{
    const EmptyServerDatabase other(QStringLiteral("other"));
    {
        Database db;
        REQUIRE(ObservatoryDatabase::open(db, other.location(), Database::OpenMode::Initialize).ok());
        QSqlQuery query(db.connection());
        REQUIRE(query.exec(QStringLiteral("DROP TABLE schema_version")));
        REQUIRE(query.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER)")));
    }
    Database db;
    const DatabaseStatus refused =
        ObservatoryDatabase::open(db, other.location(), Database::OpenMode::Initialize);
    CHECK(refused.failure == DatabaseFailure::NotObservatoire);
    CHECK(refused.message.contains(QStringLiteral("another program")));
    // Refused again: the refusal wrote no schema_version (which would have made it ours).
    Database look;
    REQUIRE(look.open(other.location(), Database::OpenMode::Initialize).failure ==
            DatabaseFailure::NotObservatoire);
}

TEST_CASE("A PostgreSQL database opened read-only writes nothing", "[postgresql]")
{
    TestDatabase written;
    const DatabaseLocation location = written.location();
    Database db;
    const DatabaseStatus opened =
        ObservatoryDatabase::open(db, location, Database::OpenMode::MustExist, Database::Access::ReadOnly);
    INFO(opened.message.toStdString());
    REQUIRE(opened.ok());
    CHECK(db.isReadOnly());
    CHECK(db.writableOrWhy().failure == DatabaseFailure::ReadOnly);
    Actor actor;
    actor.name = QStringLiteral("Villeurbanne");
    actor.typeCode = QStringLiteral("commune");
    CHECK_FALSE(ActorStore(db.connection()).create(actor).ok());
    CHECK(tableCount(db.connection()) > 0);
    CHECK(written.scalar(QStringLiteral("SELECT count(*) FROM actor WHERE name = 'Villeurbanne'")).toInt() ==
          0);
}

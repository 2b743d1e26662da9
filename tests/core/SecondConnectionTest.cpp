#include "support/TestDatabase.h"

#include "database/SecondConnection.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <thread>

namespace {

int countryCount(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT count(*) FROM ref_country")) && query.next()
               ? query.value(0).toInt()
               : -1;
}

} // namespace

TEST_CASE("A second connection reads, on its own thread, the state the first one reads", "[database][second]")
{
    TestDatabase db;
    const int before = countryCount(db.connection());
    REQUIRE(db.connection().transaction());
    int secondSaw = -1;
    std::thread::id secondThread;
    {
        SecondConnection second(db.connection());
        REQUIRE(second.isOpen());
        // Another program commits once both read: neither sees it.
        runSql(db.path(), {QStringLiteral("DELETE FROM ref_country WHERE code = 'ZW'")});
        second.start([&](const QSqlDatabase& connection) {
            secondSaw = countryCount(connection);
            secondThread = std::this_thread::get_id();
        });
        second.wait();
        CHECK(countryCount(db.connection()) == before);
    }
    CHECK(secondSaw == before);
    CHECK(secondThread != std::this_thread::get_id());
    db.connection().rollback();
    CHECK(countryCount(db.connection()) == before - 1);
}

TEST_CASE("No second connection while someone writes, or for a database in memory", "[database][second]")
{
    SECTION("another program holds the write lock")
    {
        TestDatabase db;
        QSqlDatabase writer = QSqlDatabase::cloneDatabase(db.connection(), QStringLiteral("writer"));
        REQUIRE(writer.open());
        REQUIRE(QSqlQuery(writer).exec(QStringLiteral("BEGIN IMMEDIATE")));
        REQUIRE(db.connection().transaction());
        {
            SecondConnection second(db.connection());
            CHECK_FALSE(second.isOpen());
        }
        db.connection().rollback();
        QSqlQuery(writer).exec(QStringLiteral("ROLLBACK"));
        writer.close();
        writer = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    }
    SECTION("a database in memory")
    {
        {
            QSqlDatabase memory =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("memory"));
            memory.setDatabaseName(QStringLiteral(":memory:"));
            REQUIRE(memory.open());
            REQUIRE(memory.transaction());
            {
                SecondConnection second(memory);
                CHECK_FALSE(second.isOpen());
                second.wait(); // nothing to wait for
            }
            memory.rollback();
            memory.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("memory"));
    }
}

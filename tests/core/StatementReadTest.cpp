#include "support/TestDatabase.h"

#include "database/Statement.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <string>

TEST_CASE("Statement reads integers, NULLs and UTF-8 texts alike through SQLite's C API and Qt Sql",
          "[database][read]")
{
    TestDatabase db;
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("CREATE TEMP TABLE sample (n INTEGER, t TEXT)")));
    REQUIRE(query.exec(QString::fromUtf8("INSERT INTO sample VALUES (1, 'Métropole de Lyon'), (NULL, NULL), "
                                         "(9007199254740993, ''), (-4, 'Ouagadougou – 私')")));
    for (const Statement::Engine engine : {Statement::Engine::Native, Statement::Engine::QtSql}) {
        INFO((engine == Statement::Engine::Native ? "native" : "Qt Sql"));
        Statement scan(db.connection(), QStringLiteral("SELECT n, t FROM sample ORDER BY rowid"), engine);
        REQUIRE(scan.next());
        CHECK(scan.integer(0) == 1);
        CHECK(std::string(scan.text(1)) == "Métropole de Lyon");
        REQUIRE(scan.next());
        CHECK(scan.isNull(0));
        CHECK(scan.isNull(1));
        CHECK(scan.integer(0) == 0);
        CHECK(scan.text(1).empty());
        REQUIRE(scan.next());
        CHECK(scan.integer(0) == 9007199254740993LL);
        CHECK_FALSE(scan.isNull(1));
        CHECK(scan.text(1).empty());
        REQUIRE(scan.next());
        CHECK(scan.integer(0) == -4);
        CHECK(std::string(scan.text(1)) == "Ouagadougou – 私");
        CHECK_FALSE(scan.next());
        CHECK(scan.error().isEmpty());
    }
}

TEST_CASE("Statement tells numbers from texts and NULLs through both engines", "[database][read]")
{
    TestDatabase db;
    for (const Statement::Engine engine : {Statement::Engine::Native, Statement::Engine::QtSql}) {
        INFO((engine == Statement::Engine::Native ? "native" : "Qt Sql"));
        Statement scan(db.connection(), QStringLiteral("SELECT 3, -2.5, '3', NULL, 1 <> 2"), engine);
        REQUIRE(scan.next());
        CHECK(scan.isNumber(0));
        CHECK(scan.isNumber(1));
        CHECK(scan.real(1) == -2.5);
        CHECK_FALSE(scan.isNumber(2)); // a text of digits stays a text
        CHECK_FALSE(scan.isNumber(3));
        CHECK(scan.isNumber(4)); // a comparison, on SQLite
    }
}

TEST_CASE("Statement names the error of a query it cannot run", "[database][read][refusal]")
{
    TestDatabase db;
    for (const Statement::Engine engine : {Statement::Engine::Native, Statement::Engine::QtSql}) {
        Statement scan(db.connection(), QStringLiteral("SELECT id FROM nowhere"), engine);
        CHECK_FALSE(scan.next());
        INFO(scan.error().toStdString());
        CHECK(scan.error().contains(QStringLiteral("nowhere")));
    }
}

TEST_CASE("Statement binds values by position or name, and runs again with new ones", "[database][read]")
{
    TestDatabase db;
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("CREATE TEMP TABLE sample (n INTEGER, t TEXT)")));
    REQUIRE(query.exec(
        QString::fromUtf8("INSERT INTO sample VALUES (1, 'un'), (2, 'deux'), (3, 'trois'), (4, 'été')")));
    for (const Statement::Engine engine : {Statement::Engine::Native, Statement::Engine::QtSql}) {
        INFO((engine == Statement::Engine::Native ? "native" : "Qt Sql"));
        const auto rows = [](Statement& scan) {
            std::string texts;
            while (scan.next())
                texts += std::string(scan.text(0)) + ' ';
            return texts;
        };
        Statement byPosition(db.connection(),
                             QStringLiteral("SELECT t FROM sample WHERE n IN (?, ?, ?) ORDER BY n"), engine);
        byPosition.bind(0, 3);
        byPosition.bind(1, QVariant(qint64(1)));
        byPosition.bind(2, QVariant()); // NULL matches nothing
        CHECK(rows(byPosition) == "un trois ");
        CHECK_FALSE(byPosition.next()); // stays at its end rather than running again

        byPosition.restart();
        byPosition.bind(0, 2);
        byPosition.bind(1, 4);
        CHECK(rows(byPosition) == "deux été ");
        CHECK(byPosition.error().isEmpty());

        Statement byName(db.connection(),
                         QStringLiteral("SELECT n FROM sample WHERE t = :text OR n > :above"), engine);
        byName.bind(QStringLiteral(":text"), QString::fromUtf8("été"));
        byName.bind(QStringLiteral(":above"), 10.5);
        REQUIRE(byName.next());
        CHECK(byName.integer(0) == 4);
        CHECK_FALSE(byName.next());
    }
}

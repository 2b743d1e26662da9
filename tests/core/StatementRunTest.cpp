#include "support/TestDatabase.h"

#include "database/PageCache.h"
#include "database/PreparedQuery.h"
#include "database/Statement.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace {

const QString kInsert = QStringLiteral("INSERT INTO sample (n, t, r) VALUES (?, ?, ?) RETURNING id");

void createSample(const TestDatabase& db)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("CREATE TEMP TABLE sample (id INTEGER PRIMARY KEY, n INTEGER, t TEXT "
                                      "NOT NULL CHECK (length(t) > 0), r REAL)")));
}

} // namespace

TEST_CASE("A statement writes rows and gives what RETURNING returns, through SQLite's C API and Qt Sql",
          "[database][bound]")
{
    for (const Statement::Engine engine : {Statement::Engine::Native, Statement::Engine::QtSql}) {
        INFO((engine == Statement::Engine::Native ? "native" : "Qt Sql"));
        TestDatabase db;
        createSample(db);
        Statement insert(db.connection(), kInsert, engine);
        REQUIRE(insert.isPrepared());
        insert.bind(0, qint64(9007199254740993LL));
        insert.bind(1, QString::fromUtf8("Métropole de Lyon – 私"));
        insert.bind(2, QVariant(2.5));
        REQUIRE(insert.run());
        CHECK(insert.returnedRow());
        CHECK(insert.returned() == 1);
        // The values of one run do not stay for the next: unbound means NULL.
        insert.bind(1, QStringLiteral("Ouagadougou"));
        REQUIRE(insert.run());
        CHECK(insert.returned() == 2);
        insert.bind(0, QVariant(true));
        insert.bind(1, QVariant(QStringLiteral("Dakar")));
        insert.bindNull(2);
        REQUIRE(insert.run());
        CHECK(insert.returned() == 3);

        CHECK(db.scalar(QStringLiteral("SELECT n || '|' || t || '|' || r FROM sample WHERE id = 1"))
                  .toString() == QString::fromUtf8("9007199254740993|Métropole de Lyon – 私|2.5"));
        CHECK(
            db.scalar(QStringLiteral("SELECT count(*) FROM sample WHERE id = 2 AND n IS NULL AND r IS NULL"))
                .toInt() == 1);
        CHECK(db.scalar(QStringLiteral("SELECT n FROM sample WHERE id = 3")).toInt() == 1);

        Statement lookup(db.connection(), QStringLiteral("SELECT id FROM sample WHERE t = ?"), engine);
        lookup.bind(0, QStringLiteral("Dakar"));
        REQUIRE(lookup.run());
        CHECK(lookup.returnedRow());
        CHECK(lookup.returned() == 3);
        lookup.bind(0, QStringLiteral("Bamako"));
        REQUIRE(lookup.run());
        CHECK_FALSE(lookup.returnedRow());
        CHECK(lookup.returned() == 0);
    }
}

TEST_CASE("A statement gives the id of the row it inserted: SQLite's own without RETURNING, else "
          "RETURNING's",
          "[database][bound]")
{
    TestDatabase db;
    createSample(db);
    QSqlQuery(db.connection()).exec(QStringLiteral("INSERT INTO sample (id, t) VALUES (41, 'before')"));
    Statement native(db.connection(), QStringLiteral("INSERT INTO sample (t) VALUES (?)"));
    native.bind(0, QStringLiteral("Ziguinchor"));
    REQUIRE(native.run());
    CHECK_FALSE(native.returnedRow());
    CHECK(native.insertedId() == 42);
    CHECK(db.scalar(QStringLiteral("SELECT t FROM sample WHERE id = 42")).toString() ==
          QStringLiteral("Ziguinchor"));

    Statement qtSql(db.connection(), kInsert, Statement::Engine::QtSql);
    qtSql.bind(1, QStringLiteral("Kolda"));
    REQUIRE(qtSql.run());
    CHECK(qtSql.insertedId() == 43);
    CHECK(db.scalar(QStringLiteral("SELECT t FROM sample WHERE id = 43")).toString() ==
          QStringLiteral("Kolda"));
}

TEST_CASE("A statement names what refused a row, and a statement that cannot be prepared",
          "[database][bound][refusal]")
{
    for (const Statement::Engine engine : {Statement::Engine::Native, Statement::Engine::QtSql}) {
        INFO((engine == Statement::Engine::Native ? "native" : "Qt Sql"));
        TestDatabase db;
        createSample(db);
        Statement insert(db.connection(), kInsert, engine);
        insert.bind(1, QString());
        CHECK_FALSE(insert.run());
        INFO(insert.error().toStdString());
        CHECK(insert.error().contains(QLatin1String("NOT NULL")));
        // The statement is usable again after a refusal.
        insert.bind(1, QStringLiteral("Niamey"));
        CHECK(insert.run());
        CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM sample")).toInt() == 1);

        Statement broken(db.connection(), QStringLiteral("INSERT INTO no_such_table VALUES (?)"), engine);
        CHECK_FALSE(broken.isPrepared());
        CHECK(broken.error().contains(QLatin1String("no_such_table")));
        CHECK_FALSE(broken.run());
    }
}

TEST_CASE("A prepared query's bound statement is kept with it and runs the same text", "[database][bound]")
{
    TestDatabase db;
    const QString sql = QStringLiteral("SELECT count(*) FROM ref_zone WHERE code <> ?");
    Statement* first = nullptr;
    {
        PreparedQuery query(db.connection(), sql);
        first = &query.bound();
        first->bind(0, QStringLiteral("none"));
        REQUIRE(first->run());
        CHECK(first->returned() == db.scalar(QStringLiteral("SELECT count(*) FROM ref_zone")).toLongLong());
    }
    PreparedQuery again(db.connection(), sql);
    CHECK(&again.bound() == first);
}

TEST_CASE("A page cache is larger, and temporary storage in memory, while it lives, then as they were",
          "[database][bound]")
{
    // Temporary storage (statement journals) in a file was a third of a first import
    // (docs/performance.md, issue 22).
    TestDatabase db;
    const qint64 before = db.scalar(QStringLiteral("PRAGMA cache_size")).toLongLong();
    const int tempStore = db.scalar(QStringLiteral("PRAGMA temp_store")).toInt();
    REQUIRE(tempStore != 2);
    {
        const PageCache cache(db.connection(), 32);
        CHECK(db.scalar(QStringLiteral("PRAGMA cache_size")).toLongLong() == -32 * 1024);
        CHECK(db.scalar(QStringLiteral("PRAGMA temp_store")).toInt() == 2); // MEMORY
    }
    CHECK(db.scalar(QStringLiteral("PRAGMA cache_size")).toLongLong() == before);
    CHECK(db.scalar(QStringLiteral("PRAGMA temp_store")).toInt() == tempStore);
}

TEST_CASE("A statement runs through SQLite's C API when Qt's driver runs the SQLite library this program "
          "was built with, and through Qt Sql on request",
          "[database][bound]")
{
    TestDatabase db;
    // Debian's Qt driver and this program both load the system's libsqlite3.
    CHECK(Statement(db.connection(), QStringLiteral("SELECT 1")).isNative());
    CHECK_FALSE(Statement(db.connection(), QStringLiteral("SELECT 1"), Statement::Engine::QtSql).isNative());
}

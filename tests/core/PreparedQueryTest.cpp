#include "support/TestDatabase.h"

#include "database/PreparedQuery.h"
#include "database/SqliteHandle.h"
#include "database/Transaction.h"

#include <QSqlError>

#include <catch2/catch.hpp>

namespace {

const QString kCount = QStringLiteral("SELECT count(*) FROM ref_zone WHERE code <> ?");

qint64 countOnce(const QSqlDatabase& db)
{
    PreparedQuery query(db, kCount);
    query->addBindValue(QStringLiteral("none"));
    REQUIRE(query->exec());
    REQUIRE(query->next());
    return query->value(0).toLongLong();
}

} // namespace

TEST_CASE("A prepared query is prepared once per connection and text, and run again with new values",
          "[database][prepared]")
{
    TestDatabase db;
    const QSqlQuery* first = nullptr;
    {
        PreparedQuery query(db.connection(), kCount);
        REQUIRE(query.isPrepared());
        first = &*query;
    }
    {
        PreparedQuery again(db.connection(), kCount);
        CHECK(&*again == first);
        again->addBindValue(QStringLiteral("union_europeenne"));
        REQUIRE(again->exec());
        REQUIRE(again->next());
        CHECK(again->value(0).toLongLong() ==
              db.scalar(QStringLiteral("SELECT count(*) - 1 FROM ref_zone")).toLongLong());
    }
    CHECK(countOnce(db.connection()) ==
          db.scalar(QStringLiteral("SELECT count(*) FROM ref_zone")).toLongLong());
}

TEST_CASE("A prepared query used while the same text is in use gets a query of its own",
          "[database][prepared]")
{
    TestDatabase db;
    PreparedQuery outer(db.connection(), QStringLiteral("SELECT code FROM ref_zone ORDER BY code"));
    REQUIRE(outer->exec());
    REQUIRE(outer->next());
    const QString firstCode = outer->value(0).toString();
    {
        PreparedQuery inner(db.connection(), QStringLiteral("SELECT code FROM ref_zone ORDER BY code"));
        CHECK(&*inner != &*outer);
        REQUIRE(inner->exec());
        REQUIRE(inner->next());
        CHECK(inner->value(0).toString() == firstCode);
    }
    // The outer query was not disturbed.
    REQUIRE(outer->next());
    CHECK(outer->value(0).toString() > firstCode);
}

TEST_CASE("A statement that cannot be prepared is not kept: it works once it can", "[database][prepared]")
{
    TestDatabase db;
    const QString sql = QStringLiteral("INSERT INTO later (n) VALUES (?)");
    {
        PreparedQuery query(db.connection(), sql);
        CHECK_FALSE(query.isPrepared());
        CHECK(query->lastError().text().contains(QStringLiteral("later")));
    }
    db.scalar(QStringLiteral("SELECT 1"));
    QSqlQuery(db.connection()).exec(QStringLiteral("CREATE TABLE later (n INTEGER)"));
    PreparedQuery query(db.connection(), sql);
    REQUIRE(query.isPrepared());
    query->addBindValue(7);
    CHECK(query->exec());
    CHECK(db.scalar(QStringLiteral("SELECT n FROM later")).toInt() == 7);
}

TEST_CASE("A prepared query stops reading when it goes: the connection then sees others' commits",
          "[database][prepared]")
{
    TestDatabase db;
    {
        // Read one row of several and leave: a statement left reading would keep this connection
        // in its old state of the file.
        PreparedQuery query(db.connection(), QStringLiteral("SELECT code FROM ref_zone"));
        REQUIRE(query->exec());
        REQUIRE(query->next());
    }
    runSql(
        db.path(),
        {QStringLiteral("UPDATE ref_zone SET label_fr = 'Changé ailleurs' WHERE code = 'union_europeenne'")});
    CHECK(db.scalar(QStringLiteral("SELECT label_fr FROM ref_zone WHERE code = 'union_europeenne'"))
              .toString() == QStringLiteral("Changé ailleurs"));
}

TEST_CASE("A connection closed and opened again under its name prepares its statements again",
          "[database][prepared]")
{
    TestDatabase db;
    const qint64 zones = countOnce(db.connection());
    const QString path = db.path();
    db.database().close();
    REQUIRE(db.database().open(DatabaseLocation::sqliteFile(path), Database::OpenMode::MustExist).ok());
    CHECK(countOnce(db.connection()) == zones);
}

namespace {

// How many times the connection's prepared statement of exactly `sql` has run, over all such
// statements alive (SQLite's own count of each statement's runs).
int runsOfKept(const QSqlDatabase& db, const char* sql)
{
    sqlite3* handle = sqliteHandle(db);
    REQUIRE(handle);
    int runs = 0;
    for (sqlite3_stmt* statement = sqlite3_next_stmt(handle, nullptr); statement;
         statement = sqlite3_next_stmt(handle, statement)) {
        if (qstrcmp(sqlite3_sql(statement), sql) == 0)
            runs += sqlite3_stmt_status(statement, SQLITE_STMTSTATUS_RUN, 0);
    }
    return runs;
}

} // namespace

TEST_CASE("A transaction inside another is a savepoint: rolled back alone, or kept by the outer one",
          "[database][transaction]")
{
    TestDatabase db;
    QSqlQuery(db.connection()).exec(QStringLiteral("CREATE TABLE t (n INTEGER)"));
    const auto insert = [&](int n) {
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("INSERT INTO t (n) VALUES (?)"));
        query.addBindValue(n);
        REQUIRE(query.exec());
    };
    {
        Transaction outer(db.connection());
        REQUIRE(outer.started());
        insert(1);
        {
            Transaction kept(db.connection());
            REQUIRE(kept.began());
            insert(2);
            REQUIRE(kept.commit());
        }
        {
            Transaction undone(db.connection());
            REQUIRE(undone.began());
            insert(3);
            undone.rollback();
        }
        {
            Transaction dropped(db.connection()); // not committed: rolled back as it goes
            insert(4);
        }
        REQUIRE(outer.commit());
    }
    CHECK(db.scalar(QStringLiteral("SELECT group_concat(n, ',') FROM (SELECT n FROM t ORDER BY n)"))
              .toString() == QStringLiteral("1,2"));
}

TEST_CASE("On SQLite a savepoint's statements are prepared once per connection, not parsed for each",
          "[database][transaction][sqlite]")
{
    // An import updates each row inside a savepoint of its transaction: parsing SAVEPOINT and
    // RELEASE again for each row was 6 % of an update.
    TestDatabase db;
    Transaction outer(db.connection());
    REQUIRE(outer.started());
    for (int i = 0; i < 3; ++i) {
        Transaction nested(db.connection());
        REQUIRE(nested.began());
        REQUIRE(nested.commit());
    }
    CHECK(runsOfKept(db.connection(), "SAVEPOINT nested_1") == 3);
    CHECK(runsOfKept(db.connection(), "RELEASE nested_1") == 3);
    REQUIRE(outer.commit());
}

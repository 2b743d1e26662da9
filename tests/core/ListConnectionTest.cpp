#include "support/TestDatabase.h"

#include "database/Statement.h"
#include "lists/ListConnection.h"

#include <catch2/catch.hpp>

namespace {

qint64 pragmaValue(const QSqlDatabase& db, const QString& pragma_)
{
    Statement pragma(db, QStringLiteral("PRAGMA ") + pragma_);
    REQUIRE(pragma.run());
    return pragma.returned();
}

qint64 cacheSize(const QSqlDatabase& db)
{
    return pragmaValue(db, QStringLiteral("cache_size"));
}

} // namespace

TEST_CASE("The lists' connection keeps a larger page cache for as long as it is open, the window's its own",
          "[lists]")
{
    // A search keystroke's first screen read its pages again from the system at each statement
    // with SQLite's default cache of 2 MB (docs/performance.md, issue 19). SQLite's alone: the
    // file on either engine's test run.
    TestDatabase db(TestDatabase::Engine::Sqlite);
    const qint64 windowCache = cacheSize(db.connection());
    REQUIRE(windowCache != -ListConnection::kPageCacheMiB * 1024);

    ListConnection lists;
    REQUIRE(lists.open(db.connection().connectionName()));
    CHECK(cacheSize(lists.connection()) == -ListConnection::kPageCacheMiB * 1024); // negative: KiB
    CHECK(lists.total(RecordList::Family::Actors) == 0);
    CHECK(cacheSize(lists.connection()) == -ListConnection::kPageCacheMiB * 1024);
    CHECK(cacheSize(db.connection()) == windowCache);

    // Opened again (another database in the window): the new connection has it too.
    REQUIRE(lists.open(db.connection().connectionName()));
    CHECK(cacheSize(lists.connection()) == -ListConnection::kPageCacheMiB * 1024);
}

TEST_CASE("The lists' connection reads new pages through a memory map, the window's does not", "[lists]")
{
    // A cold first screen (« lyo » at 100,000 records) spent most of its time copying pages from
    // the system's cache (docs/performance.md, issue 19).
    TestDatabase db(TestDatabase::Engine::Sqlite);
    const qint64 windowMap = pragmaValue(db.connection(), QStringLiteral("mmap_size"));
    REQUIRE(windowMap != PageCache::kMappedBytes);
    {
        ListConnection lists;
        REQUIRE(lists.open(db.connection().connectionName()));
        CHECK(pragmaValue(lists.connection(), QStringLiteral("mmap_size")) == PageCache::kMappedBytes);
        CHECK(pragmaValue(db.connection(), QStringLiteral("mmap_size")) == windowMap);
    }
    // A writer's cache copies its pages, as before.
    {
        const PageCache cache(db.connection());
        CHECK(pragmaValue(db.connection(), QStringLiteral("mmap_size")) == windowMap);
    }
}

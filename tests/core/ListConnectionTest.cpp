#include "support/TestDatabase.h"

#include "database/PageReadAhead.h"
#include "database/Statement.h"
#include "lists/ListConnection.h"

#include <QRegularExpression>

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

namespace {

// The tables and indexes of the file, but virtual tables and tables without rowid (the search
// index and two of its own tables).
QStringList btreesOf(const QSqlDatabase& db)
{
    Statement schema(db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type IN ('table', 'index') AND "
                                        "coalesce(sql NOT LIKE 'CREATE VIRTUAL TABLE%' "
                                        "AND sql NOT LIKE '%WITHOUT ROWID%', 1)"));
    QStringList names;
    while (schema.next())
        names << schema.string(0);
    return names;
}

} // namespace

TEST_CASE("The lists' connection reads every table and index of the file ahead, each read whole",
          "[lists][sqlite]")
{
    // The first searches at a million records met their pages for the first time, four times
    // slower than once they had been read (docs/performance.md, issue 19).
    TestDatabase db(TestDatabase::Engine::Sqlite);
    const PageReadAhead readAhead(db.connection());
    const QStringList btrees = btreesOf(db.connection());
    REQUIRE(btrees.size() > 50);
    REQUIRE(readAhead.reads().size() == btrees.size()); // a small file: its search index's tables too

    // Each b-tree read once, by a scan of its own pages (a table's, or its index's alone), entry
    // by entry: not SQLite's count of a b-tree's entries from its pages' headers (one step that
    // reads no leaf page, and that QueryCancel cannot stop).
    QStringList scanned;
    for (const QString& read : readAhead.reads()) {
        Statement plan(db.connection(), QStringLiteral("EXPLAIN QUERY PLAN ") + read);
        REQUIRE(plan.next());
        const QString detail = plan.string(3);
        INFO(read.toStdString() << " → " << detail.toStdString());
        const QRegularExpression scan(QStringLiteral("^SCAN (\\S+)( USING COVERING INDEX (\\S+))?$"));
        const QRegularExpressionMatch match = scan.match(detail);
        REQUIRE(match.hasMatch());
        scanned << (match.captured(3).isEmpty() ? match.captured(1) : match.captured(3));
        Statement program(db.connection(), QStringLiteral("EXPLAIN ") + read);
        QStringList opcodes;
        while (program.next())
            opcodes << program.string(1);
        CHECK_FALSE(opcodes.contains(QStringLiteral("Count")));
        CHECK(opcodes.contains(QStringLiteral("Next")));
    }
    scanned.sort();
    QStringList expected = btrees;
    expected.sort();
    CHECK(scanned == expected);
}

TEST_CASE("A read ahead gives way when asked, and reads the same table again at its next step",
          "[lists][sqlite]")
{
    TestDatabase db(TestDatabase::Engine::Sqlite);
    PageReadAhead readAhead(db.connection());
    // The reference data (some 35,000 communes) is long enough to be asked about mid-read.
    bool stopped = false;
    while (!readAhead.done() && !stopped) {
        const qsizetype before = readAhead.nextRead();
        const PageReadAhead::Step step = readAhead.readNext([] { return true; });
        stopped = step == PageReadAhead::Step::Stopped;
        if (stopped)
            CHECK(readAhead.nextRead() == before);
        else
            CHECK(readAhead.nextRead() == before + 1);
    }
    REQUIRE(stopped);
    const qsizetype stoppedAt = readAhead.nextRead();
    CHECK(readAhead.readNext([] { return false; }) == PageReadAhead::Step::Read);
    CHECK(readAhead.nextRead() == stoppedAt + 1);

    // Every read runs, then none.
    while (!readAhead.done())
        CHECK(readAhead.readNext([] { return false; }) == PageReadAhead::Step::Read);
    ListConnection lists;
    REQUIRE(lists.open(db.connection().connectionName()));
    int steps = 0;
    while (lists.readAhead([] { return false; }))
        ++steps;
    CHECK(steps + 1 == readAhead.reads().size());
    CHECK_FALSE(lists.readAhead([] { return false; }));
}

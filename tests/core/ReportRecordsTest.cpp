#include "common/IdPlaces.h"
#include "report/CodeList.h"
#include "report/LinkList.h"

#include <catch2/catch.hpp>

#include <vector>

namespace {

std::vector<int> targets(const LinkList& links, int owner)
{
    const auto found = links.of(owner);
    return {found.begin(), found.end()};
}

} // namespace

TEST_CASE("IdPlaces finds the place of dense, sparse and negative ids", "[report][records]")
{
    SECTION("dense, as SQLite gives them")
    {
        IdPlaces places;
        for (const qint64 id : {1, 2, 3, 5, 8})
            places.add(id);
        places.finish();
        CHECK(places.place(1) == 0);
        CHECK(places.place(5) == 3);
        CHECK(places.place(8) == 4);
        CHECK(places.place(4) == -1);
        CHECK(places.place(0) == -1);
        CHECK(places.place(9) == -1);
        CHECK(places.place(-3) == -1);
    }
    SECTION("far apart, and negative (rows written with their own ids)")
    {
        IdPlaces places;
        for (const qint64 id : {-7LL, 2LL, 900000000LL, 5000000000LL})
            places.add(id);
        places.finish();
        CHECK(places.place(-7) == 0);
        CHECK(places.place(2) == 1);
        CHECK(places.place(900000000) == 2);
        CHECK(places.place(5000000000LL) == 3);
        CHECK(places.place(3) == -1);
        CHECK(places.place(6000000000LL) == -1);
    }
    SECTION("a negative id among small ones")
    {
        IdPlaces places;
        for (const qint64 id : {-3, 1, 2})
            places.add(id);
        places.finish();
        CHECK(places.place(-3) == 0);
        CHECK(places.place(2) == 2);
        CHECK(places.place(0) == -1);
    }
    SECTION("none")
    {
        IdPlaces places;
        places.finish();
        CHECK(places.place(1) == -1);
    }
}

TEST_CASE("LinkList keeps each record's links, once when asked, with records that have none",
          "[report][records]")
{
    LinkList links;
    links.append(0, 7);
    links.append(0, 3);
    links.appendUnique(2, 4);
    links.appendUnique(2, 4);
    links.appendUnique(2, 5);
    links.finish(4);
    CHECK(targets(links, 0) == std::vector<int>{7, 3});
    CHECK(targets(links, 1).empty());
    CHECK(targets(links, 2) == std::vector<int>{4, 5});
    CHECK(targets(links, 3).empty());
}

TEST_CASE("CodeList numbers the vocabulary's codes; any other code is the unknown entry", "[report][records]")
{
    CodeList list;
    list.add({QStringLiteral("jumelage"), QStringLiteral("Jumelage"), 1, -1, false, true});
    list.add({QStringLiteral("cooperation_decentralisee"), QStringLiteral("Coopération décentralisée"), 2, -1,
              false, true});
    list.addUnknown();
    CHECK(list.find("jumelage") == 0);
    CHECK(list.index("cooperation_decentralisee") == 1);
    CHECK(list.find("autre") == -1);
    const int unknown = list.index("autre");
    CHECK(unknown == 2);
    CHECK(list.index("") == unknown);
    CHECK_FALSE(list.at(unknown).known);
    CHECK(list.at(1).label == QStringLiteral("Coopération décentralisée"));
    // Many codes: the open addressing grows and still finds each one.
    CodeList countries;
    for (int i = 0; i < 300; ++i)
        countries.add({QStringLiteral("C%1").arg(i), QString(), i, -1, false, true});
    for (int i = 0; i < 300; ++i)
        CHECK(countries.find(QStringLiteral("C%1").arg(i).toStdString()) == i);
}

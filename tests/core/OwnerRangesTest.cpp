#include "common/OwnerRanges.h"
#include "common/HandOff.h"

#include <catch2/catch.hpp>

#include <thread>

namespace {

// Rows of `owners`, in order, then the ranges found for each id of `asked`.
std::vector<std::pair<int, int>> rangesOf(const std::vector<qint64>& owners, const std::vector<qint64>& asked)
{
    OwnerRanges ranges;
    for (const qint64 owner : owners)
        ranges.add(owner);
    ranges.finish();
    std::vector<std::pair<int, int>> found;
    for (const qint64 id : asked)
        found.push_back(ranges.rows(id));
    return found;
}

using Ranges = std::vector<std::pair<int, int>>;

} // namespace

TEST_CASE("OwnerRanges finds each record's rows, by a table or a list", "[common][owners]")
{
    SECTION("dense ids with gaps, as SQLite gives them")
    {
        CHECK(rangesOf({1, 1, 2, 5, 5, 5}, {1, 2, 3, 4, 5, 0, 6, -1}) ==
              Ranges{{0, 2}, {2, 3}, {3, 3}, {3, 3}, {3, 6}, {0, 0}, {0, 0}, {0, 0}});
    }
    SECTION("ids far apart or negative, written from elsewhere: a list searched by halves")
    {
        CHECK(rangesOf({-7, -7, 2, 900000000, 5000000000LL}, {-7, 2, 900000000, 5000000000LL, 3, 0}) ==
              Ranges{{0, 2}, {2, 3}, {3, 4}, {4, 5}, {0, 0}, {0, 0}});
    }
    SECTION("dense at first, then far: the rows read before are kept")
    {
        CHECK(rangesOf({3, 3, 4, 2000000}, {3, 4, 2000000, 5}) == Ranges{{0, 2}, {2, 3}, {3, 4}, {0, 0}});
    }
    SECTION("no rows")
    {
        CHECK(rangesOf({}, {0, 1}) == Ranges{{0, 0}, {0, 0}});
    }
}

TEST_CASE("HandOff passes items in order, bounded, and either side can stop", "[common][handoff]")
{
    SECTION("every item arrives, in order, and the end is seen once the sender closes")
    {
        HandOff<int> handOff(2);
        std::vector<int> received;
        std::thread receiver([&] {
            while (const std::optional<int> item = handOff.receive())
                received.push_back(*item);
        });
        for (int i = 0; i < 100; ++i)
            REQUIRE(handOff.send(i));
        handOff.close();
        receiver.join();
        REQUIRE(received.size() == 100);
        for (int i = 0; i < 100; ++i)
            CHECK(received[static_cast<size_t>(i)] == i);
    }
    SECTION("a receiver that stops frees a sender waiting for room")
    {
        HandOff<int> handOff(1);
        REQUIRE(handOff.send(1));
        std::thread receiver([&] { handOff.stop(); });
        CHECK_FALSE(handOff.send(2)); // full until the receiver stops, then refused
        receiver.join();
        CHECK_FALSE(handOff.receive());
    }
    SECTION("a sender that stops ends the receiver's wait, dropping what waits")
    {
        HandOff<int> handOff(4);
        REQUIRE(handOff.send(1));
        handOff.stop();
        CHECK_FALSE(handOff.receive());
    }
}

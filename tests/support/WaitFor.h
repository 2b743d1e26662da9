#pragma once

#include <QTest>

#include <catch2/catch.hpp>

#include <QtGlobal>

// How long a widget test waits for the window to catch up: lists read on a thread of their
// own, the search's typing pause, a completer's popup.
inline constexpr int kEventuallyMs = 5000;

// OBSERVATOIRE_TEST_BREAK_WAITS=1 makes every wait below see its condition as never met (after
// 200 ms): each test case that waits must then fail. It shows that a wait cannot pass a test it
// should fail, as QtTest's QTRY macros did.
inline bool waitsBroken()
{
    static const bool broken = qEnvironmentVariableIntValue("OBSERVATOIRE_TEST_BREAK_WAITS") == 1;
    return broken;
}
inline bool eventually(bool condition)
{
    return condition && !waitsBroken();
}
inline int eventuallyMs()
{
    return waitsBroken() ? 200 : kEventuallyMs;
}

// Waits until `condition` holds, processing events meanwhile; the test fails when it never does.
// QtTest's QTRY macros must not be used in Catch2 tests: on timeout they only `return` from the
// function, which ends a test case as passed.
#define REQUIRE_EVENTUALLY(condition)                                                                        \
    REQUIRE(QTest::qWaitFor([&] { return eventually(static_cast<bool>(condition)); }, eventuallyMs()))

// The same for an equality: when it never holds, the failure shows both values.
#define REQUIRE_EVENTUALLY_EQUAL(actual, expected)                                                           \
    do {                                                                                                     \
        static_cast<void>(                                                                                   \
            QTest::qWaitFor([&] { return eventually((actual) == (expected)); }, eventuallyMs()));            \
        REQUIRE_FALSE(waitsBroken());                                                                        \
        REQUIRE((actual) == (expected));                                                                     \
    } while (false)

// For code the event loop runs (a modal dialog driven from a timer), where REQUIRE's exception
// must not cross Qt's event handling: the failure is recorded and the code goes on.
#define CHECK_EVENTUALLY(condition)                                                                          \
    CHECK(QTest::qWaitFor([&] { return eventually(static_cast<bool>(condition)); }, eventuallyMs()))

#define CHECK_EVENTUALLY_EQUAL(actual, expected)                                                             \
    do {                                                                                                     \
        static_cast<void>(                                                                                   \
            QTest::qWaitFor([&] { return eventually((actual) == (expected)); }, eventuallyMs()));            \
        CHECK_FALSE(waitsBroken());                                                                          \
        CHECK((actual) == (expected));                                                                       \
    } while (false)

#include "common/StableId.h"

#include <QDateTime>
#include <QSet>
#include <QUuid>

#include <catch2/catch.hpp>

TEST_CASE("New stable ids are UUIDs of version 7 that sort in the order they were made", "[values][stableid]")
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QString first = StableId::create();
    QSet<QString> ids{first};
    QString previous = first;
    for (int i = 0; i < 2000; ++i) {
        const QString id = StableId::create();
        // The first 48 bits are the time: never smaller than the previous id's.
        CHECK(id.left(13) >= previous.left(13));
        previous = id;
        ids.insert(id);
    }
    CHECK(ids.size() == 2001);

    const QUuid uuid = QUuid::fromString(first);
    REQUIRE_FALSE(uuid.isNull());
    CHECK(first.size() == 36);
    CHECK(first == first.toLower());
    CHECK(first.at(14) == QLatin1Char('7'));              // version
    CHECK(QStringLiteral("89ab").contains(first.at(19))); // variant
    const qint64 milliseconds =
        first.left(8).toLongLong(nullptr, 16) << 16 | first.mid(9, 4).toLongLong(nullptr, 16);
    CHECK(milliseconds >= before);
    CHECK(milliseconds <= QDateTime::currentMSecsSinceEpoch());
}

#include "support/QtPrinting.h"
#include "support/StoreFixture.h"

#include "records/Funding.h"
#include "records/Scheme.h"
#include "store/FundingStore.h"
#include "store/ProjectStore.h"
#include "store/SchemeStore.h"
#include "store/Trash.h"

// A funding line's support scheme and call (schema 12): the call must be one of the line's
// scheme; a scheme, or a call of it, that lines name is not deleted under them.

namespace {

const PartialDate kMarch = PartialDate::ofDay(QDate(2026, 3, 31));
const PartialDate kSeptember = PartialDate::ofMonth(2026, 9);

qint64 addScheme(StoreFixture& db, const QString& name)
{
    Scheme scheme;
    scheme.name = name;
    scheme.kindCode = QStringLiteral("appel_a_projets");
    scheme.calls = {{QStringLiteral("Session 1"), PartialDate(), kMarch},
                    {QString(), PartialDate(), kSeptember}};
    const Result<Scheme> created = SchemeStore(db.connection()).create(scheme);
    INFO(created.message().toStdString());
    REQUIRE(created.ok());
    return created.value().id;
}

Funding lineOf(StoreFixture& db)
{
    Funding funding;
    funding.projectId = db.addProject(QStringLiteral("Puits à Thiès"), db.addActor(QStringLiteral("Asso")));
    funding.programmeCode = QStringLiteral("region_aura");
    funding.year = 2025;
    funding.amountCents = 1'000'000;
    return funding;
}

// The value a field took in the line's latest change of it.
ChangeEntry lastChange(const QList<ChangeEntry>& history, const QString& field)
{
    ChangeEntry found;
    for (const ChangeEntry& entry : history) {
        if (entry.field == field)
            found = entry;
    }
    return found;
}

} // namespace

TEST_CASE("A funding line names its scheme and one of that scheme's calls, read by name in its history",
          "[stores][fundings][schemes]")
{
    StoreFixture db;
    const qint64 water = addScheme(db, QStringLiteral("Eau solidaire"));
    FundingStore store(db.connection());
    const Result<Funding> created = store.create(lineOf(db));
    REQUIRE(created.ok());
    CHECK(created.value().schemeId == 0);
    CHECK(created.value().callClosesOn.isNull());

    Funding linked = created.value();
    linked.schemeId = water;
    linked.callClosesOn = kMarch;
    const Result<Funding> updated = store.update(linked);
    INFO(updated.message().toStdString());
    REQUIRE(updated.ok());
    const Funding read = store.find(linked.id).value();
    CHECK(read.schemeId == water);
    CHECK(read.callClosesOn == kMarch);

    const QList<ChangeEntry> history = db.history(QStringLiteral("funding"), linked.id);
    const ChangeEntry scheme = lastChange(history, QStringLiteral("scheme"));
    CHECK(scheme.oldValue.isEmpty());
    CHECK(scheme.newValue == QStringLiteral("Eau solidaire"));
    const ChangeEntry call = lastChange(history, QStringLiteral("call"));
    CHECK(call.oldValue.isEmpty());
    CHECK(call.newValue == QStringLiteral("Session 1 (2026-03-31)"));

    // A call without a label reads as its closing date.
    linked = read;
    linked.callClosesOn = kSeptember;
    REQUIRE(store.update(linked).ok());
    CHECK(lastChange(db.history(QStringLiteral("funding"), linked.id), QStringLiteral("call")).newValue ==
          QStringLiteral("2026-09"));
}

TEST_CASE("The store refuses a call that is not one of the line's scheme", "[stores][fundings][schemes]")
{
    StoreFixture db;
    const qint64 water = addScheme(db, QStringLiteral("Eau solidaire"));
    const qint64 other = addScheme(db, QStringLiteral("Fonds jeunesse"));
    FundingStore store(db.connection());
    Funding funding = lineOf(db);

    SECTION("a call without a scheme")
    {
        funding.callClosesOn = kMarch;
        const Result<Funding> created = store.create(funding);
        REQUIRE_FALSE(created.ok());
        CHECK(problemFields(created.problems()) == QStringList{QStringLiteral("call")});
        CHECK(created.message().contains(QStringLiteral("choose the scheme first")));
    }
    SECTION("a date that none of the scheme's calls closes on")
    {
        funding.schemeId = water;
        funding.callClosesOn = PartialDate::ofDay(QDate(2026, 3, 30));
        const Result<Funding> created = store.create(funding);
        REQUIRE_FALSE(created.ok());
        CHECK(created.message().contains(
            QStringLiteral("\"Eau solidaire\" has no call closing on 2026-03-30")));
    }
    SECTION("another scheme's call: the September call is the water scheme's, not named by its date "
            "in the other")
    {
        Scheme youth = SchemeStore(db.connection()).find(other).value();
        youth.calls = {{QString(), PartialDate(), kMarch}};
        REQUIRE(SchemeStore(db.connection()).update(youth).ok());
        funding.schemeId = other;
        funding.callClosesOn = kSeptember;
        REQUIRE_FALSE(store.create(funding).ok());
        funding.callClosesOn = kMarch;
        CHECK(store.create(funding).ok());
    }
    SECTION("a scheme that does not exist")
    {
        funding.schemeId = water + other + 1;
        const Result<Funding> created = store.create(funding);
        REQUIRE_FALSE(created.ok());
        CHECK(problemFields(created.problems()).contains(QStringLiteral("scheme")));
    }
    SECTION("a scheme without a call is fine")
    {
        funding.schemeId = water;
        CHECK(store.create(funding).ok());
    }
    CHECK(db.count(QStringLiteral("funding")) <= 1);
}

TEST_CASE("A scheme that funding lines name is not deleted, nor is a call they name dropped or moved",
          "[stores][fundings][schemes][trash]")
{
    StoreFixture db;
    const qint64 water = addScheme(db, QStringLiteral("Eau solidaire"));
    FundingStore fundings(db.connection());
    SchemeStore schemes(db.connection());
    Funding funding = lineOf(db);
    funding.schemeId = water;
    funding.callClosesOn = kMarch;
    const Result<Funding> created = fundings.create(funding);
    REQUIRE(created.ok());
    CHECK(schemes.fundingLineCount(water) == 1);

    SECTION("deleted or put in the trash: refused, the line keeps its scheme")
    {
        const Status removed = schemes.remove(water);
        REQUIRE_FALSE(removed.ok());
        CHECK(removed.message().contains(QStringLiteral("\"Eau solidaire\" is named by 1 funding line")));
        REQUIRE_FALSE(schemes.moveToTrash(water, QStringLiteral("Eau solidaire")).ok());
        CHECK(db.count(QStringLiteral("scheme")) == 1);
        CHECK(Trash(db.connection()).count() == 0);
        CHECK(fundings.find(created.value().id).value().schemeId == water);
    }
    SECTION("the named call dropped or its closing date changed: refused; the other call and the named "
            "call's label may change")
    {
        Scheme scheme = schemes.find(water).value();
        Scheme dropped = scheme;
        dropped.calls.removeFirst();
        const Result<Scheme> refused = schemes.update(dropped);
        REQUIRE_FALSE(refused.ok());
        INFO(refused.message().toStdString());
        CHECK(refused.message().contains(
            QStringLiteral("The call closing on 2026-03-31 is named by 1 funding line")));
        Scheme moved = scheme;
        moved.calls[0].closesOn = PartialDate::ofDay(QDate(2026, 4, 1));
        REQUIRE_FALSE(schemes.update(moved).ok());

        Scheme relabelled = scheme;
        relabelled.calls[0].label = QStringLiteral("Première session");
        relabelled.calls.removeLast();
        const Result<Scheme> saved = schemes.update(relabelled);
        INFO(saved.message().toStdString());
        REQUIRE(saved.ok());
        CHECK(fundings.callName(water, kMarch) == QStringLiteral("Première session (2026-03-31)"));
        CHECK(fundings.find(created.value().id).value().callClosesOn == kMarch);
    }
    SECTION("unlinked, the scheme goes to the trash and comes back whole; the line stays unlinked")
    {
        Funding unlinked = created.value();
        unlinked.schemeId = 0;
        unlinked.callClosesOn = PartialDate();
        REQUIRE(fundings.update(unlinked).ok());
        const Result<qint64> entry = schemes.moveToTrash(water, QStringLiteral("Eau solidaire"));
        REQUIRE(entry.ok());
        CHECK(db.count(QStringLiteral("scheme")) == 0);
        REQUIRE(Trash(db.connection()).restore(entry.value()).ok());
        CHECK(schemes.find(water).value().calls.size() == 2);
        CHECK(fundings.find(created.value().id).value().schemeId == 0);
    }
}

TEST_CASE("A project whose line's scheme was deleted while it was in the trash is not restored",
          "[stores][fundings][schemes][trash]")
{
    StoreFixture db;
    const qint64 water = addScheme(db, QStringLiteral("Eau solidaire"));
    Funding funding = lineOf(db);
    funding.schemeId = water;
    REQUIRE(FundingStore(db.connection()).create(funding).ok());
    ProjectStore projects(db.connection());
    const Result<qint64> entry = projects.moveToTrash(funding.projectId, QStringLiteral("Puits à Thiès"));
    REQUIRE(entry.ok());
    CHECK(db.count(QStringLiteral("funding")) == 0);
    // Nothing names the scheme now: it may go.
    REQUIRE(SchemeStore(db.connection()).remove(water).ok());
    const Result<qint64> restored = Trash(db.connection()).restore(entry.value());
    REQUIRE_FALSE(restored.ok());
    CHECK(restored.message().contains(QStringLiteral("linked to has been deleted since")));
    CHECK(db.count(QStringLiteral("project")) == 0);
}

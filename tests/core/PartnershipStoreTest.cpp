#include "support/QtPrinting.h"

#include "support/StoreFixture.h"

#include "common/Clock.h"
#include "store/PartnershipStore.h"
#include "store/ProjectStore.h"

#include <algorithm>

TEST_CASE("A partnership needs a nature, an actor and a foreign partner", "[stores][partnerships]")
{
    StoreFixture db;
    PartnershipStore store(db.connection());
    Partnership partnership;
    partnership.statusCode.clear();
    const Result<Partnership> created = store.create(partnership);
    REQUIRE_FALSE(created.ok());
    for (const char* field : {"kind", "status", "actor", "partner"}) {
        INFO(field);
        CHECK(problemFields(created.problems()).contains(QString::fromLatin1(field)));
    }
    CHECK(db.count(QStringLiteral("partnership")) == 0);
}

TEST_CASE("A partnership's codes, links and dates are checked", "[stores][partnerships]")
{
    StoreFixture db;
    PartnershipStore store(db.connection());
    const qint64 actorId = db.addActor(QStringLiteral("Annecy"));
    Partnership partnership;
    partnership.kindCode = QStringLiteral("alliance");
    partnership.statusCode = QStringLiteral("vivant");
    partnership.actors = {{actorId, QStringLiteral("roi")}, {actorId, QString()}};
    partnership.partnerIds = {9999};
    partnership.themeCodes = {QStringLiteral("sante"), QStringLiteral("astrologie")};
    partnership.signedOn = *PartialDate::parse(QStringLiteral("12/05/1998"));
    partnership.endedOn = *PartialDate::parse(QStringLiteral("1997"));
    const Result<Partnership> created = store.create(partnership);
    REQUIRE_FALSE(created.ok());
    for (const char* field : {"kind", "status", "actor", "partner", "themes", "ended_on"}) {
        INFO(field);
        CHECK(problemFields(created.problems()).contains(QString::fromLatin1(field)));
    }
    CHECK(created.message().contains(QStringLiteral("astrologie")));
    CHECK(created.message().contains(QStringLiteral("12/05/1998")));
}

TEST_CASE("A year-only end date in the signature year is accepted", "[stores][partnerships]")
{
    StoreFixture db;
    Partnership partnership;
    partnership.kindCode = QStringLiteral("jumelage");
    partnership.actors = {{db.addActor(QStringLiteral("Vienne")), QString()}};
    partnership.partnerIds = {db.addPartner(QStringLiteral("Esslingen"), QStringLiteral("DE"))};
    partnership.signedOn = *PartialDate::parse(QStringLiteral("12/05/1998"));
    partnership.endedOn = *PartialDate::parse(QStringLiteral("1998"));
    CHECK(PartnershipStore(db.connection()).create(partnership).ok());
}

TEST_CASE("A partnership is stored with its actors, partners and themes", "[stores][partnerships]")
{
    StoreFixture db;
    PartnershipStore store(db.connection());
    const qint64 commune = db.addActor(QStringLiteral("Bourg-en-Bresse"));
    const qint64 committee =
        db.addActor(QStringLiteral("Comité de jumelage de Bourg"), QStringLiteral("comite_jumelage"));
    const qint64 partner = db.addPartner(QStringLiteral("Bad Kreuznach"), QStringLiteral("DE"));

    Partnership partnership;
    partnership.title = QStringLiteral("Jumelage Bourg-en-Bresse – Bad Kreuznach");
    partnership.kindCode = QStringLiteral("jumelage");
    partnership.formalized = true;
    partnership.signedOn = *PartialDate::parse(QStringLiteral("1965"));
    partnership.actors = {{commune, QStringLiteral("signataire")}, {committee, QStringLiteral("animateur")}};
    partnership.partnerIds = {partner};
    partnership.themeCodes = {QStringLiteral("culture_sport"), QStringLiteral("jeunesse_mobilite")};

    const Result<Partnership> created = store.create(partnership);
    INFO(created.message().toStdString());
    REQUIRE(created.ok());
    const Partnership& stored = created.value();
    CHECK(stored.statusCode == QStringLiteral("actif"));
    CHECK(stored.signedOn.precision() == PartialDate::Precision::Year);
    CHECK(stored.actors.size() == 2);
    CHECK(stored.actors.contains(ActorLink{committee, QStringLiteral("animateur")}));
    CHECK(stored.partnerIds == QList<qint64>{partner});
    CHECK(stored.themeCodes.size() == 2);

    const QList<ChangeEntry> history = db.history(QStringLiteral("partnership"), stored.id);
    const QString actors = entryFor(history, QStringLiteral("actors")).newValue;
    CHECK(actors.contains(QStringLiteral("Bourg-en-Bresse [signataire]")));
    CHECK(actors.contains(QStringLiteral("Comité de jumelage de Bourg [animateur]")));
    CHECK(entryFor(history, QStringLiteral("partners")).newValue == QStringLiteral("Bad Kreuznach"));
}

TEST_CASE("Changing a partnership's links is recorded by name", "[stores][partnerships]")
{
    StoreFixture db;
    PartnershipStore store(db.connection());
    const qint64 lyon = db.addActor(QStringLiteral("Lyon"));
    const qint64 id = db.addPartnership(lyon, db.addPartner(QStringLiteral("Leipzig"), QStringLiteral("DE")));
    Partnership partnership = *store.find(id);
    partnership.partnerIds << db.addPartner(QStringLiteral("Saint-Louis"), QStringLiteral("SN"));
    partnership.statusCode = QStringLiteral("en_sommeil");

    REQUIRE(store.update(partnership).ok());
    CHECK(store.find(id)->partnerIds.size() == 2);
    QList<ChangeEntry> updates;
    for (const ChangeEntry& entry : db.history(QStringLiteral("partnership"), id)) {
        if (entry.action == QLatin1String("update"))
            updates << entry;
    }
    CHECK(updates.size() == 2);
    CHECK(entryFor(updates, QStringLiteral("partners")).oldValue == QStringLiteral("Leipzig"));
    CHECK(entryFor(updates, QStringLiteral("partners")).newValue.contains(QStringLiteral("Saint-Louis")));
    CHECK(entryFor(updates, QStringLiteral("status_code")).newValue == QStringLiteral("en_sommeil"));
}

TEST_CASE("Deleting a partnership removes its links and keeps them in the history", "[stores][partnerships]")
{
    StoreFixture db;
    PartnershipStore store(db.connection());
    const qint64 id = db.addPartnership(db.addActor(QStringLiteral("Vénissieux")),
                                        db.addPartner(QStringLiteral("Oschatz"), QStringLiteral("DE")));
    REQUIRE(store.remove(id).ok());
    CHECK(db.count(QStringLiteral("partnership_actor")) == 0);
    CHECK(db.count(QStringLiteral("partnership_partner")) == 0);
    CHECK(db.count(QStringLiteral("actor")) == 1);
    bool deletedActors = false;
    for (const ChangeEntry& entry : db.history(QStringLiteral("partnership"), id)) {
        if (entry.action == QLatin1String("delete") && entry.field == QLatin1String("actors"))
            deletedActors = entry.oldValue.contains(QStringLiteral("Vénissieux"));
    }
    CHECK(deletedActors);
}

TEST_CASE("A partnership with projects cannot be deleted", "[stores][partnerships]")
{
    StoreFixture db;
    const qint64 actor = db.addActor(QStringLiteral("Die"));
    const qint64 id = db.addPartnership(actor, db.addPartner(QStringLiteral("Dori"), QStringLiteral("BF")),
                                        QStringLiteral("cooperation_decentralisee"));
    Project project;
    project.title = QStringLiteral("Puits à Dori");
    project.partnershipId = id;
    project.actors = {{actor, QStringLiteral("porteur")}};
    REQUIRE(ProjectStore(db.connection()).create(project).ok());

    PartnershipStore store(db.connection());
    CHECK(store.projectCount(id) == 1);
    const Status removed = store.remove(id);
    REQUIRE_FALSE(removed.ok());
    CHECK(store.find(id).has_value());
}

TEST_CASE("Links listed in another order are the same links, and saving them writes nothing",
          "[stores][partnerships]")
{
    const LinkRows themes{QStringLiteral("partnership_theme"),
                          QStringLiteral("partnership_id"),
                          {QStringLiteral("theme_code")},
                          {{QStringLiteral("sante")}, {QStringLiteral("culture_sport")}}};
    LinkRows reordered = themes;
    std::reverse(reordered.rows.begin(), reordered.rows.end());
    CHECK(themes == reordered);
    reordered.rows.removeLast();
    CHECK_FALSE(themes == reordered);
    const LinkRows actors{
        QStringLiteral("partnership_actor"),
        QStringLiteral("partnership_id"),
        {QStringLiteral("actor_id"), QStringLiteral("role_code")},
        {{qint64(5), QStringLiteral("signataire")}, {qint64(3), QStringLiteral("animateur")}}};
    LinkRows otherActors = actors;
    std::reverse(otherActors.rows.begin(), otherActors.rows.end());
    CHECK(actors == otherActors);
    otherActors.rows[0][1] = QStringLiteral("signataire");
    CHECK_FALSE(actors == otherActors);

    StoreFixture db;
    PartnershipStore store(db.connection());
    Partnership partnership;
    partnership.kindCode = QStringLiteral("jumelage");
    partnership.actors = {
        {db.addActor(QStringLiteral("Voiron")), QStringLiteral("signataire")},
        {db.addActor(QStringLiteral("Comité de jumelage de Voiron")), QStringLiteral("animateur")}};
    partnership.partnerIds = {db.addPartner(QStringLiteral("Herrenberg"), QStringLiteral("DE"))};
    partnership.themeCodes = {QStringLiteral("sante"), QStringLiteral("culture_sport")};
    const Result<Partnership> created = store.create(partnership);
    REQUIRE(created.ok());
    const int historyBefore = db.count(QStringLiteral("change_log"));
    Partnership sameInAnotherOrder = created.value();
    std::reverse(sameInAnotherOrder.actors.begin(), sameInAnotherOrder.actors.end());
    std::reverse(sameInAnotherOrder.themeCodes.begin(), sameInAnotherOrder.themeCodes.end());
    const Result<bool> changed = store.replace(created.value(), sameInAnotherOrder);
    REQUIRE(changed.ok());
    CHECK_FALSE(changed.value());
    CHECK(db.count(QStringLiteral("change_log")) == historyBefore);
}

namespace {

// Stops the clock for a test case: every write happens in the same millisecond.
struct StoppedClock
{
    StoppedClock() { Clock::setOverride(QStringLiteral("2026-12-05T10:00:00.000Z")); }
    ~StoppedClock() { Clock::setOverride(QString()); }
};

} // namespace

TEST_CASE("A change saved in the same millisecond as the record's creation is written and reported",
          "[stores][partnerships]")
{
    // replace() told "changed" from the updated time alone: an import row updating, within the
    // same millisecond, the record an earlier row had created counted as unchanged (flaky test).
    const StoppedClock clock;
    StoreFixture db;
    PartnershipStore store(db.connection());
    const qint64 id = db.addPartnership(db.addActor(QStringLiteral("Lyon")),
                                        db.addPartner(QStringLiteral("Leipzig"), QStringLiteral("DE")));
    const Partnership before = *store.find(id);
    Partnership after = before;
    after.title = QStringLiteral("Lyon – Leipzig");
    const Result<bool> changed = store.replace(before, after);
    REQUIRE(changed.ok());
    CHECK(changed.value());
    CHECK(store.find(id)->title == QStringLiteral("Lyon – Leipzig"));
}

TEST_CASE("A partner replaced by a namesake is saved, though the history reads the same",
          "[stores][partnerships]")
{
    // The links are written when their ids change, even when their names (all the history
    // shows) do not: two foreign partners may share a name.
    StoreFixture db;
    PartnershipStore store(db.connection());
    const qint64 first = db.addPartner(QStringLiteral("Saint-Louis"), QStringLiteral("SN"));
    const qint64 namesake = db.addPartner(QStringLiteral("Saint-Louis"), QStringLiteral("SN"));
    const qint64 id = db.addPartnership(db.addActor(QStringLiteral("Lyon")), first);
    Partnership partnership = *store.find(id);
    partnership.partnerIds = {namesake};
    const Result<Partnership> updated = store.update(partnership);
    REQUIRE(updated.ok());
    CHECK(store.find(id)->partnerIds == QList<qint64>{namesake});
}

TEST_CASE("A save or a deletion from an older version is a conflict, and writes nothing",
          "[stores][conflict]")
{
    StoreFixture db;
    PartnershipStore store(db.connection());
    const qint64 id = db.addPartnership(db.addActor(QStringLiteral("Lyon")),
                                        db.addPartner(QStringLiteral("Leipzig"), QStringLiteral("DE")));
    const Partnership read = *store.find(id);
    CHECK(read.version == 1);

    // Someone else saves first.
    Partnership theirs = read;
    theirs.source = QStringLiteral("Annuaire 2026");
    const Result<Partnership> first = store.update(theirs);
    REQUIRE(first.ok());
    CHECK(first.value().version == 2);

    // The adviser's save of the version read is refused as a conflict.
    Partnership mine = read;
    mine.title = QStringLiteral("Lyon – Leipzig");
    const Result<Partnership> second = store.update(mine);
    REQUIRE_FALSE(second.ok());
    CHECK(hasConflict(second.problems()));
    CHECK(store.find(id)->title.isEmpty());
    CHECK(store.find(id)->source == QStringLiteral("Annuaire 2026"));

    // Merged onto the current version: theirs kept, the adviser's change over it.
    const std::optional<Partnership> merged = store.mergeOntoCurrent(read, mine);
    REQUIRE(merged);
    CHECK(merged->version == 2);
    CHECK(merged->source == QStringLiteral("Annuaire 2026"));
    CHECK(merged->title == QStringLiteral("Lyon – Leipzig"));
    REQUIRE(store.update(*merged).ok());
    CHECK(store.find(id)->version == 3);

    // A deletion that expects an older version deletes nothing.
    const Status removed = store.remove(id, 2);
    REQUIRE_FALSE(removed.ok());
    CHECK(hasConflict(removed.problems()));
    CHECK(store.find(id).has_value());
    CHECK(store.remove(id, 3).ok());
}

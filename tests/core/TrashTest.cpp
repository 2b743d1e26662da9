// The trash: a deleted record is kept whole, with what its deletion takes along, and comes back
// as it was — its id when free, its stable id, links and history — or is refused with the reason.
#include "support/QtPrinting.h"

#include "support/StoreFixture.h"

#include "records/Funding.h"
#include "store/ActorStore.h"
#include "store/FundingStore.h"
#include "store/PartnerStore.h"
#include "store/PartnershipStore.h"
#include "store/ProjectStore.h"
#include "store/Trash.h"

namespace {

qint64 addFunding(StoreFixture& db, qint64 projectId, qint64 funder, qint64 cents)
{
    Funding funding;
    funding.projectId = projectId;
    funding.funderActorId = funder;
    funding.programmeCode = QStringLiteral("region_aura");
    funding.year = 2024;
    funding.amountCents = cents;
    const Result<Funding> created = FundingStore(db.connection()).create(funding);
    REQUIRE(created.ok());
    return created.value().id;
}

} // namespace

TEST_CASE("A deleted partnership goes to the trash and comes back with its id, links and history",
          "[stores][trash]")
{
    StoreFixture db;
    const qint64 lyon = db.addActor(QStringLiteral("Lyon"));
    const qint64 essen = db.addPartner(QStringLiteral("Essen"), QStringLiteral("DE"));
    const qint64 id = db.addPartnership(lyon, essen);
    PartnershipStore store(db.connection());
    const Partnership before = *store.find(id);
    const qsizetype historyBefore = db.history(QStringLiteral("partnership"), id).size();

    const Result<qint64> trashed = store.moveToTrash(id, QStringLiteral("Lyon – Essen"));
    REQUIRE(trashed.ok());
    CHECK_FALSE(store.find(id));
    Trash trash(db.connection());
    CHECK(trash.count() == 1);
    const std::optional<TrashEntry> entry = trash.entry(trashed.value());
    REQUIRE(entry);
    CHECK(entry->name == QStringLiteral("Lyon – Essen"));
    CHECK(entry->table == QLatin1String("partnership"));
    CHECK(entry->recordId == id);
    CHECK_FALSE(entry->deletedBy.isEmpty());
    REQUIRE(entry->records.size() == 1);

    const Result<qint64> restored = trash.restore(trashed.value());
    INFO(restored.message().toStdString());
    REQUIRE(restored.ok());
    CHECK(restored.value() == id);
    CHECK(trash.count() == 0);
    const std::optional<Partnership> after = store.find(id);
    REQUIRE(after);
    CHECK(after->uuid == before.uuid);
    CHECK(after->createdAt == before.createdAt);
    CHECK(after->actors.size() == 1);
    CHECK(after->actors.first().actorId == lyon);
    CHECK(after->partnerIds == QList<qint64>{essen});
    CHECK(after->kindCode == before.kindCode);
    CHECK(after->signedOn == before.signedOn);
    // Its history goes on: creation, deletion, and the restore, under the same id.
    CHECK(db.history(QStringLiteral("partnership"), id).size() > historyBefore);
}

TEST_CASE("A deleted project takes its funding lines to the trash, and brings them back", "[stores][trash]")
{
    StoreFixture db;
    const qint64 lead =
        db.addActor(QStringLiteral("Comité de jumelage de Bourg"), QStringLiteral("comite_jumelage"));
    const qint64 region =
        db.addActor(QStringLiteral("Région Auvergne-Rhône-Alpes"), QStringLiteral("region"));
    const qint64 projectId = db.addProject(QStringLiteral("Maraîchage à Thiès"), lead);
    addFunding(db, projectId, region, 3'000'000);
    addFunding(db, projectId, region, 1'500'000);
    ProjectStore projects(db.connection());

    const Result<qint64> trashed = projects.moveToTrash(projectId, QStringLiteral("Maraîchage à Thiès"));
    REQUIRE(trashed.ok());
    CHECK(db.count(QStringLiteral("funding")) == 0);
    CHECK(db.count(QStringLiteral("project")) == 0);
    Trash trash(db.connection());
    REQUIRE(trash.entry(trashed.value())->records.size() == 3);
    CHECK(trash.entry(trashed.value())->records.first().table == QLatin1String("project"));

    REQUIRE(trash.restore(trashed.value()).ok());
    CHECK(db.count(QStringLiteral("project")) == 1);
    const QList<qint64> fundings = FundingStore(db.connection()).idsForProject(projectId);
    REQUIRE(fundings.size() == 2);
    qint64 total = 0;
    for (const qint64 funding : fundings)
        total += FundingStore(db.connection()).find(funding)->amountCents;
    CHECK(total == 4'500'000);
}

TEST_CASE("A record whose id was taken meanwhile comes back under a new one, its lines and history with it",
          "[stores][trash][sqlite]") // [sqlite]: PostgreSQL's identity columns never give an id twice
{
    StoreFixture db;
    const qint64 lead =
        db.addActor(QStringLiteral("Comité de jumelage de Bourg"), QStringLiteral("comite_jumelage"));
    const qint64 region =
        db.addActor(QStringLiteral("Région Auvergne-Rhône-Alpes"), QStringLiteral("region"));
    const qint64 projectId = db.addProject(QStringLiteral("Maraîchage à Thiès"), lead);
    addFunding(db, projectId, region, 3'000'000);
    ProjectStore projects(db.connection());
    const QString uuid = projects.find(projectId)->uuid;
    const qsizetype historyBefore = db.history(QStringLiteral("project"), projectId).size();
    const Result<qint64> trashed = projects.moveToTrash(projectId, QStringLiteral("Maraîchage à Thiès"));
    REQUIRE(trashed.ok());
    // SQLite gives the highest id + 1 to the next record: the deleted project's.
    const qint64 other = db.addProject(QStringLiteral("Forages au Burkina"), lead);
    REQUIRE(other == projectId);

    const Result<qint64> restored = Trash(db.connection()).restore(trashed.value());
    INFO(restored.message().toStdString());
    REQUIRE(restored.ok());
    CHECK(restored.value() != projectId);
    const std::optional<Project> back = projects.find(restored.value());
    REQUIRE(back);
    CHECK(back->uuid == uuid);
    CHECK(back->title == QStringLiteral("Maraîchage à Thiès"));
    CHECK(FundingStore(db.connection()).idsForProject(restored.value()).size() == 1);
    CHECK(FundingStore(db.connection()).idsForProject(projectId).isEmpty());
    CHECK(projects.find(projectId)->title == QStringLiteral("Forages au Burkina"));
    CHECK(db.history(QStringLiteral("project"), restored.value()).size() > historyBefore);
}

TEST_CASE("A deletion is not restored over what changed since: a record it was linked to gone, or its "
          "stable id back",
          "[stores][trash]")
{
    StoreFixture db;
    const qint64 lyon = db.addActor(QStringLiteral("Lyon"));
    const qint64 essen = db.addPartner(QStringLiteral("Essen"), QStringLiteral("DE"));
    const qint64 id = db.addPartnership(lyon, essen);
    PartnershipStore store(db.connection());
    const Result<qint64> trashed = store.moveToTrash(id, QStringLiteral("Lyon – Essen"));
    REQUIRE(trashed.ok());
    // Essen is free to go now that nothing uses it; the partnership cannot come back without it.
    REQUIRE(PartnerStore(db.connection()).remove(essen).ok());

    Trash trash(db.connection());
    const Result<qint64> refused = trash.restore(trashed.value());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("a record it was linked to has been deleted since")));
    CHECK(trash.count() == 1);
    CHECK(db.count(QStringLiteral("partnership")) == 0);
    CHECK(db.count(QStringLiteral("partnership_actor")) == 0);

    // Emptied: gone for good.
    REQUIRE(trash.empty().ok());
    CHECK(trash.count() == 0);
}

TEST_CASE("Undoing a creation deletes for good; only the adviser's deletions go to the trash",
          "[stores][trash]")
{
    StoreFixture db;
    ActorStore store(db.connection());
    const qint64 id = db.addActor(QStringLiteral("Vienne"));
    REQUIRE(store.remove(id).ok());
    CHECK(Trash(db.connection()).count() == 0);
    // A deletion refused (the actor is in use) puts nothing in the trash.
    const qint64 lyon = db.addActor(QStringLiteral("Lyon"));
    db.addPartnership(lyon, db.addPartner(QStringLiteral("Essen"), QStringLiteral("DE")));
    CHECK_FALSE(store.moveToTrash(lyon, QStringLiteral("Lyon")).ok());
    CHECK(Trash(db.connection()).count() == 0);
    CHECK(store.find(lyon));
}

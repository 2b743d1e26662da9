#include "support/QtPrinting.h"

#include "support/StoreFixture.h"

#include "records/Funding.h"
#include "store/FundingStore.h"

TEST_CASE("A funding line needs a project, a funder or programme, and a non-negative amount",
          "[stores][fundings]")
{
    StoreFixture db;
    FundingStore store(db.connection());
    Funding funding;
    funding.amountCents = -1;
    funding.year = 1850;
    funding.programmeCode = QStringLiteral("loterie");
    const Result<Funding> created = store.create(funding);
    REQUIRE_FALSE(created.ok());
    const QStringList fields = problemFields(created.problems());
    for (const char* field : {"project", "programme", "amount", "year"}) {
        INFO(field);
        CHECK(fields.contains(QString::fromLatin1(field)));
    }
    CHECK(db.count(QStringLiteral("funding")) == 0);
}

TEST_CASE("Funding lines are created, updated and deleted with history by name", "[stores][fundings]")
{
    StoreFixture db;
    FundingStore store(db.connection());
    const qint64 region =
        db.addActor(QStringLiteral("Région Auvergne-Rhône-Alpes"), QStringLiteral("region"));
    const qint64 projectId =
        db.addProject(QStringLiteral("Maraîchage à Thiès"), db.addActor(QStringLiteral("Asso")));
    Funding funding;
    funding.projectId = projectId;
    funding.funderActorId = region;
    funding.programmeCode = QStringLiteral("region_aura");
    funding.year = 2024;
    funding.amountCents = 3'000'000;
    Result<Funding> created = store.create(funding);
    INFO(created.message().toStdString());
    REQUIRE(created.ok());
    const qint64 id = created.value().id;
    CHECK(created.value().year == 2024);

    Funding changed = created.value();
    changed.statusCode = QStringLiteral("verse");
    changed.amountCents = 2'800'000;
    REQUIRE(store.update(changed).ok());
    const QList<ChangeEntry> history = db.history(QStringLiteral("funding"), id);
    CHECK(entryFor(history, QStringLiteral("funder")).newValue ==
          QStringLiteral("Région Auvergne-Rhône-Alpes"));
    CHECK(entryFor(history, QStringLiteral("project")).newValue == QStringLiteral("Maraîchage à Thiès"));
    int amountChanges = 0;
    for (const ChangeEntry& entry : history) {
        if (entry.field == QLatin1String("amount_cents") && entry.action == QLatin1String("update")) {
            ++amountChanges;
            CHECK(entry.oldValue == QStringLiteral("3000000"));
            CHECK(entry.newValue == QStringLiteral("2800000"));
        }
    }
    CHECK(amountChanges == 1);

    CHECK(store.idsForProject(projectId) == QList<qint64>{id});
    REQUIRE(store.remove(id).ok());
    CHECK(db.count(QStringLiteral("funding")) == 0);
}

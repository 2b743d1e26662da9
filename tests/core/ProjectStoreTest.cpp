#include "support/QtPrinting.h"

#include "support/StoreFixture.h"

#include "records/Funding.h"
#include "store/FundingStore.h"
#include "store/ProjectStore.h"

TEST_CASE("A project needs a title and a lead actor", "[stores][projects]")
{
    StoreFixture db;
    ProjectStore store(db.connection());
    Project project;
    project.actors = {{db.addActor(QStringLiteral("Clermont-Ferrand")), QStringLiteral("operateur")}};
    const Result<Project> created = store.create(project);
    REQUIRE_FALSE(created.ok());
    const QStringList fields = problemFields(created.problems());
    CHECK(fields.contains(QStringLiteral("title")));
    CHECK(fields.contains(QStringLiteral("actor")));
}

TEST_CASE("A project's values are checked before anything is written", "[stores][projects]")
{
    StoreFixture db;
    Project project;
    project.title = QStringLiteral("Formation agricole");
    project.actors = {{db.addActor(QStringLiteral("Aurillac")), QStringLiteral("porteur")}};
    project.startedOn = *PartialDate::parse(QStringLiteral("2021"));
    project.endedOn = *PartialDate::parse(QStringLiteral("06/2020"));
    project.budgetCents = -100;
    project.currency = QStringLiteral("euro");
    project.countryCodes = {QStringLiteral("ZZ")};
    project.sdgGoals = {6, 18};
    project.partnershipId = 777;
    const Result<Project> created = ProjectStore(db.connection()).create(project);
    REQUIRE_FALSE(created.ok());
    CHECK(created.problems().size() == 6);
    CHECK(db.count(QStringLiteral("project")) == 0);
}

TEST_CASE("A project is stored with its countries, themes and goals", "[stores][projects]")
{
    StoreFixture db;
    ProjectStore store(db.connection());
    const qint64 lead = db.addActor(QStringLiteral("Association Eau Vive"), QStringLiteral("asso_si"));
    const qint64 operatorId = db.addActor(QStringLiteral("Syndicat des eaux"), QStringLiteral("syndicat"));
    Project project;
    project.title = QStringLiteral("Accès à l'eau potable à Kaya");
    project.actors = {{lead, QStringLiteral("porteur")}, {operatorId, QStringLiteral("operateur")}};
    project.partnerIds = {db.addPartner(QStringLiteral("Commune de Kaya"), QStringLiteral("BF"))};
    project.countryCodes = {QStringLiteral("BF")};
    project.themeCodes = {QStringLiteral("eau_assainissement"), QStringLiteral("sante")};
    project.sdgGoals = {6, 3};
    project.budgetCents = 12'500'050;
    project.startedOn = *PartialDate::parse(QStringLiteral("03/2023"));

    const Result<Project> created = store.create(project);
    INFO(created.message().toStdString());
    REQUIRE(created.ok());
    const Project& stored = created.value();
    CHECK(stored.budgetCents == 12'500'050);
    CHECK(stored.countryCodes == QStringList{QStringLiteral("BF")});
    CHECK(stored.sdgGoals.size() == 2);
    CHECK(stored.themeCodes.size() == 2);
    CHECK(stored.actors.size() == 2);
    const QList<ChangeEntry> history = db.history(QStringLiteral("project"), stored.id);
    CHECK(entryFor(history, QStringLiteral("actors"))
              .newValue.contains(QStringLiteral("Association Eau Vive [porteur]")));
    CHECK(entryFor(history, QStringLiteral("budget_cents")).newValue == QStringLiteral("12500050"));
}

TEST_CASE("Deleting a project deletes its funding lines, each with its history", "[stores][projects]")
{
    StoreFixture db;
    const qint64 lead = db.addActor(QStringLiteral("Région"), QStringLiteral("region"));
    const qint64 projectId = db.addProject(QStringLiteral("Gouvernance locale"), lead);
    FundingStore fundings(db.connection());
    Funding funding;
    funding.projectId = projectId;
    funding.programmeCode = QStringLiteral("meae_aap_generaliste");
    funding.amountCents = 5'000'000;
    const qint64 fundingId = fundings.create(funding).value().id;

    REQUIRE(ProjectStore(db.connection()).remove(projectId).ok());
    CHECK(db.count(QStringLiteral("project")) == 0);
    CHECK(db.count(QStringLiteral("funding")) == 0);
    CHECK(entryFor(db.history(QStringLiteral("funding"), fundingId), QStringLiteral("amount_cents")).action ==
          QStringLiteral("create"));
    bool fundingDeletion = false;
    for (const ChangeEntry& entry : db.history(QStringLiteral("funding"), fundingId))
        fundingDeletion = fundingDeletion || entry.action == QLatin1String("delete");
    CHECK(fundingDeletion);
}

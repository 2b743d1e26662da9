#include "support/QtPrinting.h"
#include "support/StoreFixture.h"

#include "check/DuplicateFinder.h"
#include "store/ActorStore.h"

TEST_CASE("Actors that look like a new one are found by code or by name and département", "[duplicates]")
{
    StoreFixture db;
    Actor existing;
    existing.name = QStringLiteral("Ville de Saint-Étienne");
    existing.inseeCode = QStringLiteral("42218");
    existing.departementCode = QStringLiteral("42");
    const qint64 id = ActorStore(db.connection()).create(existing).value().id;
    const DuplicateFinder finder(db.connection());

    Actor sameName;
    sameName.name = QStringLiteral("Mairie de St-Etienne");
    sameName.departementCode = QStringLiteral("42");
    QList<DuplicateFinder::Candidate> found = finder.actors(sameName);
    REQUIRE(found.size() == 1);
    CHECK(found.first().id == id);
    CHECK(found.first().reason.contains(QStringLiteral("same name")));

    Actor sameCode;
    sameCode.name = QStringLiteral("Saint-Étienne Métropole ?");
    sameCode.inseeCode = QStringLiteral("42218");
    found = finder.actors(sameCode);
    REQUIRE(found.size() == 1);
    CHECK(found.first().reason.contains(QStringLiteral("42218")));

    Actor elsewhere;
    elsewhere.name = QStringLiteral("Saint-Étienne");
    elsewhere.departementCode = QStringLiteral("38");
    CHECK(finder.actors(elsewhere).isEmpty());
    // The record itself is not its own duplicate.
    existing.id = id;
    CHECK(finder.actors(existing).isEmpty());
}

TEST_CASE("Partners and partnerships that look like new ones are found", "[duplicates]")
{
    StoreFixture db;
    const qint64 lyon = db.addActor(QStringLiteral("Lyon"));
    const qint64 leipzig = db.addPartner(QStringLiteral("Leipzig"), QStringLiteral("DE"));
    const qint64 partnership = db.addPartnership(lyon, leipzig);
    const DuplicateFinder finder(db.connection());

    ForeignPartner partner;
    partner.name = QStringLiteral("LEIPZIG");
    partner.countryCode = QStringLiteral("DE");
    CHECK(finder.partners(partner).size() == 1);
    partner.countryCode = QStringLiteral("BF");
    CHECK(finder.partners(partner).isEmpty());

    Partnership again;
    again.kindCode = QStringLiteral("jumelage");
    again.actors = {{lyon, QString()}};
    again.partnerIds = {leipzig};
    const QList<DuplicateFinder::Candidate> found = finder.partnerships(again);
    REQUIRE(found.size() == 1);
    CHECK(found.first().id == partnership);
    CHECK(found.first().name == QStringLiteral("Lyon – Leipzig"));
    again.kindCode = QStringLiteral("cooperation_decentralisee");
    CHECK(finder.partnerships(again).isEmpty());
}

TEST_CASE(
    "The duplicates of the observatory are listed by code, folded name and close spelling, with a score",
    "[duplicates]")
{
    StoreFixture db;
    ActorStore actors(db.connection());
    const auto add = [&](const QString& name, const QString& departement, const QString& siren = QString()) {
        Actor actor;
        actor.name = name;
        actor.typeCode = QStringLiteral("commune");
        actor.departementCode = departement;
        actor.siren = siren;
        const Result<Actor> created = actors.create(actor);
        INFO(created.message().toStdString());
        REQUIRE(created.ok());
        return created.value().id;
    };
    const qint64 lyon =
        add(QStringLiteral("Ville de Lyon"), QStringLiteral("69M"), QStringLiteral("216901231"));
    const qint64 lyonAgain = add(QStringLiteral("Commune de Lyon"), QStringLiteral("69M"));
    const qint64 bySiren =
        add(QStringLiteral("Lyon (mairie centrale)"), QStringLiteral("69M"), QStringLiteral("216901231"));
    const qint64 oeuvre = add(QStringLiteral("Œuvre des Pupilles"), QStringLiteral("38"));
    const qint64 oeuvreSlip = add(QStringLiteral("Oeuvre des Pupiles"), QStringLiteral("38"));
    add(QStringLiteral("Saint-Martin"), QStringLiteral("38"));
    add(QStringLiteral("Saint-Martin"), QStringLiteral("73")); // namesakes in two départements
    // Numbered organisations: close spellings, different numbers, not a slip.
    add(QStringLiteral("Collège Jean Moulin 2"), QStringLiteral("38"));
    add(QStringLiteral("Collège Jean Moulin 3"), QStringLiteral("38"));
    // A long name in common, two towns: not a slip.
    add(QStringLiteral("Comité de jumelage de Bozas"), QStringLiteral("07"));
    add(QStringLiteral("Comité de jumelage de Meyras"), QStringLiteral("07"));

    const QList<DuplicateFinder::Pair> pairs = DuplicateFinder(db.connection()).actorPairs();
    REQUIRE(pairs.size() == 3);
    CHECK(pairs.at(0).firstId == lyon);
    CHECK(pairs.at(0).secondId == bySiren);
    CHECK(pairs.at(0).score == 100);
    CHECK(pairs.at(0).reason.contains(QStringLiteral("216901231")));
    CHECK(pairs.at(1).firstId == lyon);
    CHECK(pairs.at(1).secondId == lyonAgain);
    CHECK(pairs.at(1).score == 90);
    CHECK(pairs.at(1).place == QStringLiteral("Métropole de Lyon"));
    // "Œuvre" folds to "oeuvre": the names differ by one letter of 18.
    CHECK(pairs.at(2).firstId == oeuvre);
    CHECK(pairs.at(2).secondId == oeuvreSlip);
    CHECK(pairs.at(2).score >= 75);
    CHECK(pairs.at(2).score < 90);
    CHECK(pairs.at(2).reason.contains(QStringLiteral("close names")));

    const qint64 dakar = db.addPartner(QStringLiteral("Ville de Dakar"), QStringLiteral("SN"));
    const qint64 dakarAgain = db.addPartner(QStringLiteral("Dakar"), QStringLiteral("SN"));
    db.addPartner(QStringLiteral("Dakar"), QStringLiteral("ML"));
    const QList<DuplicateFinder::Pair> partners = DuplicateFinder(db.connection()).partnerPairs();
    REQUIRE(partners.size() == 1);
    CHECK(partners.first().firstId == dakar);
    CHECK(partners.first().secondId == dakarAgain);
    CHECK(partners.first().reason == QStringLiteral("same name in the same country"));
}

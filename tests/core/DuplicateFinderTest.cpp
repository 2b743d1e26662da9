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

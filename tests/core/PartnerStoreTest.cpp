#include "support/QtPrinting.h"

#include "support/StoreFixture.h"

#include "store/PartnerStore.h"

TEST_CASE("A foreign partner needs a name and a known country", "[stores][partners]")
{
    StoreFixture db;
    PartnerStore store(db.connection());
    ForeignPartner partner;
    Result<ForeignPartner> created = store.create(partner);
    REQUIRE_FALSE(created.ok());
    CHECK(created.problems().size() == 2);

    partner.name = QStringLiteral("Ouagadougou");
    partner.countryCode = QStringLiteral("XX");
    created = store.create(partner);
    REQUIRE_FALSE(created.ok());
    CHECK(created.problems().first().field == QStringLiteral("country"));
    CHECK(created.message().contains(QStringLiteral("XX")));

    partner.countryCode = QStringLiteral("BF");
    partner.latitude = 12.37;
    partner.longitude = -1.52;
    created = store.create(partner);
    REQUIRE(created.ok());
    CHECK(created.value().latitude == 12.37);
    CHECK(db.scalar(QStringLiteral("SELECT country_code FROM foreign_partner")).toString() ==
          QStringLiteral("BF"));
}

TEST_CASE("Coordinates outside the globe are refused", "[stores][partners]")
{
    StoreFixture db;
    ForeignPartner partner;
    partner.name = QStringLiteral("Nowhere");
    partner.countryCode = QStringLiteral("SN");
    partner.latitude = 95;
    partner.longitude = -200;
    const Result<ForeignPartner> created = PartnerStore(db.connection()).create(partner);
    REQUIRE_FALSE(created.ok());
    CHECK(created.problems().size() == 2);
}

TEST_CASE("Partner updates and deletions are recorded", "[stores][partners]")
{
    StoreFixture db;
    PartnerStore store(db.connection());
    const qint64 id = db.addPartner(QStringLiteral("Dakar"), QStringLiteral("SN"));
    ForeignPartner partner = *store.find(id);
    partner.adminArea = QStringLiteral("Région de Dakar");
    REQUIRE(store.update(partner).ok());
    CHECK(
        entryFor(db.history(QStringLiteral("foreign_partner"), id), QStringLiteral("admin_area")).newValue ==
        QStringLiteral("Région de Dakar"));
    REQUIRE(store.remove(id).ok());
    CHECK(db.count(QStringLiteral("foreign_partner")) == 0);
}

TEST_CASE("A partner in a partnership cannot be deleted", "[stores][partners]")
{
    StoreFixture db;
    PartnerStore store(db.connection());
    const qint64 partnerId = db.addPartner(QStringLiteral("Bobo-Dioulasso"), QStringLiteral("BF"));
    db.addPartnership(db.addActor(QStringLiteral("Roanne")), partnerId,
                      QStringLiteral("cooperation_decentralisee"));
    CHECK(store.usage(partnerId) == 1);
    CHECK_FALSE(store.remove(partnerId).ok());
    CHECK(store.find(partnerId).has_value());
}

TEST_CASE("Coordinates keep their precision, on either engine", "[stores][partners]")
{
    // PostgreSQL's REAL holds about six digits: 45.764043 came back as 45.764 (schema 16).
    StoreFixture db;
    PartnerStore store(db.connection());
    ForeignPartner partner;
    partner.name = QStringLiteral("Lyon Part-Dieu");
    partner.countryCode = QStringLiteral("SN");
    partner.latitude = 45.764043;
    partner.longitude = -4.835659;
    const Result<ForeignPartner> created = store.create(partner);
    REQUIRE(created.ok());
    const std::optional<ForeignPartner> read = store.find(created.value().id);
    REQUIRE(read);
    CHECK(read->latitude == 45.764043);
    CHECK(read->longitude == -4.835659);
}

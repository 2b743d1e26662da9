#include "support/QtPrinting.h"
#include "support/StoreFixture.h"

#include "store/PartnershipStore.h"
#include "store/VocabularyStore.h"

TEST_CASE("Advisers add entries to a vocabulary, with a code made from the label", "[vocabularies]")
{
    StoreFixture db;
    VocabularyStore store(db.connection());
    const Result<VocabularyStore::Entry> added =
        store.add(QStringLiteral("ref_theme"), QStringLiteral("Sport et santé"), QString());
    INFO(added.message().toStdString());
    REQUIRE(added.ok());
    CHECK(added.value().code == QStringLiteral("sport_et_sante"));
    CHECK(added.value().labelEn == QStringLiteral("Sport et santé"));
    CHECK(
        db.scalar(QStringLiteral("SELECT sort_order FROM ref_theme WHERE code = 'sport_et_sante'")).toInt() ==
        24);
    // The same label twice is refused; an empty label too.
    CHECK_FALSE(store.add(QStringLiteral("ref_theme"), QStringLiteral("sport ET sante"), QString()).ok());
    CHECK_FALSE(store.add(QStringLiteral("ref_theme"), QStringLiteral("  "), QString()).ok());
    CHECK_FALSE(store.add(QStringLiteral("actor"), QStringLiteral("Pirate"), QString()).ok());
    // Vocabularies with more columns get sensible values.
    REQUIRE(store
                .add(QStringLiteral("ref_actor_type"), QStringLiteral("Coopérative"),
                     QStringLiteral("Cooperative"))
                .ok());
    CHECK(db.scalar(QStringLiteral("SELECT family_code FROM ref_actor_type WHERE code = 'cooperative'"))
              .toString() == QStringLiteral("etat_autres"));
    REQUIRE(store.add(QStringLiteral("ref_project_status"), QStringLiteral("En attente"), QString()).ok());
}

TEST_CASE("A retired entry stays valid on the records that use it", "[vocabularies]")
{
    StoreFixture db;
    VocabularyStore store(db.connection());
    const qint64 id = db.addPartnership(db.addActor(QStringLiteral("Lyon")),
                                        db.addPartner(QStringLiteral("Leipzig"), QStringLiteral("DE")));
    PartnershipStore partnerships(db.connection());
    Partnership partnership = *partnerships.find(id);
    partnership.statusCode = QStringLiteral("a_verifier");
    REQUIRE(partnerships.update(partnership).ok());

    REQUIRE(
        store.setActive(QStringLiteral("ref_partnership_status"), QStringLiteral("a_verifier"), false).ok());
    const auto entries = store.entries(QStringLiteral("ref_partnership_status"));
    const auto retired = std::find_if(entries.cbegin(), entries.cend(), [](const VocabularyStore::Entry& e) {
        return e.code == QLatin1String("a_verifier");
    });
    REQUIRE(retired != entries.cend());
    CHECK_FALSE(retired->active);
    // The record still saves with its retired status.
    partnership = *partnerships.find(id);
    partnership.title = QStringLiteral("Lyon – Leipzig");
    CHECK(partnerships.update(partnership).ok());

    REQUIRE(store
                .rename(QStringLiteral("ref_partnership_status"), QStringLiteral("actif"),
                        QStringLiteral("En activité"), QStringLiteral("Active"))
                .ok());
    CHECK(db.scalar(QStringLiteral("SELECT label_fr FROM ref_partnership_status WHERE code = 'actif'"))
              .toString() == QStringLiteral("En activité"));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'ref_partnership_status'"))
              .toInt() == 2);
}

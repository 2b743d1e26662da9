#include "support/QtPrinting.h"
#include "support/TestDatabase.h"

#include "csv/VocabularyMatcher.h"
#include "store/VocabularyStore.h"

#include <QSqlQuery>

namespace {

QString codeOf(const TestDatabase& db, const char* table, const char* text)
{
    return VocabularyMatcher(db.connection(), QLatin1String(table)).find(QString::fromUtf8(text));
}

} // namespace

TEST_CASE("A vocabulary entry is found by its code or either label, whatever the case and accents",
          "[import][vocabularies]")
{
    TestDatabase db;
    CHECK(codeOf(db, "ref_partnership_kind", "jumelage") == QStringLiteral("jumelage"));
    CHECK(codeOf(db, "ref_partnership_kind", "COOPERATION DECENTRALISEE") ==
          QStringLiteral("cooperation_decentralisee"));
    CHECK(codeOf(db, "ref_partnership_kind", "Twinning") == QStringLiteral("jumelage"));
    CHECK(codeOf(db, "ref_theme", "Culture, patrimoine, sport, francophonie") ==
          QStringLiteral("culture_sport"));
    CHECK(codeOf(db, "ref_theme", "Nothing like a theme").isEmpty());
}

TEST_CASE("A part of a label that belongs to no other entry stands for it", "[import][vocabularies]")
{
    TestDatabase db;
    CHECK(codeOf(db, "ref_theme", "Culture") == QStringLiteral("culture_sport"));
    CHECK(codeOf(db, "ref_theme", "sport") == QStringLiteral("culture_sport"));
    CHECK(codeOf(db, "ref_theme", "Eau") == QStringLiteral("eau_assainissement"));
    CHECK(codeOf(db, "ref_theme", "Heritage") == QStringLiteral("culture_sport")); // English label
    CHECK(codeOf(db, "ref_theme", "ECSI") == QStringLiteral("ecsi"));              // before a parenthesis
    CHECK(codeOf(db, "ref_org_role", "maître d’ouvrage") == QStringLiteral("porteur")); // in a parenthesis
    CHECK(codeOf(db, "ref_org_role", "Porteur") == QStringLiteral("porteur"));
    CHECK(codeOf(db, "ref_partnership_kind", "Pacte") == QStringLiteral("pacte_charte_amitie")); // "ou"
    CHECK(codeOf(db, "ref_partnership_kind", "charte d'amitié") == QStringLiteral("pacte_charte_amitie"));
    CHECK(codeOf(db, "ref_partner_type", "ONG") == QStringLiteral("association_ong"));
    CHECK(codeOf(db, "ref_funding_programme", "Interreg") == QStringLiteral("ue_interreg")); // after a dash

    // A part shared by two entries names neither: « MEAE – appel à projets… » three times.
    CHECK(codeOf(db, "ref_funding_programme", "MEAE").isEmpty());
    // A list of examples in a parenthesis is not taken word by word.
    CHECK(codeOf(db, "ref_actor_type", "collège") == QStringLiteral("etab_scolaire")); // listed alias
    CHECK(codeOf(db, "ref_actor_type", "lycée agricole").isEmpty());
}

TEST_CASE("The spellings advisers use that no label holds are listed aliases", "[import][vocabularies]")
{
    TestDatabase db;
    CHECK(codeOf(db, "ref_partnership_kind", "Pacte d’amitié") == QStringLiteral("pacte_charte_amitie"));
    CHECK(codeOf(db, "ref_partnership_kind", "Accord de coopération") ==
          QStringLiteral("accord_protocole_cooperation"));
    CHECK(codeOf(db, "ref_partnership_status", "échu") == QStringLiteral("termine"));
    CHECK(codeOf(db, "ref_project_status", "Terminé") == QStringLiteral("cloture"));
    CHECK(codeOf(db, "ref_theme", "Genre") == QStringLiteral("egalite_femmes_hommes"));
    // An alias belongs to its vocabulary only.
    CHECK(codeOf(db, "ref_theme", "Pacte d'amitié").isEmpty());
}

TEST_CASE("An entry an adviser adds wins over a part of another's label; a removed one is no alias",
          "[import][vocabularies]")
{
    TestDatabase db;
    REQUIRE(VocabularyStore(db.connection())
                .add(QStringLiteral("ref_theme"), QStringLiteral("Sport"), QString())
                .ok());
    CHECK(codeOf(db, "ref_theme", "Sport") == QStringLiteral("sport"));
    CHECK(codeOf(db, "ref_theme", "Culture") == QStringLiteral("culture_sport"));

    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("DELETE FROM ref_theme WHERE code = 'egalite_femmes_hommes'")));
    CHECK(codeOf(db, "ref_theme", "Genre").isEmpty());
}

TEST_CASE("Label parts: list items, alternatives and another name in a parenthesis", "[import][vocabularies]")
{
    using Parts = QStringList;
    CHECK(VocabularyMatcher::labelParts(QStringLiteral("Santé")).isEmpty());
    CHECK(VocabularyMatcher::labelParts(QStringLiteral("Eau, assainissement, hygiène")) ==
          Parts{QStringLiteral("Eau"), QStringLiteral("assainissement"), QStringLiteral("hygiène")});
    CHECK(VocabularyMatcher::labelParts(QStringLiteral("Pacte ou charte d'amitié")) ==
          Parts{QStringLiteral("Pacte"), QStringLiteral("charte d'amitié")});
    CHECK(VocabularyMatcher::labelParts(QStringLiteral("Porteur (maître d'ouvrage)")) ==
          Parts{QStringLiteral("maître d'ouvrage"), QStringLiteral("Porteur")});
    CHECK(VocabularyMatcher::labelParts(QStringLiteral("Union européenne – Interreg")) ==
          Parts{QStringLiteral("Union européenne"), QStringLiteral("Interreg")});
    CHECK(VocabularyMatcher::labelParts(QStringLiteral("Établissement scolaire (école, collège)")).isEmpty());
    CHECK(VocabularyMatcher::labelParts(QStringLiteral("Jeunesse-mobilité")).isEmpty()); // a hyphen joins
}

TEST_CASE("An unknown value gets the labels that hold it as a hint, when they are few",
          "[import][vocabularies]")
{
    TestDatabase db;
    const VocabularyMatcher kinds(db.connection(), QStringLiteral("ref_partnership_kind"));
    CHECK(kinds.find(QStringLiteral("Coopération")).isEmpty()); // four natures begin so
    CHECK(kinds.hint(QStringLiteral("coopération")) ==
          QStringLiteral(" (perhaps: Coopération décentralisée, Accord ou protocole de coopération, "
                         "Coopération transfrontalière ou européenne, Coopération économique)"));
    CHECK(kinds.hint(QStringLiteral("ion")).isEmpty());        // in five labels: too many to help
    CHECK(kinds.hint(QStringLiteral("co")).isEmpty());         // too short to say anything
    CHECK(kinds.hint(QStringLiteral("Fraternité")).isEmpty()); // in no label
    const VocabularyMatcher statuses(db.connection(), QStringLiteral("ref_partnership_status"));
    CHECK(statuses.hint(QStringLiteral("sommeil")) == QStringLiteral(" (perhaps: En sommeil)"));
}

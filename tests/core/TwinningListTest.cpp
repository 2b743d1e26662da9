#include "support/ImportChecks.h"
#include "support/QtPrinting.h"
#include "support/TestDatabase.h"

#include "common/TextFolding.h"
#include "csv/PartnershipImporter.h"

#include <QSqlQuery>

// A list of the region's twinnings as public lists write them (tests/data/import/jumelages-region.csv,
// 242 rows): the communes by their names only — « Ville de Lyon », « Mairie d'Annecy »,
// « Annecy-le-Vieux », « St-Etienne », « Commune de Bron » —, the countries in English,
// « England, United Kingdom » and the like, two partners in Guadeloupe, and no nature column.
namespace {

const QString kList = QStringLiteral(OBSERVATOIRE_TEST_DATA "/import/jumelages-region.csv");

PartnershipImporter::Options threeDecisions()
{
    PartnershipImporter::Options options;
    options.mapping.insert(QStringLiteral("Commune"), QStringLiteral("actor"));
    options.choices.addWholeColumn(QStringLiteral("Nature=Jumelage"));
    options.choices.leaveOut(QStringLiteral("Pays"), QStringLiteral("Guadeloupe, France"));
    return options;
}

} // namespace

TEST_CASE("A public list of twinnings imports in three decisions, every commune with its code",
          "[import][places]")
{
    TestDatabase db;
    const ImportReport report = PartnershipImporter(db.connection()).run(kList, threeDecisions());
    INFO(describeErrors(report).toStdString());
    REQUIRE(report.errors.isEmpty());
    CHECK(report.written);
    CHECK(report.leftOut == 2);
    CHECK(report.rows == 240);
    CHECK(report.created == 240);
    CHECK(
        db.scalar(QStringLiteral("SELECT count(*) FROM partnership WHERE kind_code = 'jumelage'")).toInt() ==
        240);
    // The United Kingdom's spellings settled themselves.
    CHECK(
        db.scalar(QStringLiteral("SELECT count(*) FROM foreign_partner WHERE country_code = 'GB'")).toInt() ==
        26);

    // 61 actors: 60 communes of the region, each with its code, type, département and population;
    // Saint-Just, which two communes of the region bear, stays without a code, with a warning.
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM actor")).toInt() == 61);
    CHECK(report.actorsMatchedByName == 60);
    CHECK(db.scalar(QStringLiteral(
                        "SELECT count(*) FROM actor a JOIN ref_commune c ON c.code = a.insee_code "
                        "AND c.departement_code = a.departement_code AND c.population = a.population "
                        "AND c.siren = a.siren WHERE a.actor_type_code = 'commune' AND c.region_code = '84'"))
              .toInt() == 60);
    // Each one is the commune its name (as first written) designates.
    QSqlQuery actors(db.connection());
    REQUIRE(actors.exec(
        QStringLiteral("SELECT a.name, c.name FROM actor a JOIN ref_commune c ON c.code = a.insee_code")));
    int checked = 0;
    while (actors.next()) {
        INFO(actors.value(0).toString().toStdString());
        const QString written = TextFolding::normalizedName(actors.value(0).toString());
        CHECK((written == TextFolding::normalizedName(actors.value(1).toString()) ||
               written == QStringLiteral("annecy le vieux")));
        ++checked;
    }
    CHECK(checked == 60);
    // Written in several ways, one actor each: the first spelling met names it.
    CHECK(db.scalar(QStringLiteral("SELECT departement_code FROM actor WHERE insee_code = '69123'"))
              .toString() == QStringLiteral("69M"));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM actor WHERE insee_code = '69123'")).toInt() == 1);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM actor WHERE insee_code = '74010'")).toInt() == 1);
    CHECK(db.scalar(
                QStringLiteral("SELECT count(*) FROM partnership_actor pa JOIN actor a ON a.id = pa.actor_id "
                               "WHERE a.insee_code = '74010'"))
              .toInt() == 3); // « Annecy », « Mairie d'Annecy », « Annecy-le-Vieux »
    CHECK(db.scalar(QStringLiteral("SELECT insee_code FROM actor WHERE name = 'Saint-Just'")).isNull());
    const QStringList homonym = report.warningLines().filter(QStringLiteral("Saint-Just"));
    REQUIRE(homonym.size() == 3); // one per row, with its line
    CHECK(homonym.first().contains(QStringLiteral("jumelages-region.csv:")));
    CHECK(homonym.first().contains(QStringLiteral("Saint-Just (01)")));
}

TEST_CASE("Without the decisions, the list's only refusals are the partners in France", "[import][places]")
{
    TestDatabase db;
    PartnershipImporter::Options options;
    options.mapping.insert(QStringLiteral("Commune"), QStringLiteral("actor"));
    options.choices.addWholeColumn(QStringLiteral("nature=Jumelage"));
    const ImportReport report = PartnershipImporter(db.connection()).run(kList, options);
    REQUIRE(report.errors.size() == 2);
    for (const ImportProblem& problem : report.errors) {
        CHECK(problem.column == QStringLiteral("Pays"));
        CHECK(problem.message ==
              QStringLiteral("partner located in France (overseas): not a foreign partner"));
        CHECK(problem.line > 1);
    }
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM partnership")).toInt() == 0);

    // And without a nature, the column is missing.
    PartnershipImporter::Options noNature;
    noNature.mapping = options.mapping;
    const ImportReport missing = PartnershipImporter(db.connection()).run(kList, noNature);
    REQUIRE_FALSE(missing.errors.isEmpty());
    CHECK(missing.errors.first().column == QStringLiteral("Nature"));
}

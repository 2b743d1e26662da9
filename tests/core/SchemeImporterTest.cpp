#include "support/ImportChecks.h"
#include "support/QtPrinting.h"
#include "support/TemporaryFile.h"
#include "support/TestDatabase.h"

#include "csv/Importers.h"
#include "csv/RecordExporter.h"
#include "store/SchemeStore.h"

#include <QFile>

namespace {

const QString kExample =
    QStringLiteral(OBSERVATOIRE_SOURCE_DIR "/resources/examples/dispositifs-exemple.csv");

ImportReport importSchemes(const TestDatabase& db, const QString& path)
{
    return Importers::forEntity(QStringLiteral("schemes"), db.connection())->run(path, {});
}

} // namespace

TEST_CASE("Schemes: the example catalogue imports, and its export re-imports into the same file",
          "[import][schemes]")
{
    TestDatabase source;
    const ImportReport report = importSchemes(source, kExample);
    INFO(describeErrors(report).toStdString());
    REQUIRE(report.errors.isEmpty());
    CHECK(report.created == 8);
    // Every row names its public source and when it was drawn from it.
    CHECK(source
              .scalar(QStringLiteral("SELECT count(*) FROM scheme WHERE source LIKE 'https://%' "
                                     "AND verified_on IS NOT NULL"))
              .toInt() == 8);
    CHECK(source
              .scalar(QStringLiteral("SELECT count(*) FROM scheme_condition WHERE condition_code = "
                                     "'declaration_apd'"))
              .toInt() == 3);

    // The same file again changes nothing.
    const ImportReport again = importSchemes(source, kExample);
    CHECK(again.created + again.updated == 0);
    CHECK(again.unchanged == 8);

    // With calls (lists in step), then exported, imported elsewhere and exported again.
    Scheme withCalls = *SchemeStore(source.connection()).find(1);
    withCalls.calls = {{QStringLiteral("Session 1"), PartialDate::ofDay(QDate(2026, 1, 5)),
                        PartialDate::ofDay(QDate(2026, 3, 31))},
                       {QString(), PartialDate(), PartialDate::ofMonth(2026, 9)}};
    withCalls.amountMaxCents = 1500000;
    withCalls.cofundingMaxPercent = 50;
    REQUIRE(SchemeStore(source.connection()).update(withCalls).ok());
    const QByteArray exported = exportedFile(source, RecordExporter::Entity::Schemes);
    CHECK(exported.contains("Session 1|;2026-01-05|;2026-03-31|2026-09;"));
    const TemporaryFile file(exported);
    TestDatabase target;
    const ImportReport copied = importSchemes(target, file.path());
    INFO(describeErrors(copied).toStdString());
    REQUIRE(copied.errors.isEmpty());
    CHECK(copied.created == 8);
    checkSameLines(exportedFile(target, RecordExporter::Entity::Schemes), exported);
    CHECK(SchemeStore(target.connection()).findByUuid(withCalls.uuid)->calls == withCalls.calls);
}

TEST_CASE("Schemes: bad rows are named by line and column, and nothing is written",
          "[import][schemes][refusal]")
{
    TestDatabase db;
    const TemporaryFile file("Nom;Type de dispositif;Pays;Thématiques;Montant minimal;Montant maximal;Taux "
                             "de cofinancement maximal;"
                             "Appels;Ouverture des appels;Clôture des appels\n"
                             "Bon;Appel à projets;Sénégal;Eau, assainissement, hygiène;1 000 €;5 000 "
                             "€;50;A|B;;31/03/2026|30/09/2026\n"
                             "Sans type;;;;;;;;;\n"
                             "Loterie;Tirage au sort;;;;;;;;\n"
                             "Atlantide;Fonds;Atlantide;;;;;;;\n"
                             "Petit;Fonds;;;9 000;10;;;;\n"
                             "Trop;Prix;;;;;150;;;\n"
                             "Boucle;Prix;;;;;;;01/06/2026;01/05/2026\n"
                             "Décalé;Prix;;;;;;A|B|C;;31/03/2026|30/09/2026\n"
                             "Date;Prix;;;;;;;;31/02/2026\n"
                             ";Prix;;;;;;;;\n");
    const ImportReport report = importSchemes(db, file.path());
    CHECK(problemPlaces(report) ==
          QStringList{QStringLiteral("3 Type de dispositif"), QStringLiteral("4 Type de dispositif"),
                      QStringLiteral("5 Pays"), QStringLiteral("6 Montant maximal"),
                      QStringLiteral("7 Taux de cofinancement maximal"),
                      QStringLiteral("8 Clôture des appels"), QStringLiteral("9 Appels"),
                      QStringLiteral("10 Clôture des appels"), QStringLiteral("11 Nom")});
    // Two counts in one message: said without a plural that fits only one of them.
    CHECK(problemsListed(report).contains(QStringLiteral(
        "9 Appels: call names given: 3, closing dates: 2 — one per call, in the same order, or none")));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM scheme")).toInt() == 0);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM import_batch")).toInt() == 0);
}

TEST_CASE("Schemes: a row without an id updates the scheme of the same name and keeps what the file lacks",
          "[import][schemes]")
{
    TestDatabase db;
    const TemporaryFile first("Nom;Type de dispositif;Financeur;Lien\n"
                              "Fonds eau;Fonds;Agence de l'eau;https://example.org\n");
    REQUIRE(importSchemes(db, first.path()).created == 1);
    const TemporaryFile second("Name,Kind of scheme,Themes,Calls close on\n"
                               "FONDS EAU,fonds,eau_assainissement,2026-10-15\n");
    const ImportReport report = importSchemes(db, second.path());
    INFO(describeErrors(report).toStdString());
    CHECK(report.updated == 1);
    const Scheme scheme = *SchemeStore(db.connection()).find(1);
    CHECK(scheme.name == QStringLiteral("FONDS EAU"));
    CHECK(scheme.funder == QStringLiteral("Agence de l'eau"));
    CHECK(scheme.url == QStringLiteral("https://example.org"));
    CHECK(scheme.themeCodes == QStringList{QStringLiteral("eau_assainissement")});
    REQUIRE(scheme.calls.size() == 1);
    CHECK(scheme.calls.first().closesOn.toIso() == QStringLiteral("2026-10-15"));
}

TEST_CASE("Schemes: the second pass writes the rows the first one read and checked, without reading them "
          "again",
          "[import][schemes]")
{
    // Parsed once, as the other files are (issue 22). Shown by changing the file between the
    // passes: what is written is what was checked.
    TestDatabase db;
    const QByteArray rows = "Nom;Type de dispositif\nDispositif 1;Appel à projets\nDispositif 2;Fonds\n";
    const std::unique_ptr<RecordImporter> importer =
        Importers::forEntity(QStringLiteral("schemes"), db.connection());
    const ImportReport report = importChangedBetweenPasses(*importer, rows, {{"Dispositif", "Autre"}});
    CHECK(report.created == 2);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM scheme WHERE name LIKE 'Dispositif _'")).toInt() ==
          2);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM scheme WHERE name LIKE 'Autre%'")).toInt() == 0);
}

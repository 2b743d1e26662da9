#include "support/ImportChecks.h"
#include "support/QtPrinting.h"
#include "support/TemporaryFile.h"
#include "support/TestDatabase.h"

#include "csv/FundingImporter.h"
#include "csv/PartnershipImporter.h"
#include "csv/ProjectImporter.h"
#include "csv/SchemeImporter.h"
#include "demo/DemoGenerator.h"
#include "store/FundingStore.h"
#include "store/ProjectStore.h"
#include "store/SchemeStore.h"

namespace {

int count(const TestDatabase& db, const QString& sql)
{
    return db.scalar(sql).toInt();
}

} // namespace

TEST_CASE("Projects and fundings: exports imported into an empty database export the same files",
          "[import][projects][fundings][roundtrip]")
{
    TestDatabase source;
    REQUIRE(DemoGenerator(source.connection(), 120).run().ok());
    const QByteArray partnerships = exportedFile(source, RecordExporter::Entity::Partnerships);
    const QByteArray projects = exportedFile(source, RecordExporter::Entity::Projects);
    const QByteArray fundings = exportedFile(source, RecordExporter::Entity::Fundings);
    // The demo's funding lines name support schemes of its catalogue, which goes first.
    const TemporaryFile schemeFile(exportedFile(source, RecordExporter::Entity::Schemes));
    const TemporaryFile partnershipFile(partnerships);
    const TemporaryFile projectFile(projects);
    const TemporaryFile fundingFile(fundings);
    const int projectCount = count(source, QStringLiteral("SELECT count(*) FROM project"));
    const int fundingCount = count(source, QStringLiteral("SELECT count(*) FROM funding"));
    REQUIRE(projectCount > 0);
    REQUIRE(fundingCount > 0);

    TestDatabase target;
    REQUIRE(SchemeImporter(target.connection()).run(schemeFile.path(), {}).errors.isEmpty());
    REQUIRE(PartnershipImporter(target.connection()).run(partnershipFile.path(), {}).errors.isEmpty());
    const ImportReport projectReport = ProjectImporter(target.connection()).run(projectFile.path(), {});
    INFO(describeErrors(projectReport).toStdString());
    REQUIRE(projectReport.errors.isEmpty());
    CHECK(projectReport.created == projectCount);
    checkSameLines(exportedFile(target, RecordExporter::Entity::Projects), projects);

    const ImportReport fundingReport = FundingImporter(target.connection()).run(fundingFile.path(), {});
    INFO(describeErrors(fundingReport).toStdString());
    REQUIRE(fundingReport.errors.isEmpty());
    CHECK(fundingReport.created == fundingCount);
    checkSameLines(exportedFile(target, RecordExporter::Entity::Fundings), fundings);

    // Imported again onto the records they came from, the files change nothing.
    const ImportReport projectsAgain = ProjectImporter(source.connection()).run(projectFile.path(), {});
    CHECK(projectsAgain.unchanged == projectCount);
    CHECK(projectsAgain.created + projectsAgain.updated == 0);
    const ImportReport fundingsAgain = FundingImporter(source.connection()).run(fundingFile.path(), {});
    CHECK(fundingsAgain.unchanged == fundingCount);
    CHECK(fundingsAgain.created + fundingsAgain.updated == 0);
}

TEST_CASE("Projects: a survey file creates its projects, the first actor leading, and twice creates nothing",
          "[import][projects]")
{
    TestDatabase db;
    const TemporaryFile file(
        "Titre;Acteur;Code INSEE/SIREN;Partenaire;Pays;Date de début;Budget;Thématiques;ODD\n"
        "Puits à Koudougou;Ville de Lyon|Lyon Solidarité;69123|;Commune de Koudougou;"
        "Burkina Faso;03/2021;\"12 500,50 €\";\"Eau, assainissement, hygiène\";6|ODD 3\n"
        "Échanges scolaires;Ville de Lyon;69123;Ville de Yokohama;Japon;2019;;Éducation;\n");
    const ImportReport report = ProjectImporter(db.connection()).run(file.path(), {});
    INFO(describeErrors(report).toStdString());
    REQUIRE(report.errors.isEmpty());
    CHECK(report.created == 2);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM actor")) == 2);
    CHECK(db.scalar(QStringLiteral("SELECT a.name FROM project_actor pa JOIN actor a ON a.id = pa.actor_id "
                                   "JOIN project p ON p.id = pa.project_id "
                                   "WHERE p.title = 'Puits à Koudougou' AND pa.role_code = 'porteur'"))
              .toString() == QStringLiteral("Ville de Lyon"));
    CHECK(db.scalar(QStringLiteral("SELECT budget_cents || '|' || started_on FROM project "
                                   "WHERE title = 'Puits à Koudougou'"))
              .toString() == QStringLiteral("1250050|2021-03"));
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM project_sdg")) == 2);
    // The partner takes the project's only country.
    CHECK(
        db.scalar(QStringLiteral("SELECT country_code FROM foreign_partner WHERE name = 'Ville de Yokohama'"))
            .toString() == QStringLiteral("JP"));

    const ImportReport again = ProjectImporter(db.connection()).run(file.path(), {});
    CHECK(again.created == 0);
    CHECK(again.unchanged == 2);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM project")) == 2);
}

TEST_CASE("Projects: bad rows are each named with their column, and nothing is written",
          "[import][projects][refusal]")
{
    TestDatabase db;
    const TemporaryFile file(
        "Titre;Acteur;Rôle;Pays;Partenariat;Statut;Date de début;Date de fin;Budget;Devise;ODD\n"
        "Bon projet;Ville de Lyon;;Mali;;;;;;;\n"
        ";Ville de Lyon;;Mali;;;;;;;\n"
        "Sans porteur;Ville de Lyon;partenaire;Mali;;;;;;;\n"
        "Pays inconnu;Ville de Lyon;;Atlantide;;;;;;;\n"
        "Partenariat inconnu;Ville de Lyon;;Mali;0b7c1f2e-8d1a-4d36-9d43-6a1f0f9b3c11;;;;;;\n"
        "Statut inconnu;Ville de Lyon;;Mali;;Rêvé;;;;;\n"
        "À l'envers;Ville de Lyon;;Mali;;;2020;2019;;;\n"
        "Budget faux;Ville de Lyon;;Mali;;;;;beaucoup;;\n"
        "Devise fausse;Ville de Lyon;;Mali;;;;;100;EURO;\n"
        "ODD faux;Ville de Lyon;;Mali;;;;;;;18\n");
    const ImportReport report = ProjectImporter(db.connection()).run(file.path(), {});
    const QStringList found = problemPlaces(report);
    INFO(found.join(QLatin1Char(',')).toStdString());
    CHECK(found.contains(QStringLiteral("3 Titre")));
    CHECK(found.contains(QStringLiteral("4 Acteur"))); // the store's rule: an actor leads the project
    CHECK(found.contains(QStringLiteral("5 Pays")));
    CHECK(found.contains(QStringLiteral("6 Partenariat")));
    CHECK(found.contains(QStringLiteral("7 Statut")));
    CHECK(found.contains(QStringLiteral("8 Date de fin")));
    CHECK(found.contains(QStringLiteral("9 Budget")));
    CHECK(found.contains(QStringLiteral("10 Devise")));
    CHECK(found.contains(QStringLiteral("11 ODD")));
    CHECK_FALSE(found.join(QLatin1Char(',')).contains(QLatin1String("2 ")));
    CHECK_FALSE(report.written);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM project")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM actor")) == 0);
}

TEST_CASE("Fundings: lines name their project by title, their funder by name or programme",
          "[import][fundings]")
{
    TestDatabase db;
    const TemporaryFile projects("Titre;Acteur;Code INSEE/SIREN;Pays\n"
                                 "Puits à Koudougou;Ville de Lyon;69123;Burkina Faso\n"
                                 "Doublon;Ville de Lyon;69123;Mali\n"
                                 "Doublon;Ville de Vienne;38544;Mali\n");
    REQUIRE(ProjectImporter(db.connection()).run(projects.path(), {}).created == 3);

    const TemporaryFile lines("Titre du projet;Financeur;Programme;Année;Montant;État\n"
                              "puits a koudougou;Ville de Lyon;;2021;5 000;Versé\n"
                              "Puits à Koudougou;;AFD – FICOL;2021;\"12 000,00 €\";\n");
    const ImportReport report = FundingImporter(db.connection()).run(lines.path(), {});
    INFO(describeErrors(report).toStdString());
    REQUIRE(report.errors.isEmpty());
    CHECK(report.created == 2);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM actor")) == 2); // the funder is the lead, matched
    CHECK(count(db, QStringLiteral("SELECT sum(amount_cents) FROM funding")) == 1700000);
    CHECK(db.scalar(QStringLiteral("SELECT status_code FROM funding WHERE programme_code = 'afd_ficol'"))
              .toString() == QStringLiteral("accorde"));
    const ImportReport again = FundingImporter(db.connection()).run(lines.path(), {});
    CHECK(again.created == 0);
    CHECK(again.unchanged == 2);

    const TemporaryFile bad("Titre du projet;Financeur;Programme;Année;Montant\n"
                            "Doublon;Ville de Lyon;;2021;100\n"
                            "Inconnu;Ville de Lyon;;2021;100\n"
                            "Puits à Koudougou;;;2021;100\n"
                            "Puits à Koudougou;;Loto;2021;100\n"
                            "Puits à Koudougou;Ville de Lyon;;1789;100\n"
                            "Puits à Koudougou;Ville de Lyon;;2021;\n");
    const ImportReport refused = FundingImporter(db.connection()).run(bad.path(), {});
    const QStringList found = problemPlaces(refused);
    INFO(found.join(QLatin1Char(',')).toStdString());
    CHECK(found.contains(QStringLiteral("2 Titre du projet")));
    CHECK(found.contains(QStringLiteral("3 Titre du projet")));
    CHECK(found.contains(QStringLiteral("4 Financeur")));
    CHECK(found.contains(QStringLiteral("5 Programme")));
    CHECK(found.contains(QStringLiteral("6 Année")));
    CHECK(found.contains(QStringLiteral("7 Montant")));
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM funding")) == 2);
}

TEST_CASE("Projects: matching a row without an identifier costs the same however many projects its lead has",
          "[import][projects][matching][sqlite]")
{
    // A row's project was looked for among every project of its lead: with a few leads named on
    // every row, each row cost more than the one before. SQLite's work (steps, not time) for 500
    // rows near the end of the file must be that of 500 rows near its start.
    TestDatabase db;
    QByteArray rows = "Titre;Acteur;Département;Partenaire;Pays\n";
    constexpr int kRows = 6000;
    for (int i = 0; i < kRows; ++i)
        rows += "Projet " + QByteArray::number(i) + ";Commune " + QByteArray::number(i % 16) + ";69;Ville " +
                QByteArray::number(i % 40) + ";Mali\n";
    const TemporaryFile file(rows);
    ProjectImporter importer(db.connection());
    const QList<quint64> steps = writingStepsPer500Rows(db, importer, file.path(), kRows);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM project")) == kRows);
    checkSameCostLateAsEarly(steps);
}

TEST_CASE("Fundings: matching a line without an identifier costs the same however many lines its funder has",
          "[import][fundings][matching][sqlite]")
{
    // A row's line was looked for among every line of its funder (the index SQLite chose): with
    // a few funders named on every row, each row cost more than the one before. SQLite's work
    // (steps, not time) for 500 rows near the end of the file must be that of 500 rows near its
    // start.
    TestDatabase db;
    QByteArray projects = "Titre;Acteur;Code INSEE/SIREN;Pays\n";
    for (int p = 0; p < 60; ++p)
        projects += "Projet " + QByteArray::number(p) + ";Ville de Lyon;69123;Mali\n";
    const TemporaryFile projectFile(projects);
    REQUIRE(ProjectImporter(db.connection()).run(projectFile.path(), {}).created == 60);
    QByteArray rows = "Titre du projet;Financeur;Année;Montant\n";
    constexpr int kRows = 6000;
    for (int i = 0; i < kRows; ++i) // each project's 100 lines together: 4 funders, 25 years
        rows += "Projet " + QByteArray::number(i / 100) + ";Fondation " + QByteArray::number(i / 25 % 4) +
                ";" + QByteArray::number(2000 + i % 25) + ";1 000\n";
    const TemporaryFile file(rows);
    FundingImporter importer(db.connection());
    const QList<quint64> steps = writingStepsPer500Rows(db, importer, file.path(), kRows);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM funding")) == kRows);
    checkSameCostLateAsEarly(steps);
}

TEST_CASE(
    "Projects: the first pass lists every row's problems with the store's own rules, each in one message",
    "[import][projects][refusal]")
{
    // The importer checked the title, the order of the dates, the goals, the currency and the
    // lead with its own wording, and the store again with its own: one rule read two ways.
    TestDatabase db;
    const TemporaryFile file("Titre;Acteur;Département;Date de début;Date de fin;ODD;Devise\n"
                             "Projet A;Lyon;69;2020;2019;;\n"
                             ";Lyon;69;2020;;;\n"
                             "Projet C;Lyon;69;;;ODD 18;\n"
                             "Projet D;Lyon;69;;;;euros\n"
                             "Projet E;;;;;;\n"
                             "Projet F;Lyon;69;2020;2019;4;\n");
    const ImportReport report = ProjectImporter(db.connection()).run(file.path(), {});
    INFO(describeErrors(report).toStdString());
    CHECK_FALSE(report.written);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM project")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM actor")) == 0);

    const ProjectStore store(db.connection());
    Project wrong;
    wrong.startedOn = *PartialDate::parse(QStringLiteral("2020"));
    wrong.endedOn = *PartialDate::parse(QStringLiteral("2019"));
    wrong.sdgGoals = {18};
    wrong.currency = QStringLiteral("EUROS");
    const QString endBeforeStart = storeMessage(store, wrong, "ended_on");
    REQUIRE_FALSE(endBeforeStart.isEmpty());
    const QStringList expected = {
        QStringLiteral("2 Date de fin: ") + endBeforeStart,
        QStringLiteral("3 Titre: ") + storeMessage(store, wrong, "title"),
        QStringLiteral("4 ODD: ") + storeMessage(store, wrong, "sdgs"),
        QStringLiteral("5 Devise: ") + storeMessage(store, wrong, "currency"),
        QStringLiteral("6 Acteur: ") + storeMessage(store, wrong, "actor"),
        QStringLiteral("7 Date de fin: ") + endBeforeStart,
    };
    checkListedOnce(report, expected);
}

TEST_CASE(
    "Fundings: the first pass lists every row's problems with the store's own rules, each in one message",
    "[import][fundings][refusal]")
{
    TestDatabase db;
    const TemporaryFile projects("Titre;Acteur;Code INSEE/SIREN;Pays\n"
                                 "Puits à Koudougou;Ville de Lyon;69123;Burkina Faso\n");
    REQUIRE(ProjectImporter(db.connection()).run(projects.path(), {}).created == 1);

    // The importer checked the year and the funder with its own wording, the store again with its
    // own; a line naming no project was the importer's « which project? » and the store's rule.
    const TemporaryFile lines("Titre du projet;Financeur;Programme;Année;Montant\n"
                              "Puits à Koudougou;Ville de Lyon;;1789;100\n"
                              "Puits à Koudougou;;;2021;100\n"
                              ";Ville de Lyon;;2021;100\n"
                              "Puits à Koudougou;Ville de Vienne;;2999;100\n");
    const ImportReport report = FundingImporter(db.connection()).run(lines.path(), {});
    INFO(describeErrors(report).toStdString());
    CHECK_FALSE(report.written);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM funding")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM actor")) == 1); // Vienne not created

    const FundingStore store(db.connection());
    Funding wrong;
    wrong.year = 1789;
    Funding late;
    late.year = 2999;
    const QStringList expected = {
        QStringLiteral("2 Année: ") + storeMessage(store, wrong, "year"),
        QStringLiteral("3 Financeur: ") + storeMessage(store, wrong, "funder"),
        QStringLiteral("4 Titre du projet: ") + storeMessage(store, wrong, "project"),
        QStringLiteral("5 Année: ") + storeMessage(store, late, "year"),
    };
    checkListedOnce(report, expected);
}

TEST_CASE("Fundings: a line names its support scheme by name or id and its call by closing date; bad ones "
          "are named with line and column, and nothing is written",
          "[import][fundings][schemes]")
{
    TestDatabase db;
    const TemporaryFile projects("Titre;Acteur;Code INSEE/SIREN;Pays\n"
                                 "Puits à Koudougou;Ville de Lyon;69123;Burkina Faso\n");
    REQUIRE(ProjectImporter(db.connection()).run(projects.path(), {}).created == 1);
    Scheme water;
    water.name = QStringLiteral("Eau solidaire");
    water.kindCode = QStringLiteral("appel_a_projets");
    water.calls = {{QStringLiteral("Session 1"), PartialDate(), PartialDate::ofDay(QDate(2026, 3, 31))},
                   {QString(), PartialDate(), PartialDate::ofMonth(2026, 9)}};
    const Result<Scheme> scheme = SchemeStore(db.connection()).create(water);
    REQUIRE(scheme.ok());

    const TemporaryFile lines("Titre du projet;Programme;Année;Montant;État;Dispositif;Clôture de l'appel\n"
                              "Puits à Koudougou;Autre;2026;1 000;Demandé;eau SOLIDAIRE;31/03/2026\n"
                              "Puits à Koudougou;Autre;2025;2 000;Accordé;Eau solidaire;\n");
    const ImportReport report = FundingImporter(db.connection()).run(lines.path(), {});
    INFO(describeErrors(report).toStdString());
    REQUIRE(report.errors.isEmpty());
    CHECK(report.created == 2);
    CHECK(count(db,
                QStringLiteral("SELECT count(*) FROM funding WHERE scheme_id = %1").arg(scheme.value().id)) ==
          2);
    CHECK(db.scalar(QStringLiteral("SELECT call_closes_on FROM funding WHERE year = 2026")).toString() ==
          QStringLiteral("2026-03-31"));
    CHECK(db.scalar(QStringLiteral("SELECT call_closes_on FROM funding WHERE year = 2025")).isNull());

    // The export names the scheme, its id and the call; imported again it changes nothing.
    const QByteArray exported = exportedFile(db, RecordExporter::Entity::Fundings);
    CHECK(exported.contains("Dispositif;Identifiant du dispositif;Clôture de l'appel"));
    CHECK(
        exported.contains(QStringLiteral(";Eau solidaire;%1;31/03/2026").arg(scheme.value().uuid).toUtf8()));
    const TemporaryFile again(exported);
    const ImportReport reimported = FundingImporter(db.connection()).run(again.path(), {});
    INFO(describeErrors(reimported).toStdString());
    CHECK(reimported.errors.isEmpty());
    CHECK(reimported.unchanged == 2);

    const TemporaryFile bad(
        "Titre du projet;Programme;Année;Montant;Dispositif;Identifiant du dispositif;Clôture de l'appel\n"
        "Puits à Koudougou;Autre;2020;100;Fonds inconnu;;\n"
        "Puits à Koudougou;Autre;2020;100;Eau solidaire;;30/03/2026\n"
        "Puits à Koudougou;Autre;2020;100;;;31/03/2026\n"
        "Puits à Koudougou;Autre;2020;100;;pas-un-id;\n"
        "Puits à Koudougou;Autre;2020;100;Eau solidaire;;demain\n"
        "Puits à Koudougou;Autre;2020;100;Eau solidaire;;09/2026\n");
    const ImportReport refused = FundingImporter(db.connection()).run(bad.path(), {});
    const QStringList found = problemPlaces(refused);
    INFO(found.join(QLatin1Char(',')).toStdString());
    CHECK(found.contains(QStringLiteral("2 Dispositif")));
    CHECK(found.contains(QStringLiteral("3 Clôture de l'appel")));
    CHECK(found.contains(QStringLiteral("4 Clôture de l'appel")));
    CHECK(found.contains(QStringLiteral("5 Identifiant du dispositif")));
    CHECK(found.contains(QStringLiteral("6 Clôture de l'appel")));
    CHECK(found.size() == 5); // line 7 names the September call: fine
    CHECK_FALSE(refused.written);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM funding")) == 2);
}

TEST_CASE(
    "Projects: the second pass writes the rows the first one read and checked, without reading them again",
    "[import][projects]")
{
    // The file is parsed once, as the partnership file is (issue 22). Shown by changing the file
    // between the passes: what is written is what was checked.
    TestDatabase db;
    const QByteArray rows = "Titre;Acteur;Partenaire;Pays\n"
                            "Projet 1;Ville de Lyon;Partenaire 1;Japon\n"
                            "Projet 2;Ville de Lyon;Partenaire 2;Japon\n"
                            "Projet 3;Ville de Lyon;Partenaire 3;Japon\n";
    ProjectImporter importer(db.connection());
    const ImportReport report =
        importChangedBetweenPasses(importer, rows, {{"Partenaire ", "Autre "}, {"Projet", "Autre projet"}});
    CHECK(report.created == 3);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM project WHERE title LIKE 'Projet _'")) == 3);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM foreign_partner WHERE name LIKE 'Partenaire _'")) ==
          3);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM foreign_partner WHERE name LIKE 'Autre%'")) == 0);
}

TEST_CASE("Fundings: the second pass writes the rows the first one read and checked, without reading them "
          "again",
          "[import][fundings]")
{
    // Parsed once, as the other files are (issue 22). Shown by changing the file between the
    // passes: what is written is what was checked.
    TestDatabase db;
    const TemporaryFile projects("Titre;Acteur;Code INSEE/SIREN;Pays\n"
                                 "Puits à Koudougou;Ville de Lyon;69123;Burkina Faso\n");
    REQUIRE(ProjectImporter(db.connection()).run(projects.path(), {}).created == 1);
    const QByteArray rows = "Titre du projet;Financeur;Année;Montant;Notes\n"
                            "Puits à Koudougou;Ville de Lyon;2021;1 000;ligne 1\n"
                            "Puits à Koudougou;Ville de Lyon;2022;2 000;ligne 2\n"
                            "Puits à Koudougou;Ville de Lyon;2023;3 000;ligne 3\n";
    FundingImporter importer(db.connection());
    const ImportReport report =
        importChangedBetweenPasses(importer, rows, {{"ligne", "autre"}, {"000", "999"}});
    CHECK(report.created == 3);
    CHECK(count(db, QStringLiteral("SELECT sum(amount_cents) FROM funding")) == 600000);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM funding WHERE notes LIKE 'ligne _'")) == 3);
}

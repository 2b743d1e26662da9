#include "support/ImportChecks.h"
#include "support/QtPrinting.h"
#include "support/TemporaryFile.h"
#include "support/TestDatabase.h"

#include "csv/ActorImporter.h"
#include "csv/RecordExporter.h"
#include "demo/DemoGenerator.h"
#include "store/ActorStore.h"

#include <QBuffer>
#include <QSqlQuery>

TEST_CASE("Actors: an export imported into an empty database exports the same file", "[import][actors]")
{
    TestDatabase source;
    REQUIRE(DemoGenerator(source.connection(), 150).run().ok());
    const QByteArray exported = exportedFile(source, RecordExporter::Entity::Actors);
    const TemporaryFile file(exported);

    TestDatabase target;
    const ImportReport report = ActorImporter(target.connection()).run(file.path(), {});
    INFO(problemPlaces(report).join(QLatin1Char(',')).toStdString());
    REQUIRE(report.errors.isEmpty());
    CHECK(report.created == source.scalar(QStringLiteral("SELECT count(*) FROM actor")).toInt());
    CHECK(exportedFile(target, RecordExporter::Entity::Actors) == exported);

    const ImportReport again = ActorImporter(target.connection()).run(file.path(), {});
    CHECK(again.created + again.updated == 0);
    CHECK(again.unchanged == report.created);
}

TEST_CASE("Actors: rows without an id match by INSEE code, SIREN, or name in the département",
          "[import][actors]")
{
    TestDatabase db;
    const TemporaryFile first("Nom;Type d'acteur;Code INSEE;Département;Courriel\n"
                              "Ville de Lyon;Commune;69123;69;international@lyon.example\n"
                              "Comité de jumelage de Vienne;comite_jumelage;;38;\n");
    REQUIRE(ActorImporter(db.connection()).run(first.path(), {}).created == 2);

    const TemporaryFile second("Name,Actor type,INSEE code,Departement,Population\n"
                               "Lyon,commune,69123,69,522250\n"
                               "COMITE DE JUMELAGE DE VIENNE,comite_jumelage,,Isère,\n");
    const ImportReport report = ActorImporter(db.connection()).run(second.path(), {});
    CHECK(report.created == 0);
    CHECK(report.updated == 2);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM actor")).toInt() == 2);
    // The e-mail column is not in the second file: the address stays.
    CHECK(db.scalar(QStringLiteral(
                        "SELECT name || '|' || population || '|' || email FROM actor WHERE insee_code = "
                        "'69123'"))
              .toString() == QStringLiteral("Lyon|522250|international@lyon.example"));
}

TEST_CASE("Actors: the editor's rules apply, each named with its column", "[import][actors][refusal]")
{
    TestDatabase db;
    const TemporaryFile file("Nom;Type d'acteur;Code INSEE;SIREN;Département;Population;Courriel\n"
                             "Ville de Lyon;Commune;69123;;69;;\n"
                             ";Commune;;;;;\n"
                             "Vienne;Planète;;;;;\n"
                             "Givors;Commune;99999;;;;\n"
                             "Agglo;EPCI;;123456789;;;\n"
                             "Asso;Association de solidarité internationale;;;Atlantide;;\n"
                             "Asso 2;Association de solidarité internationale;;;;12,5;\n"
                             "Asso 3;Association de solidarité internationale;;;;;pas-un-courriel\n");
    const ImportReport report = ActorImporter(db.connection()).run(file.path(), {});
    const QStringList found = problemPlaces(report);
    INFO(found.join(QLatin1Char(',')).toStdString());
    CHECK(found.contains(QStringLiteral("3 Nom")));
    CHECK(found.contains(QStringLiteral("4 Type d'acteur")));
    CHECK(found.contains(QStringLiteral("5 Code INSEE")));
    CHECK(found.contains(QStringLiteral("6 SIREN")));
    CHECK(found.contains(QStringLiteral("7 Département")));
    CHECK(found.contains(QStringLiteral("8 Population")));
    CHECK(found.contains(QStringLiteral("9 Courriel")));
    CHECK_FALSE(found.join(QLatin1Char(',')).contains(QLatin1String("2 ")));
    CHECK_FALSE(report.written);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM actor")).toInt() == 0);
}

TEST_CASE(
    "Actors: the first pass lists the store's problems of every row, those with a problem of reading too",
    "[import][actors][refusal]")
{
    // The editor's rules were checked only on rows read without a problem: a row with a wrong date
    // hid its wrong SIREN until the date was corrected and the file imported again.
    TestDatabase db;
    const TemporaryFile file("Nom;Type d'acteur;SIREN;Courriel;Vérifié le\n"
                             "Agglo;EPCI;123456789;;31/02/2020\n"
                             "Asso;Association de solidarité internationale;;pas-un-courriel;\n"
                             "Asso 2;Association de solidarité internationale;;;2020\n"
                             "Asso 3;Association de solidarité internationale;;non;\n");
    const ImportReport report = ActorImporter(db.connection()).run(file.path(), {});
    INFO(describeErrors(report).toStdString());
    CHECK_FALSE(report.written);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM actor")).toInt() == 0);

    const ActorStore store(db.connection());
    Actor wrong;
    wrong.name = QStringLiteral("Agglo");
    wrong.siren = QStringLiteral("123456789");
    wrong.email = QStringLiteral("pas-un-courriel");
    const QString badSiren = storeMessage(store, wrong, "siren");
    REQUIRE_FALSE(badSiren.isEmpty());
    const QStringList found = problemsListed(report);
    CHECK(found.count(QStringLiteral("2 SIREN: ") + badSiren) == 1);
    CHECK(problemPlaces(report).count(QStringLiteral("2 Vérifié le")) == 1);
    CHECK(found.count(QStringLiteral("3 Courriel: ") + storeMessage(store, wrong, "email")) == 1);
    wrong.email = QStringLiteral("non");
    CHECK(found.count(QStringLiteral("5 Courriel: ") + storeMessage(store, wrong, "email")) == 1);
    CHECK(found.size() == 4);
}

TEST_CASE("Actors: APD declarations are imported as lists in step, set by year, and exported back",
          "[import][actors][apd]")
{
    TestDatabase db;
    const TemporaryFile first("Nom;Type d'acteur;Code INSEE;APD : années;APD : déclarée;APD : montants;"
                              "APD : dates de déclaration\n"
                              "Grenoble;Commune;38185;2023|2022;oui|non;12 345,50 €|;15/04/2024|\n"
                              "Voiron;Commune;38563;;;;\n");
    const ImportReport report = ActorImporter(db.connection()).run(first.path(), {});
    INFO(problemPlaces(report).join(QLatin1Char(',')).toStdString());
    REQUIRE(report.errors.isEmpty());
    // Read row by row and joined here: the same on both engines (PostgreSQL has no group_concat,
    // and gives booleans and dates as such).
    const auto declarations = [&] {
        QSqlQuery query(db.connection());
        REQUIRE(query.exec(QStringLiteral("SELECT year, declared, amount_cents, declared_on FROM "
                                          "actor_apd_declaration ORDER BY actor_id, year")));
        QStringList rows;
        // A NULL is empty (Qt's PostgreSQL driver gives a NULL number as a null 0).
        const auto value = [&query](int column) {
            return query.isNull(column) ? QString() : query.value(column).toString();
        };
        while (query.next()) {
            rows << QStringLiteral("%1:%2:%3:%4")
                        .arg(value(0), query.value(1).toBool() ? QStringLiteral("1") : QStringLiteral("0"),
                             value(2), value(3));
        }
        return rows.join(QLatin1Char(' '));
    };
    CHECK(declarations() == QStringLiteral("2022:0:: 2023:1:1234550:2024-04-15"));

    // A yearly list adds its year; the years it does not list stay; a year listed again is replaced.
    const TemporaryFile yearly("Nom;Type d'acteur;Code INSEE;APD : années;APD : montants\n"
                               "Grenoble;Commune;38185;2024|2022;8000|\n"
                               "Voiron;Commune;38563;2024;\n");
    REQUIRE(ActorImporter(db.connection()).run(yearly.path(), {}).errors.isEmpty());
    CHECK(declarations() == QStringLiteral("2022:1:: 2023:1:1234550:2024-04-15 2024:1:800000: 2024:1::"));

    // Exported latest year first, and read back unchanged.
    const QByteArray exported = exportedFile(db, RecordExporter::Entity::Actors);
    CHECK(QString::fromUtf8(exported).contains(QStringLiteral("2024|2023|2022;oui|oui|oui;8000|12345.50|;")));
    const TemporaryFile file(exported);
    TestDatabase target;
    REQUIRE(ActorImporter(target.connection()).run(file.path(), {}).errors.isEmpty());
    CHECK(exportedFile(target, RecordExporter::Entity::Actors) == exported);
    const ImportReport again = ActorImporter(db.connection()).run(file.path(), {});
    CHECK(again.updated == 0);
}

TEST_CASE("Actors: APD declarations that cannot be read are refused with their line and column, nothing "
          "written",
          "[import][actors][apd][refusal]")
{
    TestDatabase db;
    const TemporaryFile file("Nom;Type d'acteur;APD : années;APD : déclarée;APD : montants;"
                             "APD : dates de déclaration\n"
                             "Grenoble;Commune;2024;oui;1000;\n"
                             "Voiron;Commune;24;;;\n"
                             "Vienne;Commune;2024|2023;oui;;\n"
                             "Eau Vive;Association de solidarité internationale;2024;;;\n"
                             "Vizille;Commune;2024|2024;;;\n"
                             "Crolles;Commune;2024;peut-être;;\n"
                             "Meylan;Commune;2024;;beaucoup;\n"
                             "Seyssins;Commune;2024;non;500;\n"
                             "Eybens;Commune;;oui;;\n"
                             "Domène;Commune;2024;;;le 3 mars\n");
    const ImportReport report = ActorImporter(db.connection()).run(file.path(), {});
    const QStringList found = problemPlaces(report);
    INFO(found.join(QLatin1Char(',')).toStdString());
    CHECK(found.contains(QStringLiteral("3 APD : années")));
    CHECK(found.contains(QStringLiteral("4 APD : déclarée")));
    CHECK(problemsListed(report).contains(QStringLiteral(
        "4 APD : déclarée: values given: 1, ODA years: 2 — one per year, in the same order, or none")));
    CHECK(found.contains(QStringLiteral("5 APD : années")));
    CHECK(found.contains(QStringLiteral("6 APD : années")));
    CHECK(found.contains(QStringLiteral("7 APD : déclarée")));
    CHECK(found.contains(QStringLiteral("8 APD : montants")));
    CHECK(found.contains(QStringLiteral("9 APD : déclarée")));
    CHECK(found.contains(QStringLiteral("10 APD : années")));
    CHECK(found.contains(QStringLiteral("11 APD : dates de déclaration")));
    CHECK_FALSE(found.join(QLatin1Char(',')).contains(QLatin1String("2 ")));
    CHECK_FALSE(report.written);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM actor")).toInt() == 0);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM actor_apd_declaration")).toInt() == 0);
}

TEST_CASE(
    "Actors: the second pass writes the rows the first one read and checked, without reading them again",
    "[import][actors]")
{
    // Parsed once, as the other files are (issue 22). Shown by changing the file between the
    // passes: what is written is what was checked.
    TestDatabase db;
    const QByteArray rows = "Nom;Type d'acteur;Département\n"
                            "Comité de jumelage 1;comite_jumelage;38\n"
                            "Comité de jumelage 2;comite_jumelage;38\n"
                            "Comité de jumelage 3;comite_jumelage;38\n";
    ActorImporter importer(db.connection());
    const ImportReport report = importChangedBetweenPasses(importer, rows, {{"Comité", "Autre"}});
    CHECK(report.created == 3);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM actor WHERE name LIKE 'Comité de jumelage _'"))
              .toInt() == 3);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM actor WHERE name LIKE 'Autre%'")).toInt() == 0);
}

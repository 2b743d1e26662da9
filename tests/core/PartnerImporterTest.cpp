#include "support/ImportChecks.h"
#include "support/QtPrinting.h"
#include "support/TemporaryFile.h"
#include "support/TestDatabase.h"

#include "csv/PartnerImporter.h"
#include "csv/RecordExporter.h"
#include "demo/DemoGenerator.h"
#include "store/PartnerStore.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

TEST_CASE("Partners: an export imported into an empty database exports the same file", "[import][partners]")
{
    TestDatabase source;
    REQUIRE(DemoGenerator(source.connection(), 150).run().ok());
    const QByteArray exported = exportedFile(source, RecordExporter::Entity::Partners);
    const TemporaryFile file(exported);

    TestDatabase target;
    const ImportReport report = PartnerImporter(target.connection()).run(file.path(), {});
    INFO(problemPlaces(report).join(QLatin1Char(',')).toStdString());
    REQUIRE(report.errors.isEmpty());
    CHECK(report.created == source.scalar(QStringLiteral("SELECT count(*) FROM foreign_partner")).toInt());
    CHECK(exportedFile(target, RecordExporter::Entity::Partners) == exported);

    // Again, on either database: nothing to do.
    const ImportReport again = PartnerImporter(target.connection()).run(file.path(), {});
    CHECK(again.created + again.updated == 0);
    CHECK(again.unchanged == report.created);
}

TEST_CASE("Partners: rows without an id match by name and country, and keep what the file lacks",
          "[import][partners]")
{
    TestDatabase db;
    const TemporaryFile first("Nom;Pays;Région du partenaire;Latitude;Longitude;Notes\n"
                              "Kaya;Burkina Faso;Centre-Nord;13,09;-1,08;jumelée avec Grenoble\n");
    REQUIRE(PartnerImporter(db.connection()).run(first.path(), {}).created == 1);

    const TemporaryFile second("Name,Country,Partner area\nKAYA,BF,Centre Nord\n");
    const ImportReport report = PartnerImporter(db.connection()).run(second.path(), {});
    CHECK(report.updated == 1);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM foreign_partner")).toInt() == 1);
    CHECK(
        db.scalar(QStringLiteral("SELECT admin_area || '|' || latitude || '|' || notes FROM foreign_partner"))
            .toString() == QStringLiteral("Centre Nord|13.09|jumelée avec Grenoble"));
}

TEST_CASE("Partners: bad rows are named and nothing is written", "[import][partners][refusal]")
{
    TestDatabase db;
    const TemporaryFile file("Nom;Pays;Latitude;Type de partenaire;Vérifié le\n"
                             "Turin;Italie;45,07;;\n"
                             "Atlantis;Atlantide;;;\n"
                             "Kaya;BF;130;;\n"
                             ";Mali;;;\n"
                             "Ségou;Mali;nord;;\n"
                             "Thiès;Sénégal;;Vaisseau spatial;\n"
                             "Dori;BF;;;31/02/2020\n");
    const ImportReport report = PartnerImporter(db.connection()).run(file.path(), {});
    const QStringList found = problemPlaces(report);
    CHECK(found.contains(QStringLiteral("3 Pays")));
    CHECK(found.contains(QStringLiteral("4 Latitude")));
    CHECK(found.contains(QStringLiteral("5 Nom")));
    CHECK(found.contains(QStringLiteral("6 Latitude")));
    CHECK(found.contains(QStringLiteral("7 Type de partenaire")));
    CHECK(found.contains(QStringLiteral("8 Vérifié le")));
    CHECK(found.size() == 6);
    CHECK_FALSE(report.written);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM foreign_partner")).toInt() == 0);
}

TEST_CASE(
    "Partners: the first pass lists every row's problems with the store's own rules, each in one message",
    "[import][partners][refusal]")
{
    // A partner in France broke only the store's rule: the first pass saw nothing, and the second
    // stopped at the first such row; a name or a latitude had the importer's wording besides the
    // store's.
    TestDatabase db;
    const TemporaryFile file("Nom;Pays;Latitude\n"
                             "Lyon;France;\n"
                             "Turin;Italie;\n"
                             "Paris;France;95\n"
                             ";Mali;\n");
    const ImportReport report = PartnerImporter(db.connection()).run(file.path(), {});
    INFO(describeErrors(report).toStdString());
    CHECK_FALSE(report.written);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM foreign_partner")).toInt() == 0);

    const PartnerStore store(db.connection());
    ForeignPartner inFrance;
    inFrance.name = QStringLiteral("Lyon");
    inFrance.countryCode = QStringLiteral("FR");
    inFrance.latitude = 95;
    const ForeignPartner nameless;
    const QString notForeign = storeMessage(store, inFrance, "country");
    REQUIRE_FALSE(notForeign.isEmpty());
    const QStringList expected = {
        QStringLiteral("2 Pays: ") + notForeign,
        QStringLiteral("4 Pays: ") + notForeign,
        QStringLiteral("4 Latitude: ") + storeMessage(store, inFrance, "latitude"),
        QStringLiteral("5 Nom: ") + storeMessage(store, nameless, "partner"),
    };
    checkListedOnce(report, expected);
}

TEST_CASE("Partners: the second pass writes the rows the first one read and checked, without reading them "
          "again",
          "[import][partners]")
{
    // Parsed once, as the other files are (issue 22). Shown by changing the file between the
    // passes: what is written is what was checked.
    TestDatabase db;
    const QByteArray rows = "Nom;Pays\nPartenaire 1;Japon\nPartenaire 2;Japon\nPartenaire 3;Japon\n";
    PartnerImporter importer(db.connection());
    const ImportReport report = importChangedBetweenPasses(importer, rows, {{"Partenaire", "Autre"}});
    CHECK(report.created == 3);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM foreign_partner WHERE name LIKE 'Partenaire _'"))
              .toInt() == 3);
    CHECK(
        db.scalar(QStringLiteral("SELECT count(*) FROM foreign_partner WHERE name LIKE 'Autre%'")).toInt() ==
        0);
}

// What an import does with files that are wrong in ways a row-by-row check does not see: a
// column twice, cells beyond the header, another record's id, no records, NUL bytes, headers of
// megabytes (docs/csv.md, « Files the import refuses or warns about »).
#include "support/ImportChecks.h"
#include "support/QtPrinting.h"
#include "support/StoreFixture.h"
#include "support/TemporaryFile.h"

#include "csv/ActorImporter.h"
#include "csv/PartnerImporter.h"
#include "csv/PartnershipImporter.h"
#include "store/ActorStore.h"
#include "store/ProjectStore.h"

namespace {

ImportReport importPartnerships(const TestDatabase& db, const QByteArray& bytes)
{
    const TemporaryFile file(bytes);
    return PartnershipImporter(db.connection()).run(file.path(), {});
}

int count(const TestDatabase& db, const char* table)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)).toInt();
}

} // namespace

TEST_CASE("A column given twice is named with both places and the one read", "[import][columns]")
{
    TestDatabase db;
    const ImportReport twice =
        importPartnerships(db, "Nature;Acteur;Pays;Partenaire;Pays\nJumelage;Lyon;Italie;Turin;Allemagne\n");
    INFO(describeErrors(twice).toStdString());
    REQUIRE(twice.errors.isEmpty());
    REQUIRE(fileWarnings(twice).size() == 1);
    CHECK(fileWarnings(twice).first().endsWith(QStringLiteral(
        "the column \"Pays\" appears twice (columns 3 and 5): column 3 is read, column 5 ignored")));
    CHECK(db.scalar(QStringLiteral("SELECT country_code FROM foreign_partner")).toString() ==
          QStringLiteral("IT"));

    // Two headers for one field: both named.
    const ImportReport aliases = importPartnerships(
        db, "Nature;Acteur;Code INSEE;Pays;Partenaire;SIREN\nJumelage;Lyon;69123;Italie;Turin;\n");
    REQUIRE(fileWarnings(aliases).size() == 1);
    CHECK(fileWarnings(aliases).first().endsWith(
        QStringLiteral("the columns \"Code INSEE\" (column 3) and \"SIREN\" (column 6) give the same field: "
                       "column 3 is read, "
                       "column 6 ignored")));
    CHECK_FALSE(aliases.warnings.first().message.contains(QStringLiteral("unknown")));
}

TEST_CASE("Cells beyond the header are an error with their line and count; empty ones are not",
          "[import][columns]")
{
    TestDatabase db;
    const ImportReport shifted = importPartnerships(db, "Nature;Acteur;Pays;Partenaire\n"
                                                        "Jumelage;Lyon;Italie;Turin\n"
                                                        "Jumelage;Lyon; Villeurbanne;Allemagne;Essen\n");
    // The shifted cells make their own errors too (" Villeurbanne" is no country): all are listed.
    CHECK(problemPlaces(shifted) == QStringList{QStringLiteral("3 "), QStringLiteral("3 Pays")});
    // "1 cell" with the English translation loaded, "1 cell(s)" without.
    CHECK(shifted.errors.first().message.startsWith(
        QStringLiteral("the row has 5 cells and the header 4 columns; beyond the header, 1 cell")));
    CHECK(shifted.errors.first().message.endsWith(
        QStringLiteral("with a value (a delimiter inside a value that is not quoted?)")));
    CHECK_FALSE(shifted.written);
    CHECK(count(db, "partnership") == 0);

    const ImportReport trailing =
        importPartnerships(db, "Nature;Acteur;Pays;Partenaire\nJumelage;Lyon;Italie;Turin;;\n");
    INFO(describeErrors(trailing).toStdString());
    CHECK(trailing.errors.isEmpty());
    CHECK(trailing.written);
}

TEST_CASE("An id that is another kind of record's is refused, naming that kind", "[import][ids]")
{
    StoreFixture db;
    const qint64 lyon = db.addActor(QStringLiteral("Lyon"));
    const QString actorUuid = db.scalar(QStringLiteral("SELECT uuid FROM actor")).toString();
    db.addProject(QStringLiteral("Puits à Kaya"), lyon);
    const QString projectUuid = db.scalar(QStringLiteral("SELECT uuid FROM project")).toString();
    const QString partnerships = QString::number(count(db, "partnership"));

    const QByteArray header = "Identifiant;Nature;Acteur;Pays;Partenaire\n";
    const ImportReport report =
        importPartnerships(db, header + projectUuid.toUtf8() + ";Jumelage;Lyon;Italie;Turin\n" +
                                   actorUuid.toUtf8() + ";Jumelage;Lyon;Italie;Turin\n");
    CHECK(problemPlaces(report) ==
          QStringList{QStringLiteral("2 Identifiant"), QStringLiteral("3 Identifiant")});
    CHECK(report.errors.at(0).message ==
          QStringLiteral("this id is a project's: a row cannot take another record's id"));
    CHECK(report.errors.at(1).message ==
          QStringLiteral("this id is an actor's: a row cannot take another record's id"));
    CHECK(QString::number(count(db, "partnership")) == partnerships);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM partnership WHERE uuid IN ('%1', '%2')")
                        .arg(projectUuid, actorUuid))
              .toInt() == 0);

    // A partner file with an actor's id, likewise; the record's own id still updates it.
    const TemporaryFile partners("Identifiant;Nom;Pays\n" + actorUuid.toUtf8() + ";Turin;Italie\n");
    const ImportReport partner = PartnerImporter(db.connection()).run(partners.path(), {});
    CHECK(problemPlaces(partner) == QStringList{QStringLiteral("2 Identifiant")});
    const TemporaryFile actors("Identifiant;Nom;Type d'acteur\n" + actorUuid.toUtf8() + ";Lyon;Commune\n");
    const ImportReport actor = ActorImporter(db.connection()).run(actors.path(), {});
    INFO(describeErrors(actor).toStdString());
    CHECK(actor.errors.isEmpty());
}

TEST_CASE("A file with a header and no records writes nothing, not even a batch", "[import]")
{
    TestDatabase db;
    const ImportReport report = importPartnerships(db, "Nature;Acteur;Pays;Partenaire\r\n\r\n");
    CHECK(report.errors.isEmpty());
    CHECK_FALSE(report.written);
    CHECK(report.rows == 0);
    REQUIRE(report.warnings.size() == 1);
    CHECK(report.warnings.first().message.endsWith(
        QStringLiteral("no records after the header; nothing was written")));
    CHECK(count(db, "import_batch") == 0);
}

TEST_CASE("A NUL byte stops the import at its line and column", "[import]")
{
    TestDatabase db;
    const ImportReport report = importPartnerships(
        db,
        QByteArray(
            "Nature;Acteur;Pays;Partenaire\nJumelage;Lyon;Italie;Turin\nJumelage;Ann\0e;Italie;Turin\n", 85));
    CHECK(problemPlaces(report) == QStringList{QStringLiteral("3 Acteur")});
    CHECK(report.errors.first().message.contains(QStringLiteral("NUL character")));
    CHECK(count(db, "actor") == 0);
}

TEST_CASE("Messages quote the start of a long header or value, not all of it", "[import]")
{
    TestDatabase db;
    const QByteArray longHeader(2'000'000, 'H');
    const QByteArray longValue(1'000'000, 'N');
    const ImportReport report =
        importPartnerships(db, "Nature;Acteur;Pays;Partenaire;Date de signature;" + longHeader + "\n" +
                                   longValue + ";Lyon;" + longValue + ";Turin;" + longValue + ";x\n");
    REQUIRE(fileWarnings(report).size() == 1);
    CHECK(fileWarnings(report).first().size() < 200);
    CHECK(fileWarnings(report).first().contains(QString(60, QLatin1Char('H')) + QChar(0x2026)));
    REQUIRE(report.errors.size() == 3); // the nature, the country, the date
    for (const ImportProblem& problem : report.errors) {
        INFO(problem.message.left(300).toStdString());
        CHECK(problem.message.size() < 500);
        CHECK(problem.message.contains(QString(60, QLatin1Char('N')) + QChar(0x2026)));
    }
}

#include "support/ImportChecks.h"
#include "support/QtPrinting.h"
#include "support/StatementCounter.h"
#include "support/TemporaryFile.h"
#include "support/TestDatabase.h"

#include "csv/PartnershipImporter.h"
#include "csv/RecordExporter.h"
#include "database/SqlEngine.h"
#include "demo/DemoGenerator.h"
#include "search/SearchIndex.h"
#include "store/ChangeLog.h"
#include "store/PartnershipStore.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <limits>

namespace {

const QByteArray kHeader = "Nature;Acteur;Code INSEE/SIREN;Pays;Partenaire;Date de signature;Thématiques\n";

QByteArray partnershipRows(int count)
{
    QByteArray rows = kHeader;
    for (int i = 1; i <= count; ++i)
        rows += "Jumelage;Lyon;69123;Burkina Faso;Partenaire " + QByteArray::number(i) + ";" +
                QByteArray::number(1950 + i % 70) + ";Santé\n";
    return rows;
}

ImportReport importFile(const TestDatabase& db, const QString& path,
                        PartnershipImporter::Options options = {})
{
    return PartnershipImporter(db.connection()).run(path, options);
}

// The first column of `ordered`'s rows, in order, joined by `separator` (the engine's aggregate).
QString joined(const TestDatabase& db, const QString& ordered, const QString& separator)
{
    const QString value = QStringLiteral("CAST(t.%1 AS TEXT)").arg(ordered.section(QLatin1Char(' '), 1, 1));
    return db
        .scalar(QStringLiteral("SELECT %1 FROM (%2) AS t")
                    .arg(SqlEngine::of(db.connection()).aggregateList(value, separator), ordered))
        .toString();
}

int count(const TestDatabase& db, const char* table)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)).toInt();
}

} // namespace

TEST_CASE("Importing partnerships creates them, with their actors and partners matched or created",
          "[import]")
{
    TestDatabase db;
    const TemporaryFile file(kHeader +
                             "Jumelage;Lyon;69123;Burkina Faso;Ouagadougou;12/05/1998;Santé|culture_sport\n"
                             "Coopération décentralisée;Lyon;69123;BF;Bobo-Dioulasso;2004;\n");
    const ImportReport report = importFile(db, file.path());
    INFO(describeErrors(report).toStdString());
    REQUIRE(report.errors.isEmpty());
    CHECK(report.written);
    CHECK(report.rows == 2);
    CHECK(report.created == 2);
    CHECK(count(db, "partnership") == 2);
    CHECK(count(db, "actor") == 1); // Lyon twice is one actor
    CHECK(count(db, "foreign_partner") == 2);
    CHECK(db.scalar(QStringLiteral("SELECT insee_code FROM actor")).toString() == QLatin1String("69123"));
    CHECK(joined(db, QStringLiteral("SELECT country_code FROM foreign_partner ORDER BY id"),
                 QStringLiteral(",")) == QLatin1String("BF,BF"));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM partnership_theme")).toInt() == 2);
    CHECK(db.scalar(QStringLiteral("SELECT signed_on FROM partnership WHERE kind_code = 'jumelage'"))
              .toString() == QLatin1String("1998-05-12"));
    // The batch remembers which line made which record, so that it can be found or undone.
    CHECK(count(db, "import_batch") == 1);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM import_row WHERE entity = 'partnership'")).toInt() ==
          2);
    CHECK(db.scalar(QStringLiteral("SELECT length(file_sha256) || ' ' || rows_total || ' ' || rows_created "
                                   "|| ' ' || file_name || ' ' || entity FROM import_batch"))
              .toString() == QLatin1String("64 2 2 import.csv partnerships"));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE batch_id IS NULL")).toInt() == 0);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM import_row WHERE entity = 'actor'")).toInt() == 1);
}

TEST_CASE("The same file imported twice changes nothing the second time", "[import]")
{
    TestDatabase db;
    const TemporaryFile file(partnershipRows(50));
    REQUIRE(importFile(db, file.path()).created == 50);
    const QByteArray before = exportedFile(db, RecordExporter::Entity::Partnerships);
    const int historyBefore = count(db, "change_log");

    const ImportReport again = importFile(db, file.path());
    INFO(describeErrors(again).toStdString());
    CHECK(again.errors.isEmpty());
    CHECK(again.created == 0);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == 50);
    CHECK(count(db, "partnership") == 50);
    CHECK(count(db, "foreign_partner") == 50);
    CHECK(count(db, "change_log") == historyBefore);
    CHECK(exportedFile(db, RecordExporter::Entity::Partnerships) == before);
}

TEST_CASE("An export imported into an empty database exports the same file again", "[import][roundtrip]")
{
    TestDatabase source;
    REQUIRE(DemoGenerator(source.connection(), 120).run().ok());
    const QByteArray exported = exportedFile(source, RecordExporter::Entity::Partnerships);
    const TemporaryFile file(exported);

    TestDatabase target;
    const ImportReport report = importFile(target, file.path());
    INFO(describeErrors(report).toStdString());
    REQUIRE(report.errors.isEmpty());
    CHECK(report.created == 120);
    checkSameLines(exportedFile(target, RecordExporter::Entity::Partnerships), exported);

    // Re-importing the export onto the records it came from updates nothing.
    const ImportReport onSource = importFile(source, file.path());
    CHECK(onSource.unchanged == 120);
    CHECK(onSource.created + onSource.updated == 0);
}

TEST_CASE("One bad row among 10,000 writes nothing and names its line and column", "[import][refusal]")
{
    TestDatabase db;
    QByteArray bytes = partnershipRows(10000);
    // Line 7,501 of the file (7,500th record): a country no one knows.
    QList<QByteArray> lines = bytes.split('\n');
    lines[7500].replace("Burkina Faso", "Atlantide");
    bytes = lines.join('\n');
    const TemporaryFile file(bytes);
    const QByteArray databaseBefore = fileBytes(db.path());

    const ImportReport report = importFile(db, file.path());
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors.first().line == 7501);
    CHECK(report.errors.first().column == QLatin1String("Pays"));
    CHECK(report.describe(report.errors.first()).contains(QLatin1String(":7501: Pays:")));
    CHECK(report.errors.first().message.contains(QLatin1String("Atlantide")));
    CHECK_FALSE(report.written);
    CHECK(count(db, "partnership") == 0);
    CHECK(count(db, "actor") == 0);
    CHECK(count(db, "import_batch") == 0);
    db.database().close();
    CHECK(fileBytes(db.path()) == databaseBefore);
}

TEST_CASE("Rows with impossible values are each named, and nothing is written", "[import][refusal]")
{
    TestDatabase db;
    const TemporaryFile file(kHeader + "Jumelage;Lyon;69123;Burkina Faso;Ouagadougou;30/02/1998;\n"
                                       "Amitié éternelle;Lyon;69123;Burkina Faso;Ouagadougou;1998;\n"
                                       "Jumelage;Lyon;99999;Burkina Faso;Ouagadougou;1998;\n"
                                       "Jumelage;Lyon;69123;Burkina Faso;Ouagadougou;1998;Astrologie\n"
                                       "Jumelage;;;Burkina Faso;Ouagadougou;1998;\n");
    const ImportReport report = importFile(db, file.path());
    const QStringList places = problemPlaces(report);
    CHECK(places.contains(QLatin1String("2 Date de signature")));
    CHECK(places.contains(QLatin1String("3 Nature")));
    CHECK(places.contains(QLatin1String("4 Code INSEE/SIREN")));
    CHECK(places.contains(QStringLiteral("5 Thématiques")));
    CHECK(places.contains(QLatin1String("6 Acteur")));
    // The impossible date is an error; it is not also warned of as a date left empty.
    INFO(report.warningLines().join(QLatin1Char('\n')).toStdString());
    CHECK(report.warningLines().filter(QStringLiteral("no signature date")).isEmpty());
    CHECK_FALSE(report.written);
    CHECK(count(db, "partnership") == 0);
}

TEST_CASE("Headers are matched in French or English, whatever their case and accents", "[import][columns]")
{
    TestDatabase db;
    SECTION("English headers, comma-separated")
    {
        const TemporaryFile file("Kind,Actor,Actor code,Country,Partner,Signed on\n"
                                 "Twinning,Lyon,69123,Germany,Frankfurt am Main,1960\n");
        const ImportReport report = importFile(db, file.path());
        INFO(describeErrors(report).toStdString());
        CHECK(report.created == 1);
        CHECK(report.delimiter == QLatin1String("comma"));
    }
    SECTION("Upper case without accents, Windows-1252 file")
    {
        const TemporaryFile file(
            QStringLiteral("NATURE;ACTEUR;DEPARTEMENT;PAYS;PARTENAIRE;THEMATIQUES\n"
                           "Jumelage;Comité de jumelage de Vénissieux;69;Sénégal;Thiès;Santé\n")
                .toLatin1());
        const ImportReport report = importFile(db, file.path());
        INFO(describeErrors(report).toStdString());
        CHECK(report.created == 1);
        CHECK(report.encoding == QLatin1String("windows-1252"));
        CHECK(db.scalar(QStringLiteral("SELECT name FROM actor")).toString() ==
              QStringLiteral("Comité de jumelage de Vénissieux"));
        CHECK(db.scalar(QStringLiteral("SELECT country_code FROM foreign_partner")).toString() ==
              QLatin1String("SN"));
    }
    SECTION("Unknown columns are reported as warnings and ignored")
    {
        const TemporaryFile file("Nature;Acteur;Pays;Partenaire;Couleur préférée\n"
                                 "Jumelage;Lyon;Italie;Turin;bleu\n");
        const ImportReport report = importFile(db, file.path());
        CHECK(report.created == 1);
        REQUIRE(fileWarnings(report).size() == 1);
        CHECK(fileWarnings(report).first().contains(QStringLiteral("Couleur préférée")));
    }
    SECTION("Headers that survey files use are recognised too")
    {
        const TemporaryFile file("Type de partenariat;Collectivité;Code INSEE;Pays;Ville jumelle\n"
                                 "Jumelage;Ville de Lyon;69123;Italie;Turin\n");
        const ImportReport report = importFile(db, file.path());
        INFO(describeErrors(report).toStdString());
        CHECK(report.created == 1);
        CHECK(fileWarnings(report).isEmpty());
        CHECK(db.scalar(QStringLiteral("SELECT insee_code FROM actor")).toString() == QLatin1String("69123"));
    }
    SECTION("A required column that is missing is named")
    {
        const TemporaryFile file("Nature;Acteur;Partenaire\nJumelage;Lyon;Turin\n");
        const ImportReport report = importFile(db, file.path());
        REQUIRE_FALSE(report.errors.isEmpty());
        CHECK(report.errors.first().column == QLatin1String("Pays"));
        CHECK(count(db, "partnership") == 0);
    }
}

TEST_CASE("Natures, statuses and themes are read as advisers write them", "[import][vocabularies]")
{
    TestDatabase db;
    // « Pacte d'amitié » is the design's own example of a nature; « Culture » and « Eau » are
    // what surveys write for two themes whose labels list more.
    const TemporaryFile file("Nature;Statut;Acteur;Pays;Partenaire;Thématiques\n"
                             "Pacte d’amitié;Échu;Lyon;Arménie;Erevan;Culture|Eau\n");
    const ImportReport report = importFile(db, file.path());
    INFO(describeErrors(report).toStdString());
    REQUIRE(report.created == 1);
    CHECK(db.scalar(QStringLiteral("SELECT kind_code || ' ' || status_code FROM partnership")).toString() ==
          QStringLiteral("pacte_charte_amitie termine"));
    CHECK(joined(db, QStringLiteral("SELECT theme_code FROM partnership_theme ORDER BY theme_code"),
                 QStringLiteral(" ")) == QStringLiteral("culture_sport eau_assainissement"));

    // A word that several natures hold is no nature, but its message names them.
    const TemporaryFile ambiguous("Nature;Acteur;Pays;Partenaire\nCoopération;Lyon;Arménie;Erevan\n");
    const ImportReport refused = importFile(db, ambiguous.path());
    REQUIRE(refused.errors.size() == 1);
    CHECK(refused.errors.first().message.contains(QStringLiteral("perhaps: Coopération décentralisée")));
}

TEST_CASE("A mapping names the columns of a file whose headers are the user's own", "[import][columns]")
{
    TestDatabase db;
    const TemporaryFile file("Lien;Qui;Nation;Avec qui;Description\n"
                             "Jumelage;Lyon;Italie;Turin;à ne pas importer\n");
    PartnershipImporter::Options options;
    options.mapping = {{QStringLiteral("Lien"), QStringLiteral("kind")},
                       {QStringLiteral("Qui"), QStringLiteral("actor")},
                       {QStringLiteral("Nation"), QStringLiteral("country")},
                       {QStringLiteral("Avec qui"), QStringLiteral("partner")},
                       {QStringLiteral("Description"), QString()}}; // left out, without a warning
    const ImportReport report = importFile(db, file.path(), options);
    INFO(describeErrors(report).toStdString());
    CHECK(report.created == 1);
    CHECK(fileWarnings(report).isEmpty());
    CHECK(
        db.scalar(QStringLiteral("SELECT coalesce(description, '') FROM partnership")).toString().isEmpty());
    CHECK(db.scalar(QStringLiteral("SELECT name FROM foreign_partner")).toString() == QLatin1String("Turin"));
}

TEST_CASE("A dry run checks and counts everything but writes nothing", "[import]")
{
    TestDatabase db;
    const TemporaryFile file(partnershipRows(20));
    PartnershipImporter::Options options;
    options.dryRun = true;
    const ImportReport report = importFile(db, file.path(), options);
    CHECK(report.errors.isEmpty());
    CHECK(report.created == 20);
    CHECK_FALSE(report.written);
    CHECK(count(db, "partnership") == 0);
    CHECK(count(db, "actor") == 0);
    CHECK(count(db, "import_batch") == 0);
}

TEST_CASE("A cancelled import writes nothing", "[import]")
{
    TestDatabase db;
    // Progress is reported every 1,000 rows read; the first report cancels.
    const TemporaryFile file(partnershipRows(2500));
    const ImportReport report =
        PartnershipImporter(db.connection()).run(file.path(), {}, [](int) { return false; });
    CHECK_FALSE(report.written);
    CHECK_FALSE(report.errors.isEmpty());
    CHECK(count(db, "partnership") == 0);

    // Cancelled once every row is written, before the search index of the new records.
    QList<int> seen;
    const ImportReport late = PartnershipImporter(db.connection()).run(file.path(), {}, [&seen](int percent) {
        seen << percent;
        return percent < 90;
    });
    CHECK_FALSE(late.written);
    CHECK(late.errors.size() == 1);
    CHECK(seen.last() == 90);
    CHECK(std::is_sorted(seen.cbegin(), seen.cend()));
    CHECK(count(db, "partnership") == 0);
    CHECK(count(db, "actor") == 0);
    CHECK(count(db, "search_index") == 0);
    CHECK(count(db, "import_batch") == 0);

    // Not cancelled, the import ends at 100.
    seen.clear();
    REQUIRE(PartnershipImporter(db.connection())
                .run(file.path(), {},
                     [&seen](int percent) {
                         seen << percent;
                         return true;
                     })
                .written);
    CHECK(seen.last() == 100);
    CHECK(count(db, "partnership") == 2500);
}

TEST_CASE("Files that cannot be read are refused with their reason", "[import][refusal]")
{
    TestDatabase db;
    SECTION("missing file")
    {
        const ImportReport report = importFile(db, QStringLiteral("/nonexistent/nothing.csv"));
        REQUIRE(report.errors.size() == 1);
        CHECK_FALSE(report.written);
    }
    SECTION("empty file")
    {
        const TemporaryFile file("");
        const ImportReport report = importFile(db, file.path());
        REQUIRE(report.errors.size() == 1);
        CHECK(report.errors.first().message.contains(QLatin1String("empty")));
    }
    SECTION("unterminated quote")
    {
        const TemporaryFile file(kHeader + "Jumelage;\"Lyon;69123;Italie;Turin;1998;\n");
        const ImportReport report = importFile(db, file.path());
        REQUIRE_FALSE(report.errors.isEmpty());
        CHECK(report.errors.first().line == 2);
    }
    CHECK(count(db, "partnership") == 0);
}

TEST_CASE("The code of a merged commune gives the commune of today", "[import]")
{
    TestDatabase db;
    const QString current =
        db.scalar(QStringLiteral("SELECT current_code FROM ref_commune_former WHERE code = '01003'"))
            .toString();
    REQUIRE_FALSE(current.isEmpty());
    const TemporaryFile file(kHeader + "Jumelage;Commune nouvelle;01003;Italie;Turin;1998;\n");
    const ImportReport report = importFile(db, file.path());
    INFO(describeErrors(report).toStdString());
    REQUIRE(report.created == 1);
    CHECK(db.scalar(QStringLiteral("SELECT insee_code FROM actor")).toString() == current);
    CHECK(db.scalar(QStringLiteral("SELECT departement_code FROM actor")).toString() == QLatin1String("01"));
}

TEST_CASE("A record created by an import has its file and line as history; an import that changes it, "
          "one entry per field naming its file and line",
          "[import][history]")
{
    TestDatabase db;
    const TemporaryFile created(kHeader + "Jumelage;Lyon;69123;Burkina Faso;Ouagadougou;12/05/1998;Santé\n");
    REQUIRE(importFile(db, created.path()).errors.isEmpty());
    const qint64 id = db.scalar(QStringLiteral("SELECT id FROM partnership")).toLongLong();
    const QString uuid = db.scalar(QStringLiteral("SELECT uuid FROM partnership")).toString();
    // One history entry for the whole record, not one per field.
    CHECK(count(db, "change_log") == 0);
    QList<ChangeEntry> history = ChangeLog(db.connection()).forRecord(QStringLiteral("partnership"), id);
    REQUIRE(history.size() == 1);
    CHECK(history.first().action == QLatin1String("create"));
    CHECK(history.first().importFile == QLatin1String("import.csv"));
    CHECK(history.first().importLine == 2);
    CHECK_FALSE(history.first().userName.isEmpty());
    CHECK_FALSE(history.first().changedAt.isEmpty());
    const QList<ChangeEntry> actorHistory =
        ChangeLog(db.connection())
            .forRecord(QStringLiteral("actor"),
                       db.scalar(QStringLiteral("SELECT id FROM actor")).toLongLong());
    REQUIRE(actorHistory.size() == 1);
    CHECK(actorHistory.first().importLine == 2);

    const TemporaryFile changed("Identifiant;" + kHeader + uuid.toUtf8() +
                                ";Jumelage;Lyon;69123;Burkina Faso;Ouagadougou;1999;Santé\n");
    const ImportReport report = importFile(db, changed.path());
    REQUIRE(report.errors.isEmpty());
    CHECK(report.updated == 1);
    history = ChangeLog(db.connection()).forRecord(QStringLiteral("partnership"), id);
    REQUIRE(history.size() == 2);
    CHECK(history.first().importLine == 2); // the creation comes first
    CHECK(history.last().action == QLatin1String("update"));
    CHECK(history.last().field == QLatin1String("signed_on"));
    CHECK(history.last().oldValue == QLatin1String("1998-05-12"));
    CHECK(history.last().newValue == QLatin1String("1999"));
    // The change names the import that made it: its file and line.
    CHECK(history.last().importFile == QLatin1String("import.csv"));
    CHECK(history.last().importLine == 2);
}

TEST_CASE("Records created by an import are found by search", "[import][search][sqlite]")
{
    TestDatabase db;
    const TemporaryFile file(kHeader + "Jumelage;Lyon;69123;Burkina Faso;Ouagadougou;1998;Santé\n"
                                       "Jumelage;Lyon;69123;Mali;Ségou;2001;Éducation, formation\n");
    REQUIRE(importFile(db, file.path()).errors.isEmpty());
    const auto found = [&](const char* typed, const char* table) {
        return db
            .scalar(QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH '%1' AND "
                                   "rowid % 8 = %2")
                        .arg(SearchIndex::matchExpression(QString::fromUtf8(typed)))
                        .arg(SearchIndex::entityNumber(QString::fromLatin1(table))))
            .toInt();
    };
    CHECK(found("segou", "foreign_partner") == 1);
    CHECK(found("ouaga", "foreign_partner") == 1);
    CHECK(found("lyon", "actor") == 1);
    CHECK(found("sante", "partnership") == 1);
    CHECK(found("education", "partnership") == 1);
    CHECK(found("jumelage", "partnership") == 2);
    // Every record has its entry once.
    CHECK(count(db, "search_index") ==
          count(db, "partnership") + count(db, "actor") + count(db, "foreign_partner"));
}

TEST_CASE("An actor is matched by name within its département through one index",
          "[import][matching][sqlite]")
{
    // With an index on the name and another on the département, SQLite read every actor of the
    // département for each name, and an import slowed down as the database grew.
    TestDatabase db;
    QSqlQuery plan(db.connection());
    REQUIRE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM actor WHERE name_normalized = 'lyon' "
                                     "AND departement_code = '69D'")));
    QStringList steps;
    while (plan.next())
        steps << plan.value(3).toString();
    INFO(steps.join(QLatin1Char('\n')).toStdString());
    CHECK(steps.join(QLatin1Char(' ')).contains(QLatin1String("(name_normalized=? AND departement_code=?)")));
}

TEST_CASE("A row without an identifier is the partnership of the same nature, actors and partners",
          "[import][matching]")
{
    TestDatabase db;
    const TemporaryFile file("Nature;Acteur;Code INSEE/SIREN;Pays;Partenaire;Titre\n"
                             "Jumelage;Lyon;69123;Burkina Faso;Ouagadougou;first\n"
                             "Jumelage;Lyon|Villeurbanne;69123|69266;Burkina Faso;Ouagadougou;two actors\n"
                             "Coopération décentralisée;Lyon;69123;Burkina Faso;Ouagadougou;another nature\n"
                             "Jumelage;Lyon;69123;Burkina Faso;Ouagadougou|Bobo-Dioulasso;two partners\n"
                             "Jumelage;Lyon;69123;Burkina Faso;Ouagadougou;first again\n");
    const ImportReport report = importFile(db, file.path());
    INFO(describeErrors(report).toStdString());
    REQUIRE(report.errors.isEmpty());
    CHECK(report.created == 4);
    CHECK(report.updated == 1);
    CHECK(count(db, "partnership") == 4);
    CHECK(joined(db, QStringLiteral("SELECT title FROM partnership ORDER BY id"), QStringLiteral("|")) ==
          QLatin1String("first again|two actors|another nature|two partners"));
}

TEST_CASE("A large export reads actors and partners whole, and writes the same file as batch by batch",
          "[import][roundtrip][export][sqlite]")
{
    TestDatabase db;
    REQUIRE(DemoGenerator(db.connection(), 300).run().ok());
    // A partner without country label, and an actor without code nor type, are written alike.
    QSqlQuery query(db.connection());
    REQUIRE(
        query.exec(QStringLiteral("UPDATE actor SET insee_code = NULL, siren = NULL, actor_type_code = NULL "
                                  "WHERE id = (SELECT min(actor_id) FROM partnership_actor)")));
    // Names of every length: one whose length takes two bytes to keep, one longer than a block.
    REQUIRE(query.exec(QString::fromUtf8("UPDATE actor SET name = replace(hex(zeroblob(150)), '00', 'é') "
                                         "WHERE id = (SELECT max(actor_id) FROM partnership_actor)")));
    REQUIRE(query.exec(
        QString::fromUtf8("UPDATE foreign_partner SET name = replace(hex(zeroblob(600000)), '00', 'ñ') "
                          "WHERE id = (SELECT max(partner_id) FROM partnership_partner)")));
    for (const auto entity : {RecordExporter::Entity::Partnerships, RecordExporter::Entity::Projects}) {
        const auto written = [&](int wholeFrom, RecordExporter::Options::Format format) {
            RecordExporter exporter(db.connection(), entity);
            exporter.setWholeReadFrom(wholeFrom);
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            RecordExporter::Options options;
            options.format = format;
            REQUIRE(exporter.write(&buffer, options).ok());
            return buffer.data();
        };
        // Both CSV dialects: a workbook carries the second it was made, so two of them can differ.
        for (const auto format :
             {RecordExporter::Options::Format::Excel, RecordExporter::Options::Format::Csv}) {
            const QByteArray batchByBatch = written(std::numeric_limits<int>::max(), format);
            CHECK(batchByBatch.size() > 10000);
            CHECK(written(0, format) == batchByBatch);
        }
    }
}

namespace {

// A device that takes `room` bytes, then refuses: a disk that fills up during an export.
class FillingDevice : public QIODevice
{
public:
    explicit FillingDevice(qint64 room)
        : m_room(room)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 size) override
    {
        if (size > m_room)
            return -1;
        m_room -= size;
        return size;
    }

private:
    qint64 m_room;
};

} // namespace

TEST_CASE("A large export stops when cancelled, or when the file cannot take more", "[import][export]")
{
    TestDatabase db;
    REQUIRE(DemoGenerator(db.connection(), 3000).run().ok());
    RecordExporter exporter(db.connection(), RecordExporter::Entity::Partnerships);
    exporter.setWholeReadFrom(0); // the records read on one thread, written on another
    RecordExporter::Options options;

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int calls = 0;
    const Result<int> cancelled = exporter.write(&buffer, options, [&](int done, int total) {
        CHECK(done <= total);
        return ++calls < 2;
    });
    CHECK_FALSE(cancelled.ok());
    CHECK(cancelled.message() == QStringLiteral("Cancelled."));
    CHECK(calls == 2);

    FillingDevice full(200000); // the header and a few batches
    const Result<int> refused = exporter.write(&full, options);
    CHECK_FALSE(refused.ok());
    CHECK(refused.message().startsWith(QStringLiteral("The file could not be written")));

    QBuffer whole;
    whole.open(QIODevice::WriteOnly);
    const Result<int> written = exporter.write(&whole, options);
    REQUIRE(written.ok());
    CHECK(written.value() == 3000);
    CHECK(whole.data().count("\r\n") == 3001);
}

TEST_CASE("An export shows one state of the database while another program writes",
          "[import][export][sqlite]")
{
    // The records are read batch by batch; a change committed by another program in between
    // showed in the batches read after it, and not in those before.
    for (const int wholeFrom : {0, std::numeric_limits<int>::max()}) {
        TestDatabase db;
        REQUIRE(DemoGenerator(db.connection(), 1200).run().ok());
        RecordExporter exporter(db.connection(), RecordExporter::Entity::Partnerships);
        exporter.setWholeReadFrom(wholeFrom);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        bool changed = false;
        const Result<int> written = exporter.write(&buffer, {}, [&](int, int) {
            if (!changed)
                runSql(db.path(), {QStringLiteral("UPDATE partnership SET title = 'Changed meanwhile'"),
                                   QStringLiteral("UPDATE actor SET name = 'Renamed meanwhile'")});
            changed = true;
            return true;
        });
        REQUIRE(written.ok());
        CHECK(written.value() == 1200);
        CHECK_FALSE(buffer.data().contains("meanwhile"));
        CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM partnership WHERE title = 'Changed meanwhile'"))
                  .toInt() == 1200); // the change was committed during the export
    }
}

TEST_CASE("A record created and then changed by the same file is indexed for search once",
          "[import][search][sqlite]")
{
    // The second row names the same partnership (same nature, actor and partner, no id) with
    // another date: it updates the record the first row created, before the import indexes the
    // records it created.
    TestDatabase db;
    const TemporaryFile file(kHeader + "Jumelage;Lyon;69123;Burkina Faso;Ouagadougou;1998;Santé\n"
                                       "Jumelage;Lyon;69123;Burkina Faso;Ouagadougou;1999;Santé\n");
    const ImportReport report = importFile(db, file.path());
    INFO(describeErrors(report).toStdString());
    REQUIRE(report.errors.isEmpty());
    CHECK(report.created == 1);
    CHECK(report.updated == 1);
    CHECK(db.scalar(QStringLiteral("SELECT signed_on FROM partnership")).toString() == QLatin1String("1999"));
    CHECK(count(db, "search_index") ==
          count(db, "partnership") + count(db, "actor") + count(db, "foreign_partner"));
    CHECK(
        db.scalar(QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH 'ouagadougou'"))
            .toInt() == 1);
}

TEST_CASE("Matching a row without an identifier costs the same however many partnerships its actor has",
          "[import][matching][sqlite]")
{
    // A survey names a few actors on every row: the partnership a row names was looked for among
    // every partnership of its first actor, and each row cost more than the one before. The work
    // SQLite does (its virtual machine's steps, not a time) for 500 rows near the end of the file
    // must be that of 500 rows near its start.
    TestDatabase db;
    QByteArray rows = "Nature;Acteur;Département;Partenaire;Pays\n";
    constexpr int kRows = 6000;
    for (int i = 0; i < kRows; ++i)
        rows += "Jumelage;Commune " + QByteArray::number(i % 16) + ";69;Ville " + QByteArray::number(i) +
                ";Burkina Faso\n";
    const TemporaryFile file(rows);
    PartnershipImporter importer(db.connection());
    const QList<quint64> steps = writingStepsPer500Rows(db, importer, file.path(), kRows);
    CHECK(count(db, "partnership") == kRows);
    checkSameCostLateAsEarly(steps);
}

TEST_CASE("A row finds its partnership after an earlier row of the file changed another one",
          "[import][matching]")
{
    // The keys in memory are read at the first row without an identifier; a record the import
    // changes afterwards keeps its old key there, which must lead to the database's answer.
    TestDatabase db;
    const TemporaryFile first("Identifiant;Nature;Acteur;Code INSEE/SIREN;Pays;Partenaire;Titre\n"
                              ";Jumelage;Lyon;69123;Burkina Faso;Ouagadougou;one\n"
                              ";Jumelage;Lyon;69123;Mali;Ségou;two\n"
                              "0191f0b4-7a61-7c2e-9a52-3d5b7f4e1a01;Jumelage;Lyon;69123;Burkina Faso;"
                              "Ouagadougou;copy of one\n");
    REQUIRE(importFile(db, first.path()).errors.isEmpty());
    REQUIRE(count(db, "partnership") == 3);
    const QString one =
        db.scalar(QStringLiteral("SELECT uuid FROM partnership WHERE title = 'one'")).toString();
    const TemporaryFile second("Identifiant;Nature;Acteur;Code INSEE/SIREN;Pays;Partenaire;Titre\n"
                               ";Jumelage;Lyon;69123;Mali;Ségou;two again\n" +
                               one.toUtf8() +
                               ";Jumelage;Lyon;69123;Mali;Ségou;one moved\n"
                               ";Jumelage;Lyon;69123;Burkina Faso;Ouagadougou;copy again\n");
    const ImportReport report = importFile(db, second.path());
    INFO(describeErrors(report).toStdString());
    REQUIRE(report.errors.isEmpty());
    CHECK(report.created == 0);
    CHECK(report.updated == 3);
    CHECK(joined(db, QStringLiteral("SELECT title FROM partnership ORDER BY id"), QStringLiteral("|")) ==
          QLatin1String("one moved|two again|copy again"));
}

TEST_CASE("The first pass lists every row's problems with the store's own rules, each in one message",
          "[import][refusal]")
{
    // The importer checked a nature, the order of the dates and the actors and partners with its
    // own wording, and the store again with its own: the same rule read two ways, and a problem
    // only the store saw surfaced in the second pass, at the first row only.
    TestDatabase db;
    const TemporaryFile file("Nature;Acteur;Pays;Partenaire;Date de signature;Date de fin\n"
                             "Jumelage;Lyon;Burkina Faso;Ouagadougou;2001;1999\n"
                             ";Lyon;Burkina Faso;Ouagadougou;2001;\n"
                             "Jumelage;;Burkina Faso;Ouagadougou;2001;\n"
                             "Jumelage;Lyon;;;2001;1999\n");
    const ImportReport report = importFile(db, file.path());
    INFO(describeErrors(report).toStdString());
    CHECK_FALSE(report.written);
    CHECK(count(db, "partnership") == 0);
    CHECK(count(db, "actor") == 0);

    // The messages the store gives the editor for the same records.
    const PartnershipStore store(db.connection());
    Partnership complete;
    complete.kindCode = QStringLiteral("jumelage");
    complete.signedOn = *PartialDate::parse(QStringLiteral("2001"));
    complete.endedOn = *PartialDate::parse(QStringLiteral("1999"));
    const Partnership empty;
    const QString endBeforeSignature = storeMessage(store, complete, "ended_on");
    const QString noNature = storeMessage(store, empty, "kind");
    const QString noActor = storeMessage(store, empty, "actor");
    const QString noPartner = storeMessage(store, empty, "partner");
    REQUIRE_FALSE(endBeforeSignature.isEmpty());

    const QStringList expected = {
        QStringLiteral("2 Date de fin: ") + endBeforeSignature,
        QStringLiteral("3 Nature: ") + noNature,
        QStringLiteral("4 Acteur: ") + noActor,
        QStringLiteral("5 Partenaire: ") + noPartner,
        QStringLiteral("5 Date de fin: ") + endBeforeSignature,
    };
    checkListedOnce(report, expected);
}

TEST_CASE("An import that changes a column writes its history without reading the linked records' names",
          "[import][history][sqlite]")
{
    // The history of an update was composed whole for both versions — every actor and partner
    // read by name, a query each — while only the changed fields are written. A file that
    // changes the Source of every partnership must write one line of history each, and read no
    // linked record's name.
    TestDatabase db;
    REQUIRE(DemoGenerator(db.connection(), 60).run().ok());
    const TemporaryFile file(exportedFile(db, RecordExporter::Entity::Partnerships));
    runSql(db.path(), {QStringLiteral("UPDATE partnership SET source = 'changed meanwhile'")});
    const int partnerships = count(db, "partnership");
    REQUIRE(db.scalar(QStringLiteral("SELECT count(*) FROM partnership_actor")).toInt() >= partnerships);

    StatementCounter statements(db.connection());
    const ImportReport report = importFile(db, file.path());
    statements.stop();
    INFO(describeErrors(report).toStdString());
    REQUIRE(report.errors.isEmpty());
    CHECK(report.updated == partnerships);

    // (Qt Sql gives SQLite `?` as `:0`.)
    const QStringList names = statements.statements().filter(
        QRegularExpression(QStringLiteral("^SELECT name FROM (actor|foreign_partner) WHERE id = (\\?|:0)$")));
    INFO(names.join(QLatin1Char('\n')).toStdString());
    CHECK(names.isEmpty());
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'partnership' AND "
                                   "action = 'update'"))
              .toInt() == partnerships);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'partnership' AND "
                                   "action = 'update' AND field = 'source' AND "
                                   "old_value = 'changed meanwhile'"))
              .toInt() == partnerships);
}

TEST_CASE("A row equal to its record writes nothing; one that changes only a link, a date or a theme "
          "updates it",
          "[import][history]")
{
    // An unchanged row is told by comparing the records' fields, before their columns and links
    // are composed: each change of a single field must still be written, with its history.
    TestDatabase db;
    const TemporaryFile created(kHeader + "Jumelage;Lyon;69123;Burkina Faso;Ouagadougou;12/05/1998;Santé\n"
                                          "Jumelage;Lyon;69123;Burkina Faso;Bobo-Dioulasso;12/05/1998;Santé\n"
                                          "Jumelage;Lyon;69123;Burkina Faso;Koudougou;12/05/1998;Santé\n"
                                          "Jumelage;Lyon;69123;Burkina Faso;Banfora;12/05/1998;Santé\n");
    REQUIRE(importFile(db, created.path()).created == 4);
    const auto uuidOf = [&](const char* partner) {
        return db
            .scalar(QStringLiteral("SELECT p.uuid FROM partnership p JOIN partnership_partner pp ON "
                                   "pp.partnership_id = p.id JOIN foreign_partner f ON f.id = pp.partner_id "
                                   "WHERE f.name = '%1'")
                        .arg(QLatin1String(partner)))
            .toString()
            .toUtf8();
    };
    const TemporaryFile changed(
        "Identifiant;" + kHeader + uuidOf("Ouagadougou") +
        ";Jumelage;Lyon;69123;Burkina Faso;Ouagadougou;12/05/1998;Santé\n" + uuidOf("Bobo-Dioulasso") +
        ";Jumelage;Lyon;69123;Burkina Faso;Gaoua;12/05/1998;Santé\n" + uuidOf("Koudougou") +
        ";Jumelage;Lyon;69123;Burkina Faso;Koudougou;13/05/1998;Santé\n" + uuidOf("Banfora") +
        ";Jumelage;Lyon;69123;Burkina Faso;Banfora;12/05/1998;Santé|culture_sport\n");
    const int historyBefore = count(db, "change_log");

    const ImportReport report = importFile(db, changed.path());
    INFO(describeErrors(report).toStdString());
    REQUIRE(report.errors.isEmpty());
    CHECK(report.unchanged == 1);
    CHECK(report.updated == 3);
    CHECK(joined(db,
                 QStringLiteral("SELECT field FROM change_log WHERE entity = 'partnership' AND action = "
                                "'update' ORDER BY field"),
                 QStringLiteral(",")) == QLatin1String("partners,signed_on,themes"));
    CHECK(count(db, "change_log") == historyBefore + 3);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM partnership WHERE signed_on = '1998-05-13'"))
              .toInt() == 1);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM partnership_theme")).toInt() == 5);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM partnership_partner pp JOIN foreign_partner f ON "
                                   "f.id = pp.partner_id WHERE f.name = 'Gaoua'"))
              .toInt() == 1);
}

TEST_CASE("An import that creates many actors reads the region's EPCI once", "[import][matching][sqlite]")
{
    // Each actor the import created was checked by a store of its own, whose check of a
    // commune's name against its code read every EPCI of the region again when the name was no
    // commune's: a fifth of a first import went to matching and creating actors. Then the one
    // store still read them apart from the matcher (issue 22).
    TestDatabase db;
    QSqlQuery codes(db.connection());
    REQUIRE(codes.exec(QStringLiteral("SELECT code FROM ref_commune ORDER BY code LIMIT 30")));
    QByteArray rows = "Nature;Acteur;Code INSEE/SIREN;Type d'acteur;Pays;Partenaire\n";
    int actors = 0;
    while (codes.next())
        rows += "Jumelage;Comité de jumelage " + QByteArray::number(++actors) + ";" +
                codes.value(0).toString().toUtf8() + ";Commune;Burkina Faso;Ouagadougou\n";
    REQUIRE(actors == 30);
    // An actor named without a code, whose name the matcher compares with the region's EPCI: the
    // matcher reads them, and the store, which checks the communes' names, shares what it read.
    rows += "Jumelage;Maison des jumelages;;Autre association;Burkina Faso;Ouagadougou\n";
    ++actors;
    const TemporaryFile file(rows);

    StatementCounter epciReads(db.connection(), "GROUP BY epci_siren");
    const ImportReport report = importFile(db, file.path());
    epciReads.stop();
    INFO(describeErrors(report).toStdString());
    REQUIRE(report.errors.isEmpty());
    CHECK(count(db, "actor") == actors);
    INFO("reads of the region's EPCI: " << epciReads.count());
    CHECK(epciReads.count() <= 1); // the matcher's, which the store shares
}

TEST_CASE("The second pass writes the rows the first one read and checked, without reading them again",
          "[import]")
{
    // The file is parsed once (issue 22: parsing twice was a sixth of an update). Shown by
    // changing the file between the passes: what is written is what was checked.
    TestDatabase db;
    PartnershipImporter importer(db.connection());
    const ImportReport report =
        importChangedBetweenPasses(importer, partnershipRows(3), {{"Partenaire", "Autre"}});
    CHECK(report.created == 3);
    CHECK(joined(db, QStringLiteral("SELECT name FROM foreign_partner ORDER BY name"), QStringLiteral(",")) ==
          QLatin1String("Partenaire 1,Partenaire 2,Partenaire 3"));
}

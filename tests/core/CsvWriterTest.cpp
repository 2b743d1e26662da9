#include "support/QtPrinting.h"
#include "support/StoreFixture.h"
#include "support/TestDatabase.h"
#include "support/ZipEntry.h"

#include "csv/CellFormatter.h"
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "csv/RecordExporter.h"
#include "csv/VocabularyCells.h"
#include "store/PartnershipStore.h"
#include "store/ProjectStore.h"

#include <QBuffer>
#include <QSqlQuery>

TEST_CASE("CSV writer: Excel dialect with BOM, semicolons and CRLF", "[csv][writer]")
{
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer, CsvWriter::Dialect::Excel);
    REQUIRE(writer.writeRecord({QStringLiteral("Nom"), QStringLiteral("Note")}));
    REQUIRE(writer.writeRecord({QStringLiteral("Lyon; Rhône"), QStringLiteral("Il a dit \"oui\"\nensuite")}));
    CHECK(buffer.data() ==
          QByteArray("\xEF\xBB\xBFNom;Note\r\n\"Lyon; Rhône\";\"Il a dit \"\"oui\"\"\nensuite\"\r\n"));
}

TEST_CASE("CSV writer: RFC 4180 dialect without BOM, commas", "[csv][writer]")
{
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer, CsvWriter::Dialect::Csv);
    REQUIRE(writer.writeRecord(
        {QStringLiteral("a,b"), QStringLiteral("c"), QString(), QStringLiteral(" padded ")}));
    CHECK(buffer.data() == QByteArray("\"a,b\",c,,\" padded \"\r\n"));
}

TEST_CASE("CSV writer: UTF-8 cells quoted by their characters, not their bytes", "[csv][writer]")
{
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer, CsvWriter::Dialect::Csv);
    // A non-breaking space (two bytes) at either end is a space the reader would trim; accented
    // letters and a multi-byte last character are not.
    for (const char* cell :
         {"\u00A0Lyon", "Lyon\u00A0", "Rh\u00F4ne", "Pozna\u0144", "\u00E9t\u00E9 \u2014 \u00C9t\u00E9"})
        writer.addCell(cell);
    REQUIRE(writer.endRecord());
    // The formula guard comes first: a tab after it is no leading space, a trailing one still is.
    writer.addCell("\tindent");
    writer.addCell("=1+1 ");
    writer.addCell("");
    REQUIRE(writer.endRecord());
    CHECK(buffer.data() ==
          QByteArray(
              "\"\u00A0Lyon\",\"Lyon\u00A0\",Rh\u00F4ne,Pozna\u0144,\u00E9t\u00E9 \u2014 \u00C9t\u00E9\r\n"
              "'\tindent,\"'=1+1 \",\r\n"));
}

TEST_CASE("Cell formats: the Excel-in-French and RFC 4180 texts of each kind of value", "[csv][writer]")
{
    CellFormatter french(true);
    CellFormatter plain(false);
    const auto both = [&](CellFormatter::Kind kind, const char* value) {
        const std::string first(french.text(kind, value));
        return std::make_pair(first, std::string(plain.text(kind, value)));
    };
    using Texts = std::pair<std::string, std::string>;
    CHECK(both(CellFormatter::Date, "1998-05-12") == Texts("12/05/1998", "1998-05-12"));
    CHECK(both(CellFormatter::Date, "2026-08") == Texts("08/2026", "2026-08"));
    CHECK(both(CellFormatter::Date, "2023") == Texts("2023", "2023"));
    CHECK(both(CellFormatter::Date, "1998-05-12") == Texts("12/05/1998", "1998-05-12")); // remembered
    CHECK(both(CellFormatter::Date, "vers 1990") == Texts("vers 1990", "vers 1990")); // not a date: as stored
    CHECK(both(CellFormatter::Money, "1250050") == Texts("12500,50", "12500.50"));
    CHECK(both(CellFormatter::Money, "7") == Texts("0,07", "0.07"));
    CHECK(both(CellFormatter::Money, "0") == Texts("0,00", "0.00"));
    CHECK(both(CellFormatter::Money, "-150") == Texts("-1,50", "-1.50"));
    CHECK(both(CellFormatter::Money, "-5") == Texts("-0,05", "-0.05"));
    CHECK(both(CellFormatter::Flag, "1") == Texts("Oui", "true"));
    CHECK(both(CellFormatter::Flag, "0") == Texts("Non", "false"));
    CHECK(both(CellFormatter::Real, "45.764043") == Texts("45,764043", "45.764043"));
    CHECK(both(CellFormatter::Real, "0.30000000000000004") == Texts("0,3", "0.3"));
    CHECK(both(CellFormatter::Integer, "513275") == Texts("513275", "513275"));
    CHECK(both(CellFormatter::Text, "=SOMME(A1)") ==
          Texts("=SOMME(A1)", "=SOMME(A1)")); // the writer guards it

    CHECK(CellFormatter::typed(CellFormatter::Money, "1250050") == QVariant(12500.5));
    CHECK(CellFormatter::typed(CellFormatter::Date, "2021-05-12") == QVariant(QDate(2021, 5, 12)));
    CHECK(CellFormatter::typed(CellFormatter::Date, "2023") == QVariant(QStringLiteral("2023")));
    CHECK(CellFormatter::typed(CellFormatter::Flag, "1") == QVariant(QStringLiteral("Oui")));
    CHECK(CellFormatter::typed(CellFormatter::Integer, "513275") == QVariant(513275.0));
    CHECK(CellFormatter::typed(CellFormatter::Text, "Rh\u00F4ne") == QVariant(QStringLiteral("Rh\u00F4ne")));
}

TEST_CASE("CSV writer: no cell starts a formula, and the import takes the guard off", "[csv][writer]")
{
    for (const char* value : {"=1+1", "+33 4 72 00 00 00", "-12", "@SUM(A1)", "\tindent", "\rx"}) {
        INFO(value);
        const QString guarded = CsvWriter::guardFormula(QString::fromUtf8(value));
        CHECK(guarded.startsWith(QLatin1Char('\'')));
        CHECK(CsvWriter::unguardFormula(guarded) == QString::fromUtf8(value));
    }
    CHECK(CsvWriter::guardFormula(QStringLiteral("Lyon")) == QStringLiteral("Lyon"));
    CHECK(CsvWriter::unguardFormula(QStringLiteral("'quoted")) == QStringLiteral("'quoted"));
    // A value typed with an apostrophe before a formula character reads back as typed, through
    // the QString guard and through the writer's (found by fuzz_value_parsers).
    for (const char* value : {"'=1+1", "''=x", "'-", "'", "''", "'''@a", "'Lyon"}) {
        INFO(value);
        const QString text = QString::fromUtf8(value);
        CHECK(CsvWriter::unguardFormula(CsvWriter::guardFormula(text)) == text);
        QBuffer buffer;
        REQUIRE(buffer.open(QIODevice::WriteOnly));
        CsvWriter writer(&buffer, CsvWriter::Dialect::Csv);
        writer.addCell(value);
        REQUIRE(writer.endRecord());
        CHECK(CsvWriter::unguardFormula(QString::fromUtf8(buffer.data()).chopped(2)) == text);
    }
}

TEST_CASE("Export writes one row per record with the contract's columns, and reads back", "[csv][export]")
{
    StoreFixture db;
    const qint64 lyon = db.addActor(QStringLiteral("Lyon"));
    const qint64 id = db.addPartnership(lyon, db.addPartner(QStringLiteral("Leipzig"), QStringLiteral("DE")));
    PartnershipStore store(db.connection());
    Partnership partnership = *store.find(id);
    partnership.signedOn = *PartialDate::parse(QStringLiteral("12/05/1998"));
    partnership.description = QStringLiteral("=ligne 1\nligne 2; avec point-virgule");
    partnership.themeCodes = {QStringLiteral("culture_sport"), QStringLiteral("jeunesse_mobilite")};
    REQUIRE(store.update(partnership).ok());

    for (const CsvWriter::Dialect dialect : {CsvWriter::Dialect::Excel, CsvWriter::Dialect::Csv}) {
        QBuffer buffer;
        REQUIRE(buffer.open(QIODevice::ReadWrite));
        const RecordExporter exporter(db.connection(), RecordExporter::Entity::Partnerships);
        RecordExporter::Options options;
        options.format = dialect == CsvWriter::Dialect::Csv ? RecordExporter::Options::Format::Csv
                                                            : RecordExporter::Options::Format::Excel;
        const Result<int> written = exporter.write(&buffer, options);
        REQUIRE(written.ok());
        CHECK(written.value() == 1);
        buffer.seek(0);
        CsvReader reader(&buffer);
        REQUIRE(reader.start());
        CsvRecord header;
        CsvRecord row;
        REQUIRE(reader.next(header));
        REQUIRE(reader.next(row));
        CHECK(header.fields.mid(0, 4) == QStringList{QStringLiteral("Identifiant"), QStringLiteral("Nature"),
                                                     QStringLiteral("Statut"), QStringLiteral("Acteur")});
        const auto cell = [&](const char* name) {
            return row.fields.value(header.fields.indexOf(QString::fromUtf8(name)));
        };
        CHECK(cell("Identifiant") == partnership.uuid);
        CHECK(cell("Nature") == QStringLiteral("Jumelage"));
        CHECK(cell("Acteur") == QStringLiteral("Lyon"));
        CHECK(cell("Pays") == QStringLiteral("Allemagne"));
        CHECK(
            cell("Thématiques") ==
            QStringLiteral(
                "Culture, patrimoine, sport, francophonie|Jeunesse, mobilité et volontariat internationaux"));
        CHECK(CsvWriter::unguardFormula(cell("Description")) == partnership.description);
        CHECK(cell("Description").startsWith(QLatin1Char('\'')));
        if (dialect == CsvWriter::Dialect::Excel) {
            CHECK(reader.delimiter() == QLatin1Char(';'));
            CHECK(cell("Date de signature") == QStringLiteral("12/05/1998"));
            CHECK(cell("Formalisé") == QStringLiteral("Non"));
        } else {
            CHECK(reader.delimiter() == QLatin1Char(','));
            CHECK(cell("Date de signature") == QStringLiteral("1998-05-12"));
        }
    }
}

TEST_CASE("Export as an Excel workbook: typed cells, and text never a formula", "[csv][export][xlsx]")
{
    StoreFixture db;
    const qint64 grenoble = db.addActor(QStringLiteral("Grenoble"));
    const qint64 projectId = db.addProject(QStringLiteral("=Accès à l'eau"), grenoble);
    ProjectStore projects(db.connection());
    Project project = *projects.find(projectId);
    project.budgetCents = 1250050;
    project.startedOn = *PartialDate::parse(QStringLiteral("12/05/2021"));
    project.endedOn = *PartialDate::parse(QStringLiteral("2023"));
    REQUIRE(projects.update(project).ok());

    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    RecordExporter::Options options;
    options.format = RecordExporter::Options::Format::Xlsx;
    const Result<int> written =
        RecordExporter(db.connection(), RecordExporter::Entity::Projects).write(&buffer, options);
    REQUIRE(written.ok());
    CHECK(written.value() == 1);
    const QByteArray workbook = buffer.data();
    REQUIRE(workbook.startsWith("PK"));
    const QString sheet = QString::fromUtf8(zipEntry(workbook, QStringLiteral("xl/worksheets/sheet1.xml")));
    REQUIRE_FALSE(sheet.isEmpty());
    CHECK_FALSE(sheet.contains(QLatin1String("<f>")));                       // no formula anywhere
    CHECK(sheet.contains(QStringLiteral("<is><t>=Accès à l'eau</t></is>"))); // text in its row
    CHECK(sheet.contains(QStringLiteral("<t>Titre</t>")));
    CHECK(sheet.contains(QLatin1String("<v>12500.5</v>")));   // the budget, a number
    CHECK(sheet.contains(QLatin1String("<v>44328</v>")));     // 12/05/2021 as a date serial
    CHECK(sheet.contains(QLatin1String("<t>2023</t>")));      // a year alone stays text
    CHECK(sheet.contains(QLatin1String("state=\"frozen\""))); // the header stays in view
}

TEST_CASE("Export follows the year and the search", "[csv][export]")
{
    StoreFixture db;
    db.addPartnership(db.addActor(QStringLiteral("Lyon")),
                      db.addPartner(QStringLiteral("Leipzig"), QStringLiteral("DE")));
    db.addPartnership(db.addActor(QStringLiteral("Grenoble")),
                      db.addPartner(QStringLiteral("Kaya"), QStringLiteral("BF")));
    const RecordExporter exporter(db.connection(), RecordExporter::Entity::Partnerships);
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    RecordExporter::Options options;
    options.selection.filter.search = QStringLiteral("kaya");
    REQUIRE(exporter.write(&buffer, options).value() == 1);
    CHECK(buffer.data().contains("Grenoble"));
    CHECK_FALSE(buffer.data().contains("Leipzig"));
    QBuffer none;
    REQUIRE(none.open(QIODevice::WriteOnly));
    options.selection.filter.search.clear();
    options.selection.filter.activeYear =
        1900; // nothing signed yet (no signature date: never counted as active)
    CHECK(exporter.write(&none, options).value() == 0);
    CHECK(RecordExporter::entityFromName(QStringLiteral("Fundings")) == RecordExporter::Entity::Fundings);
    CHECK_FALSE(RecordExporter::entityFromName(QStringLiteral("contacts")));
}

TEST_CASE("Linked values are ordered in memory as SQLite's ORDER BY would order them",
          "[csv][export][sqlite]")
{
    TestDatabase db;
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("CREATE TEMP TABLE linked (owner INTEGER, value TEXT, k1, k2)")));
    // Keys of every kind: NULL first, numbers (negative, real) before texts, texts byte by byte
    // (a shorter text first, a NUL inside one), then the second key for ties of the first.
    REQUIRE(query.exec(QString::fromUtf8(
        "INSERT INTO linked VALUES (1, 'texte b', 'b', 0), (1, 'nul', NULL, 0), (1, 'moins', -2.5, 0), "
        "(1, 'deux', 2, 0), (1, 'texte ab', 'ab', 0), (1, 'texte a', 'a', 0), (1, 'dix', 10, 0), "
        "(1, 'texte a nul', 'a' || char(0) || 'x', 0), (1, 'accent', 'é', 0), "
        "(2, 'second', 1, 2), (2, 'premier', 1, 1), (4, 'seul', NULL, NULL)")));
    VocabularyCells cells;
    REQUIRE(cells.read(db.connection(),
                       QStringLiteral("SELECT owner, value, k1, k2 FROM linked ORDER BY owner"), 1, 2));
    QSqlQuery expected(db.connection());
    std::vector<std::string> found;
    for (const qint64 owner : {1, 2, 4}) {
        REQUIRE(expected.exec(
            QStringLiteral("SELECT group_concat(value, '|') FROM (SELECT value FROM linked WHERE owner = %1 "
                           "ORDER BY k1, k2)")
                .arg(owner)));
        REQUIRE(expected.next());
        REQUIRE(cells.cells(owner, found));
        CHECK(QString::fromStdString(found.at(0)) == expected.value(0).toString());
    }
    CHECK_FALSE(cells.cells(3, found));
}

#include "support/QtPrinting.h"
#include "support/ReportDataset.h"
#include "support/TestDatabase.h"
#include "support/ZipEntry.h"

#include "csv/CsvReader.h"
#include "demo/DemoGenerator.h"
#include "lists/RecordQuery.h"
#include "report/MapOutlines.h"
#include "report/MoneyIndicators.h"
#include "report/ReportBuilder.h"
#include "report/ReportFiles.h"
#include "report/ReportFormat.h"
#include "report/SvgChart.h"
#include "report/SvgMap.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

namespace {

// The hand-made observatory of tests/data/report/dataset.sql; every figure below is counted by
// hand from it (the comments say which records make each one).
struct ReportFixture
{
    TestDatabase db;
    Report report;

    ReportFixture()
    {
        loadReportDataset(db.connection());
        Result<Report> built = ReportBuilder(db.connection()).build(2024);
        INFO(built.message().toStdString());
        REQUIRE(built.ok());
        report = built.value();
    }

    const ReportTable& table(const char* id) const
    {
        const ReportTable* found = report.table(QString::fromLatin1(id));
        INFO(id);
        REQUIRE(found);
        return *found;
    }

    // The row whose label column holds `label`, as strings and numbers.
    QVariantList row(const char* id, const QString& label) const
    {
        const ReportTable& t = table(id);
        for (const QVariantList& r : t.rows) {
            if (r.value(t.labelColumn).toString() == label || r.value(0).toString() == label)
                return r;
        }
        FAIL("no row " << label.toStdString() << " in " << id);
        return {};
    }

    double number(const char* id, const QString& label, int column) const
    {
        return row(id, label).value(column).toDouble();
    }
};

QStringList labels(const ReportTable& table)
{
    QStringList found;
    for (const QVariantList& row : table.rows)
        found << row.value(table.labelColumn).toString();
    return found;
}

} // namespace

TEST_CASE("Report: the actors engaged, counted by hand", "[report]")
{
    const ReportFixture f;
    // 2024: Lyon, Vienne, the comité de Die (partnerships), Solidarité Burkina, the university (projects).
    // 2023: Petit-Village instead of the university (its twinning ended in June 2023).
    CHECK(f.number("actors_key_figures", QStringLiteral("Actors of the region engaged"), 1) == 5);
    CHECK(f.number("actors_key_figures", QStringLiteral("Actors of the region engaged"), 2) == 5);
    CHECK(f.number("actors_key_figures", QStringLiteral("Communes engaged"), 1) == 3);
    CHECK(f.number("actors_key_figures", QStringLiteral("Communes engaged"), 2) == 2);
    CHECK(f.number("actors_key_figures", QStringLiteral("Twinning committees"), 2) == 1);
    CHECK(f.number("actors_key_figures", QStringLiteral("OSIM (migrant-led organisations)"), 2) ==
          0); // its project ended in 2022

    CHECK(f.number("actors_by_family", QStringLiteral("Local authorities and groupings"), 2) == 2);
    CHECK(f.number("actors_by_family", QStringLiteral("Local authorities and groupings"), 1) == 3);
    CHECK(f.number("actors_by_family", QStringLiteral("Local authorities and groupings"), 3) == 40.0);
    CHECK(f.number("actors_by_family", QStringLiteral("Associations"), 2) == 1);
    CHECK(f.number("actors_by_family", QStringLiteral("Education and research"), 2) == 1);
    CHECK(f.number("actors_by_family", QStringLiteral("Education and research"), 1) == 0);

    // Lyon and Solidarité Burkina in the Métropole de Lyon, Vienne and the university in Isère.
    const QVariantList metropole = f.row("actors_by_departement", QStringLiteral("69M"));
    CHECK(metropole.value(2).toInt() == 2);
    const double population = metropole.value(3).toDouble();
    REQUIRE(population > 0);
    CHECK(metropole.value(4).toDouble() == Approx(qRound(2 * 1e6 / population) / 10.0));
    CHECK(f.row("actors_by_departement", QStringLiteral("38")).value(2).toInt() == 2);
    CHECK(f.row("actors_by_departement", QStringLiteral("26")).value(2).toInt() == 1);
    CHECK(f.row("actors_by_departement", QStringLiteral("07")).value(2).toInt() == 0);
    CHECK(f.table("actors_by_departement").rows.size() == 13);

    // Lyon (520,000) and Vienne (30,000) by size; Petit-Village is not engaged in 2024.
    CHECK(f.number("communes_by_size", QStringLiteral("50,000 and more"), 1) == 1);
    CHECK(f.number("communes_by_size", QStringLiteral("10,000 to 49,999"), 1) == 1);
    CHECK(f.number("communes_by_size", QStringLiteral("under 2,000"), 1) == 0);
    CHECK(f.number("communes_by_size", QStringLiteral("under 2,000"), 2) >
          1000); // the region's small communes
}

TEST_CASE("Report: the partnerships, counted by hand", "[report]")
{
    const ReportFixture f;
    // Active in 2024: P1, P2, P3 (signed February 2024), P7 (ended September 2024). Not P4 (ended June
    // 2023), P5 (dormant: counted apart) nor P6 (only planned).
    CHECK(f.number("partnerships_by_kind", QStringLiteral("Twinning"), 2) == 3);
    CHECK(f.number("partnerships_by_kind", QStringLiteral("Twinning"), 1) == 4); // P4 still in 2023
    CHECK(f.number("partnerships_by_kind", QStringLiteral("Decentralised cooperation"), 2) == 1);
    CHECK(f.number("partnerships_by_kind", QStringLiteral("Decentralised cooperation"), 1) == 0);
    CHECK(labels(f.table("partnerships_by_kind")) ==
          QStringList{QStringLiteral("Twinning"),
                      QStringLiteral("Decentralised cooperation")}); // the vocabulary's order
    CHECK(f.number("partnerships_key_figures", QStringLiteral("Active partnerships"), 2) == 4);
    CHECK(f.number("partnerships_key_figures", QStringLiteral("Dormant or suspended (not counted as active)"),
                   2) == 1);
    CHECK(f.number("partnerships_key_figures", QStringLiteral("Planned, dated in the year (never counted)"),
                   2) == 1);

    // Five years: P1, P2, P4, P7 active from 2020 to 2023, P3 replacing P4 in 2024; projects:
    // J4 (2020–2022), J3 (2022–March 2024), J1 (from January 2023), J2, J5 and J6 (2024).
    const ReportTable& trend = f.table("active_by_year");
    REQUIRE(trend.rows.size() == 5);
    CHECK(trend.rows.first().value(0).toString() == QStringLiteral("2020"));
    CHECK(f.number("active_by_year", QStringLiteral("2020"), 1) == 4);
    CHECK(f.number("active_by_year", QStringLiteral("2024"), 1) == 4);
    CHECK(f.number("active_by_year", QStringLiteral("2020"), 2) == 1);
    CHECK(f.number("active_by_year", QStringLiteral("2022"), 2) == 2);
    CHECK(f.number("active_by_year", QStringLiteral("2023"), 2) == 2);
    CHECK(f.number("active_by_year", QStringLiteral("2024"), 2) == 5);

    // Signatures: P3 in 2024 (not P6, planned), not a twinning.
    CHECK(f.number("signatures_by_year", QStringLiteral("2024"), 1) == 1);
    CHECK(f.number("signatures_by_year", QStringLiteral("2024"), 2) == 0);
    CHECK(f.number("signatures_by_year", QStringLiteral("2021"), 1) == 0);
    CHECK(f.table("signatures_by_year").rows.size() == 5);

    // Dormant: P5 and its reason; ended in 2024: P7 (P4 ended in 2023).
    CHECK(f.number("partnerships_not_active", QStringLiteral("Dormant"), 1) == 1);
    CHECK(f.row("partnerships_not_active", QStringLiteral("Dormant")).value(2).toString() ==
          QStringLiteral("Comité inactif"));
    CHECK(f.number("partnerships_not_active", QStringLiteral("Ended in 2024"), 1) == 1);
    CHECK(f.number("partnerships_not_active", QStringLiteral("Suspended"), 1) == 0);

    // Countries: Italy (P1, P7) twice, Germany and Switzerland (P2) and Burkina Faso (P3) once.
    CHECK(labels(f.table("partnerships_top_countries")) ==
          QStringList{QStringLiteral("Italy"), QStringLiteral("Burkina Faso"), QStringLiteral("Germany"),
                      QStringLiteral("Switzerland")});
    CHECK(f.number("partnerships_top_countries", QStringLiteral("Italy"), 2) == 2);
    CHECK(labels(f.table("twinnings_top_countries")) ==
          QStringList{QStringLiteral("Italy"), QStringLiteral("Germany"), QStringLiteral("Switzerland")});
    CHECK(f.table("partnerships_by_country").chart == ReportTable::Chart::WorldMap);

    // P1, P2 (Essen and Geneva: the EU wins), P7 in the EU; P3 in Burkina Faso (P5, in Switzerland,
    // is dormant).
    CHECK(f.number("partnerships_europe", QStringLiteral("European Union"), 1) == 3);
    CHECK(f.number("partnerships_europe", QStringLiteral("Europe outside the EU"), 1) == 0);
    CHECK(f.number("partnerships_europe", QStringLiteral("Rest of the world"), 1) == 1);
    CHECK(f.number("partnerships_europe", QStringLiteral("European Union"), 2) == 75.0);

    // From P1's 1960s to 2024's decade, those without an active partnership with 0.
    CHECK(labels(f.table("partnerships_by_decade")) ==
          QStringList{QStringLiteral("1960s"), QStringLiteral("1970s"), QStringLiteral("1980s"),
                      QStringLiteral("1990s"), QStringLiteral("2000s"), QStringLiteral("2010s"),
                      QStringLiteral("2020s")});
    CHECK(f.number("partnerships_by_decade", QStringLiteral("1970s"), 1) == 0);
}

TEST_CASE("Report: the projects, counted by hand", "[report]")
{
    const ReportFixture f;
    // Active in 2024: J1, J2, J3 (ended March 2024), J5, J6; in 2023: J1 and J3. J4 ended in 2022.
    CHECK(f.number("projects_key_figures", QStringLiteral("Projects active"), 1) == 2);
    CHECK(f.number("projects_key_figures", QStringLiteral("Projects active"), 2) == 5);
    CHECK(f.number("projects_key_figures", QStringLiteral("Projects started"), 2) == 3);
    CHECK(f.number("projects_key_figures", QStringLiteral("Projects started"), 1) == 1);
    CHECK(f.number("projects_key_figures", QStringLiteral("Active projects led in France (ECSI)"), 2) == 1);
    CHECK(f.number("projects_key_figures", QStringLiteral("Active projects within a partnership"), 2) == 1);

    // Four active projects have a theme; J1 counts in water and in health.
    const ReportTable& themes = f.table("projects_by_theme");
    CHECK(themes.rows.size() == 5);
    CHECK(f.number("projects_by_theme", QStringLiteral("Health"), 1) == 1);
    CHECK(f.number("projects_by_theme", QStringLiteral("Health"), 2) == 25.0);
    CHECK(themes.base.contains(QStringLiteral("4 active project")));

    CHECK(f.table("projects_by_sdg").rows.size() == 17);
    // Each goal named by its number and its short label from the vocabulary.
    CHECK(f.number("projects_by_sdg", QStringLiteral("SDG 6 – Clean water and sanitation"), 1) == 1);
    CHECK(f.number("projects_by_sdg", QStringLiteral("SDG 4 – Quality education"), 1) == 1);
    CHECK(f.number("projects_by_sdg", QStringLiteral("SDG 1 – No poverty"), 1) == 0);
    // Its chart names each bar so, the label whole over as many lines as it needs.
    const QString goals = SvgChart::render(f.table("projects_by_sdg"), f.report.locale());
    for (const QVariantList& row : f.table("projects_by_sdg").rows) {
        const QString label = row.value(0).toString();
        INFO(label.toStdString());
        CHECK(label.contains(QStringLiteral(" – ")));
        for (const QString& line : SvgChart::wrapped(label, 35)) {
            CHECK_FALSE(line.endsWith(QChar(0x2026)));
            CHECK(goals.contains(QLatin1Char('>') + ReportFormat::escaped(line) + QStringLiteral("</text>")));
        }
    }

    // Burkina Faso: J1, J5, J6; Senegal: J5; Germany: J2. West Africa: J1, J5, J6 (J5 once).
    CHECK(f.number("projects_by_country", QStringLiteral("Burkina Faso"), 2) == 3);
    CHECK(f.number("projects_by_country", QStringLiteral("Senegal"), 2) == 1);
    CHECK(f.number("projects_by_zone", QStringLiteral("West Africa"), 1) == 3);
    CHECK(f.number("projects_by_zone", QStringLiteral("European Union"), 1) == 1);

    // Local authorities (Lyon in J1 and J5) and associations (J1, J6) in West Africa.
    const ReportTable& crossed = f.table("families_by_zone");
    const auto pair = [&](const QString& family, const QString& zone) {
        for (const QVariantList& row : crossed.rows) {
            if (row.value(0).toString() == family && row.value(1).toString() == zone)
                return row.value(2).toInt();
        }
        return 0;
    };
    CHECK(pair(QStringLiteral("Local authorities and groupings"), QStringLiteral("West Africa")) == 2);
    CHECK(pair(QStringLiteral("Associations"), QStringLiteral("West Africa")) == 2);
    CHECK(pair(QStringLiteral("Education and research"), QStringLiteral("European Union")) == 1);
    // J3, led in France by the comité de Die, in the zone France (rule Places).
    CHECK(pair(QStringLiteral("Twinning committees"), QStringLiteral("France (actions in France)")) == 1);
    CHECK(crossed.rows.size() == 4);
}

TEST_CASE("Report: the money and the data quality, counted by hand", "[report]")
{
    const ReportFixture f;
    // Budgets in euros of the active projects: J1 100,000, J2 20,000, J5 30,000 (J6 is in CFA francs).
    CHECK(f.number("budgets", QStringLiteral("Total of the declared budgets (€)"), 2) == 150000.0);
    CHECK(f.number("budgets", QStringLiteral("Projects with a budget"), 2) == 3);
    CHECK(f.number("budgets", QStringLiteral("Median budget (€)"), 2) == 30000.0);
    CHECK(f.number("budgets", QStringLiteral("Total of the declared budgets (€)"), 1) == 100000.0);
    CHECK(MoneyIndicators::medianEuros({100, 300, 200, 400}) == 2.5);
    CHECK(MoneyIndicators::medianEuros({500}) == 5.0);
    CHECK(MoneyIndicators::medianEuros({900, 100, 500}) == 5.0);
    CHECK(MoneyIndicators::medianEuros({400, 100, 100, 400, 100, 400}) == 2.5);
    CHECK(MoneyIndicators::medianEuros({7, 7, 7, 1}) == 0.07);
    CHECK(MoneyIndicators::medianEuros({}) == 0.0);

    // 2024 lines, the refused one left out: AFD 40,000, own funds 10,000, a funder alone 5,000,
    // the Region 8,000 (requested).
    CHECK(f.number("cofunding_by_programme", QStringLiteral("AFD – FICOL"), 1) == 40000.0);
    CHECK(f.number("cofunding_by_programme", QStringLiteral("AFD – FICOL"), 3) == 63.5);
    CHECK(f.number("cofunding_by_programme", QStringLiteral("Region"), 1) == 8000.0);
    CHECK(f.number("cofunding_by_programme", QStringLiteral("No programme (funder alone)"), 1) == 5000.0);
    CHECK(f.table("cofunding_by_programme").rows.size() == 4);
    // External: AFD, the Region, and Lyon's 5,000 for J2, a project Lyon is not an actor of; own:
    // Solidarité Burkina's own funds for its J1.
    CHECK(f.number("leverage", QStringLiteral("External co-funding (€)"), 1) == 53000.0);
    CHECK(f.number("leverage", QStringLiteral("Own funds and in-kind contributions (€)"), 1) == 10000.0);
    CHECK(f.number("leverage", QStringLiteral("Euros of external funding per euro of own funds"), 1) == 5.3);

    // Through the schemes: FICOL obtained g1 (40,000 in 2024); the ministry's call g4 (20,000 paid
    // in 2023), refused g3 in 2024 and has g6 pending. g2 and g5, obtained without a scheme, are in
    // the base's note only.
    CHECK(f.table("funding_by_scheme").rows.size() == 2);
    CHECK(f.table("funding_by_scheme").rows.value(0).value(0).toString() == QStringLiteral("FICOL"));
    CHECK(f.number("funding_by_scheme", QStringLiteral("FICOL"), 1) == 0.0);
    CHECK(f.number("funding_by_scheme", QStringLiteral("FICOL"), 2) == 40000.0);
    CHECK(f.number("funding_by_scheme", QStringLiteral("AAP généraliste"), 1) == 20000.0);
    CHECK(f.number("funding_by_scheme", QStringLiteral("AAP généraliste"), 2) == 0.0);
    CHECK(
        f.table("funding_by_scheme").base.contains(QStringLiteral("2 granted or paid lines of those years")));
    CHECK(f.table("success_by_scheme").rows.value(0).value(2).isNull()); // FICOL decided nothing in 2023
    CHECK(f.number("success_by_scheme", QStringLiteral("FICOL"), 4) == 100.0);
    CHECK(f.number("success_by_scheme", QStringLiteral("AAP généraliste"), 2) == 100.0);
    CHECK(f.number("success_by_scheme", QStringLiteral("AAP généraliste"), 3) == 1.0);
    CHECK(f.number("success_by_scheme", QStringLiteral("AAP généraliste"), 4) == 0.0);
    CHECK(f.number("success_by_scheme", QStringLiteral("AAP généraliste"), 5) == 1.0);
    CHECK(f.table("success_by_scheme")
              .base.startsWith(QStringLiteral("3 decided applications of 2023 and 2024")));

    // J1's 100,000 shared between water and health; J5's 30,000 between Burkina Faso and Senegal.
    CHECK(f.number("amounts_by_theme", QStringLiteral("Health"), 1) == 50000.0);
    CHECK(f.number("amounts_by_theme", QStringLiteral("Vocational training, employability"), 1) == 30000.0);
    CHECK(f.number("amounts_by_zone", QStringLiteral("West Africa"), 1) == 130000.0);
    CHECK(f.number("amounts_by_zone", QStringLiteral("European Union"), 1) == 20000.0);

    // Quality, on every record: one full signature date (P3) among seven partnerships; J3 has no
    // country but is led in France; J1, J2, J3, J5 of six projects have a theme; J2, J3, J4 an end.
    CHECK(f.number("completeness", QStringLiteral("Partnerships: signature date"), 3) == 100.0);
    CHECK(f.number("completeness", QStringLiteral("Partnerships: full signature date"), 3) == 14.3);
    CHECK(f.number("completeness", QStringLiteral("Projects: country"), 3) == 100.0);
    CHECK(f.number("completeness", QStringLiteral("Projects: theme"), 3) == 66.7);
    CHECK(f.number("completeness", QStringLiteral("Projects: end date"), 3) == 50.0);
    // Verified since 1 January 2023: Lyon (not Solidarité Burkina, 2021) of seven actors, P3, J1.
    CHECK(f.number("verified", QStringLiteral("Actors"), 1) == 1);
    CHECK(f.number("verified", QStringLiteral("Actors"), 2) == 7);
    CHECK(f.number("verified", QStringLiteral("Partnerships"), 3) == 14.3);
    CHECK(f.number("verified", QStringLiteral("Projects"), 1) == 1);
    CHECK(f.report.methodology.size() >= 6);

    // Every amount says its unit, in its column's header or in its row's label.
    for (const ReportSection& section : f.report.sections) {
        for (const ReportTable& table : section.tables) {
            for (int r = 0; r < table.rows.size(); ++r) {
                for (int c = 1; c < table.columns.size(); ++c) {
                    if (table.kind(r, c) != ReportTable::Kind::Euros)
                        continue;
                    INFO(table.id.toStdString() << ", column " << table.columns.at(c).toStdString());
                    CHECK((table.columns.at(c).contains(u'€') ||
                           table.rows.at(r).value(0).toString().contains(u'€')));
                }
            }
        }
    }
}

TEST_CASE("Report: a year out of range is refused", "[report][refusal]")
{
    TestDatabase db;
    const Result<Report> report = ReportBuilder(db.connection()).build(1800);
    CHECK_FALSE(report.ok());
    CHECK(report.message().contains(QStringLiteral("1800")));
}

TEST_CASE("Report files: CSV tables, workbook, HTML page and PDF", "[report][files]")
{
    const ReportFixture f;
    QTemporaryDir dir;

    SECTION("a folder of CSV tables in the dialect of the report's language, read back")
    {
        const QString folder = dir.filePath(QStringLiteral("tables/"));
        REQUIRE(ReportFiles::write(f.report, folder).ok());
        const QStringList files = QDir(folder).entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
        CHECK(files.contains(QStringLiteral("methodologie.csv")));
        QFile kinds(QDir(folder).filePath(files.filter(QStringLiteral("partnerships_by_kind")).value(0)));
        REQUIRE(kinds.open(QIODevice::ReadOnly));
        CsvReader reader(&kinds, {std::nullopt, CsvReader::Delimiter::Auto});
        REQUIRE(reader.start());
        CsvRecord record;
        REQUIRE(reader.next(record));
        CHECK(record.fields ==
              QStringList{QStringLiteral("Nature"), QStringLiteral("2023"), QStringLiteral("2024")});
        REQUIRE(reader.next(record));
        CHECK(record.fields ==
              QStringList{QStringLiteral("Twinning"), QStringLiteral("4"), QStringLiteral("3")});
        QFile leverage(QDir(folder).filePath(files.filter(QStringLiteral("leverage")).value(0)));
        REQUIRE(leverage.open(QIODevice::ReadOnly));
        // The English report: the csv dialect, a decimal point (the French one: ";5,30", for Excel
        // in French; ReportOutputTest).
        CHECK(leverage.readAll().contains(",5.30\r\n"));
    }
    SECTION("a workbook with one sheet per table, its figures as numbers")
    {
        const QString path = dir.filePath(QStringLiteral("rapport.xlsx"));
        REQUIRE(ReportFiles::write(f.report, path).ok());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray workbook = file.readAll();
        const QString sheets = QString::fromUtf8(zipEntry(workbook, QStringLiteral("xl/workbook.xml")));
        CHECK(sheets.count(QStringLiteral("<sheet ")) == 34); // 33 tables and the methodology
        // The budgets' sheet, found by the table's place in the report: its total of 2024 is the
        // number 150000.
        const int number = [&] {
            int place = 0;
            for (const ReportSection& section : f.report.sections) {
                for (const ReportTable& table : section.tables) {
                    ++place;
                    if (table.id == QLatin1String("budgets"))
                        return place;
                }
            }
            return 0;
        }();
        REQUIRE(number > 0);
        const QString budgets =
            QString::fromUtf8(zipEntry(workbook, QStringLiteral("xl/worksheets/sheet%1.xml").arg(number)));
        CHECK(budgets.contains(QLatin1String("<v>150000</v>")));
        CHECK(sheets.contains(
            QStringLiteral("%1 Declared budgets of the acti").arg(number, 2, 10, QLatin1Char('0'))));
    }
    SECTION("one self-contained HTML page: every table, charts inline")
    {
        const QString path = dir.filePath(QStringLiteral("rapport.html"));
        REQUIRE(ReportFiles::write(f.report, path).ok());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        QXmlStreamReader html(&file);
        int tables = 0;
        int charts = 0;
        int links = 0;
        while (!html.atEnd()) {
            if (html.readNext() != QXmlStreamReader::StartElement)
                continue;
            tables += html.name() == QLatin1String("table");
            charts += html.name() == QLatin1String("svg");
            links += html.name() == QLatin1String("link") || html.name() == QLatin1String("script");
        }
        INFO(html.errorString().toStdString());
        CHECK_FALSE(html.hasError());
        CHECK(tables == 33);
        CHECK(charts >= 15);
        CHECK(links == 0); // nothing to fetch
    }
    SECTION("a PDF whose pages render")
    {
        const QString path = dir.filePath(QStringLiteral("rapport.pdf"));
        REQUIRE(ReportFiles::write(f.report, path).ok());
        const QString renderer = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        INFO("pdftoppm comes with poppler-utils, which tools/setup.sh installs");
        REQUIRE_FALSE(renderer.isEmpty());
        QProcess process;
        process.start(renderer, {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"), path,
                                 dir.filePath(QStringLiteral("page"))});
        REQUIRE(process.waitForFinished(60000));
        REQUIRE(process.exitCode() == 0);
        const QStringList pages =
            QDir(dir.path()).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name);
        CHECK(pages.size() >= 8); // title, contents, five parts, methodology
        for (const QString& page : pages) {
            const QImage image(dir.filePath(page));
            REQUIRE_FALSE(image.isNull());
            CHECK(image.width() < image.height()); // A4 portrait
            qint64 dark = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    dark += qGray(image.pixel(x, y)) < 200;
            }
            INFO(page.toStdString());
            CHECK(dark > 40); // no blank page: more than its number
        }
    }
}

TEST_CASE("Report maps: the world by country and the region's départements", "[report][maps]")
{
    const ReportFixture f;
    CHECK(MapOutlines::outlines(MapOutlines::Map::World).size() > 170);
    CHECK(MapOutlines::outlines(MapOutlines::Map::Departements).size() == 96);

    // Italy and Switzerland in the darkest class, a country without partnership in grey, each
    // country titled with its name and figure.
    const QString world = SvgMap::render(f.table("partnerships_by_country"), f.report.locale());
    CHECK(world.contains(QStringLiteral("<title>Italy: 2</title>")));
    CHECK(world.contains(QStringLiteral("<title>Burkina Faso: 1</title>")));
    CHECK(world.contains(QStringLiteral("Natural Earth")));
    const SvgMap::Values values = SvgMap::valuesOf(f.table("partnerships_by_country"));
    const QList<double> bounds = SvgMap::classBounds(values.byCode.values());
    CHECK(SvgMap::colour(values.byCode.value(QStringLiteral("IT")), bounds) !=
          SvgMap::colour(values.byCode.value(QStringLiteral("DE")), bounds));
    CHECK(SvgMap::colour(0, bounds) == SvgMap::colour(values.byCode.value(QStringLiteral("JP")), bounds));

    // Twelve outlines for the thirteen départements: the Rhône and the Métropole share one, whose
    // density is that of both together (two actors in the Métropole, none in the Rhône).
    const ReportTable& departements = f.table("actors_by_departement");
    const QString map = SvgMap::render(departements, f.report.locale());
    CHECK(map.count(QStringLiteral("<path ")) == 12);
    CHECK(map.contains(QStringLiteral("CC BY 4.0")));
    // Each département is named on the map, not only in its hover title: the joined outline by
    // its own name.
    for (const QString& name :
         {QStringLiteral("Isère"), QStringLiteral("Puy-de-Dôme"), QStringLiteral("Rhône")})
        CHECK(map.contains(QStringLiteral("\">%1</text>").arg(name)));
    // Written in white on the darkest class, where black would hardly read.
    CHECK(SvgMap::textColour(SvgMap::colour(bounds.last(), bounds)) == QStringLiteral("#ffffff"));
    CHECK(SvgMap::textColour(SvgMap::colour(bounds.first(), bounds)) == QStringLiteral("#111111"));
    CHECK(SvgMap::textColour(SvgMap::colour(0, bounds)) == QStringLiteral("#111111"));
    const double population = f.row("actors_by_departement", QStringLiteral("69M")).value(3).toDouble() +
                              f.row("actors_by_departement", QStringLiteral("69D")).value(3).toDouble();
    CHECK(departements.mapValues.value(QStringLiteral("69")) == Approx(qRound(2 * 1e6 / population) / 10.0));
    QXmlStreamReader svg(map);
    while (!svg.atEnd())
        svg.readNext();
    CHECK_FALSE(svg.hasError());
    CHECK(MapOutlines::parsePath(QStringLiteral("M0 0 L10 0 L10 5 Z")).boundingRect() == QRectF(0, 0, 10, 5));
}

TEST_CASE("Report: an empty observatory gives a report without data, in every format", "[report][files]")
{
    TestDatabase db;
    const Result<Report> built = ReportBuilder(db.connection()).build(2024);
    REQUIRE(built.ok());
    const Report& report = built.value();
    REQUIRE(report.table(QStringLiteral("actors_key_figures")));
    CHECK(report.table(QStringLiteral("actors_key_figures"))->rows.first().value(2).toLongLong() == 0);
    CHECK(report.table(QStringLiteral("partnerships_by_country"))->rows.isEmpty());
    // No own funds: the ratio is not defined (n.d.), neither 0 nor a division by zero.
    CHECK_FALSE(report.table(QStringLiteral("leverage"))->rows.last().value(1).isValid());
    QTemporaryDir dir;
    for (const QString& name : {QStringLiteral("r.pdf"), QStringLiteral("r.html"), QStringLiteral("r.xlsx"),
                                QStringLiteral("tables/")}) {
        INFO(name.toStdString());
        CHECK(ReportFiles::write(report, dir.filePath(name)).ok());
    }
    CHECK_FALSE(ReportFiles::write(report, dir.filePath(QStringLiteral("r.docx"))).ok());
}

TEST_CASE("Report: a nature found only in the year before keeps its place in the vocabulary's order",
          "[report]")
{
    TestDatabase db;
    QSqlQuery query(db.connection());
    for (const char* sql :
         {"INSERT INTO partnership (id, uuid, kind_code, status_code, signed_on, ended_on, created_at, "
          "updated_at) "
          "VALUES (1, 'p1', 'jumelage', 'termine', '1990', '2023-06', '2024-01-01', '2024-01-01')",
          "INSERT INTO partnership (id, uuid, kind_code, status_code, signed_on, created_at, updated_at) "
          "VALUES (2, 'p2', 'cooperation_decentralisee', 'actif', '2024', '2024-01-01', '2024-01-01')"})
        REQUIRE(query.exec(QString::fromLatin1(sql)));
    const Result<Report> report = ReportBuilder(db.connection()).build(2024);
    REQUIRE(report.ok());
    const ReportTable* kinds = report.value().table(QStringLiteral("partnerships_by_kind"));
    REQUIRE(kinds);
    REQUIRE(kinds->rows.size() == 2);
    CHECK(kinds->rows.at(0) == QVariantList{QStringLiteral("Twinning"), qint64(1), qint64(0)});
    CHECK(kinds->rows.at(1) ==
          QVariantList{QStringLiteral("Decentralised cooperation"), qint64(0), qint64(1)});
}

TEST_CASE("Report: on a demo base, the funding and success rates per support scheme have rows", "[report]")
{
    TestDatabase db;
    REQUIRE(DemoGenerator(db.connection(), 400).run().ok());
    for (const int year : {2024, 2025}) {
        INFO(year);
        const Result<Report> report = ReportBuilder(db.connection()).build(year);
        REQUIRE(report.ok());
        const ReportTable* funding = report.value().table(QStringLiteral("funding_by_scheme"));
        const ReportTable* success = report.value().table(QStringLiteral("success_by_scheme"));
        REQUIRE(funding);
        REQUIRE(success);
        CHECK(funding->rows.size() >= 3);
        CHECK(success->rows.size() >= 3);
        // Some scheme decided this year with a rate neither nothing nor everything.
        bool between = false;
        for (const QVariantList& row : success->rows) {
            const QVariant rate = row.value(4);
            if (!rate.isNull() && rate.toDouble() > 0 && rate.toDouble() < 100)
                between = true;
        }
        CHECK(between);
    }
}

TEST_CASE("Report: a list filtered on a year shows the records that the report counts", "[report]")
{
    TestDatabase db;
    REQUIRE(DemoGenerator(db.connection(), 400).run().ok());
    const Result<Report> report = ReportBuilder(db.connection()).build(2024);
    REQUIRE(report.ok());
    const ReportTable* trend = report.value().table(QStringLiteral("active_by_year"));
    REQUIRE(trend);
    for (const QVariantList& row : trend->rows) {
        RecordFilter filter;
        filter.activeYear = row.value(0).toInt();
        INFO(filter.activeYear);
        for (const auto& [family, column] :
             {std::pair{RecordList::Family::Partnerships, 1}, std::pair{RecordList::Family::Projects, 2}}) {
            RecordQuery list(db.connection(), family, false);
            list.setFilter(filter);
            QString error;
            CHECK(list.matchingIds(&error).size() == row.value(column).toLongLong());
            CHECK(error.isEmpty());
        }
    }
}

namespace {

// Whether two reports hold the same tables with the same figures, and which first differs.
QString firstDifference(const Report& a, const Report& b)
{
    if (a.sections.size() != b.sections.size())
        return QStringLiteral("sections");
    for (qsizetype s = 0; s < a.sections.size(); ++s) {
        const QList<ReportTable>& ta = a.sections.at(s).tables;
        const QList<ReportTable>& tb = b.sections.at(s).tables;
        if (ta.size() != tb.size())
            return a.sections.at(s).title;
        for (qsizetype t = 0; t < ta.size(); ++t) {
            if (ta.at(t).id != tb.at(t).id || ta.at(t).rows != tb.at(t).rows ||
                ta.at(t).base != tb.at(t).base || ta.at(t).mapValues != tb.at(t).mapValues)
                return ta.at(t).id;
        }
    }
    return {};
}

Report builtWith(const QSqlDatabase& db, Statement::Engine engine)
{
    ReportBuilder builder(db);
    builder.setScanEngine(engine);
    Result<Report> built = builder.build(2024);
    INFO(built.message().toStdString());
    REQUIRE(built.ok());
    return built.value();
}

} // namespace

TEST_CASE("Report: read by two connections, by one, or through Qt Sql (as on PostgreSQL), the figures are "
          "the same",
          "[report][sqlite]")
{
    TestDatabase hand;
    loadReportDataset(hand.connection());
    TestDatabase demo;
    REQUIRE(DemoGenerator(demo.connection(), 1500).run().ok());
    for (TestDatabase* db : {&hand, &demo}) {
        // SQLite's C API, two threads each with its connection in the same state of the file.
        const Report twoConnections = builtWith(db->connection(), Statement::Engine::Native);
        CHECK(
            firstDifference(twoConnections, builtWith(db->connection(), Statement::Engine::QtSql)).isEmpty());
        // Someone writing: no second connection can be sure to read the same state, so one reads
        // everything, without waiting for the writer.
        const QString writer = QStringLiteral("report-test-writer");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), writer);
            other.setDatabaseName(db->path());
            REQUIRE(other.open());
            QSqlQuery write(other);
            REQUIRE(write.exec(QStringLiteral("BEGIN IMMEDIATE")));
            REQUIRE(write.exec(QStringLiteral("UPDATE partnership SET title = 'changed, not committed'")));
            const Report oneConnection = builtWith(db->connection(), Statement::Engine::Native);
            CHECK(firstDifference(twoConnections, oneConnection).isEmpty());
            REQUIRE(write.exec(QStringLiteral("ROLLBACK")));
            other.close();
        }
        QSqlDatabase::removeDatabase(writer);
    }
}

TEST_CASE("The report of the same observatory on PostgreSQL and in an SQLite file has the same figures",
          "[report][engines]")
{
    // The engine under test (PostgreSQL in the test_report_postgresql entry) and an SQLite file,
    // each filled by the same deterministic demonstration.
    TestDatabase underTest;
    TestDatabase sqlite(TestDatabase::Engine::Sqlite);
    for (TestDatabase* db : {&underTest, &sqlite})
        REQUIRE(DemoGenerator(db->connection(), 1500).run().ok());
    for (const int year : {2015, 2024}) {
        INFO(year);
        ReportBuilder onTest(underTest.connection());
        ReportBuilder onFile(sqlite.connection());
        const QDate today(2025, 6, 30);
        onTest.setToday(today);
        onFile.setToday(today);
        const Result<Report> tested = onTest.build(year);
        const Result<Report> file = onFile.build(year);
        INFO(tested.message().toStdString());
        REQUIRE(tested.ok());
        REQUIRE(file.ok());
        CHECK(tested.value().sections.size() == file.value().sections.size());
        CHECK(firstDifference(tested.value(), file.value()).isEmpty());
    }
}

TEST_CASE("Report: records whose ids are far apart are counted like any others", "[report]")
{
    // Ids far apart (rows written with their own ids) make the reading find records by binary
    // search rather than by a table of places.
    TestDatabase db;
    QSqlQuery query(db.connection());
    for (
        const char* sql :
        {"INSERT INTO actor (id, uuid, name, name_normalized, actor_type_code, departement_code, created_at, "
         "updated_at) VALUES (7, 'a7', 'Lyon', 'lyon', 'commune', '69M', '2024-01-01', '2024-01-01')",
         "INSERT INTO actor (id, uuid, name, name_normalized, actor_type_code, departement_code, created_at, "
         "updated_at) VALUES (800000000, 'a8', 'Vienne', 'vienne', 'commune', '38', '2024-01-01', "
         "'2024-01-01')",
         "INSERT INTO foreign_partner (id, uuid, name, name_normalized, country_code, created_at, "
         "updated_at) "
         "VALUES (900000000, 'f9', 'Ouagadougou', 'ouagadougou', 'BF', '2024-01-01', '2024-01-01')",
         "INSERT INTO partnership (id, uuid, kind_code, status_code, signed_on, created_at, updated_at) "
         "VALUES (3, 'p3', 'jumelage', 'actif', '1990', '2024-01-01', '2024-01-01')",
         "INSERT INTO partnership (id, uuid, kind_code, status_code, signed_on, created_at, updated_at) "
         "VALUES (700000000, 'p7', 'cooperation_decentralisee', 'actif', '2024-03', '2024-01-01', "
         "'2024-01-01')",
         "INSERT INTO partnership_actor (partnership_id, actor_id, role_code) VALUES (3, 7, 'signataire')",
         "INSERT INTO partnership_actor (partnership_id, actor_id, role_code) VALUES (700000000, 800000000, "
         "'signataire')",
         "INSERT INTO partnership_partner (partnership_id, partner_id) VALUES (700000000, 900000000)",
         "INSERT INTO partnership_partner (partnership_id, partner_id) VALUES (3, 900000000)"})
        REQUIRE(query.exec(QString::fromLatin1(sql)));
    const Result<Report> report = ReportBuilder(db.connection()).build(2024);
    REQUIRE(report.ok());
    const ReportTable* key = report.value().table(QStringLiteral("actors_key_figures"));
    REQUIRE(key);
    CHECK(key->rows.at(0) ==
          QVariantList{QStringLiteral("Actors of the region engaged"), qint64(1), qint64(2)});
    const ReportTable* countries = report.value().table(QStringLiteral("partnerships_by_country"));
    REQUIRE(countries);
    REQUIRE(countries->rows.size() == 1);
    CHECK(countries->rows.at(0) ==
          QVariantList{QStringLiteral("BF"), QStringLiteral("Burkina Faso"), qint64(2)});
    const ReportTable* twinnings = report.value().table(QStringLiteral("twinnings_top_countries"));
    REQUIRE(twinnings);
    CHECK(twinnings->rows.value(0).value(2) == qint64(1));
}

#include "support/InFrench.h"
#include "support/QtPrinting.h"
#include "support/ReportDataset.h"
#include "support/TestDatabase.h"
#include "support/ZipEntry.h"

#include "demo/DemoGenerator.h"
#include "i18n/Translations.h"
#include "report/ReportBuilder.h"
#include "report/ReportFiles.h"
#include "report/ReportFormat.h"
#include "report/ReportHtml.h"
#include "report/ReportPdfWriter.h"
#include "report/ReportWorkbook.h"
#include "report/SvgChart.h"
#include "report/SvgMap.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <optional>

// What a reader of the report sees: its pages, its figures, its files.

namespace {

const QLocale kFrench(QLocale::French, QLocale::France);
const QLocale kEnglish(QLocale::English, QLocale::UnitedKingdom);
const QChar kNarrow(0x202F);
const QChar kNoBreak(0x00A0);

Report handReport()
{
    TestDatabase db;
    loadReportDataset(db.connection());
    ReportBuilder builder(db.connection());
    builder.setToday(QDate(2026, 12, 5));
    Result<Report> report = builder.build(2024);
    REQUIRE(report.ok());
    return report.value();
}

const ReportTable& tableOf(const Report& report, const char* id)
{
    const ReportTable* table = report.table(QString::fromLatin1(id));
    INFO(id);
    REQUIRE(table);
    return *table;
}

QByteArray fileOf(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

Report demoReport(int rows, int year)
{
    TestDatabase db;
    REQUIRE(DemoGenerator(db.connection(), rows).run().ok());
    ReportBuilder builder(db.connection());
    builder.setToday(QDate(2026, 12, 5));
    Result<Report> report = builder.build(year);
    REQUIRE(report.ok());
    return report.value();
}

} // namespace

TEST_CASE("Report PDF: each title on the page of its chart or first row, no table split that fits a page, no "
          "page of one or two stray rows, a header on each page of a table",
          "[report][pdf]")
{
    const bool french = GENERATE(false, true);
    const InLanguage language(french);
    const Report report = demoReport(2000, 2025);
    CHECK(report.english == !french);
    const ReportPdfWriter::Layout layout = ReportPdfWriter::layout(report);
    CHECK(layout.pages > 10);
    int tables = 0;
    int split = 0;
    for (const ReportPdfWriter::Block& block : layout.blocks) {
        INFO(block.id.toStdString() << " title page " << block.titlePage << ", first content's page "
                                    << block.firstContentPage << ", last page " << block.lastPage
                                    << ", height " << block.height << ", name lines " << block.nameLines
                                    << ", rows per page "
                                    << QStringList([&] {
                                           QStringList counts;
                                           for (const int n : block.rowsPerPage)
                                               counts << QString::number(n);
                                           return counts;
                                       }())
                                           .join(QLatin1Char(' '))
                                           .toStdString());
        CHECK(block.titlePage == block.firstContentPage);
        // A name over two lines at most: the success rates per scheme, beside five columns of
        // figures, had theirs over four or five in a column as narrow as a figure's.
        CHECK(block.nameLines <= 2);
        if (block.height < 0.9)
            CHECK(block.lastPage == block.titlePage); // a block that fits a page is not split
        if (block.rowsPerPage.size() > 1) {
            for (const int rows : block.rowsPerPage)
                CHECK(rows >= 3); // no page of one or two rows, nor of a header alone
            CHECK(block.headerOnEachPage);
            ++split;
        }
        tables += block.rowsPerPage.isEmpty() ? 0 : 1;
    }
    CHECK(tables >= 25);
    CHECK(split >= 1); // the demo has tables longer than a page
    // Every table of the report is laid out, under its title (laid out again with the widths of
    // its columns, the text layout had lost the blocks after a table whose format changed).
    QStringList laidOut;
    for (const ReportPdfWriter::Block& block : layout.blocks)
        laidOut << block.id;
    for (const ReportSection& section : report.sections) {
        for (const ReportTable& table : section.tables) {
            INFO(table.id.toStdString());
            CHECK(laidOut.contains(table.id));
        }
    }

    // The contents gives each part's page, as printed: the title page is 1, the contents 2.
    const QStringList parts = ReportHtml::partAnchors(report);
    CHECK(parts.size() == report.sections.size() + 1);
    CHECK(layout.contentsPages == layout.partPages);
    int previous = 2;
    for (const QString& part : parts) {
        INFO(part.toStdString());
        REQUIRE(layout.partPages.contains(part));
        CHECK(layout.partPages.value(part) > previous);
        previous = layout.partPages.value(part);
    }
    CHECK(previous <= layout.pages);
}

TEST_CASE("Report contents: printed with the page of each part; the HTML file's contents links them instead",
          "[report][pdf]")
{
    const Report report = handReport();
    ReportHtml::PrintLayout print;
    const QStringList parts = ReportHtml::partAnchors(report);
    for (qsizetype i = 0; i < parts.size(); ++i)
        print.partPages.insert(parts.at(i), 3 + 4 * static_cast<int>(i));
    const QString printed = ReportHtml::page(report, ReportHtml::Charts::ImageReferences, print);
    CHECK(printed.contains(QStringLiteral("<td>1. %1</td><td align=\"right\">3</td>")
                               .arg(ReportFormat::escaped(report.sections.first().title))));
    CHECK(printed.contains(
        QStringLiteral("<td>Methodology</td><td align=\"right\">%1</td>").arg(3 + 4 * (parts.size() - 1))));
    CHECK_FALSE(printed.contains(QStringLiteral("<li><a href=\"#part1\">")));
    const QString file = ReportHtml::page(report, ReportHtml::Charts::InlineSvg);
    CHECK(file.contains(QStringLiteral("<li><a href=\"#part1\">%1</a></li>")
                            .arg(ReportFormat::escaped(report.sections.first().title))));
    CHECK(file.contains(QStringLiteral("<li><a href=\"#methodology\">Methodology</a></li>")));
}

TEST_CASE("Report figures: whole euros, shares with one decimal, French narrow spaces, English conventions",
          "[report][format]")
{
    using K = ReportTable::Kind;
    const QString fr = QString(kNarrow);
    CHECK(ReportFormat::cell(qint64(2839955), K::Euros, kFrench) ==
          QStringLiteral("2") + fr + QStringLiteral("839") + fr + QStringLiteral("955"));
    CHECK(ReportFormat::withUnit(qint64(2839955), K::Euros, kFrench) ==
          QStringLiteral("2") + fr + QStringLiteral("839") + fr + QStringLiteral("955") + kNoBreak +
              QStringLiteral("€"));
    CHECK(ReportFormat::withUnit(qint64(2839955), K::Euros, kEnglish) == QStringLiteral("€2,839,955"));
    // One decimal always, "1,0" and not "1"; two for a ratio.
    CHECK(ReportFormat::cell(1.0, K::Percent, kFrench) == QStringLiteral("1,0"));
    CHECK(ReportFormat::withUnit(12.5, K::Percent, kFrench) ==
          QStringLiteral("12,5") + fr + QStringLiteral("%"));
    CHECK(ReportFormat::withUnit(12.5, K::Percent, kEnglish) == QStringLiteral("12.5%"));
    CHECK(ReportFormat::cell(5.3, K::Ratio, kFrench) == QStringLiteral("5,30"));
    CHECK(ReportFormat::cell(192919.3, K::Euros, kEnglish) == QStringLiteral("192,919")); // never "192 919,3"
    CHECK(ReportFormat::cell(QVariant(), K::Percent, kEnglish) == QStringLiteral("n.d."));
    // French typography, and English left alone.
    CHECK(ReportFormat::typography(QStringLiteral("Italie : 2 ; 12 % « oui »"), kFrench) ==
          QStringLiteral("Italie") + fr + QStringLiteral(": 2") + fr + QStringLiteral("; 12") + fr +
              QStringLiteral("% «") + fr + QStringLiteral("oui") + fr + QStringLiteral("»"));
    CHECK(ReportFormat::typography(QStringLiteral("Italy: 2"), kEnglish) == QStringLiteral("Italy: 2"));
}

TEST_CASE("Report charts: round ticks, every row, every series with a legend, figures as in the tables",
          "[report][charts]")
{
    const SvgChart::Axis axis = SvgChart::axis(2839955, true, 5);
    CHECK(axis.step == 1000000.0);
    CHECK(axis.top == 3000000.0);
    CHECK(SvgChart::axis(7, true, 5).step == 2.0);
    CHECK(SvgChart::axis(0.37, false, 4).step == 0.1);
    CHECK(SvgChart::wrapped(QStringLiteral("Agriculture, alimentation, développement rural, pêche"), 30) ==
          QStringList{QStringLiteral("Agriculture, alimentation,"),
                      QStringLiteral("développement rural, pêche")});
    // A word longer than a line: cut after its own hyphens, or else with an ellipsis, never
    // silently.
    CHECK(SvgChart::wrapped(QStringLiteral("Land de Rhénanie-du-Nord-Westphalie"), 18) ==
          QStringList{QStringLiteral("Land de"), QStringLiteral("Rhénanie-du-Nord-"),
                      QStringLiteral("Westphalie")});
    CHECK(SvgChart::wrapped(QStringLiteral("ODD 9 Anticonstitutionnellement"), 12) ==
          QStringList{QStringLiteral("ODD 9"), QStringLiteral("Anticonstit…"), QStringLiteral("utionnellem…"),
                      QStringLiteral("ent")});

    const Report report = handReport();
    // The line chart of five years: both columns, each named in the legend.
    const QString trend = SvgChart::render(tableOf(report, "active_by_year"), kEnglish);
    CHECK(trend.count(QStringLiteral("<polyline")) == 2);
    CHECK(trend.contains(QStringLiteral(">Partnerships</text>")));
    CHECK(trend.contains(QStringLiteral(">Projects</text>")));
    const QString signatures = SvgChart::render(tableOf(report, "signatures_by_year"), kEnglish);
    CHECK(signatures.contains(QStringLiteral(">Of which twinnings</text>")));
    // Amounts with their unit, in the report's conventions.
    const QString amounts = SvgChart::render(tableOf(report, "amounts_by_zone"), kFrench);
    CHECK(amounts.contains(QStringLiteral("130") + kNarrow + QStringLiteral("000") + kNoBreak +
                           QStringLiteral("€")));
    // A bar chart of 25 rows draws 25 bars (and the axis's ticks), a long label whole.
    ReportTable many;
    many.chart = ReportTable::Chart::Bars;
    many.columns = {QStringLiteral("Label"), QStringLiteral("Amount")};
    many.columnKinds = {ReportTable::Kind::Text, ReportTable::Kind::Euros};
    for (int i = 0; i < 25; ++i)
        many.rows << QVariantList{
            QStringLiteral("Développement économique, emploi, artisanat, commerce équitable %1").arg(i),
            qint64(1000000 + i * 73910)};
    const QString bars = SvgChart::render(many, kFrench);
    CHECK(bars.count(QStringLiteral("<rect")) == 25);
    CHECK(bars.contains(QStringLiteral("équitable 24")));
    CHECK_FALSE(bars.contains(QStringLiteral("…")));
    // Nowhere a figure in scientific notation.
    for (const ReportSection& section : report.sections) {
        for (const ReportTable& table : section.tables)
            CHECK_FALSE(ReportHtml::chart(table, kFrench)
                            .contains(QRegularExpression(QStringLiteral("\\de[+-]\\d"))));
    }
}

TEST_CASE("Report maps: classes that do not overlap, zero apart", "[report][maps]")
{
    const QList<double> bounds{1, 3, 3, 8, 20};
    const QList<QPair<QString, QString>> counts = SvgMap::legend(bounds, ReportTable::Kind::Count, kEnglish);
    QStringList labels;
    for (const auto& entry : counts)
        labels << entry.second;
    CHECK(labels == QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2–3"),
                                QStringLiteral("4–8"), QStringLiteral("9–20")});
    const QList<QPair<QString, QString>> densities =
        SvgMap::legend({2.5, 6.0, 8.1, 9.4, 14.9}, ReportTable::Kind::Density, kFrench);
    CHECK(densities.at(1).second == QStringLiteral("0,1–2,5"));
    CHECK(densities.at(2).second == QStringLiteral("2,6–6,0"));
    CHECK(SvgMap::colour(0, bounds) != SvgMap::colour(1, bounds));
}

TEST_CASE(
    "Report workbook: French sheet names, title, base and date on each sheet, figures rounded as shown, "
    "number formats",
    "[report][files]")
{
    InFrench french;
    const Report report = handReport();
    REQUIRE_FALSE(report.english);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rapport.xlsx"));
    REQUIRE(ReportFiles::write(report, path).ok());
    const QByteArray workbook = fileOf(path);
    const QString sheets = QString::fromUtf8(zipEntry(workbook, QStringLiteral("xl/workbook.xml")));
    CHECK(sheets.contains(QStringLiteral("01 Chiffres clés sur les acteur"))); // 31 characters at most
    CHECK(sheets.contains(QStringLiteral("name=\"Méthode\"")));
    const QString strings = QString::fromUtf8(zipEntry(workbook, QStringLiteral("xl/sharedStrings.xml")));
    CHECK(strings.contains(QStringLiteral("Chiffres clés sur les acteurs")));
    CHECK(strings.contains(QStringLiteral("Données au 05/12/2026.")));
    CHECK(strings.contains(QStringLiteral("Partenariats actifs")));
    const QString styles = QString::fromUtf8(zipEntry(workbook, QStringLiteral("xl/styles.xml")));
    CHECK(styles.contains(QStringLiteral("formatCode=\"#,##0\"")));
    CHECK(styles.contains(QStringLiteral("formatCode=\"#,##0.0\"")));
    CHECK(styles.contains(QStringLiteral("€")));
    // No figure with more decimals than the report shows (two, for the leverage).
    for (int sheet = 1; sheet <= 33; ++sheet) {
        const QString xml =
            QString::fromUtf8(zipEntry(workbook, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet)));
        INFO(sheet);
        CHECK_FALSE(xml.isEmpty());
        CHECK_FALSE(xml.contains(QRegularExpression(QStringLiteral("<v>-?\\d+\\.\\d{3,}</v>"))));
    }
    CHECK(ReportWorkbook::rounded(615849.6899999999, ReportTable::Kind::Euros) == 615850.0);
    CHECK(ReportWorkbook::rounded(14.299999999, ReportTable::Kind::Percent) == 14.3);
    CHECK(ReportWorkbook::sheetName(7, QStringLiteral("Partenariats : nouvelles signatures / an [2024]")) ==
          QStringLiteral("07 Partenariats nouvelles signa"));
}

TEST_CASE("Report CSV folder: an index of the tables with their title, base, date and counting rules",
          "[report][files]")
{
    const Report report = handReport();
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("tables/"));
    REQUIRE(ReportFiles::write(report, folder).ok());
    const QString index = QString::fromUtf8(fileOf(QDir(folder).filePath(ReportFiles::indexFileName())));
    // The English report in the csv dialect (',', a decimal point).
    CHECK(index.contains(QStringLiteral("File,Table,Base,Data,Counting rules,Remark")));
    CHECK(index.contains(QStringLiteral("02-partnerships_key_figures.csv")) ==
          false); // numbered in the report's order
    CHECK(index.contains(QStringLiteral("07-partnerships_key_figures.csv,Key figures on partnerships,")));
    CHECK(index.contains(
        QStringLiteral("Data as of 05/12/2026.,\"Active partnerships, Records without a date\",")));
    CHECK(index.contains(QStringLiteral("methodologie.csv,Methodology,")));
    // Every table file the index names is there.
    int named = 0;
    for (const QString& line : index.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).mid(1)) {
        const QString file = line.section(QLatin1Char(','), 0, 0);
        INFO(file.toStdString());
        CHECK(QFile::exists(QDir(folder).filePath(file)));
        ++named;
    }
    CHECK(named == 34);

    // The French report in the excel dialect: ';' and a decimal comma, for Excel in French.
    InFrench french;
    const QString dossier = dir.filePath(QStringLiteral("tableaux/"));
    REQUIRE(ReportFiles::write(handReport(), dossier).ok());
    CHECK(QString::fromUtf8(fileOf(QDir(dossier).filePath(ReportFiles::indexFileName())))
              .contains(QStringLiteral(";Règles de comptage;")));
    const QString leverage = QString::fromUtf8(
        fileOf(QDir(dossier).filePath(QDir(dossier).entryList({QStringLiteral("*-leverage.csv")}).value(0))));
    CHECK(leverage.contains(QRegularExpression(QStringLiteral(";\\d+,\\d\\d\r\n"))));
}

TEST_CASE("Report in English and in French: the labels and the conventions of its language",
          "[report][files]")
{
    const Report english = handReport();
    const QString page = ReportHtml::page(english, ReportHtml::Charts::InlineSvg);
    CHECK(page.contains(QStringLiteral("<html lang=\"en\">")));
    // The title never breaks inside the region's name.
    CHECK(page.contains(QStringLiteral("style=\"white-space:nowrap\">Auvergne-Rhône-Alpes</span>")));
    CHECK(page.contains(QStringLiteral(">Twinning</td>")));
    CHECK(page.contains(QStringLiteral(">150,000</td>")));
    CHECK(page.contains(QStringLiteral("Data as of 05/12/2026.")));
    CHECK_FALSE(page.contains(QStringLiteral("Jumelage")));
    CHECK(page.contains(QStringLiteral("counts only the actors of the Auvergne-Rhône-Alpes region,")));
    // Each table's headings say what it counts: the table of twinnings counts twinnings.
    const auto headings = [](const Report& report, const char* id) {
        const ReportTable* table = report.table(QString::fromLatin1(id));
        REQUIRE(table);
        return table->columns;
    };
    CHECK(headings(english, "twinnings_top_countries") ==
          QStringList{QStringLiteral("Code"), QStringLiteral("Country"), QStringLiteral("Twinnings")});
    CHECK(headings(english, "partnerships_top_countries").last() == QStringLiteral("Partnerships"));
    InFrench french;
    const Report inFrench = handReport();
    CHECK(headings(inFrench, "twinnings_top_countries").last() == QStringLiteral("Jumelages"));
    CHECK(headings(inFrench, "partnerships_top_countries").last() == QStringLiteral("Partenariats"));
    // « Ensemble » is a French table's total line: the column of the areas is named otherwise.
    CHECK(headings(inFrench, "partnerships_europe").first() == QStringLiteral("Espace géographique"));
    const QString pageFr = ReportHtml::page(inFrench, ReportHtml::Charts::InlineSvg);
    CHECK(pageFr.contains(QStringLiteral("<html lang=\"fr\">")));
    CHECK(pageFr.contains(QStringLiteral(">Jumelage</td>")));
    CHECK(pageFr.contains(QStringLiteral(">150") + kNarrow + QStringLiteral("000</td>")));
    CHECK(pageFr.contains(QStringLiteral("Partenariats actifs")));
    CHECK(pageFr.contains(QStringLiteral("Part (%)")));
    // The region's name after « de » in the methodology: never « de Auvergne-… ».
    CHECK(pageFr.contains(QStringLiteral("ne compte que les acteurs de la région Auvergne-Rhône-Alpes,")));
    CHECK(pageFr.contains(QStringLiteral("les collectivités de la région Auvergne-Rhône-Alpes engagées")));
    CHECK_FALSE(pageFr.contains(QStringLiteral("de Auvergne")));
    // Every colon, semicolon and percent sign of its text after a narrow no-break space.
    QString text = pageFr;
    text.remove(QRegularExpression(QStringLiteral("<style>.*?</style>|<svg.*?</svg>|<[^>]*>"),
                                   QRegularExpression::DotMatchesEverythingOption));
    const QRegularExpressionMatch wide =
        QRegularExpression(QStringLiteral(".{0,30}[ \u00a0][:;%]")).match(text);
    INFO(wide.captured().toStdString());
    CHECK_FALSE(wide.hasMatch());
}

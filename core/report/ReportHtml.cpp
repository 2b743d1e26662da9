#include "ReportHtml.h"

#include "ReportFormat.h"
#include "SvgChart.h"
#include "SvgMap.h"

#include <QLocale>

namespace {

// The page's look on screen; the printed one keeps only what the text layout of the PDF knows,
// and its title page.
const QString kStyle = QStringLiteral(
    "body{font-family:'DejaVu Sans',Arial,sans-serif;color:#222;max-width:860px;margin:2em auto;padding:0 "
    "1em;}h1{color:#1f5f8b;font-size:26pt;}h2{color:#1f5f8b;border-bottom:2px solid "
    "#1f5f8b;margin-top:1.6em;}h3{margin-bottom:0.2em;}p.base{color:#555;font-size:9pt;margin-top:0;}table{"
    "border-collapse:collapse;margin:0.5em 0 1.5em "
    "0;font-size:9pt;}th{background:#e8eff5;text-align:left;}th,td{border:1px solid #bbb;padding:3px "
    "8px;}td.n{text-align:right;}p.meta{color:#555;}");
const QString kPrintStyle = QStringLiteral(
    "body{font-family:'DejaVu "
    "Sans',Arial,sans-serif;color:#222;}h1{color:#1f5f8b;font-size:28pt;}h2{color:#1f5f8b;font-size:16pt;}h3{"
    "font-size:11pt;margin-bottom:2px;}p.base{color:#555;font-size:8pt;margin-top:0;}table{font-size:8.5pt;"
    "margin-bottom:14px;}th{background-color:#e8eff5;}p.meta{color:#555;font-size:11pt;}");

} // namespace

QString ReportHtml::title(const Report& report)
{
    return tr("International cooperation observatory — %1, %2")
        .arg(report.regionName.isEmpty() ? tr("the region") : report.regionName)
        .arg(report.year);
}

QStringList ReportHtml::notices(const Report& report)
{
    QStringList found;
    if (report.provisional)
        found << tr("Provisional figures: %1 is not over.").arg(report.year);
    if (report.noData)
        found << tr("No partnership or project of the observatory is active in %1: there is no data for this "
                    "year.")
                     .arg(report.year);
    return found;
}

QString ReportHtml::dataAsOf(const Report& report)
{
    const QString date = report.locale().toString(report.computedOn, QLocale::ShortFormat);
    return report.provisional ? tr("Data as of %1 (provisional).").arg(date) : tr("Data as of %1.").arg(date);
}

QString ReportHtml::chart(const ReportTable& table)
{
    if (table.chart == ReportTable::Chart::WorldMap || table.chart == ReportTable::Chart::DepartementMap)
        return SvgMap::render(table);
    return SvgChart::render(table);
}

QString ReportHtml::table(const ReportTable& t)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>");
    for (const QString& column : t.columns)
        html += QStringLiteral("<th>%1</th>").arg(ReportFormat::escaped(column));
    html += QStringLiteral("</tr>");
    for (const QVariantList& row : t.rows) {
        html += QStringLiteral("<tr>");
        for (const QVariant& cell : row) {
            const bool number = cell.typeId() != QMetaType::QString;
            html += QStringLiteral("<td%1>%2</td>")
                        .arg(number ? QStringLiteral(" class=\"n\" align=\"right\"") : QString(),
                             ReportFormat::escaped(ReportFormat::value(cell)));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString ReportHtml::page(const Report& report, Charts charts)
{
    const QLocale french(QLocale::French, QLocale::France);
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"/><title>%1</title>"
                       "<style>%2</style></head><body>\n")
            .arg(ReportFormat::escaped(title(report)), charts == Charts::InlineSvg ? kStyle : kPrintStyle);
    if (charts == Charts::ImageReferences)
        html += QStringLiteral("<p style=\"margin-top:240px\">&#160;</p>");
    html += QStringLiteral("<h1>%1</h1>\n<p class=\"meta\">%2</p>\n")
                .arg(ReportFormat::escaped(title(report)),
                     ReportFormat::escaped(
                         tr("Reference year %1, compared with %2. Figures computed on %3 from the "
                            "observatory's database.")
                             .arg(report.year)
                             .arg(report.year - 1)
                             .arg(french.toString(report.computedOn, QStringLiteral("d MMMM yyyy")))));
    for (const QString& notice : notices(report))
        html += QStringLiteral("<p class=\"notice\"><b>%1</b></p>\n").arg(ReportFormat::escaped(notice));
    html += QStringLiteral("<div style=\"page-break-before: always\"><h2>%1</h2><ol>").arg(tr("Contents"));
    for (int i = 0; i < report.sections.size(); ++i)
        html += QStringLiteral("<li><a href=\"#part%1\">%2</a></li>")
                    .arg(i + 1)
                    .arg(ReportFormat::escaped(report.sections.at(i).title));
    html += QStringLiteral("<li><a href=\"#methodology\">%1</a></li></ol></div>\n").arg(tr("Methodology"));
    for (int i = 0; i < report.sections.size(); ++i) {
        const ReportSection& section = report.sections.at(i);
        html += QStringLiteral("<div style=\"page-break-before: always\"><h2 id=\"part%1\"><a "
                               "name=\"part%1\"></a>%1. %2</h2>\n")
                    .arg(i + 1)
                    .arg(ReportFormat::escaped(section.title));
        if (!section.introduction.isEmpty())
            html += QStringLiteral("<p>%1</p>\n").arg(ReportFormat::escaped(section.introduction));
        for (const ReportTable& t : section.tables) {
            html += QStringLiteral("<h3 id=\"%1\">%2</h3>\n").arg(t.id, ReportFormat::escaped(t.title));
            if (!t.base.isEmpty())
                html += QStringLiteral("<p class=\"base\">%1 %2</p>\n")
                            .arg(ReportFormat::escaped(t.base), ReportFormat::escaped(dataAsOf(report)));
            if (!t.hasData()) {
                html +=
                    QStringLiteral("<p class=\"nodata\">%1</p>\n").arg(ReportFormat::escaped(tr("No data.")));
                continue;
            }
            const QString svg = chart(t);
            if (!svg.isEmpty()) {
                html += charts == Charts::InlineSvg
                            ? QStringLiteral("<div class=\"chart\">%1</div>\n").arg(svg)
                            : QStringLiteral("<p><img src=\"chart:%1\" width=\"%2\"/></p>\n")
                                  .arg(t.id)
                                  .arg(kPrintedChartWidth);
            }
            html += table(t) + QLatin1Char('\n');
        }
        html += QStringLiteral("</div>\n");
    }
    html += QStringLiteral("<div style=\"page-break-before: always\"><h2 id=\"methodology\"><a "
                           "name=\"methodology\"></a>%1</h2>\n")
                .arg(tr("Methodology"));
    for (const auto& [rule, statement] : report.methodology)
        html += QStringLiteral("<h3>%1</h3><p>%2</p>\n")
                    .arg(ReportFormat::escaped(rule), ReportFormat::escaped(statement));
    return html + QStringLiteral("</div></body></html>\n");
}

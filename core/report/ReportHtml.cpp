#include "ReportHtml.h"

#include "ReportFormat.h"
#include "SvgChart.h"
#include "SvgMap.h"

#include <QLocale>

namespace {

// The page's look on screen; the printed one keeps only what the text layout of the PDF knows,
// and its title page, and no italics (tools/setup.sh installs DejaVu Sans' upright faces only).
const QString kStyle = QStringLiteral(
    "body{font-family:'DejaVu Sans',Arial,sans-serif;color:#222;max-width:860px;margin:2em auto;padding:0 "
    "1em;}h1{color:#1f5f8b;font-size:26pt;margin-bottom:0.2em;}p.subtitle{color:#1f5f8b;font-size:16pt;"
    "margin-top:0;}"
    "h2{color:#1f5f8b;border-bottom:2px solid #1f5f8b;margin-top:1.6em;}h3{margin-bottom:0.2em;}"
    "p.base{color:#555;font-size:9pt;margin-top:0;}table{border-collapse:collapse;margin:0.5em 0 1.5em "
    "0;font-size:9pt;}th{background:#e8eff5;text-align:left;}th,td{border:1px solid #bbb;padding:3px "
    "8px;}td.n{text-align:right;}p.meta{color:#555;}p.nodata{font-style:italic;}span.name{white-space:nowrap;"
    "}");
const QString kPrintStyle =
    QStringLiteral("body{font-family:'DejaVu "
                   "Sans',Arial,sans-serif;color:#222;}h1{color:#1f5f8b;font-size:28pt;margin-bottom:4px;}"
                   "p.subtitle{color:#1f5f8b;font-size:18pt;margin-top:0;}h2{color:#1f5f8b;font-size:16pt;}"
                   "h3{font-size:11pt;margin-bottom:2px;}p.base{color:#555;font-size:8pt;margin-top:0;}"
                   "table{font-size:8.5pt;margin-bottom:14px;}th{background-color:#e8eff5;}p.meta{color:#555;"
                   "font-size:11pt;}"
                   "p.nodata{color:#555;}span.name{white-space:nowrap;}table.contents{font-size:11pt;}");

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
    for (QString& notice : found)
        notice = ReportFormat::typography(notice, report.locale());
    return found;
}

QString ReportHtml::dataAsOf(const Report& report)
{
    const QString date = report.locale().toString(report.computedOn, QLocale::ShortFormat);
    return ReportFormat::typography(report.provisional ? tr("Data as of %1 (provisional).").arg(date)
                                                       : tr("Data as of %1.").arg(date),
                                    report.locale());
}

QString ReportHtml::chart(const ReportTable& table, const QLocale& locale)
{
    if (!table.hasData())
        return {};
    if (table.chart == ReportTable::Chart::WorldMap || table.chart == ReportTable::Chart::DepartementMap)
        return SvgMap::render(table, locale);
    return SvgChart::render(table, locale);
}

QString ReportHtml::table(const ReportTable& t, const QLocale& locale, const QList<int>& breaks,
                          const QList<double>& widths)
{
    // The header in <thead>: the PDF's text layout repeats it on each page the table spans.
    QString head = QStringLiteral("<thead><tr>");
    for (qsizetype c = 0; c < t.columns.size(); ++c)
        head += QStringLiteral("<th%1>%2</th>")
                    .arg(widths.size() == t.columns.size()
                             ? QStringLiteral(" width=\"%1%\"").arg(widths.at(c), 0, 'f', 1)
                             : QString(),
                         ReportFormat::escaped(ReportFormat::typography(t.columns.at(c), locale)));
    head += QStringLiteral("</tr></thead>");
    const QString open = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">") + head;
    // A break asked for before a row: the table goes on on the next page, under its header. (A
    // break on the table itself would leave its header alone on the page it breaks to.)
    // The part on the next page says which table it goes on with.
    const QString pageBreak =
        QStringLiteral("<p style=\"page-break-before: always; margin:0; font-size:1pt\">&#160;</p><p "
                       "style=\"color:#555;font-size:8pt;margin:0 0 2px 0\">%1</p>")
            .arg(ReportFormat::escaped(ReportFormat::typography(tr("%1 (continued)").arg(t.title), locale)));
    QString html = (breaks.contains(0) ? pageBreak : QString()) + open;
    for (int r = 0; r < t.rows.size(); ++r) {
        if (r > 0 && breaks.contains(r))
            html += QStringLiteral("</table>") + pageBreak + open;
        html += QStringLiteral("<tr>");
        for (int c = 0; c < t.rows.at(r).size(); ++c) {
            const bool number = t.kind(r, c) != ReportTable::Kind::Text;
            html += QStringLiteral("<td%1>%2</td>")
                        .arg(number ? QStringLiteral(" class=\"n\" align=\"right\"") : QString(),
                             ReportFormat::escaped(
                                 ReportFormat::typography(ReportFormat::cell(t, r, c, locale), locale)));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QStringList ReportHtml::partAnchors(const Report& report)
{
    QStringList anchors;
    for (int i = 0; i < report.sections.size(); ++i)
        anchors << QStringLiteral("part%1").arg(i + 1);
    return anchors << QStringLiteral("methodology");
}

QString ReportHtml::page(const Report& report, Charts charts, const PrintLayout& print)
{
    const QLocale locale = report.locale();
    const auto text = [&locale](const QString& content) {
        return ReportFormat::escaped(ReportFormat::typography(content, locale));
    };
    const auto breakStyle = [&print](const QString& anchor) {
        return print.beforeTitle.contains(anchor) ? QStringLiteral(" style=\"page-break-before: always\"")
                                                  : QString();
    };
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"/><title>%2</title>"
                       "<style>%3</style></head><body>\n")
            .arg(report.english ? QStringLiteral("en") : QStringLiteral("fr"), text(title(report)),
                 charts == Charts::InlineSvg ? kStyle : kPrintStyle);
    // The printed title a third of the way down its page: a tall empty line, since the text layout
    // drops the top margin of what begins a page.
    if (charts == Charts::ImageReferences)
        html += QStringLiteral("<p style=\"font-size:160pt\">&#160;</p>");
    // The title page: the observatory, then its region (never broken inside its name) and year.
    const QString region = report.regionName.isEmpty() ? tr("the region") : report.regionName;
    // Printed, the title is a paragraph: the text layout sizes its headings by their level, not by
    // the style sheet.
    const QString titleTemplate =
        (charts == Charts::InlineSvg
             ? QStringLiteral("<h1>%1</h1>\n")
             : QStringLiteral(
                   "<p style=\"font-size:26pt;font-weight:bold;color:#1f5f8b;margin-bottom:6px\">%1</p>\n")) +
        QStringLiteral("<p class=\"subtitle\" style=\"font-size:18pt\"><span class=\"name\" "
                       "style=\"white-space:nowrap\">%2</span> — %3</p>\n");
    html += titleTemplate.arg(text(tr("International cooperation observatory")), text(region),
                              text(tr("report %1").arg(report.year)));
    html += QStringLiteral("<p class=\"meta\">%1</p>\n")
                .arg(text(tr("Reference year %1, compared with %2. Figures computed on %3 from the "
                             "observatory's database.")
                              .arg(report.year)
                              .arg(report.year - 1)
                              .arg(locale.toString(report.computedOn, QStringLiteral("d MMMM yyyy")))));
    for (const QString& notice : notices(report))
        html += QStringLiteral("<p class=\"notice\"><b>%1</b></p>\n").arg(ReportFormat::escaped(notice));
    html += QStringLiteral("<div style=\"page-break-before: always\"><h2>%1</h2>").arg(text(tr("Contents")));
    const QStringList anchors = partAnchors(report);
    const auto partTitle = [&](qsizetype i) {
        return i < report.sections.size() ? text(report.sections.at(i).title) : text(tr("Methodology"));
    };
    if (print.partPages.isEmpty()) {
        html += QStringLiteral("<ol>");
        for (qsizetype i = 0; i < anchors.size(); ++i)
            html += QStringLiteral("<li><a href=\"#%1\">%2</a></li>").arg(anchors.at(i), partTitle(i));
        html += QStringLiteral("</ol>");
    } else {
        // Printed, each line ends with the page of its part: a reader of paper cannot follow a link.
        html +=
            QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" class=\"contents\">");
        for (qsizetype i = 0; i < anchors.size(); ++i)
            html +=
                QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                    .arg(i < report.sections.size() ? QStringLiteral("%1. %2").arg(i + 1).arg(partTitle(i))
                                                    : partTitle(i))
                    .arg(print.partPages.value(anchors.at(i)));
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("</div>\n");
    for (int i = 0; i < report.sections.size(); ++i) {
        const ReportSection& section = report.sections.at(i);
        html += QStringLiteral("<div style=\"page-break-before: always\"><h2 id=\"part%1\"><a "
                               "name=\"part%1\"></a>%1. %2</h2>\n")
                    .arg(i + 1)
                    .arg(text(section.title));
        if (!section.introduction.isEmpty())
            html += QStringLiteral("<p>%1</p>\n").arg(text(section.introduction));
        for (const ReportTable& t : section.tables) {
            html += QStringLiteral("<h3 id=\"%1\"%2><a name=\"%3\"></a>%4</h3>\n")
                        .arg(t.id, breakStyle(t.id), titleAnchor(t.id), text(t.title));
            if (!t.base.isEmpty())
                html +=
                    QStringLiteral("<p class=\"base\">%1 %2</p>\n").arg(text(t.base), text(dataAsOf(report)));
            if (!t.hasData()) {
                html += QStringLiteral("<p class=\"nodata\">%1</p>\n").arg(text(tr("No data.")));
                continue;
            }
            const QString svg = chart(t, locale);
            if (!svg.isEmpty()) {
                html += charts == Charts::InlineSvg
                            ? QStringLiteral("<div class=\"chart\">%1</div>\n").arg(svg)
                            : QStringLiteral("<p><img src=\"chart:%1\" width=\"%2\"/></p>\n")
                                  .arg(t.id)
                                  .arg(kPrintedChartWidth);
            }
            html += table(t, locale, print.beforeRow.value(t.id), print.columnWidths.value(t.id)) +
                    QLatin1Char('\n');
        }
        html += QStringLiteral("</div>\n");
    }
    html += QStringLiteral("<div style=\"page-break-before: always\"><h2 id=\"methodology\"><a "
                           "name=\"methodology\"></a>%1</h2>\n")
                .arg(text(tr("Methodology")));
    for (qsizetype i = 0; i < report.methodology.size(); ++i) {
        const ReportRules::Statement& rule = report.methodology.at(i);
        const QString anchor = QStringLiteral("rule:%1").arg(i);
        html += QStringLiteral("<h3%1><a name=\"%2\"></a>%3</h3><p>%4</p>\n")
                    .arg(breakStyle(anchor), ReportFormat::escaped(titleAnchor(anchor)), text(rule.title),
                         text(rule.text));
    }
    return html + QStringLiteral("</div></body></html>\n");
}

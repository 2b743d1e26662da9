#pragma once

#include "Report.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// The report as one HTML page: title, contents, each part with its tables — title, base, chart,
// figures — then the methodology. The HTML file carries its charts inline as SVG; the PDF
// writer asks for image references ("chart:ID") and renders the SVG of chart() itself, since the
// text layout that prints it shows images, not SVG. Texts follow the report's language and, in
// French, French typography.
class ReportHtml
{
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)

public:
    // The width of a chart on the printed page, whose text is narrower than the HTML page's.
    static constexpr int kPrintedChartWidth = 520;

    enum class Charts
    {
        InlineSvg,
        ImageReferences
    };

    // How the page is printed, as the PDF writer decides after laying it out: where it breaks —
    // before the title of a table (by id) or of a methodology rule ("rule:ID"), and before rows of
    // a table, which then goes on under its header repeated — and the printed page number on which
    // each part ("part1"…) and the methodology ("methodology") begin, for the contents (none: the
    // contents lists the parts without numbers, as the HTML file does).
    struct PrintLayout
    {
        QSet<QString> beforeTitle;
        QHash<QString, QList<int>> beforeRow;
        // A table's columns as shares of the page's width, in percent (none: as the text layout
        // shares them).
        QHash<QString, QList<double>> columnWidths;
        QHash<QString, int> partPages;
    };

    static QString page(const Report& report, Charts charts, const PrintLayout& print = {});
    // The anchors of the parts in the page, in order: "part1"…, then "methodology".
    static QStringList partAnchors(const Report& report);
    // The SVG of a table's chart (bars, donut, line or map), or an empty string.
    static QString chart(const ReportTable& table, const QLocale& locale);
    // The report's title: "Observatoire de la coopération internationale — Auvergne-Rhône-Alpes, 2025".
    static QString title(const Report& report);
    // What the head of the report must say: provisional figures, a year without data (rule Years).
    static QStringList notices(const Report& report);
    // "Data as of 05/12/2026.", provisional when the year is not over.
    static QString dataAsOf(const Report& report);
    // The anchor of a table's title in the page, and of a rule's.
    static QString titleAnchor(const QString& id) { return QStringLiteral("title:") + id; }

private:
    static QString table(const ReportTable& table, const QLocale& locale, const QList<int>& breaks,
                         const QList<double>& widths = {});
};

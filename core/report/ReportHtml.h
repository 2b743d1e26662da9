#pragma once

#include "Report.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The report as one HTML page: title, contents, each part with its tables — title, base, chart,
// figures — then the methodology. The HTML file carries its charts inline as SVG; the PDF
// writer asks for image references ("chart:ID") and renders the SVG of chart() itself, since the
// text layout that prints it shows images, not SVG.
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

    static QString page(const Report& report, Charts charts);
    // The SVG of a table's chart (bars, donut, line or map), or an empty string.
    static QString chart(const ReportTable& table);
    // The report's title: "Observatoire de la coopération internationale — Auvergne-Rhône-Alpes, 2025".
    static QString title(const Report& report);
    // What the head of the report must say: provisional figures, a year without data (rule Years).
    static QStringList notices(const Report& report);
    // "Data as of 05/12/2026.", provisional when the year is not over.
    static QString dataAsOf(const Report& report);

private:
    static QString table(const ReportTable& table);
};

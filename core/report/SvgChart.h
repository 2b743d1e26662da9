#pragma once

#include "Report.h"

#include <QString>

// Draws a report table's chart as an SVG image — horizontal bars, a donut with its legend, or a
// line over the years — for the HTML page (inline) and the PDF (rendered). Maps are drawn by
// the map classes. An empty string when the table has no chart or nothing to draw.
class SvgChart
{
public:
    static constexpr int kWidth = 640;

    static QString render(const ReportTable& table);
    // The colour of the n-th series or slice.
    static QString colour(int index);

private:
    static QString bars(const ReportTable& table);
    static QString donut(const ReportTable& table);
    static QString line(const ReportTable& table);
};

#pragma once

#include "Report.h"

#include <QLocale>
#include <QString>
#include <QStringList>

// Draws a report table's chart as an SVG image — horizontal bars on a value axis, a donut with its
// legend, or lines over the years with theirs — for the HTML page (inline) and the PDF
// (rendered). Maps are drawn by the map classes. Every row of the table is drawn, every figure
// written as in the table (ReportFormat), with its unit. An empty string when the table has no
// chart or nothing to draw.
class SvgChart
{
public:
    static constexpr int kWidth = 640;

    static QString render(const ReportTable& table, const QLocale& locale);
    // The colour of the n-th series or slice.
    static QString colour(int index);

    // A value axis from 0 with round ticks: every `step` up to `top` (at least the maximum).
    struct Axis
    {
        double step = 1;
        double top = 1;
        int decimals = 0;
    };
    static Axis axis(double maximum, bool wholeNumbers, int ticks = 5);
    // A label cut into lines of at most `characters`, at spaces; a word longer than a line is cut
    // after a hyphen of its own, or else marked with an ellipsis where it is cut.
    static QStringList wrapped(const QString& label, int characters);
    // The columns a line chart draws: every column of figures but its label's.
    static QList<int> seriesColumns(const ReportTable& table);
    // A slice's share as its table gives it (its column of shares), or computed from the values.
    static QVariant shareOf(const ReportTable& table, int row);

private:
    static QString bars(const ReportTable& table, const QLocale& locale);
    static QString donut(const ReportTable& table, const QLocale& locale);
    static QString line(const ReportTable& table, const QLocale& locale);
};

#pragma once

#include "report/Report.h"

#include <QCoreApplication>

class QWidget;

// The chart of a report table in the window, with Qt Charts: horizontal bars, a donut or a line,
// in the colours of the printed report; a map for the map tables. nullptr when the table has no
// chart or nothing to draw.
namespace ReportChartView {

QWidget* create(const ReportTable& table, QWidget* parent);

} // namespace ReportChartView

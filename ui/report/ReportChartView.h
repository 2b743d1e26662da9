#pragma once

#include "report/Report.h"

#include <QCoreApplication>
#include <QLocale>

class QWidget;

// The chart of a report table in the window, with Qt Charts: horizontal bars on a value axis, a
// donut with its legend beside it, or a line per column with a legend; a map for the map tables.
// As in the printed report (SvgChart): every row drawn, round ticks, figures written as in the
// table with their unit, labels whole. nullptr when the table has no chart or nothing to draw.
namespace ReportChartView {

QWidget* create(const ReportTable& table, const QLocale& locale, QWidget* parent);

} // namespace ReportChartView

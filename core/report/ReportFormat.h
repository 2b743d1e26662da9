#pragma once

#include "Report.h"

#include <QLocale>
#include <QString>
#include <QVariant>

// How the report writes its figures and texts for reading (tables, charts, maps), in the
// conventions of its language: "2 839 955" and "12,5" in French (narrow no-break spaces),
// "2,839,955" and "12.5" in English. Every output writes a figure through here, so that a chart
// and its table write it the same way.
namespace ReportFormat {

// A figure in a table, without its unit (the column says it): "2 839 955", "12,5", "n.d.".
QString cell(const QVariant& value, ReportTable::Kind kind, const QLocale& locale);
// The same with its unit, for charts and maps: "2 839 955 €", "12,5 %", "€2,839,955", "12.5%".
QString withUnit(const QVariant& value, ReportTable::Kind kind, const QLocale& locale);
// A table's cell.
QString cell(const ReportTable& table, int row, int column, const QLocale& locale);
// A number of `decimals` decimals (an axis tick, a class of a map's legend).
QString number(double value, int decimals, const QLocale& locale);
// The text as French typography wants it (Typography::french). Other languages' text is
// returned as it is.
QString typography(const QString& text, const QLocale& locale);
// Escapes text for HTML and SVG.
QString escaped(const QString& text);

} // namespace ReportFormat

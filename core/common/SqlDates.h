#pragma once

#include <QString>

// SQL for the first and last day a partial ISO date ("1998", "1998-05", "1998-05-12") may stand
// for. Compared as text, they tell whether one date certainly precedes another, or whether a
// record is active in a year, whatever the unknown parts are.
namespace SqlDates {

QString earliestDay(const QString& column);
QString latestDay(const QString& column);

} // namespace SqlDates

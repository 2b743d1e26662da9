#include "SqlDates.h"

namespace SqlDates {

QString earliestDay(const QString& column)
{
    return QStringLiteral("(CASE length(%1) WHEN 4 THEN %1 || '-01-01' WHEN 7 THEN %1 || '-01' ELSE %1 END)")
        .arg(column);
}

QString latestDay(const QString& column)
{
    return QStringLiteral("(CASE length(%1) WHEN 4 THEN %1 || '-12-31' WHEN 7 THEN %1 || '-31' ELSE %1 END)")
        .arg(column);
}

} // namespace SqlDates

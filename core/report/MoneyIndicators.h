#pragma once

#include "Report.h"

#include <QCoreApplication>

class ReportContext;

// Part 4 of the report: the declared budgets of the active projects (total, median), the
// co-funding of the year by programme, the leverage of external funding on own funds, the funding
// obtained and the success of applications per support scheme (SchemeIndicators), and the budgets
// by theme and zone.
class MoneyIndicators
{
    Q_DECLARE_TR_FUNCTIONS(MoneyIndicators)

public:
    static ReportSection build(const ReportContext& context);
    // The median of amounts in cents, in euros (0 for none).
    static double medianEuros(QList<qint64> cents);
};

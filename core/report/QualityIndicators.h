#pragma once

#include "Report.h"

#include <QCoreApplication>

class ReportContext;

// Part 5 of the report (an internal annex): how complete the key fields of the year's records
// are, and how many were verified within the 24 months before the end of the year.
class QualityIndicators
{
    Q_DECLARE_TR_FUNCTIONS(QualityIndicators)

public:
    static ReportSection build(const ReportContext& context);
};

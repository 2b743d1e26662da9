#pragma once

#include "Report.h"

#include <QCoreApplication>

class ReportContext;

// Part 2 of the report: the partnerships active in the year by nature, the signatures of the
// last five years, those dormant, suspended or ended with their reasons, the partner countries
// (top 10, twinnings apart, Europe and elsewhere, the world map) and the age of the stock.
class PartnershipIndicators
{
    Q_DECLARE_TR_FUNCTIONS(PartnershipIndicators)

public:
    static ReportSection build(const ReportContext& context);
};

#pragma once

#include "Report.h"

#include <QCoreApplication>

class ReportContext;

// Part 1 of the report: the actors of the region engaged in the year — those named in a
// partnership or project active that year — by family, type and département (with a density per
// 100,000 inhabitants), the communes by size, the comités de jumelage and OSIM.
class ActorIndicators
{
    Q_DECLARE_TR_FUNCTIONS(ActorIndicators)

public:
    static ReportSection build(const ReportContext& context);
};

#pragma once

#include "Report.h"

#include <QCoreApplication>

class ReportContext;

// Part 3 of the report: the projects active and started in the year, by theme, SDG, zone and
// country, the actions led in France, and the families of actors by zone.
class ProjectIndicators
{
    Q_DECLARE_TR_FUNCTIONS(ProjectIndicators)

public:
    static ReportSection build(const ReportContext& context);
};

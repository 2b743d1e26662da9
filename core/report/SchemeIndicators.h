#pragma once

#include "Report.h"

#include <QCoreApplication>

class ReportContext;

// The part of the money that went through the support schemes: the funding obtained per scheme
// (rule SchemeFunding) and the success of the applications per scheme (rule SchemeSuccess), each
// for the year and the one before.
class SchemeIndicators
{
    Q_DECLARE_TR_FUNCTIONS(SchemeIndicators)

public:
    static QList<ReportTable> build(const ReportContext& context);
};

#pragma once

#include "report/Report.h"

#include <QFrame>

// One table of the report in the window: its title, its base and date, its chart (or map) and
// its figures.
class ReportTableView : public QFrame
{
    Q_OBJECT

public:
    ReportTableView(const ReportTable& table, const Report& report, QWidget* parent = nullptr);
};

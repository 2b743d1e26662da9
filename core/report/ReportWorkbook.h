#pragma once

#include "Report.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

// The report as an Excel workbook: one sheet per table, named by its number and title in the
// report's language, with the title, base, date of the data and counting rules above the figures;
// figures as numbers, rounded as the report shows them, with number formats (thousands
// separators, euros, one decimal for shares); a sheet for the methodology.
class ReportWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(ReportWorkbook)

public:
    static Status write(const Report& report, QIODevice* device);
    // The name of the n-th table's sheet (from 1): at most 31 characters, none Excel refuses.
    static QString sheetName(int number, const QString& title);
    // The rounding of a figure of this kind, as shown: 12.5 for 12.4999999.
    static double rounded(double value, ReportTable::Kind kind);
    // The titles of the rules a table follows, from the report's methodology.
    static QStringList ruleTitles(const Report& report, const ReportTable& table);
};

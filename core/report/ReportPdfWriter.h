#pragma once

#include "Report.h"

#include <QCoreApplication>
#include <QIODevice>

// Prints the report as an A4 PDF in French: title page, contents, the parts with their charts
// (the SVG of the HTML page, rendered) and tables, the methodology, numbered pages. Needs a
// QGuiApplication (fonts); the command line makes one, without a display, for `report`.
class ReportPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdfWriter)

public:
    // False with `error` set when the device refuses the PDF.
    static bool write(const Report& report, QIODevice* device, QString* error);
};

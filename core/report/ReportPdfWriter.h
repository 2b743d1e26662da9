#pragma once

#include "Report.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QList>
#include <QString>

// Prints the report as an A4 PDF: title page, contents, the parts with their charts (the SVG of
// the HTML page, rendered) and tables, the methodology, numbered pages. The page is laid out,
// looked at, and laid out again with page breaks where a reader would see one missing: no title
// alone at the bottom of a page (a title is on the page of its table's first row, or of its
// text's first line), a table that fits a page on one page, no page holding one or two rows of a
// table that goes on or began elsewhere; a table split across pages repeats its header. Needs a
// QGuiApplication (fonts); the command line makes one, without a display, for `report`.
class ReportPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdfWriter)

public:
    // Where a titled block of the printed report falls: a table (by id) or a rule of the
    // methodology ("rule:N"). Pages count from 0, the title page.
    struct Block
    {
        QString id;
        int titlePage = 0;
        int firstContentPage = 0; // of its chart, or its table's first row, or its text's first line
        int lastPage = 0;
        QList<int> rowsPerPage; // of the table's rows, on each page from the first row's
        double height = 0;      // from its title to its end, in pages
        // Each page of its table begins with a table of its own, under the header repeated (none
        // split by the text layout, which stretches the last row of a page to the page's end).
        bool headerOnEachPage = true;
        // The most lines a name of its table's first column takes (a scheme's name, a zone…).
        int nameLines = 0;
    };
    struct Layout
    {
        QList<Block> blocks;
        int pages = 0;
        // The printed page number (the title page is 1) on which each part's heading ("part1"…,
        // "methodology") is laid out, and the one the contents gives for it.
        QHash<QString, int> partPages;
        QHash<QString, int> contentsPages;
    };

    // False with `error` set when the device refuses the PDF.
    static bool write(const Report& report, QIODevice* device, QString* error);
    // How the pages fall, as write() prints them.
    static Layout layout(const Report& report);
};

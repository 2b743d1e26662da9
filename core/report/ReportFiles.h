#pragma once

#include "Report.h"
#include "common/Result.h"
#include "csv/OutputFile.h"

#include <QCoreApplication>

#include <optional>

// Writes the report to the file a path names: `.pdf` (print-ready), `.html` (one self-contained
// page), `.xlsx` (one sheet per table, figures as numbers), or a directory (a path ending with
// "/" or an existing folder) of CSV tables in the excel dialect. Files are written whole or not
// at all: a failed write (a full disk) leaves the earlier file, or every earlier file of the
// folder, as it was. The database and its files are never written over. The command line and
// the window both write through here.
class ReportFiles
{
    Q_DECLARE_TR_FUNCTIONS(ReportFiles)

public:
    enum class Format
    {
        Pdf,
        Html,
        Xlsx,
        CsvDirectory
    };

    static std::optional<Format> formatFor(const QString& path);
    // `failure`, when given, says why a write failed (refused, cannot be created, write failed).
    static Status write(const Report& report, const QString& path, OutputFile::Failure* failure = nullptr);
    // The files write() would create for `path`: the path itself, or each table of the folder.
    static QStringList outputFiles(const Report& report, const QString& path);
    // The file name of a table in the CSV directory: "07-partnerships_by_kind.csv".
    static QString csvFileName(int index, const ReportTable& table);
    // The CSV directory's index of its tables (title, base, date, rules), and its methodology.
    static QString indexFileName();
    static QString methodologyFileName();

private:
    static Status writeCsvDirectory(const Report& report, const QString& path, OutputFile::Failure* failure);
    static Status writeXlsx(const Report& report, QIODevice* device);
};

#pragma once

#include "ColumnMap.h"
#include "CsvReader.h"
#include "ImportReport.h"

#include <QCoreApplication>
#include <QFile>

#include <functional>
#include <optional>

// The file of an import, read twice: once to check every row, once to write them. Opening it
// detects the encoding and delimiter, reads the header and maps its columns to the importer's
// fields; the second pass reads the same bytes with what the first one detected. Problems of the
// file itself (unreadable, empty, a required column missing, an unterminated quote) go to the
// report with their line.
class ImportFile
{
    Q_DECLARE_TR_FUNCTIONS(ImportFile)

public:
    // Gets a percentage of the file read; returning false cancels.
    using Progress = std::function<bool(int)>;

    ImportFile(const QString& path, const CsvReader::Options& options);

    // False, with the reason in the report, when the file cannot be imported at all.
    bool open(const QList<ColumnMap::Field>& fields, const QHash<QString, QString>& mapping,
              ImportReport& report, const ValueChoices& choices = {});
    const ColumnMap& columns() const { return *m_columns; }

    // Calls `handle` with each record after the header; stops when it returns false. Progress is
    // reported as `from` + the share of the file read × `span`. False when cancelled or when the
    // file cannot be read to the end (the report says why).
    bool forEachRecord(const std::function<bool(const CsvRecord&)>& handle, ImportReport& report,
                       const Progress& progress = {}, int from = 0, int span = 100);

    // The report's message when the user cancels.
    static QString cancelledMessage();

private:
    QString m_path;
    CsvReader::Options m_options;
    QFile m_file;
    std::optional<ColumnMap> m_columns;
};

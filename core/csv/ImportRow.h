#pragma once

#include "ColumnMap.h"
#include "CsvReader.h"
#include "ImportReport.h"
#include "common/PartialDate.h"
#include "report/ReportRules.h"

#include <QCoreApplication>

#include <optional>

class VocabularyMatcher;

// One record of an import file seen through its column map: the cleaned value of a field, and
// problems reported with the record's line and the column's header as the file writes it.
class ImportRow
{
    Q_DECLARE_TR_FUNCTIONS(ImportRow)

public:
    ImportRow(const CsvRecord& record, const ColumnMap& columns, ImportReport& report);

    int line() const { return m_record.line; }
    // Whether the file has the field's column at all (a missing column keeps stored values).
    bool has(const char* key) const;
    // The field's cell, trimmed and without an export's formula guard; empty when absent.
    QString value(const char* key) const;
    void problem(const char* key, const QString& message) const;
    void problem(const QString& key, const QString& message) const;
    // An item of a list cell as the adviser settled it (ValueChoices), else as written.
    QString settled(const char* key, const QString& item) const;
    // A value that matches no entry of `vocabulary` (a reference table): a problem, and a value
    // for the adviser to settle once for all its rows.
    void unknown(const char* key, const QString& value, const QString& vocabulary,
                 const QString& message) const;
    // Warns, on the date's column, when the yearly report could not count the row's record as it
    // stands (ReportRules::LeftOut): no start date (`startKey`: signature or start), or ended
    // without an end date. To complete before importing; not an error.
    void warnIfUncounted(ReportRules::StatusClass status, const PartialDate& start, const PartialDate& end,
                         const char* startKey) const;
    // A warning about the cell, in the form of an error ("FILE:LINE: COLUMN: message"), given once
    // however many times the file is read.
    void warning(const char* key, const QString& message) const;
    // The "id" cell: the stable id an export wrote, checked; empty when there is none.
    QString id() const;
    // Parses a date cell into `into` (left as it is when empty), or reports why it cannot.
    void date(const char* key, PartialDate& into) const;
    // The items of a cell that lists values in step with another column's ("a|b|c"), trimmed;
    // empty items are kept, so that "|x" names the second only. Empty when the cell is.
    QStringList items(const char* key) const;
    // Parses a decimal cell ("45,76" or "45.76"), or reports why it cannot; nullopt when empty.
    std::optional<double> number(const char* key) const;
    // Parses a yes/no cell; nullopt when empty or not yes or no (then reported).
    std::optional<bool> flag(const char* key) const;
    // Parses an amount cell ("1 234,56 €") into cents; nullopt when empty or not an amount.
    std::optional<qint64> amount(const char* key) const;
    // The codes of a list cell ("|", ";" or line breaks), each matched by label, code or alias;
    // an unknown value is reported with `unknown`, whose %1 is the value.
    QStringList codes(const char* key, const VocabularyMatcher& vocabulary, const QString& unknown) const;
    // Whether no problem was reported since this row was made.
    bool clean() const { return m_report.errors.size() == m_errorsBefore; }

private:
    const CsvRecord& m_record;
    const ColumnMap& m_columns;
    ImportReport& m_report;
    qsizetype m_errorsBefore;
};

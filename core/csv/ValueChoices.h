#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

// What the adviser settled once for a whole import instead of editing cells: a value for a whole
// column (« Nature = Jumelage », `--set`), and for a value found in a column the value to read
// instead (« England, United Kingdom » → GB) or that its rows are to be left out (a partner in
// France). Columns are named by a field's key or header; values found are compared folded
// (TextFolding::key).
struct ValueChoices
{
    Q_DECLARE_TR_FUNCTIONS(ValueChoices)

public:
    QHash<QString, QString> wholeColumn; // column → value
    QHash<QString, QHash<QString, QString>>
        replacements; // column → folded value found → value; empty: row left out

    bool isEmpty() const { return wholeColumn.isEmpty() && replacements.isEmpty(); }
    void replace(const QString& column, const QString& found, const QString& value);
    void leaveOut(const QString& column, const QString& found) { replace(column, found, QString()); }

    // `--set COLUMN=VALUE`; false when the text has no "=" or no column.
    bool addWholeColumn(const QString& assignment);
    // The "values" object of a mapping file: {"column": {"found": "value" or null to leave the
    // rows out}}; nullopt and a reason when it is not such an object.
    static std::optional<ValueChoices> readMappingFile(const QString& path, QString* error);
};

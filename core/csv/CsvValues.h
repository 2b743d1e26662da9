#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// Cell values as spreadsheets hold them.
namespace CsvValues {

// Oui/Non, X, 1/0, true/false, yes/no (empty: nullopt without error).
std::optional<bool> parseFlag(const QString& text, bool* valid);

// A list in one cell: "|"-separated; for free lists (themes) also ";" or line breaks.
QStringList splitList(const QString& text, bool freeSeparators = false);

// The cell trimmed, with the export's formula guard taken off.
QString clean(const QString& cell);

// A text of the file as a message quotes it: its first `length` characters and « … » when it is
// longer. A header or a cell may be megabytes long (a broken quote swallows the rest of the file);
// a message names it, it does not print it whole.
QString excerpt(const QString& text, qsizetype length = 60);

} // namespace CsvValues

#pragma once

#include "common/TextMap.h"

#include <QSqlDatabase>
#include <QString>

#include <string>
#include <string_view>

// The French labels of a reference table (natures, statuses, types, countries), by code, read
// once for an export rather than looked up for each of its records.
class ReferenceLabels
{
public:
    // Reads `table`'s codes and labels; false, with error(), when it could not be read.
    bool read(const QSqlDatabase& db, const QString& table);
    QString error() const { return m_error; }

    // The label of `code`, or null when the table has no such code.
    const std::string* label(std::string_view code) const;

private:
    TextMap<std::string> m_labels;
    QString m_error;
};

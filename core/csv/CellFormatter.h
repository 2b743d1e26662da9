#pragma once

#include "common/TextMap.h"

#include <QVariant>

#include <string>
#include <string_view>

// How an export writes each kind of value, from the text the database gives (UTF-8; integers in
// decimal; numbers in the shortest text that reads back the same): as a CSV cell in one of the
// two dialects, or as a workbook's typed cell. A large export formats some twenty million values:
// it works on the bytes, and formats each distinct date once.
class CellFormatter
{
public:
    enum Kind
    {
        Text,
        Date,  // ISO, with its precision: yyyy-mm-dd, yyyy-mm or yyyy
        Money, // cents
        Flag,  // 0 or 1
        Integer,
        Real
    };

    // French: the CSV for Excel in French (dates dd/mm/yyyy, decimal comma, Oui/Non); otherwise
    // RFC 4180's (ISO dates, decimal point, true/false).
    explicit CellFormatter(bool french);

    // The cell's text, valid until the next call.
    std::string_view text(Kind kind, std::string_view value);
    // The workbook's cell: text, a number, a date (when the date is full) or nothing.
    static QVariant typed(Kind kind, std::string_view value);

private:
    std::string_view date(std::string_view iso);

    bool m_french;
    TextMap<std::string> m_dates; // stored text → cell
    std::string m_scratch;
};

#include "CellFormatter.h"

#include "common/PartialDate.h"

#include <QDate>
#include <QString>

#include <charconv>

namespace {

// More distinct dates than a century of days means the column holds something else: start again
// rather than grow.
constexpr size_t kMostDates = 100000;

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

template <typename Number> Number numberOf(std::string_view text)
{
    Number number{};
    std::from_chars(text.data(), text.data() + text.size(), number);
    return number;
}

} // namespace

CellFormatter::CellFormatter(bool french)
    : m_french(french)
{
}

std::string_view CellFormatter::text(Kind kind, std::string_view value)
{
    switch (kind) {
    case Text:
    case Integer:
        return value;
    case Date:
        return date(value);
    case Money: {
        // Cents as a decimal number, with a decimal comma for Excel in French; no thousands
        // separator, so that Excel reads it as a number and the import reads it back exactly.
        const auto cents = numberOf<qint64>(value);
        const qint64 fraction = cents < 0 ? -(cents % 100) : cents % 100;
        char number[32];
        char* end = number;
        if (cents < 0 && cents > -100)
            *end++ = '-'; // the whole part, 0, carries no sign
        end = std::to_chars(end, number + sizeof number - 3, cents / 100).ptr;
        *end++ = m_french ? ',' : '.';
        *end++ = static_cast<char>('0' + fraction / 10);
        *end++ = static_cast<char>('0' + fraction % 10);
        m_scratch.assign(number, end);
        return m_scratch;
    }
    case Real: {
        QByteArray number = QString::number(numberOf<double>(value), 'g', 12).toUtf8();
        if (m_french)
            number.replace('.', ',');
        m_scratch = number.toStdString();
        return m_scratch;
    }
    case Flag:
        if (value != "0")
            return m_french ? "Oui" : "true";
        return m_french ? "Non" : "false";
    }
    return value;
}

std::string_view CellFormatter::date(std::string_view iso)
{
    const auto found = m_dates.find(iso);
    if (found != m_dates.end())
        return found->second;
    if (m_dates.size() >= kMostDates)
        m_dates.clear();
    const QString text = fromUtf8(iso);
    const std::optional<PartialDate> date = PartialDate::fromIso(text);
    const QString cell = date ? (m_french ? date->toFrench() : date->toIso()) : text;
    return m_dates.emplace(std::string(iso), cell.toStdString()).first->second;
}

QVariant CellFormatter::typed(Kind kind, std::string_view value)
{
    switch (kind) {
    case Text:
        return fromUtf8(value);
    case Integer:
    case Real:
        return numberOf<double>(value);
    case Money:
        return static_cast<double>(numberOf<qint64>(value)) / 100.0;
    case Date: {
        const std::optional<PartialDate> date = PartialDate::fromIso(fromUtf8(value));
        if (date && date->precision() == PartialDate::Precision::Day)
            return QDate::fromString(date->toIso(), Qt::ISODate);
        return date ? date->toFrench() : fromUtf8(value);
    }
    case Flag:
        return value != "0" ? QStringLiteral("Oui") : QStringLiteral("Non");
    }
    return {};
}

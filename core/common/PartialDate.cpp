#include "PartialDate.h"

#include <QLocale>
#include <QRegularExpression>

namespace {

constexpr int kMinYear = 1000;
constexpr int kMaxYear = 2999;

// Two-digit years: up to ten years ahead of today belong to this century, the rest to the last.
int expandTwoDigitYear(int yy)
{
    const int current = QDate::currentDate().year();
    const int century = current - current % 100;
    int year = century + yy;
    if (year > current + 10)
        year -= 100;
    return year;
}

} // namespace

PartialDate PartialDate::ofYear(int year)
{
    PartialDate date;
    date.m_precision = Precision::Year;
    date.m_year = year;
    return date;
}

PartialDate PartialDate::ofMonth(int year, int month)
{
    PartialDate date = ofYear(year);
    date.m_precision = Precision::Month;
    date.m_month = month;
    return date;
}

PartialDate PartialDate::ofDay(const QDate& day)
{
    PartialDate date = ofMonth(day.year(), day.month());
    date.m_precision = Precision::Day;
    date.m_day = day.day();
    return date;
}

std::optional<PartialDate> PartialDate::fromIso(const QString& iso)
{
    if (iso.isEmpty())
        return PartialDate();
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const QRegularExpressionMatch match = pattern.match(iso);
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    if (match.captured(2).isEmpty())
        return ofYear(year);
    const int month = match.captured(2).toInt();
    if (month < 1 || month > 12)
        return std::nullopt;
    if (match.captured(3).isEmpty())
        return ofMonth(year, month);
    const QDate day(year, month, match.captured(3).toInt());
    if (!day.isValid())
        return std::nullopt;
    return ofDay(day);
}

std::optional<PartialDate> PartialDate::parse(const QString& input, QString* error)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return PartialDate();

    static const QRegularExpression dayFirst(
        QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})$"));
    static const QRegularExpression monthFirst(QStringLiteral("^(\\d{1,2})[/.-](\\d{4})$"));
    static const QRegularExpression isoLike(QStringLiteral("^(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?$"));

    // 0 means "not given"; -1 marks a month or day written as zero, which no calendar has.
    const auto given = [](const QString& digits) {
        return digits.isEmpty() ? 0 : (digits.toInt() == 0 ? -1 : digits.toInt());
    };
    int year = 0;
    int month = 0;
    int day = 0;
    if (const auto m = dayFirst.match(text); m.hasMatch()) {
        day = given(m.captured(1));
        month = given(m.captured(2));
        year = m.captured(3).size() == 2 ? expandTwoDigitYear(m.captured(3).toInt()) : m.captured(3).toInt();
    } else if (const auto m2 = monthFirst.match(text); m2.hasMatch()) {
        month = given(m2.captured(1));
        year = m2.captured(2).toInt();
    } else if (const auto m3 = isoLike.match(text); m3.hasMatch()) {
        year = m3.captured(1).toInt();
        month = given(m3.captured(2));
        day = given(m3.captured(3));
    } else {
        if (error)
            *error = tr("\"%1\" is not a date (expected 25/12/1998, 12/1998 or 1998)").arg(text);
        return std::nullopt;
    }

    if (year < kMinYear || year > kMaxYear) {
        if (error)
            *error = tr("\"%1\": the year %2 is out of range").arg(text).arg(year);
        return std::nullopt;
    }
    if (month == 0)
        return ofYear(year);
    if (month < 1 || month > 12) {
        if (error)
            *error = tr("\"%1\": there is no month %2").arg(text).arg(qMax(month, 0));
        return std::nullopt;
    }
    if (day == 0)
        return ofMonth(year, month);
    const QDate date(year, month, qMax(day, 0));
    if (!date.isValid()) {
        if (error)
            *error = tr("\"%1\" does not exist in the calendar").arg(text);
        return std::nullopt;
    }
    return ofDay(date);
}

QString PartialDate::toIso() const
{
    switch (m_precision) {
    case Precision::None:
        return {};
    case Precision::Year:
        return QStringLiteral("%1").arg(m_year, 4, 10, QLatin1Char('0'));
    case Precision::Month:
        return QStringLiteral("%1-%2")
            .arg(m_year, 4, 10, QLatin1Char('0'))
            .arg(m_month, 2, 10, QLatin1Char('0'));
    case Precision::Day:
        return QStringLiteral("%1-%2-%3")
            .arg(m_year, 4, 10, QLatin1Char('0'))
            .arg(m_month, 2, 10, QLatin1Char('0'))
            .arg(m_day, 2, 10, QLatin1Char('0'));
    }
    return {};
}

QString PartialDate::toFrench() const
{
    switch (m_precision) {
    case Precision::None:
        return {};
    case Precision::Year:
        return QString::number(m_year);
    case Precision::Month:
        return QStringLiteral("%1/%2").arg(m_month, 2, 10, QLatin1Char('0')).arg(m_year);
    case Precision::Day:
        return QStringLiteral("%1/%2/%3")
            .arg(m_day, 2, 10, QLatin1Char('0'))
            .arg(m_month, 2, 10, QLatin1Char('0'))
            .arg(m_year);
    }
    return {};
}

QString PartialDate::inWords() const
{
    if (m_precision == Precision::Month)
        return QStringLiteral("%1 %2").arg(QLocale().standaloneMonthName(m_month)).arg(m_year);
    return toFrench();
}

QDate PartialDate::earliestDay() const
{
    switch (m_precision) {
    case Precision::None:
        return {};
    case Precision::Year:
        return QDate(m_year, 1, 1);
    case Precision::Month:
        return QDate(m_year, m_month, 1);
    case Precision::Day:
        return QDate(m_year, m_month, m_day);
    }
    return {};
}

QDate PartialDate::latestDay() const
{
    switch (m_precision) {
    case Precision::None:
        return {};
    case Precision::Year:
        return QDate(m_year, 12, 31);
    case Precision::Month: {
        const QDate first(m_year, m_month, 1);
        return first.addDays(first.daysInMonth() - 1);
    }
    case Precision::Day:
        return QDate(m_year, m_month, m_day);
    }
    return {};
}

bool PartialDate::certainlyBefore(const PartialDate& other) const
{
    if (isNull() || other.isNull())
        return false;
    return latestDay() < other.earliestDay();
}

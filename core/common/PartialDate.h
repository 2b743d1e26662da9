#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

// A date known to the day, the month or only the year ("signed in 1965"). Stored as ISO 8601
// text whose length gives the precision: "1965", "1965-05", "1965-05-12".
class PartialDate
{
    Q_DECLARE_TR_FUNCTIONS(PartialDate)

public:
    enum class Precision
    {
        None,
        Year,
        Month,
        Day
    };

    PartialDate() = default;
    static PartialDate ofYear(int year);
    static PartialDate ofMonth(int year, int month);
    static PartialDate ofDay(const QDate& date);

    // Reads the stored ISO form; an empty string gives a null date, anything malformed nullopt.
    static std::optional<PartialDate> fromIso(const QString& iso);

    // Reads what people type or what spreadsheets hold: 12/05/1998, 1/5/98, 1998-05-12, 05/1998,
    // 1998-05, 1998. On failure returns nullopt and, if given, a translated reason.
    static std::optional<PartialDate> parse(const QString& text, QString* error = nullptr);

    bool isNull() const { return m_precision == Precision::None; }
    Precision precision() const { return m_precision; }
    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }

    QString toIso() const;
    // dd/MM/yyyy, MM/yyyy or yyyy: the French form, also what the Excel export writes.
    QString toFrench() const;

    // The date as a sentence reads it, in the interface's language: « 12/05/2026 », a month by its
    // name (« mars 2026 », "March 2026"), « 2026 ».
    QString inWords() const;
    // `onDay` for a date known to the day, else `inPeriod`: a year or a month is not « le … » but
    // « en … » (« Vérifié le 12/05/2026 », « Vérifié en 2026 »). The caller translates both.
    QString wording(const QString& onDay, const QString& inPeriod) const
    {
        return m_precision == Precision::Day ? onDay : inPeriod;
    }

    // The first and last calendar days the value may stand for.
    QDate earliestDay() const;
    QDate latestDay() const;

    // True when this date certainly lies before `other` whatever the unknown parts are.
    bool certainlyBefore(const PartialDate& other) const;

    friend bool operator==(const PartialDate&, const PartialDate&) = default;

private:
    Precision m_precision = Precision::None;
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
};

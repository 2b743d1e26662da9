#include "ImportRow.h"

#include "CsvValues.h"
#include "VocabularyMatcher.h"
#include "common/Money.h"

#include <QUuid>

ImportRow::ImportRow(const CsvRecord& record, const ColumnMap& columns, ImportReport& report)
    : m_record(record)
    , m_columns(columns)
    , m_report(report)
    , m_errorsBefore(report.errors.size())
{
}

bool ImportRow::has(const char* key) const
{
    return m_columns.column(key) >= 0 ||
           (m_columns.hasChoices() && m_columns.hasWholeColumn(QString::fromLatin1(key)));
}

QString ImportRow::value(const char* key) const
{
    const int column = m_columns.column(key);
    QString cell = column >= 0 && column < m_record.fields.size()
                       ? CsvValues::clean(m_record.fields.at(column))
                       : QString();
    if (m_columns.hasChoices()) {
        if (std::optional<QString> chosen = m_columns.chosen(QString::fromLatin1(key), cell))
            return *chosen;
    }
    return cell;
}

void ImportRow::problem(const char* key, const QString& message) const
{
    problem(QString::fromLatin1(key), message);
}

void ImportRow::problem(const QString& key, const QString& message) const
{
    m_report.errors.append({m_record.line, m_columns.headerOf(key), message});
}

QString ImportRow::settled(const char* key, const QString& item) const
{
    if (!m_columns.hasChoices())
        return item;
    const std::optional<QString> chosen = m_columns.chosen(QString::fromLatin1(key), item);
    return chosen && !chosen->isEmpty() ? *chosen : item;
}

void ImportRow::unknown(const char* key, const QString& value, const QString& vocabulary,
                        const QString& message) const
{
    problem(key, message);
    const QString field = QString::fromLatin1(key);
    m_report.addUnknownValue({field, m_columns.headerOf(field), value, vocabulary, 1, m_record.line});
}

void ImportRow::warnIfUncounted(ReportRules::StatusClass status, const PartialDate& start,
                                const PartialDate& end, const char* startKey) const
{
    using LeftOut = ReportRules::LeftOut;
    const bool signature = qstrcmp(startKey, "signed_on") == 0;
    const QString why =
        LeftOut::whyLeftOut(status, start.year(), end.year(),
                            signature ? LeftOut::DateKind::Signature : LeftOut::DateKind::Start);
    const char* key = start.year() == 0 ? startKey : "ended_on";
    // A date that is there but could not be read is already an error of its own: it is not also
    // a date left empty.
    if (!why.isEmpty() && value(key).isEmpty())
        warning(key, why);
}

void ImportRow::warning(const char* key, const QString& message) const
{
    const ImportProblem warning{m_record.line, m_columns.headerOf(QString::fromLatin1(key)), message};
    if (!m_report.warnings.contains(warning))
        m_report.warnings << warning;
}

QString ImportRow::id() const
{
    const QString uuid = value("id");
    if (!uuid.isEmpty() && QUuid::fromString(uuid).isNull())
        problem("id", tr("\"%1\" is not an id written by an export").arg(CsvValues::excerpt(uuid)));
    return uuid;
}

void ImportRow::date(const char* key, PartialDate& into) const
{
    QString error;
    // The parser's message quotes the cell: no date is 60 characters long, so a longer cell is
    // given by its start, and fails the same, without a message of megabytes.
    if (const std::optional<PartialDate> parsed = PartialDate::parse(CsvValues::excerpt(value(key)), &error))
        into = *parsed;
    else
        problem(key, error);
}

QStringList ImportRow::items(const char* key) const
{
    const QString cell = value(key);
    QStringList list;
    if (!cell.isEmpty()) {
        for (const QString& item : cell.split(QLatin1Char('|')))
            list << item.trimmed();
    }
    return list;
}

std::optional<double> ImportRow::number(const char* key) const
{
    QString text = value(key);
    if (text.isEmpty())
        return std::nullopt;
    text.remove(QChar(0x00A0)).remove(QChar(0x202F)).remove(QLatin1Char(' '));
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double parsed = text.toDouble(&ok);
    if (!ok)
        problem(key, tr("\"%1\" is not a number").arg(CsvValues::excerpt(value(key))));
    return ok ? std::optional<double>(parsed) : std::nullopt;
}

std::optional<bool> ImportRow::flag(const char* key) const
{
    bool valid = true;
    const std::optional<bool> parsed = CsvValues::parseFlag(value(key), &valid);
    if (!valid)
        problem(key, tr("\"%1\" is not yes or no").arg(CsvValues::excerpt(value(key))));
    return parsed;
}

std::optional<qint64> ImportRow::amount(const char* key) const
{
    const QString text = value(key);
    if (text.isEmpty())
        return std::nullopt;
    QString error;
    const std::optional<qint64> cents = Money::parse(CsvValues::excerpt(text), &error); // as a date
    if (!cents)
        problem(key, error);
    return cents;
}

QStringList ImportRow::codes(const char* key, const VocabularyMatcher& vocabulary,
                             const QString& unknown) const
{
    QStringList found;
    for (const QString& item : CsvValues::splitList(value(key), true)) {
        if (item.isEmpty())
            continue;
        const QString code = vocabulary.find(settled(key, item));
        if (code.isEmpty())
            this->unknown(key, item, vocabulary.table(),
                          QString(unknown).arg(CsvValues::excerpt(item)) + vocabulary.hint(item));
        else if (!found.contains(code))
            found << code;
    }
    return found;
}

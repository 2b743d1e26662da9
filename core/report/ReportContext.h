#pragma once

#include "Report.h"
#include "ReportRecords.h"

#include <QSqlDatabase>
#include <QVariantList>

#include <map>
#include <vector>

// What the indicators read: the reference year, the records counted (read once, see
// ReportRecords) with their vocabularies, and small SQL queries for the reference data (the
// region's communes and départements) and the funding lines of the year.
class ReportContext
{
public:
    ReportContext(const QSqlDatabase& db, int year, const ReportRecords& records, bool english = false);
    ReportContext(const ReportContext&) = delete;
    ReportContext& operator=(const ReportContext&) = delete;

    int year() const { return m_year; }
    // The column of the reference tables' labels in the report's language.
    QString labelColumn() const
    {
        return m_english ? QStringLiteral("label_en") : QStringLiteral("label_fr");
    }
    // The conventions the report writes its numbers in (Report::locale).
    QLocale locale() const { return Report::localeOf(m_english); }
    const ReportRecords& records() const { return m_records; }
    const ReportVocabulary& vocabulary() const { return m_records.vocabulary; }
    // The actors engaged in `year` (ReportRecords::engagedActors), found once per year.
    const std::vector<bool>& engagedActors(int year) const;

    // The rows of `sql`, with the year bound to :year when it appears. Empty after a failed query
    // (and error() says why).
    QList<QVariantList> rows(const QString& sql) const;
    QString error() const { return m_error; }

    // A count under a key (a code), with its label and its place in the vocabulary.
    struct KeyedCount
    {
        QString key;
        QString label;
        int order = 0;
        qint64 count = 0;
    };
    // Rows (label, count the year before, count the year), one per key of either year, in the
    // vocabulary's order; the counts of one key add up.
    static QList<QVariantList> sideBySide(const QList<KeyedCount>& before, const QList<KeyedCount>& current);
    // A share in percent, to one decimal; null (not defined) when the whole is 0.
    static QVariant percent(double part, double whole);

    // A count per code of `list` (its label and order), for the codes counted and known.
    static QList<KeyedCount> keyed(const CodeList& list, const std::vector<qint64>& counts);

private:
    QSqlDatabase m_db;
    int m_year;
    const ReportRecords& m_records;
    bool m_english;
    mutable std::map<int, std::vector<bool>> m_engaged;
    mutable QString m_error;
};

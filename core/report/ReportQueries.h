#pragma once

#include "ReportRecords.h"
#include "ReportVocabulary.h"

#include <QHash>
#include <QSqlDatabase>
#include <QVariantList>

// What the indicators read: the records counted (read once, see ReportRecords) with their
// vocabularies, the reference year, and small SQL queries for the reference data (the region's
// communes and départements, the funding lines of the year).
class ReportQueries
{
public:
    ReportQueries(const QSqlDatabase& db, int year, const ReportRecords& records,
                  const ReportVocabulary& vocabulary);
    ReportQueries(const ReportQueries&) = delete;
    ReportQueries& operator=(const ReportQueries&) = delete;

    int year() const { return m_year; }
    const QSqlDatabase& database() const { return m_db; }
    const ReportRecords& records() const { return m_records; }
    const ReportVocabulary& vocabulary() const { return m_vocabulary; }

    // The rows of `sql` for `year` (with :year, :year_start, :year_end and :year_text bound).
    // Empty after a failed query (and error() says why).
    QList<QVariantList> rows(const QString& sql, int year) const;
    QList<QVariantList> rows(const QString& sql) const { return rows(sql, m_year); }
    // The first value of the first row.
    QVariant value(const QString& sql, int year) const;
    QVariant value(const QString& sql) const { return value(sql, m_year); }
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
    // A share in percent, to one decimal; 0 when the whole is 0.
    static double percent(double part, double whole);

    // A count per code of `list` (its label and order), for the codes counted and known.
    static QList<KeyedCount> keyed(const CodeList& list, const std::vector<qint64>& counts);

private:
    QSqlDatabase m_db;
    int m_year;
    const ReportRecords& m_records;
    const ReportVocabulary& m_vocabulary;
    mutable QString m_error;
};

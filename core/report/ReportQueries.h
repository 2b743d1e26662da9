#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QVariantList>

// The SQL side of the report: runs a query for a year (with :year, :year_start and :year_end
// bound) and keeps, per year, temporary tables of the ids of the partnerships and projects active
// that year — the same rule as the lists' year filter — so that every figure starts from them.
class ReportQueries
{
public:
    ReportQueries(const QSqlDatabase& db, int year);
    ~ReportQueries();
    ReportQueries(const ReportQueries&) = delete;
    ReportQueries& operator=(const ReportQueries&) = delete;

    int year() const { return m_year; }
    const QSqlDatabase& database() const { return m_db; }

    // The rows of `sql` for `year`; `{partnerships}`, `{projects}` and `{actors}` in the text name
    // the tables of the partnerships and projects active that year, and of the actors engaged in
    // them: (id, kind_code, signed_on), (id, in_france, partnership_id, budget_eur_cents — the
    // budget when it is in euros) and (id). Empty after a failed query (and error() says why).
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
    // Whether a record whose dates are the columns `start` and `end` is active in `year`: started
    // (signed) by its end and not ended before its start — the rule of the lists' year filter, so
    // that a list filtered on the year shows the report's count.
    static QString activeCondition(const QString& start, const QString& end, int year);
    // A share in percent, to one decimal; 0 when the whole is 0.
    static double percent(double part, double whole);

private:
    // Creates, once, the tables of the records active in `year`.
    void prepareYear(int year) const;

    QSqlDatabase m_db;
    int m_year;
    mutable QHash<int, bool> m_prepared;
    mutable QString m_error;
};

#include "ReportContext.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

ReportContext::ReportContext(const QSqlDatabase& db, int year, const ReportRecords& records, bool english)
    : m_db(db)
    , m_year(year)
    , m_records(records)
    , m_english(english)
{
}

const std::vector<bool>& ReportContext::engagedActors(int year) const
{
    auto found = m_engaged.find(year);
    if (found == m_engaged.end())
        found = m_engaged.emplace(year, m_records.engagedActors(year)).first;
    return found->second;
}

QList<QVariantList> ReportContext::rows(const QString& sql) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QList<QVariantList> result;
    if (!query.prepare(sql)) {
        m_error = query.lastError().text();
        return result;
    }
    if (sql.contains(QLatin1String(":year")))
        query.bindValue(QStringLiteral(":year"), m_year);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return result;
    }
    const int columns = query.record().count();
    while (query.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row << query.value(i);
        result << row;
    }
    return result;
}

QList<ReportContext::KeyedCount> ReportContext::keyed(const CodeList& list, const std::vector<qint64>& counts)
{
    QList<KeyedCount> found;
    for (size_t i = 0; i < counts.size(); ++i) {
        const CodeList::Code& code = list.at(static_cast<int>(i));
        if (counts[i] > 0 && code.known)
            found.append({code.code, code.label, code.order, counts[i]});
    }
    return found;
}

QList<QVariantList> ReportContext::sideBySide(const QList<KeyedCount>& before,
                                              const QList<KeyedCount>& current)
{
    struct Line
    {
        QString label;
        int order = 0;
        qint64 before = 0;
        qint64 current = 0;
    };
    QHash<QString, Line> lines;
    const auto add = [&lines](const QList<KeyedCount>& counts, qint64 Line::*year) {
        for (const KeyedCount& count : counts) {
            Line& line = lines[count.key];
            line.label = count.label;
            line.order = count.order;
            line.*year += count.count;
        }
    };
    add(before, &Line::before);
    add(current, &Line::current);
    QList<Line> sorted = lines.values();
    std::sort(sorted.begin(), sorted.end(), [](const Line& a, const Line& b) {
        return a.order != b.order ? a.order < b.order : a.label < b.label;
    });
    QList<QVariantList> rows;
    for (const Line& line : std::as_const(sorted))
        rows << QVariantList{line.label, line.before, line.current};
    return rows;
}

QVariant ReportContext::percent(double part, double whole)
{
    return whole > 0 ? QVariant(qRound(part * 1000.0 / whole) / 10.0) : QVariant();
}

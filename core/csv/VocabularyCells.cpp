#include "VocabularyCells.h"

#include "database/RowScan.h"

#include <algorithm>

bool VocabularyCells::read(const QSqlDatabase& db, const QString& sql, int fields)
{
    m_fields = fields;
    QHash<QStringList, int> numbers;
    RowScan rows(db, sql);
    QStringList values;
    while (rows.next()) {
        const qint64 owner = rows.integer(0);
        values.clear();
        for (int f = 1; f <= fields; ++f) {
            const std::string_view text = rows.text(f);
            values << QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
        }
        auto number = numbers.constFind(values);
        if (number == numbers.cend()) {
            number = numbers.insert(values, static_cast<int>(m_distinct.size()));
            m_distinct << values;
        }
        if (m_owners.empty() || m_owners.back() != owner) {
            m_owners.push_back(owner);
            m_starts.push_back(static_cast<int>(m_values.size()));
        }
        m_values.push_back(*number);
    }
    m_starts.push_back(static_cast<int>(m_values.size()));
    m_error = rows.error();
    return m_error.isEmpty();
}

QStringList VocabularyCells::cells(qint64 recordId) const
{
    const auto owner = std::lower_bound(m_owners.cbegin(), m_owners.cend(), recordId);
    if (owner == m_owners.cend() || *owner != recordId)
        return {};
    const auto place = static_cast<size_t>(owner - m_owners.cbegin());
    QStringList joined(m_fields);
    for (int v = m_starts[place]; v < m_starts[place + 1]; ++v) {
        const QStringList& values = m_distinct.at(m_values[static_cast<size_t>(v)]);
        for (int f = 0; f < m_fields; ++f) {
            if (v > m_starts[place])
                joined[f] += QLatin1Char('|');
            joined[f] += values.at(f);
        }
    }
    return joined;
}

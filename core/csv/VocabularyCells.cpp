#include "VocabularyCells.h"

#include "database/RowScan.h"

#include <algorithm>

bool VocabularyCells::read(const QSqlDatabase& db, const QString& sql, int fields)
{
    m_fields = fields;
    // A value's key: each field's length, then its bytes (a field may hold any byte).
    std::unordered_map<std::string, int> numbers;
    std::string key;
    RowScan rows(db, sql);
    while (rows.next()) {
        const qint64 owner = rows.integer(0);
        key.clear();
        for (int f = 1; f <= fields; ++f) {
            const std::string_view text = rows.text(f);
            const auto size = static_cast<std::uint32_t>(text.size());
            key.append(reinterpret_cast<const char*>(&size), sizeof size).append(text);
        }
        auto number = numbers.find(key);
        if (number == numbers.end()) {
            number = numbers.emplace(key, static_cast<int>(m_distinct.size()) / fields).first;
            for (int f = 1; f <= fields; ++f)
                m_distinct.emplace_back(rows.text(f));
        }
        if (m_owners.empty() || m_owners.back() != owner) {
            m_owners.push_back(owner);
            m_starts.push_back(static_cast<int>(m_values.size()));
        }
        m_values.push_back(number->second);
    }
    m_starts.push_back(static_cast<int>(m_values.size()));
    m_error = rows.error();
    return m_error.isEmpty();
}

bool VocabularyCells::cells(qint64 recordId, std::vector<std::string>& cells) const
{
    const auto owner = std::lower_bound(m_owners.cbegin(), m_owners.cend(), recordId);
    if (owner == m_owners.cend() || *owner != recordId)
        return false;
    const auto place = static_cast<size_t>(owner - m_owners.cbegin());
    cells.resize(static_cast<size_t>(m_fields));
    for (std::string& cell : cells)
        cell.clear();
    for (int v = m_starts[place]; v < m_starts[place + 1]; ++v) {
        const auto first =
            static_cast<size_t>(m_values[static_cast<size_t>(v)]) * static_cast<size_t>(m_fields);
        for (size_t f = 0; f < cells.size(); ++f) {
            if (v > m_starts[place])
                cells[f] += '|';
            cells[f] += m_distinct[first + f];
        }
    }
    return true;
}

#include "VocabularyCells.h"

#include "database/RowScan.h"

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
        m_owners.add(owner);
        m_values.push_back(number->second);
    }
    m_owners.finish();
    m_error = rows.error();
    return m_error.isEmpty();
}

bool VocabularyCells::cells(qint64 recordId, std::vector<std::string>& cells) const
{
    const auto [first, end] = m_owners.rows(recordId);
    if (first == end)
        return false;
    cells.resize(static_cast<size_t>(m_fields));
    for (std::string& cell : cells)
        cell.clear();
    for (int v = first; v < end; ++v) {
        const auto fields =
            static_cast<size_t>(m_values[static_cast<size_t>(v)]) * static_cast<size_t>(m_fields);
        for (size_t f = 0; f < cells.size(); ++f) {
            if (v > first)
                cells[f] += '|';
            cells[f] += m_distinct[fields + f];
        }
    }
    return true;
}

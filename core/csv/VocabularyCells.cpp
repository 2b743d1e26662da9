#include "VocabularyCells.h"

#include "database/Statement.h"

#include <algorithm>
#include <bit>
#include <cstdint>

namespace {

// Appends the value of `column` so that keys compare, byte by byte, as SQLite's ORDER BY compares
// the values: NULL first, then numbers, then texts (byte by byte, as the BINARY collation does).
void appendKey(std::string& key, const Statement& row, int column)
{
    if (row.isNull(column)) {
        key += '\x00';
    } else if (row.isNumber(column)) {
        // A double's bits, made to sort as unsigned bytes: negatives reversed, positives above.
        auto bits = std::bit_cast<std::uint64_t>(row.real(column));
        bits = (bits & (std::uint64_t(1) << 63)) ? ~bits : bits | (std::uint64_t(1) << 63);
        key += '\x01';
        for (int shift = 56; shift >= 0; shift -= 8)
            key += static_cast<char>((bits >> shift) & 0xFF);
    } else {
        key += '\x02';
        for (const char c : row.text(column)) {
            key += c;
            if (c == '\0')
                key += '\x01'; // a NUL in the text stays above the end of a shorter one
        }
        key.append(2, '\0');
    }
}

} // namespace

bool VocabularyCells::read(const QSqlDatabase& db, const QString& sql, int fields, int keys)
{
    m_fields = fields;
    // A value's number by its fields: each field's length, then its bytes (any byte may come).
    std::unordered_map<std::string, int> numbers;
    std::string fieldsKey;
    // The rows of the record being read, with their order keys: sorted here rather than by
    // SQLite, which would sort every row of the list (a third of the read).
    struct Entry
    {
        std::string key;
        int value = 0;
    };
    std::vector<Entry> run;
    size_t runSize = 0;
    qint64 runOwner = 0;
    const auto endRun = [&] {
        std::stable_sort(run.begin(), run.begin() + static_cast<std::ptrdiff_t>(runSize),
                         [](const Entry& a, const Entry& b) { return a.key < b.key; });
        for (size_t i = 0; i < runSize; ++i) {
            m_owners.add(runOwner);
            m_values.push_back(run[i].value);
        }
        runSize = 0;
    };
    Statement rows(db, sql);
    while (rows.next()) {
        const qint64 owner = rows.integer(0);
        if (runSize > 0 && owner != runOwner)
            endRun();
        runOwner = owner;
        fieldsKey.clear();
        for (int f = 1; f <= fields; ++f) {
            const std::string_view text = rows.text(f);
            const auto size = static_cast<std::uint32_t>(text.size());
            fieldsKey.append(reinterpret_cast<const char*>(&size), sizeof size).append(text);
        }
        auto number = numbers.find(fieldsKey);
        if (number == numbers.end()) {
            number = numbers.emplace(fieldsKey, static_cast<int>(m_distinct.size()) / fields).first;
            for (int f = 1; f <= fields; ++f)
                m_distinct.emplace_back(rows.text(f));
        }
        if (runSize == run.size())
            run.emplace_back();
        Entry& entry = run[runSize++];
        entry.value = number->second;
        entry.key.clear();
        for (int k = 1; k <= keys; ++k)
            appendKey(entry.key, rows, fields + k);
    }
    if (runSize > 0)
        endRun();
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

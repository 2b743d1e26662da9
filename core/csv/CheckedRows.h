#pragma once

#include "CsvReader.h"

#include <deque>
#include <optional>
#include <utility>

// The rows an importer's first pass read, kept for its second pass so that a file is parsed once
// — as far as memory allows: rows are kept, in the file's order, until their estimated size
// reaches kMostBytes; the rows after are read again by the second pass. The second pass meets
// the records in the same order, so a row kept is at the front when its line comes.
template <typename Row> class CheckedRows
{
public:
    // About 25,000 rows of a demo export (some 270 bytes of UTF-8 a row): a file of that size is
    // parsed once, and a larger one keeps memory within 32 MB more than the import needs anyway
    // (issue 22's goal: under 200 MB at a million rows).
    static constexpr qint64 kMostBytes = 32 * 1024 * 1024;

    // Keeps the row read from `record`, unless the rows kept have reached the budget.
    void keep(Row row, const CsvRecord& record)
    {
        if (m_full)
            return;
        // The row's texts are the cells' in UTF-16, each in a string of its own (its header and
        // allocation), beside the structure itself.
        qint64 bytes = qint64(sizeof(Row));
        for (const QString& cell : record.fields)
            bytes += 2 * qint64(cell.size()) + 64;
        if (m_bytes + bytes > kMostBytes) {
            m_full = true;
            return;
        }
        m_bytes += bytes;
        m_rows.emplace_back(record.line, std::move(row));
    }

    // The row kept for `line`, taken out; nullopt when it was not kept (to be read again).
    std::optional<Row> take(int line)
    {
        while (!m_rows.empty() && m_rows.front().first < line)
            m_rows.pop_front(); // not asked for: a row the second pass did not reach
        if (m_rows.empty() || m_rows.front().first != line)
            return std::nullopt;
        std::optional<Row> row(std::move(m_rows.front().second));
        m_rows.pop_front();
        return row;
    }

    // The row kept for `line`, else `read()`'s (a row past the budget is parsed again): what an
    // importer's second pass writes.
    template <typename Read> Row takeOr(int line, Read&& read)
    {
        if (std::optional<Row> row = take(line))
            return std::move(*row);
        return read();
    }

    void clear()
    {
        m_rows.clear();
        m_bytes = 0;
        m_full = false;
    }

    qsizetype size() const { return qsizetype(m_rows.size()); }

private:
    std::deque<std::pair<int, Row>> m_rows;
    qint64 m_bytes = 0;
    bool m_full = false;
};

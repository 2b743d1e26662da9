#pragma once

#include <QtGlobal>

#include <vector>

// The places of records by id, for the report's reading and the large export's: the ids come in
// increasing order (a table read by id); a link names its record by id, and the reader wants its
// place. When the ids
// are dense, as SQLite gives them, a table finds a place at once; otherwise (ids written from
// elsewhere, far apart or negative) a binary search does.
class IdPlaces
{
public:
    // The next id, larger than the ones before.
    void add(qint64 id) { m_ids.push_back(id); }
    // Call once every id is added.
    void finish();
    // Whether a table by id up to `id` is worth it for `count` records: ids as SQLite gives them,
    // not far apart nor negative. OwnerRanges keeps to the same rule.
    static bool fitsTable(qint64 id, qint64 count) { return id >= 0 && id <= 4 * count + 1024; }

    // The place of `id` in the order of add(), or -1.
    int place(qint64 id) const
    {
        if (!m_table.empty())
            return id >= 0 && id < static_cast<qint64>(m_table.size()) ? m_table[static_cast<size_t>(id)]
                                                                       : -1;
        return searched(id);
    }

private:
    int searched(qint64 id) const;

    std::vector<qint64> m_ids;
    std::vector<int> m_table; // by id, when the ids are dense
};

#pragma once

#include <span>
#include <vector>

// Links from records to numbers (actors, countries, themes…), grouped by record: the report reads
// a link table once, ordered by record, and then finds a record's links by its place.
class LinkList
{
public:
    // Adds a link of record `owner`; owners come in increasing order.
    void append(int owner, int target);
    // The same, unless `owner` already has `target`.
    void appendUnique(int owner, int target);
    // Call once the links are read, with the number of records.
    void finish(int owners);

    std::span<const int> of(int owner) const
    {
        const auto first = static_cast<size_t>(m_starts[static_cast<size_t>(owner)]);
        const auto last = static_cast<size_t>(m_starts[static_cast<size_t>(owner) + 1]);
        return std::span<const int>(m_targets.data() + first, last - first);
    }

private:
    void reach(int owner);

    std::vector<int> m_starts; // where the links of each record begin in m_targets
    std::vector<int> m_targets;
};

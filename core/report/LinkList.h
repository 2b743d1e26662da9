#pragma once

#include <span>
#include <vector>

// Links from records to numbers (actors, countries, themes…), grouped by record: the report reads
// a link table once, ordered by record, and then finds a record's links by its place.
class LinkList
{
public:
    // Adds a link of record `owner`; owners come in increasing order. Inline: called for each
    // of millions of links.
    void append(int owner, int target)
    {
        reach(owner);
        m_targets.push_back(target);
    }
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
    void reach(int owner)
    {
        while (m_starts.size() <= static_cast<size_t>(owner))
            m_starts.push_back(static_cast<int>(m_targets.size()));
    }

    std::vector<int> m_starts; // where the links of each record begin in m_targets
    std::vector<int> m_targets;
};

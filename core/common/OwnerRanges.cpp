#include "OwnerRanges.h"

#include "IdPlaces.h"

#include <algorithm>

void OwnerRanges::add(qint64 owner)
{
    if (m_dense && !IdPlaces::fitsTable(owner, m_rows))
        becomeSparse();
    if (m_dense) {
        // Ids without rows before this one begin (and end) here.
        while (static_cast<qint64>(m_firstRows.size()) <= owner)
            m_firstRows.push_back(m_rows);
    } else if (m_owners.empty() || m_owners.back() != owner) {
        m_owners.push_back(owner);
        m_starts.push_back(m_rows);
    }
    ++m_rows;
}

void OwnerRanges::becomeSparse()
{
    m_firstRows.push_back(m_rows);
    for (size_t id = 0; id + 1 < m_firstRows.size(); ++id) {
        if (m_firstRows[id] < m_firstRows[id + 1]) {
            m_owners.push_back(static_cast<qint64>(id));
            m_starts.push_back(m_firstRows[id]);
        }
    }
    m_firstRows = {};
    m_dense = false;
}

void OwnerRanges::finish()
{
    (m_dense ? m_firstRows : m_starts).push_back(m_rows);
}

std::pair<int, int> OwnerRanges::rows(qint64 owner) const
{
    if (m_dense) {
        if (owner < 0 || owner + 1 >= static_cast<qint64>(m_firstRows.size()))
            return {0, 0};
        const auto id = static_cast<size_t>(owner);
        return {m_firstRows[id], m_firstRows[id + 1]};
    }
    const auto found = std::lower_bound(m_owners.cbegin(), m_owners.cend(), owner);
    if (found == m_owners.cend() || *found != owner)
        return {0, 0};
    const auto place = static_cast<size_t>(found - m_owners.cbegin());
    return {m_starts[place], m_starts[place + 1]};
}

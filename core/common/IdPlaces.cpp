#include "IdPlaces.h"

#include <algorithm>

void IdPlaces::finish()
{
    m_table.clear();
    const auto count = static_cast<qint64>(m_ids.size());
    if (m_ids.empty() || !fitsTable(m_ids.front(), count) || !fitsTable(m_ids.back(), count))
        return;
    m_table.assign(static_cast<size_t>(m_ids.back()) + 1, -1);
    for (size_t i = 0; i < m_ids.size(); ++i)
        m_table[static_cast<size_t>(m_ids[i])] = static_cast<int>(i);
}

int IdPlaces::searched(qint64 id) const
{
    const auto it = std::lower_bound(m_ids.begin(), m_ids.end(), id);
    return it != m_ids.end() && *it == id ? static_cast<int>(it - m_ids.begin()) : -1;
}

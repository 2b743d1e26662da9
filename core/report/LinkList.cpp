#include "LinkList.h"

#include <algorithm>

void LinkList::appendUnique(int owner, int target)
{
    reach(owner);
    const auto first = m_targets.begin() + m_starts[static_cast<size_t>(owner)];
    if (std::find(first, m_targets.end(), target) == m_targets.end())
        m_targets.push_back(target);
}

void LinkList::finish(int owners)
{
    reach(owners);
}

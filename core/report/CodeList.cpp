#include "CodeList.h"

size_t CodeList::hash(std::string_view code)
{
    // FNV-1a.
    size_t h = 14695981039346656037ULL;
    for (const char c : code) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    }
    return h;
}

void CodeList::rebuildSlots()
{
    size_t capacity = 16;
    while (capacity < m_keys.size() * 2)
        capacity *= 2;
    m_slots.assign(capacity, -1);
    for (size_t i = 0; i < m_keys.size(); ++i) {
        if (static_cast<int>(i) == m_unknown)
            continue; // not a code: it stands for the codes that are not found
        size_t slot = hash(m_keys[i]) & (capacity - 1);
        while (m_slots[slot] >= 0)
            slot = (slot + 1) & (capacity - 1);
        m_slots[slot] = static_cast<int>(i);
    }
}

void CodeList::add(Code code)
{
    m_keys.push_back(code.code.toStdString());
    m_codes.push_back(std::move(code));
    rebuildSlots();
}

void CodeList::addUnknown()
{
    m_unknown = size();
    m_keys.emplace_back();
    m_codes.push_back(Code{QStringLiteral("?"), QStringLiteral("?"), 9999, -1, false, false});
}

int CodeList::index(std::string_view code) const
{
    const int found = find(code);
    return found >= 0 ? found : m_unknown;
}

int CodeList::find(std::string_view code) const
{
    if (m_slots.empty())
        return -1;
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = hash(code) & mask; m_slots[slot] >= 0; slot = (slot + 1) & mask) {
        if (m_keys[static_cast<size_t>(m_slots[slot])] == code)
            return m_slots[slot];
    }
    return -1;
}

#include "RecordKeys.h"

namespace {

// SplitMix64's finaliser: every bit of the result depends on every bit of the value.
constexpr quint64 mixed(quint64 value)
{
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

constexpr quint64 combined(quint64 key, quint64 value)
{
    return mixed(key ^ (value + 0x9e3779b97f4a7c15ULL + (key << 6) + (key >> 2)));
}

} // namespace

RecordKeys::Builder& RecordKeys::Builder::add(QStringView text)
{
    // The length first, so that "ab" then "c" differs from "a" then "bc".
    m_key = combined(m_key, static_cast<quint64>(text.size()));
    for (const QChar character : text)
        m_key = combined(m_key, character.unicode());
    return *this;
}

RecordKeys::Builder& RecordKeys::Builder::add(qint64 value)
{
    m_key = combined(m_key, static_cast<quint64>(value));
    return *this;
}

void RecordKeys::add(Key key, qint64 id)
{
    const auto found = m_ids.find(key);
    if (found == m_ids.end())
        m_ids.insert(key, id);
    else if (id < *found)
        *found = id;
}

void RecordKeys::clear()
{
    m_ids.clear();
    m_filled = false;
}

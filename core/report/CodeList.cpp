#include "CodeList.h"

void CodeList::add(Code code)
{
    const std::string& key = m_keys.emplace_back(code.code.toStdString());
    m_index.emplace(std::string_view(key), size());
    m_codes.push_back(std::move(code));
}

void CodeList::addUnknown()
{
    m_unknown = size();
    m_codes.push_back(Code{QStringLiteral("?"), QStringLiteral("?"), 9999, -1, false, false});
}

int CodeList::index(std::string_view code) const
{
    const int found = find(code);
    return found >= 0 ? found : m_unknown;
}

int CodeList::find(std::string_view code) const
{
    const auto it = m_index.find(code);
    return it == m_index.end() ? -1 : it->second;
}

#include "CodeList.h"

void CodeList::add(Code code)
{
    const std::string& key = m_keys.emplace_back(code.code.toStdString());
    m_index.emplace(std::string_view(key), size());
    m_codes.push_back(std::move(code));
}

int CodeList::index(std::string_view code)
{
    const int found = find(code);
    if (found >= 0)
        return found;
    const QString text = QString::fromUtf8(code.data(), static_cast<qsizetype>(code.size()));
    add(Code{text, text, 9999, -1, false, false});
    return size() - 1;
}

int CodeList::find(std::string_view code) const
{
    const auto it = m_index.find(code);
    return it == m_index.end() ? -1 : it->second;
}

#include "KnownRows.h"

namespace {

constexpr qsizetype kMostKnownPerTable = 100000;

template <typename Key>
bool containsIn(const QHash<QString, QSet<Key>>& known, const QString& table, const Key& key)
{
    const auto found = known.constFind(table);
    return found != known.cend() && found->contains(key);
}

template <typename Key> void addTo(QHash<QString, QSet<Key>>& known, const QString& table, const Key& key)
{
    QSet<Key>& rows = known[table];
    if (rows.size() >= kMostKnownPerTable)
        rows.clear();
    rows.insert(key);
}

} // namespace

bool KnownRows::contains(const QString& table, const QString& code) const
{
    return containsIn(m_codes, table, code);
}

bool KnownRows::contains(const QString& table, qint64 id) const
{
    return containsIn(m_records, table, id);
}

void KnownRows::add(const QString& table, const QString& code)
{
    addTo(m_codes, table, code);
}

void KnownRows::add(const QString& table, qint64 id)
{
    addTo(m_records, table, id);
}

#include "IdSet.h"

#include "SqliteHandle.h"
#include "Statement.h"

namespace {

constexpr char kFunction[] = "observatoire_in_id_set";

void inIdSet(sqlite3_context* context, int, sqlite3_value** values)
{
    const auto* set = static_cast<const IdSet*>(sqlite3_value_pointer(values[1], IdSet::kPointerType));
    // A set that was not bound (or a value that is not one) is an error: matching nothing would
    // show an empty list as if nothing matched.
    if (!set) {
        sqlite3_result_error(context, "observatoire_in_id_set: no set of ids bound", -1);
        return;
    }
    sqlite3_result_int(context, set->contains(sqlite3_value_int64(values[0])) ? 1 : 0);
}

} // namespace

bool IdSet::available(const QSqlDatabase& db)
{
    return sqliteHandle(db) != nullptr;
}

void IdSet::install(const QSqlDatabase& db)
{
    if (sqlite3* handle = sqliteHandle(db))
        sqlite3_create_function_v2(handle, kFunction, 2, SQLITE_UTF8 | SQLITE_INNOCUOUS, nullptr, inIdSet,
                                   nullptr, nullptr, nullptr);
}

QString IdSet::condition(const QString& idExpression, const QString& placeholder)
{
    return QStringLiteral("%1(%2, %3)").arg(QLatin1String(kFunction), idExpression, placeholder);
}

std::optional<IdSet> IdSet::read(Statement& query, qint64* rows)
{
    IdSet set;
    qint64 read = 0;
    while (query.next()) {
        set.insert(query.integer(0));
        ++read;
    }
    if (!query.error().isEmpty())
        return std::nullopt;
    if (rows)
        *rows = read;
    return set;
}

void IdSet::insert(qint64 id)
{
    if (id < 0 || id >= kDenseIds) {
        m_sparse.insert(id);
        return;
    }
    const auto word = static_cast<size_t>(id / 64);
    if (word >= m_words.size())
        m_words.resize(word + 1 + word / 2, 0);
    m_words[word] |= quint64(1) << (id % 64);
}

bool IdSet::contains(qint64 id) const
{
    if (id < 0 || id >= kDenseIds)
        return m_sparse.contains(id);
    const auto word = static_cast<size_t>(id / 64);
    return word < m_words.size() && (m_words[word] >> (id % 64) & 1) != 0;
}

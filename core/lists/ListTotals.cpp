#include "ListTotals.h"

#include "RecordQuery.h"
#include "database/SqlEngine.h"

#include <QSqlQuery>

ListTotals::ListTotals(const QSqlDatabase& db)
    : m_db(db)
{
}

qint64 ListTotals::dataVersion() const
{
    if (SqlEngine::of(m_db).kind() != SqlEngine::Kind::Sqlite)
        return -1;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

int ListTotals::total(RecordList::Family family)
{
    const qint64 version = dataVersion();
    if (version < 0 || version != m_version) {
        m_totals.clear();
        m_version = version;
    }
    const auto known = m_totals.constFind(family);
    if (known != m_totals.cend())
        return *known;
    const int counted = RecordQuery(m_db, family, false).total();
    if (version >= 0)
        m_totals.insert(family, counted);
    return counted;
}

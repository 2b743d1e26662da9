#pragma once

#include "RecordList.h"

#include <QHash>
#include <QSqlDatabase>

// The number of records of each family (the « of 4,567 » of a list's count), kept for one
// connection while nothing changes the database: counting a million partnerships takes tens of
// milliseconds, which a search's first screen should not wait for. On SQLite, a change is seen
// through PRAGMA data_version (any commit of another connection); on other engines every call
// counts again.
class ListTotals
{
public:
    explicit ListTotals(const QSqlDatabase& db);

    int total(RecordList::Family family);

private:
    // The change counter of the database, or -1 when the engine has none.
    qint64 dataVersion() const;

    QSqlDatabase m_db;
    qint64 m_version = -1;
    QHash<RecordList::Family, int> m_totals;
};

#include "FundingHistory.h"

#include <QSqlQuery>

#include <algorithm>

QList<ChangeEntry> FundingHistory::forProject(const QSqlDatabase& db, qint64 projectId)
{
    // A deleted line is known by the project its deletion names (the history writes links by
    // name: the project's title at the time).
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT id FROM funding WHERE project_id = :project "
        "UNION SELECT record_id FROM change_log WHERE entity = 'funding' AND action = 'delete' "
        "AND field = 'project' AND old_value = (SELECT title FROM project WHERE id = :project)"));
    query.bindValue(QStringLiteral(":project"), projectId);
    QList<ChangeEntry> entries;
    if (!query.exec())
        return entries;
    const ChangeLog log(db);
    while (query.next())
        entries += log.forRecord(QStringLiteral("funding"), query.value(0).toLongLong());
    std::stable_sort(entries.begin(), entries.end(),
                     [](const ChangeEntry& a, const ChangeEntry& b) { return a.changedAt < b.changedAt; });
    return entries;
}

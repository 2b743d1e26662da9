#include "ChangeLog.h"
#include "database/SqlErrors.h"

#include "database/PreparedQuery.h"
#include "database/SqlEngine.h"
#include "database/Statement.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString actionName(ChangeLog::Action action)
{
    switch (action) {
    case ChangeLog::Action::Create:
        return QStringLiteral("create");
    case ChangeLog::Action::Update:
        return QStringLiteral("update");
    case ChangeLog::Action::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

} // namespace

ChangeLog::ChangeLog(const QSqlDatabase& db, const QString& userName)
    : m_db(db)
    , m_userName(userName)
{
}

Status ChangeLog::record(Action action, const QString& entity, qint64 id, const QString& uuid,
                         const FieldValues& before, const FieldValues& after, const QString& changedAt) const
{
    QHash<QString, QString> oldValues;
    for (const auto& [field, value] : before)
        oldValues.insert(field, FieldValue::historyText(value));

    // Fields in the order of `after`, then those only `before` has (a deletion).
    QList<std::pair<QString, QString>> newValues;
    for (const auto& [field, value] : after)
        newValues.append({field, FieldValue::historyText(value)});
    for (const auto& [field, value] : before) {
        if (action == Action::Delete)
            newValues.append({field, QString()});
    }

    PreparedQuery insert(m_db,
                         QStringLiteral("INSERT INTO change_log (entity, record_id, record_uuid, action, "
                                        "field, old_value, new_value, user_name, changed_at) VALUES (?, ?, "
                                        "?, ?, ?, ?, ?, %1, ?)")
                             .arg(SqlEngine::of(m_db).author()));
    const QVariant user = SqlEngine::authorValue(m_userName);
    const QString actionText = actionName(action);
    Statement& row = insert.bound();
    for (const auto& [field, newValue] : newValues) {
        const QString oldValue = oldValues.value(field);
        if (oldValue == newValue)
            continue;
        row.bind(0, entity);
        row.bind(1, id);
        row.bind(2, uuid);
        row.bind(3, actionText);
        row.bind(4, field);
        // An empty text is stored as NULL.
        row.bind(5, oldValue.isEmpty() ? QString() : oldValue);
        row.bind(6, newValue.isEmpty() ? QString() : newValue);
        row.bind(7, user);
        row.bind(8, changedAt);
        if (!row.run())
            return SqlErrors::failure(tr("The change history could not be written"), row.sqlError());
    }
    return {};
}

QList<ChangeEntry> ChangeLog::forRecord(const QString& entity, qint64 id) const
{
    QList<ChangeEntry> entries;
    QSqlQuery query(m_db);
    // The imports that created the record are those of its import rows without history of
    // their own (an import that changed it wrote one entry per field, as an edit does, and those
    // entries name its file and line too).
    query.prepare(QStringLiteral(
        "SELECT c.entity, c.record_id, c.record_uuid, c.action, c.field, c.old_value, c.new_value, "
        "c.user_name, "
        "c.changed_at, b.file_name, coalesce(r.line, 0), c.id AS position FROM change_log c "
        "LEFT JOIN import_batch b ON b.id = c.batch_id "
        "LEFT JOIN import_row r ON r.batch_id = c.batch_id AND r.entity = c.entity AND r.record_id = "
        "c.record_id "
        "WHERE c.entity = ? AND c.record_id = ? "
        "UNION ALL "
        "SELECT r.entity, r.record_id, NULL, 'create', NULL, NULL, NULL, b.user_name, b.started_at, "
        "b.file_name, "
        "r.line, 0 FROM import_row r JOIN import_batch b ON b.id = r.batch_id WHERE r.entity = ? AND "
        "r.record_id = ? AND NOT EXISTS (SELECT 1 FROM change_log c WHERE c.batch_id = r.batch_id AND "
        "c.entity = r.entity AND c.record_id = r.record_id) "
        "ORDER BY 9, 12"));
    query.addBindValue(entity);
    query.addBindValue(id);
    query.addBindValue(entity);
    query.addBindValue(id);
    if (!query.exec())
        return entries;
    while (query.next()) {
        ChangeEntry entry{query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toString(),
                          query.value(3).toString(), query.value(4).toString(),   query.value(5).toString(),
                          query.value(6).toString(), query.value(7).toString(),   query.value(8).toString(),
                          query.value(9).toString(), query.value(10).toInt()};
        entries.append(entry);
    }
    return entries;
}

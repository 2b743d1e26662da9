#include "ChangeLog.h"

#include "common/CurrentUser.h"
#include "database/PreparedQuery.h"

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
                                        "?, ?, ?, ?, ?, ?, ?)"));
    const QString user = m_userName.isEmpty() ? CurrentUser::name() : m_userName;
    for (const auto& [field, newValue] : newValues) {
        const QString oldValue = oldValues.value(field);
        if (oldValue == newValue)
            continue;
        insert->addBindValue(entity);
        insert->addBindValue(id);
        insert->addBindValue(uuid);
        insert->addBindValue(actionName(action));
        insert->addBindValue(field);
        insert->addBindValue(oldValue.isEmpty() ? QVariant() : QVariant(oldValue));
        insert->addBindValue(newValue.isEmpty() ? QVariant() : QVariant(newValue));
        insert->addBindValue(user);
        insert->addBindValue(changedAt);
        if (!insert->exec())
            return Status::failure(
                tr("The change history could not be written: %1").arg(insert->lastError().text()));
    }
    return {};
}

QList<ChangeEntry> ChangeLog::forRecord(const QString& entity, qint64 id) const
{
    QList<ChangeEntry> entries;
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT entity, record_id, record_uuid, action, field, old_value, new_value, "
                       "user_name, changed_at FROM change_log WHERE entity = ? AND record_id = ? "
                       "ORDER BY id"));
    query.addBindValue(entity);
    query.addBindValue(id);
    if (!query.exec())
        return entries;
    while (query.next()) {
        entries.append({query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toString(),
                        query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                        query.value(6).toString(), query.value(7).toString(), query.value(8).toString()});
    }
    return entries;
}

#include "Trash.h"

#include "common/Clock.h"
#include "database/SqlEngine.h"
#include "database/SqlErrors.h"
#include "database/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// A JSON null read back is a null QVariant, the value the stores bind for SQL NULL.
QVariant fromJson(const QJsonValue& value)
{
    return value.isNull() || value.isUndefined() ? QVariant() : value.toVariant();
}

QJsonArray valuesToJson(const FieldValues& values)
{
    QJsonArray array;
    for (const auto& [name, value] : values)
        array.append(QJsonArray{name, QJsonValue::fromVariant(value)});
    return array;
}

FieldValues valuesFromJson(const QJsonArray& array)
{
    FieldValues values;
    for (const QJsonValue& pair : array)
        values.append({pair[0].toString(), fromJson(pair[1])});
    return values;
}

QJsonObject linksToJson(const LinkRows& link)
{
    QJsonArray rows;
    for (const QVariantList& row : link.rows) {
        QJsonArray cells;
        for (const QVariant& cell : row)
            cells.append(QJsonValue::fromVariant(cell));
        rows.append(cells);
    }
    return {{QStringLiteral("table"), link.table},
            {QStringLiteral("owner_column"), link.ownerColumn},
            {QStringLiteral("columns"), QJsonArray::fromStringList(link.columns)},
            {QStringLiteral("rows"), rows}};
}

LinkRows linksFromJson(const QJsonObject& object)
{
    LinkRows link;
    link.table = object[QStringLiteral("table")].toString();
    link.ownerColumn = object[QStringLiteral("owner_column")].toString();
    for (const QJsonValue& column : object[QStringLiteral("columns")].toArray())
        link.columns << column.toString();
    for (const QJsonValue& row : object[QStringLiteral("rows")].toArray()) {
        QVariantList cells;
        for (const QJsonValue& cell : row.toArray())
            cells << fromJson(cell);
        link.rows << cells;
    }
    return link;
}

QByteArray contentOf(const TrashEntry& entry)
{
    QJsonArray records;
    for (const TrashedRecord& record : entry.records) {
        QJsonArray links;
        for (const LinkRows& link : record.links)
            links.append(linksToJson(link));
        records.append(QJsonObject{{QStringLiteral("table"), record.table},
                                   {QStringLiteral("id"), record.stamp.id},
                                   {QStringLiteral("uuid"), record.stamp.uuid},
                                   {QStringLiteral("created_at"), record.stamp.createdAt},
                                   {QStringLiteral("updated_at"), record.stamp.updatedAt},
                                   {QStringLiteral("version"), record.stamp.version},
                                   {QStringLiteral("parent_column"), record.parentColumn},
                                   {QStringLiteral("columns"), valuesToJson(record.columns)},
                                   {QStringLiteral("history"), valuesToJson(record.history)},
                                   {QStringLiteral("links"), links}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("records"), records}}).toJson(QJsonDocument::Compact);
}

QList<TrashedRecord> recordsOf(const QByteArray& content)
{
    QList<TrashedRecord> records;
    const QJsonArray array = QJsonDocument::fromJson(content).object()[QStringLiteral("records")].toArray();
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        TrashedRecord record;
        record.table = object[QStringLiteral("table")].toString();
        record.stamp.id = object[QStringLiteral("id")].toInteger();
        record.stamp.uuid = object[QStringLiteral("uuid")].toString();
        record.stamp.createdAt = object[QStringLiteral("created_at")].toString();
        record.stamp.updatedAt = object[QStringLiteral("updated_at")].toString();
        record.stamp.version = object[QStringLiteral("version")].toInteger(1);
        record.parentColumn = object[QStringLiteral("parent_column")].toString();
        record.columns = valuesFromJson(object[QStringLiteral("columns")].toArray());
        record.history = valuesFromJson(object[QStringLiteral("history")].toArray());
        for (const QJsonValue& link : object[QStringLiteral("links")].toArray())
            record.links << linksFromJson(link.toObject());
        records << record;
    }
    return records;
}

TrashEntry entryOf(const QSqlQuery& row)
{
    TrashEntry entry;
    entry.id = row.value(0).toLongLong();
    entry.table = row.value(1).toString();
    entry.recordId = row.value(2).toLongLong();
    entry.name = row.value(3).toString();
    entry.deletedAt = row.value(4).toString();
    entry.deletedBy = row.value(5).toString();
    entry.records = recordsOf(row.value(6).toByteArray());
    return entry;
}

const QString kSelect =
    QStringLiteral("SELECT id, entity, record_id, name, deleted_at, deleted_by, content FROM trash_entry");

} // namespace

Trash::Trash(const QSqlDatabase& db)
    : m_db(db)
{
}

Result<qint64> Trash::put(const TrashEntry& entry) const
{
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO trash_entry (entity, record_id, name, deleted_at, deleted_by, "
                                  "content) VALUES (?, ?, ?, ?, %1, ?) RETURNING id")
                       .arg(SqlEngine::of(m_db).author()));
    insert.addBindValue(entry.table);
    insert.addBindValue(entry.recordId);
    insert.addBindValue(entry.name);
    insert.addBindValue(entry.deletedAt.isEmpty() ? Clock::nowIso() : entry.deletedAt);
    insert.addBindValue(SqlEngine::authorValue(entry.deletedBy));
    insert.addBindValue(QString::fromUtf8(contentOf(entry)));
    if (!insert.exec() || !insert.next())
        return Result<qint64>(
            SqlErrors::failure(tr("The record could not be put in the trash"), insert.lastError()));
    return insert.value(0).toLongLong();
}

Result<QList<TrashEntry>> Trash::entries() const
{
    QSqlQuery query(m_db);
    if (!query.exec(kSelect + QStringLiteral(" ORDER BY deleted_at DESC, id DESC")))
        return Result<QList<TrashEntry>>(
            SqlErrors::failure(tr("The trash could not be read"), query.lastError()));
    QList<TrashEntry> entries;
    while (query.next())
        entries << entryOf(query);
    return entries;
}

std::optional<TrashEntry> Trash::entry(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(kSelect + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return entryOf(query);
}

Result<qint64> Trash::restore(qint64 entryId) const
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return Result<qint64>(transaction.started());
    const std::optional<TrashEntry> found = entry(entryId);
    if (!found)
        return Result<qint64>::failure(tr("This deletion is no longer in the trash."));
    qint64 firstId = 0;
    for (const TrashedRecord& record : found->records) {
        EntityTable table(m_db, record.table);
        if (table.idWhere(QStringLiteral("uuid"), record.stamp.uuid) > 0)
            return Result<qint64>::failure(
                tr("\"%1\" cannot be restored: a record with the same stable id exists (imported again "
                   "since it was deleted?).")
                    .arg(found->name));
        RecordStamp stamp = record.stamp;
        // Another record has taken the id since: this one comes back under a new one.
        const bool idTaken = table.idWhere(QStringLiteral("id"), stamp.id) > 0;
        if (idTaken)
            stamp.id = 0;
        FieldValues columns = record.columns;
        if (!record.parentColumn.isEmpty()) {
            for (auto& [name, value] : columns) {
                if (name == record.parentColumn)
                    value = firstId;
            }
        }
        const Result<RecordStamp> written = table.insert(columns, record.links, record.history, &stamp);
        if (!written) {
            // SQLite writes "FOREIGN KEY constraint failed", PostgreSQL "violates foreign key
            // constraint".
            if (written.message().contains(QLatin1String("foreign key"), Qt::CaseInsensitive))
                return Result<qint64>::failure(
                    tr("\"%1\" cannot be restored: a record it was linked to has been deleted since. Restore "
                       "that record first.")
                        .arg(found->name));
            return Result<qint64>(written.problems());
        }
        if (idTaken) {
            // Its change history follows it to its new id.
            QSqlQuery move(m_db);
            move.prepare(QStringLiteral("UPDATE change_log SET record_id = ? WHERE entity = ? AND record_id "
                                        "= ? AND record_uuid = ?"));
            move.addBindValue(written.value().id);
            move.addBindValue(record.table);
            move.addBindValue(record.stamp.id);
            move.addBindValue(record.stamp.uuid);
            if (!move.exec())
                return Result<qint64>(
                    SqlErrors::failure(tr("The change history could not be written"), move.lastError()));
        }
        if (firstId == 0)
            firstId = written.value().id;
    }
    if (Status erased = erase(entryId); !erased)
        return Result<qint64>(erased);
    if (Status committed = transaction.commit(); !committed)
        return Result<qint64>(committed);
    return firstId;
}

Status Trash::erase(qint64 entryId) const
{
    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("DELETE FROM trash_entry WHERE id = ?"));
    remove.addBindValue(entryId);
    if (!remove.exec())
        return SqlErrors::failure(tr("The trash could not be emptied"), remove.lastError());
    return {};
}

Status Trash::empty() const
{
    QSqlQuery remove(m_db);
    if (!remove.exec(QStringLiteral("DELETE FROM trash_entry")))
        return SqlErrors::failure(tr("The trash could not be emptied"), remove.lastError());
    return {};
}

qint64 Trash::count() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM trash_entry")) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

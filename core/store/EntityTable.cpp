#include "EntityTable.h"
#include "database/SqlErrors.h"

#include "common/Clock.h"
#include "common/StableId.h"
#include "database/PreparedQuery.h"
#include "database/SqlScript.h"
#include "database/Statement.h"
#include "database/Transaction.h"
#include "search/SearchIndex.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

QString LinkRows::insertStatement() const
{
    return QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (?, %4)")
        .arg(table, ownerColumn, columns.join(QLatin1String(", ")), SqlScript::placeholders(columns.size()));
}

QList<QVariantList> LinkRows::sortedRows() const
{
    QList<QVariantList> sorted = rows;
    std::sort(sorted.begin(), sorted.end(), [](const QVariantList& a, const QVariantList& b) {
        for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
            const QPartialOrdering order = QVariant::compare(a.at(i), b.at(i));
            if (order != QPartialOrdering::Equivalent)
                return order == QPartialOrdering::Less;
        }
        return a.size() < b.size();
    });
    return sorted;
}

FieldValues HistoryScope::of(FieldValues values) const
{
    if (!m_everything)
        values.removeIf([&](const auto& field) { return !m_changed.contains(field.first); });
    return values;
}

Problem EntityTable::conflict()
{
    return {QString(),
            tr("This record was changed by someone else since it was read (an import, another window or "
               "program): saving would overwrite that change."),
            Problem::Kind::Conflict};
}

QString EntityTable::insertStatement(const QString& table, const FieldValues& columns, bool withId)
{
    QStringList names{QStringLiteral("uuid")};
    if (withId)
        names.prepend(QStringLiteral("id"));
    for (const auto& column : columns)
        names << column.first;
    names << QStringLiteral("created_at") << QStringLiteral("updated_at");
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(table, names.join(QLatin1String(", ")), SqlScript::placeholders(names.size()));
}

EntityTable::EntityTable(const QSqlDatabase& db, const QString& table)
    : m_db(db)
    , m_table(table)
    , m_changeLog(db)
{
}

Result<RecordStamp> EntityTable::insert(const FieldValues& columns, const QList<LinkRows>& links,
                                        const FieldValues& history, const RecordStamp* restored)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();

    RecordStamp stamp;
    if (restored) {
        stamp = *restored;
        stamp.updatedAt = Clock::nowIso();
        if (stamp.createdAt.isEmpty())
            stamp.createdAt = stamp.updatedAt;
    } else {
        stamp.uuid = StableId::create();
        stamp.createdAt = Clock::nowIso();
        stamp.updatedAt = stamp.createdAt;
    }

    {
        // A restored record whose id another has taken since comes back with a new one (id 0).
        const bool withId = restored != nullptr && stamp.id > 0;
        PreparedQuery query(m_db,
                            insertStatement(m_table, columns, withId) + QStringLiteral(" RETURNING id"));
        if (withId)
            query->addBindValue(stamp.id);
        query->addBindValue(stamp.uuid);
        for (const auto& column : columns)
            query->addBindValue(column.second);
        query->addBindValue(stamp.createdAt);
        query->addBindValue(stamp.updatedAt);
        if (!query->exec() || !query->next())
            return Result<RecordStamp>(
                SqlErrors::failure(tr("The record could not be saved"), query->lastError()));
        stamp.id = query->value(0).toLongLong();
    }

    if (Status status = replaceLinks(stamp.id, links); !status)
        return status;
    if (Status status = SearchIndex::refresh(m_db, m_table, stamp.id); !status)
        return status;
    // Dated when it is written: a restored record's creation time is its first one.
    if (Status status = m_changeLog.record(ChangeLog::Action::Create, m_table, stamp.id, stamp.uuid, {},
                                           history, stamp.updatedAt);
        !status)
        return status;
    if (Status status = transaction.commit(); !status)
        return status;
    return stamp;
}

Result<RecordStamp> EntityTable::update(const RecordStamp& stamp, const FieldValues& columns,
                                        const QList<LinkRows>& links, const FieldValues& before,
                                        const FieldValues& after)
{
    // Always written: the caller found the columns or links different, even when the history's
    // texts read the same (a partner replaced by a namesake). The history keeps only what reads
    // differently.
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();

    RecordStamp updated = stamp;
    updated.updatedAt = Clock::nowIso();
    updated.version = stamp.version + 1;
    QStringList assignments;
    for (const auto& column : columns)
        assignments << column.first + QLatin1String(" = ?");
    assignments << QStringLiteral("updated_at = ?") << QStringLiteral("version = ?");

    {
        // Only the version that was read: another writer's change in between is not overwritten.
        // The row it returns says whether there was one at that version.
        PreparedQuery query(m_db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND version = ? RETURNING id")
                                      .arg(m_table, assignments.join(QLatin1String(", "))));
        Statement& row = query.bound();
        int index = 0;
        for (const auto& column : columns)
            row.bind(index++, column.second);
        row.bind(index++, updated.updatedAt);
        row.bind(index++, updated.version);
        row.bind(index++, stamp.id);
        row.bind(index++, stamp.version);
        if (!row.run())
            return Result<RecordStamp>(
                SqlErrors::failure(tr("The record could not be saved"), row.sqlError()));
        if (!row.returnedRow()) {
            if (idWhere(QStringLiteral("id"), stamp.id) > 0)
                return Result<RecordStamp>(Problems{conflict()});
            return Result<RecordStamp>::failure(tr("The record no longer exists; it may have been deleted."));
        }
    }

    if (Status status = replaceLinks(stamp.id, links); !status)
        return status;
    // A change the record's text does not read (a source, a date, a status: most updates of an
    // import) leaves its entry as it is, without composing the text to compare.
    QStringList changed;
    for (const auto& column : columns)
        changed << column.first;
    for (const LinkRows& link : links)
        changed << link.table;
    if (SearchIndex::readsAny(m_db, m_table, changed)) {
        if (Status status = SearchIndex::refresh(m_db, m_table, stamp.id); !status)
            return status;
    }
    if (Status status = m_changeLog.record(ChangeLog::Action::Update, m_table, stamp.id, stamp.uuid, before,
                                           after, updated.updatedAt);
        !status)
        return status;
    if (Status status = transaction.commit(); !status)
        return status;
    return updated;
}

Status EntityTable::remove(const RecordStamp& stamp, const FieldValues& before)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ? AND version = ?").arg(m_table));
    query.addBindValue(stamp.id);
    query.addBindValue(stamp.version);
    if (!query.exec())
        return SqlErrors::failure(tr("The record could not be deleted"), query.lastError());
    if (query.numRowsAffected() == 0) {
        if (idWhere(QStringLiteral("id"), stamp.id) > 0)
            return Status(Problems{conflict()});
        return Status::failure(tr("The record no longer exists; it may have been deleted already."));
    }
    if (Status status = SearchIndex::remove(m_db, m_table, stamp.id); !status)
        return status;
    if (Status status = m_changeLog.record(ChangeLog::Action::Delete, m_table, stamp.id, stamp.uuid, before,
                                           {}, Clock::nowIso());
        !status)
        return status;
    return transaction.commit();
}

Status EntityTable::replaceLinks(qint64 ownerId, const QList<LinkRows>& links)
{
    for (const LinkRows& link : links) {
        PreparedQuery remove(m_db,
                             QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(link.table, link.ownerColumn));
        Statement& removal = remove.bound();
        removal.bind(0, ownerId);
        if (!removal.run())
            return SqlErrors::failure(tr("The links could not be saved"), removal.sqlError());
        if (link.rows.isEmpty())
            continue;
        PreparedQuery insert(m_db, link.insertStatement());
        Statement& row = insert.bound();
        for (const QVariantList& values : link.rows) {
            row.bind(0, ownerId);
            for (int i = 0; i < values.size(); ++i)
                row.bind(i + 1, values.at(i));
            if (!row.run())
                return SqlErrors::failure(tr("The links could not be saved"), row.sqlError());
        }
    }
    return {};
}

qint64 EntityTable::idWhere(const QString& column, const QVariant& value) const
{
    PreparedQuery query(m_db, QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(m_table, column));
    Statement& lookup = query.bound();
    lookup.bind(0, value);
    return lookup.run() ? lookup.returned() : 0;
}

void EntityTable::selectWhere(const QString& column, const QVariant& value,
                              const std::function<void(const Statement&)>& read) const
{
    PreparedQuery query(m_db, QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(m_table, column));
    Statement& select = query.bound();
    select.bind(0, value);
    if (select.next())
        read(select);
}

QList<QVariantList> EntityTable::loadLinks(const QString& table, const QString& ownerColumn,
                                           const QStringList& columns, qint64 ownerId) const
{
    QList<QVariantList> rows;
    PreparedQuery query(m_db,
                        QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? ORDER BY %4")
                            .arg(columns.join(QLatin1String(", ")), table, ownerColumn, columns.first()));
    Statement& select = query.bound();
    select.bind(0, ownerId);
    // Link columns hold ids, numbers and codes: integers and texts.
    while (select.next()) {
        QVariantList row;
        row.reserve(columns.size());
        for (int i = 0; i < columns.size(); ++i) {
            if (select.isNull(i))
                row << QVariant();
            else if (select.isNumber(i))
                row << QVariant(select.integer(i));
            else
                row << QVariant(select.string(i));
        }
        rows << row;
    }
    return rows;
}

QString EntityTable::recordName(const QString& table, const QString& nameColumn, qint64 id) const
{
    PreparedQuery query(m_db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(nameColumn, table));
    query->addBindValue(id);
    return query->exec() && query->next() ? query->value(0).toString() : QStringLiteral("#%1").arg(id);
}

QString EntityTable::describeRecords(const QString& table, const QString& nameColumn,
                                     const QList<qint64>& ids) const
{
    QStringList names;
    for (const qint64 id : ids)
        names << recordName(table, nameColumn, id);
    return names.join(QLatin1String(" | "));
}

QString EntityTable::describeActors(const QList<ActorLink>& actors, const QString& defaultRole) const
{
    QStringList names;
    for (const ActorLink& link : actors) {
        const QString role = link.roleCode.isEmpty() ? defaultRole : link.roleCode;
        names << recordName(QStringLiteral("actor"), QStringLiteral("name"), link.actorId) +
                     QLatin1String(" [") + role + QLatin1Char(']');
    }
    return names.join(QLatin1String(" | "));
}

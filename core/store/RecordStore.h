#pragma once

#include "common/Result.h"
#include "database/Transaction.h"
#include "store/BulkRecordWriter.h"
#include "store/EntityTable.h"
#include "store/ImportSession.h"
#include "store/RecordMerge.h"
#include "store/RecordValidator.h"
#include "store/Trash.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <concepts>
#include <optional>

// What create, update and delete mean for every entity: validate, then write the row, its links
// and its history in one transaction. Each store says how its record maps to columns and links,
// what makes it valid, and what prevents its deletion.
template <typename Record> class RecordStore
{
public:
    virtual ~RecordStore() = default;

    // What prevents the record from being written, in the user's language; nothing when it may be.
    Problems validate(const Record& record) const { return problemsOf(record, nullptr); }

    Result<Record> create(const Record& record)
    {
        if (Problems problems = validate(record); !problems.isEmpty())
            return problems;
        const Result<RecordStamp> created =
            m_table.insert(columns(record), links(record), history(record, {}));
        if (!created)
            return created.problems();
        return *find(created.value().id);
    }

    // What prevents a record that an import brings from being written, asking the database only
    // about rows the import has not seen: the import's first pass checks every row with it, before
    // anything is written. Linked records an import will match or create have ids below 0.
    Problems checkImported(const Record& record, ImportSession& session) const
    {
        return problemsOf(record, &session.known());
    }

    // Creates a record that an import brings, keeping its stable id when it has one (the caller
    // has looked for a record with that id): validated like any other, then written with the
    // import's other records by its writer (the session's second pass).
    Result<qint64> insertImported(const Record& record, ImportSession& session)
    {
        if (Problems problems = checkImported(record, session); !problems.isEmpty())
            return problems;
        Result<qint64> written =
            session.writer()->insert(m_table.table(), record.uuid, columns(record), links(record));
        if (written)
            session.known().add(m_table.table(), written.value());
        return written;
    }

    // Brings back a deleted record as it was, with its id, stable id and links (undo).
    Result<Record> restore(const Record& record)
    {
        if (find(record.id))
            return Result<Record>::failure(
                QCoreApplication::translate("RecordStore", "This record exists already."));
        if (Problems problems = validate(record); !problems.isEmpty())
            return problems;
        const RecordStamp stamp = stampOf(record);
        const Result<RecordStamp> restored =
            m_table.insert(columns(record), links(record), history(record, {}), &stamp);
        if (!restored)
            return restored.problems();
        return *find(record.id);
    }

    // Saves `record`, read at `record.version`: a Conflict problem, nothing written, when the
    // record changed since (the adviser is then shown both versions).
    Result<Record> update(const Record& record)
    {
        const std::optional<Record> before = find(record.id);
        if (!before)
            return Result<Record>::failure(missingMessage());
        if (before->version != record.version)
            return Problems{EntityTable::conflict()};
        if (const Result<bool> replaced = replace(*before, record); !replaced)
            return replaced.problems();
        return *find(record.id);
    }

    // Saves `record` over `before`, the record as it was just read (by an import that matched
    // it), and tells whether anything changed — without reading either again. An import gives its
    // session: the rows it has seen exist.
    Result<bool> replace(const Record& before, const Record& record, ImportSession* session = nullptr)
    {
        // The same record: nothing to write, so nothing to check (an import checked the row in its
        // first pass) and no history to compose — most rows of a file imported again, and half of
        // an update. Columns and links are composed from the record's fields alone, so equal fields
        // are equal columns and links; comparing the fields spares composing both records' columns
        // (a date through text each) and link rows. A record whose fields differ only in a way its
        // columns do not (links listed in another order, a role left to its default) is compared
        // by its columns and links below.
        if constexpr (std::equality_comparable<Record>) {
            if (before == record)
                return false;
        }
        // The same columns and links: nothing to write either.
        const FieldValues newColumns = columns(record);
        const FieldValues oldColumns = columns(before);
        const QList<LinkRows> newLinks = links(record);
        const QList<LinkRows> oldLinks = links(before);
        if (newColumns == oldColumns && newLinks == oldLinks)
            return false;
        if (Problems problems = problemsOf(record, session ? &session->known() : nullptr);
            !problems.isEmpty())
            return problems;
        // The history is composed for the columns and link tables that changed only, and only the
        // columns and lists of links that changed are written again (most updates of an import
        // change a column and no link).
        QStringList changed;
        FieldValues changedColumns;
        for (qsizetype i = 0; i < newColumns.size(); ++i) {
            if (i >= oldColumns.size() || !(newColumns.at(i) == oldColumns.at(i))) {
                changed << newColumns.at(i).first;
                changedColumns << newColumns.at(i);
            }
        }
        QList<LinkRows> changedLinks;
        for (qsizetype i = 0; i < newLinks.size(); ++i) {
            if (i >= oldLinks.size() || !(newLinks.at(i) == oldLinks.at(i))) {
                changedLinks << newLinks.at(i);
                changed << newLinks.at(i).table;
            }
        }
        const HistoryScope scope(changed);
        const RecordStamp old = stampOf(before);
        const Result<RecordStamp> stamp =
            m_table.update(old, changedColumns, changedLinks, history(before, scope), history(record, scope));
        if (!stamp)
            return stamp.problems();
        return true;
    }

    // After a conflict: the record as it is now with the adviser's changes (what `mine` changed
    // from `base`) put over it, at the current version, ready to save; nothing when it is gone.
    std::optional<Record> mergeOntoCurrent(const Record& base, const Record& mine) const
    {
        const std::optional<Record> theirs = find(mine.id);
        if (!theirs)
            return std::nullopt;
        Record merged = mergeChanges(base, mine, *theirs);
        merged.id = theirs->id;
        merged.uuid = theirs->uuid;
        merged.createdAt = theirs->createdAt;
        merged.updatedAt = theirs->updatedAt;
        merged.version = theirs->version;
        return merged;
    }

    // The record as people read it (fields and links by name), to show what differs.
    FieldValues readable(const Record& record) const { return history(record, {}); }

    // Deletes the record for good, as it is now; with `expectedVersion`, only if it is still at
    // that version (undoing a creation must not delete what someone changed since).
    Status remove(qint64 id, std::optional<qint64> expectedVersion = std::nullopt)
    {
        return removeWith(id, expectedVersion, nullptr);
    }

    // Deletes the record as the adviser does: it goes to the trash, with what its deletion takes
    // along, shown there as `name`. The id of the trash entry.
    Result<qint64> moveToTrash(qint64 id, const QString& name,
                               std::optional<qint64> expectedVersion = std::nullopt)
    {
        Transaction transaction(m_db);
        if (!transaction.started())
            return Result<qint64>(transaction.started());
        TrashEntry entry;
        entry.table = m_table.table();
        entry.recordId = id;
        entry.name = name;
        if (Status removed = removeWith(id, expectedVersion, &entry); !removed)
            return Result<qint64>(removed);
        const Result<qint64> put = Trash(m_db).put(entry);
        if (!put)
            return put;
        if (Status committed = transaction.commit(); !committed)
            return Result<qint64>(committed);
        return put;
    }

    // Deletes a record that another's deletion takes along into that deletion's trash entry;
    // `parentColumn` is its column that holds the other record's id.
    Status removeInto(qint64 id, TrashEntry& entry, const QString& parentColumn)
    {
        return removeWith(id, std::nullopt, &entry, parentColumn);
    }

    std::optional<Record> find(qint64 id) const { return findWhere(QStringLiteral("id"), id); }
    // One statement: a new record's lookup (most rows of a first import) is one probe of the
    // index of stable ids, as a lookup of the id alone was; a known record's (a file imported
    // again) reads its row at once.
    std::optional<Record> findByUuid(const QString& uuid) const
    {
        return findWhere(QStringLiteral("uuid"), uuid);
    }

protected:
    RecordStore(const QSqlDatabase& db, const QString& table)
        : m_db(db)
        , m_table(db, table)
    {
    }

    // Adds what prevents the record from being written to `check`.
    virtual void collectProblems(const Record& record, RecordValidator& check) const = 0;
    virtual FieldValues columns(const Record& record) const = 0;
    virtual QList<LinkRows> links(const Record&) const { return {}; }
    // The record as the change history shows it: its columns, plus its links by name; the fields
    // of `scope` only (a column by its name, links by their table).
    virtual FieldValues history(const Record& record, const HistoryScope& scope) const
    {
        return scope.of(FieldValue::readable(columns(record)));
    }
    virtual Record fromRow(const Statement& row) const = 0;
    // RecordMerge::changesOver with every field of the record.
    virtual Record mergeChanges(const Record& base, const Record& mine, const Record& theirs) const = 0;
    // Refuses a deletion that would break other records, or deletes what belongs to the record
    // (into `trash` when the deletion goes there).
    virtual Status prepareRemoval(const Record&, TrashEntry* /*trash*/) { return {}; }
    virtual QString missingMessage() const = 0;

    static RecordStamp stampOf(const Record& record)
    {
        return {record.id, record.uuid, record.createdAt, record.updatedAt, record.version};
    }

    QSqlDatabase m_db;
    EntityTable m_table;

private:
    Status removeWith(qint64 id, std::optional<qint64> expectedVersion, TrashEntry* trash,
                      const QString& parentColumn = QString())
    {
        const std::optional<Record> record = find(id);
        if (!record)
            return Status::failure(missingMessage());
        if (expectedVersion && record->version != *expectedVersion)
            return Status(Problems{EntityTable::conflict()});
        // One transaction for the record and whatever its removal takes along.
        Transaction transaction(m_db);
        if (!transaction.started())
            return transaction.started();
        if (Status removable = prepareRemoval(*record, trash); !removable)
            return removable;
        if (Status removed = m_table.remove(stampOf(*record), history(*record, {})); !removed)
            return removed;
        // Written back in the reverse order: this record before what its removal took along.
        if (trash)
            trash->records.prepend({m_table.table(), stampOf(*record), columns(*record), links(*record),
                                    history(*record, {}), parentColumn});
        return transaction.commit();
    }

    Problems problemsOf(const Record& record, KnownRows* known) const
    {
        RecordValidator check(m_db, known);
        collectProblems(record, check);
        return check.problems();
    }

    std::optional<Record> findWhere(const QString& column, const QVariant& value) const
    {
        std::optional<Record> found;
        m_table.selectWhere(column, value, [&](const Statement& row) { found = fromRow(row); });
        return found;
    }
};

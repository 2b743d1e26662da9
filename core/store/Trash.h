#pragma once

#include "store/EntityTable.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// One record as it was when it went to the trash: enough to write it back as it was, with its id,
// stable id, creation time and links.
struct TrashedRecord
{
    QString table;
    RecordStamp stamp;
    FieldValues columns;
    QList<LinkRows> links;
    FieldValues history;
    // For a record taken along (a project's funding line): its column that holds the id of the
    // entry's first record, set again when that record comes back under another id.
    QString parentColumn;
};

// What one deletion sent to the trash: the record the adviser deleted first, then what went
// with it, in the order they are written back.
struct TrashEntry
{
    qint64 id = 0;
    QString table;
    qint64 recordId = 0;
    QString name;
    QString deletedAt;
    QString deletedBy;
    QList<TrashedRecord> records;
};

// The « Corbeille »: deleted records kept whole, in the database itself, until the adviser
// restores them or empties the trash. A restored record keeps its id and stable id when they are
// free (its change history then goes on), and its links; one that another record has taken the id
// of since comes back under a new id, its history moved with it.
class Trash
{
    Q_DECLARE_TR_FUNCTIONS(Trash)

public:
    explicit Trash(const QSqlDatabase& db);

    // Adds the entry (in the caller's transaction); its id.
    Result<qint64> put(const TrashEntry& entry) const;

    // Every entry, most recent first, with their records.
    Result<QList<TrashEntry>> entries() const;
    std::optional<TrashEntry> entry(qint64 id) const;

    // Writes the entry's records back and takes the entry out of the trash, all or nothing; the
    // id of its first record (maybe a new one). Refused with the reason when a record it was
    // linked to is gone since, or when a record of the same stable id exists (imported again).
    Result<qint64> restore(qint64 entryId) const;

    // Deletes the entry for good (its records' change history stays).
    Status erase(qint64 entryId) const;
    Status empty() const;
    qint64 count() const;

private:
    QSqlDatabase m_db;
};

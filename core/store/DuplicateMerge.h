#pragma once

#include "common/Result.h"
#include "records/Actor.h"
#include "records/ForeignPartner.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

// One row that referred to the merged-away record (a partnership's actor, a funder, an import
// row, a history row…) and was moved to the kept record, or deleted because the kept record had
// the same row already (both actors of one partnership). Enough to put it back exactly.
struct RedirectedRow
{
    QString table;
    QString column;   // the column that held the merged-away record's id
    QStringList keys; // the columns that, with `column`, name the row
    QVariantList keyValues;
    QStringList others; // the row's other columns, to write a deleted row back
    QVariantList otherValues;
    bool deleted = false;
};

// What the adviser asks: keep `keptId`, take the fields named in `fromOther` (columns as
// RecordStore::readable names them) from `otherId`, which goes to the trash. The versions are
// those the adviser saw: a record changed since is a conflict (0: not checked).
struct MergeRequest
{
    qint64 keptId = 0;
    qint64 otherId = 0;
    QSet<QString> fromOther;
    qint64 keptVersion = 0;
    qint64 otherVersion = 0;
};

// What a merge did, to undo it exactly.
template <typename Record> struct MergeOutcome
{
    MergeRequest request;
    Record keptBefore;
    QString otherName;
    qint64 keptVersionAfter = 0;
    qint64 trashEntry = 0;
    QList<RedirectedRow> rows;
};

// Merges two records of the same kind that are one (DuplicateFinder finds them), actors or
// foreign partners: after an automatic copy of the database, in one transaction, every row that
// refers to the other record (grep the migrations for its id columns: partnerships, projects,
// funding lines, attached actors, import rows, change history) is moved to the kept one, the kept
// one takes the fields chosen from the other (its version rises), the other goes to the trash
// (where it can be found again), and the change history of both says so. undo() puts everything
// back as it was, if the kept record is still as the merge left it.
template <typename Record> class DuplicateMerge
{
public:
    explicit DuplicateMerge(const QSqlDatabase& db);

    // Refused with the reason, nothing changed: the same record twice, a record gone or changed
    // since the adviser saw it, two actors of different families (a commune and an association
    // are not one organisation), a copy of the database that could not be made.
    Result<MergeOutcome<Record>> merge(const MergeRequest& request) const;

    // The kept record as the merge would leave it: its fields, those named taken from the other.
    Record merged(const Record& kept, const Record& other, const QSet<QString>& fromOther) const;

    // Refused, as a conflict, when the kept record changed since the merge. What merging them
    // again asks (redo): the other record back under its id (another one if its own was taken
    // meanwhile), both at their versions now.
    Result<MergeRequest> undo(const MergeOutcome<Record>& outcome) const;

private:
    QSqlDatabase m_db;
};

extern template class DuplicateMerge<Actor>;
extern template class DuplicateMerge<ForeignPartner>;

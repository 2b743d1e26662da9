#pragma once

#include "ChangeLog.h"
#include "FieldValues.h"
#include "SqlRow.h"
#include "common/Result.h"
#include "records/ActorLink.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <optional>

// The rows of one link table that belong to a record (a partnership's actors, a project's
// themes…), replaced as a whole when the record is saved.
struct LinkRows
{
    QString table;
    QString ownerColumn;
    QStringList columns;
    QList<QVariantList> rows;

    // The statement that writes one row: the owner's id, then the values of `columns`.
    QString insertStatement() const;

    // The same rows in any order: links are stored without one (a record read back has them by
    // their first column), so a record whose links a file lists in another order is the same.
    friend bool operator==(const LinkRows& a, const LinkRows& b)
    {
        return a.table == b.table && a.ownerColumn == b.ownerColumn && a.columns == b.columns &&
               a.sortedRows() == b.sortedRows();
    }

private:
    QList<QVariantList> sortedRows() const;
};

// The fields a record's change history is composed for: every one (a creation, a deletion, a
// record shown), or those an update changed, named by column or by link table. The others read
// the same before and after, and composing their texts (linked records by name, a query each)
// was most of an import's update (docs/performance.md).
class HistoryScope
{
public:
    HistoryScope() = default;
    explicit HistoryScope(QStringList changed)
        : m_changed(std::move(changed))
        , m_everything(false)
    {
    }

    bool covers(const QString& field) const { return m_everything || m_changed.contains(field); }
    // `values` without the columns out of scope.
    FieldValues of(FieldValues values) const;

private:
    QStringList m_changed;
    bool m_everything = true;
};

struct RecordStamp
{
    qint64 id = 0;
    QString uuid;
    QString createdAt;
    QString updatedAt;
    qint64 version = 1;
};

// What every store shares: reading a record's row, and writing it with its link rows and its
// change history in one transaction. Stores validate first; this class does not judge.
class EntityTable
{
    Q_DECLARE_TR_FUNCTIONS(EntityTable)

public:
    EntityTable(const QSqlDatabase& db, const QString& table);

    QString table() const { return m_table; }

    // The statement that writes a new row of `table`: its id first when `withId` (a record
    // restored), then its stable id, `columns`, and its creation and change times.
    static QString insertStatement(const QString& table, const FieldValues& columns, bool withId);

    // `history` is the record as people read it (links by name), for the change history.
    // With `restored`, the record comes back with its former id (a new one when its id is 0),
    // stable id and creation time (undoing a deletion, the trash); otherwise it gets new ones. (Records an
    // import creates are written by BulkRecordWriter.)
    Result<RecordStamp> insert(const FieldValues& columns, const QList<LinkRows>& links,
                               const FieldValues& history, const RecordStamp* restored = nullptr);

    // Writes the columns and link lists that changed (the others are as stored) if the row is
    // still at the stamp's version, and raises it; otherwise a Conflict problem and nothing
    // written. The search entry is written again only when the record's text reads one of them.
    // The history records the fields whose texts differ.
    Result<RecordStamp> update(const RecordStamp& stamp, const FieldValues& columns,
                               const QList<LinkRows>& links, const FieldValues& before,
                               const FieldValues& after);

    // Deletes the row if it is still at the stamp's version; otherwise a Conflict problem.
    Status remove(const RecordStamp& stamp, const FieldValues& before);

    // The problem of a record that changed since it was read.
    static Problem conflict();

    // The id of the row where `column` = `value`, or 0.
    qint64 idWhere(const QString& column, const QVariant& value) const;

    // Calls `read` with the row where `column` = `value`, if there is one, read through the
    // statement layer (an import reads back every record it matches).
    void selectWhere(const QString& column, const QVariant& value,
                     const std::function<void(const Statement&)>& read) const;

    // How the change history names a linked record: its name, or #id if it is gone.
    QString recordName(const QString& table, const QString& nameColumn, qint64 id) const;
    // Names of linked records as the change history shows them: "Lyon | Grenoble".
    QString describeRecords(const QString& table, const QString& nameColumn, const QList<qint64>& ids) const;

    // Actors with their roles as the change history shows them: "Lyon [signataire] | Vienne [animateur]".
    QString describeActors(const QList<ActorLink>& actors, const QString& defaultRole) const;

    QList<QVariantList> loadLinks(const QString& table, const QString& ownerColumn,
                                  const QStringList& columns, qint64 ownerId) const;

private:
    Status replaceLinks(qint64 ownerId, const QList<LinkRows>& links);

    QSqlDatabase m_db;
    QString m_table;
    ChangeLog m_changeLog;
};

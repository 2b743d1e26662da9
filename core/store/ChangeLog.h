#pragma once

#include "FieldValues.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

struct ChangeEntry
{
    QString entity;
    qint64 recordId = 0;
    QString recordUuid;
    QString action;
    QString field;
    QString oldValue;
    QString newValue;
    QString userName;
    QString changedAt;
    // A change made by an import: the file and the line it came from. A record created by an
    // import has one entry with no field and no values (its import_row, not a change_log row).
    QString importFile;
    int importLine = 0;
};

// The change history: one row per field that changed, with who and when. Written by the stores
// inside the same transaction as the change itself. A record created by an import has instead
// its row in import_row (batch and line): forRecord() shows it as its creation. A change an import
// makes has its rows here, marked with the batch, and shows the file and line as well.
class ChangeLog
{
    Q_DECLARE_TR_FUNCTIONS(ChangeLog)

public:
    enum class Action
    {
        Create,
        Update,
        Delete
    };

    // Changes are recorded under `userName`, the operating-system account when empty.
    explicit ChangeLog(const QSqlDatabase& db, const QString& userName = QString());

    // Records every field whose value differs between `before` and `after` (a created record has
    // an empty `before`, a deleted one an empty `after`).
    Status record(Action action, const QString& entity, qint64 id, const QString& uuid,
                  const FieldValues& before, const FieldValues& after, const QString& changedAt) const;

    QList<ChangeEntry> forRecord(const QString& entity, qint64 id) const;

private:
    QSqlDatabase m_db;
    QString m_userName;
};

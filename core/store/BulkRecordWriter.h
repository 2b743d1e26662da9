#pragma once

#include "FieldValues.h"
#include "common/Result.h"
#include "store/EntityTable.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class Statement;

// Writes the records that one import creates — a million rows for the largest files — with
// what a set of records needs rather than what one edit needs: each row and its links through
// statements prepared once for the whole import (Statement), and the search-index entries of
// all of them at the end, in one statement per table. Their history is the import's row in
// import_row (batch and line; the batch names the file, its SHA-256, who and when), which the
// caller writes: a change_log entry per field, as an edit writes, would double the size of an
// import and a third of its time. Stores validate before calling it; this class does not judge.
//
// Every record an import creates goes through it: finish() indexes the rows of each table from
// the first id it wrote (replacing the entry of a record that a later row of the file changed,
// which the store's update wrote).
class BulkRecordWriter
{
public:
    explicit BulkRecordWriter(const QSqlDatabase& db);
    ~BulkRecordWriter();

    // Writes a new record of `table` (a new stable id when `uuid` is empty) with its links, and
    // gives its id.
    Result<qint64> insert(const QString& table, const QString& uuid, const FieldValues& columns,
                          const QList<LinkRows>& links);

    // Adds the search-index entries of the records written, and merges the index when they are a
    // large share of it (SearchIndex::compactAfter). Call it once, before committing.
    Status finish();

private:
    Statement& writer(const QString& key, const std::function<QString()>& sql);

    QSqlDatabase m_db;
    QString m_writtenAt;
    QHash<QString, std::shared_ptr<Statement>> m_writers; // by table and column count
    QHash<QString, qint64> m_firstIds;                    // by table
};

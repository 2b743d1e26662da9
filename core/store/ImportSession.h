#pragma once

#include "KnownRows.h"

#include <QSqlDatabase>

#include <memory>

class BulkRecordWriter;

// What one import carries to the stores in both of its passes: the rows it has seen exist
// (KnownRows), which the stores' checks ask before the database, and, once it writes, the writer
// of the records it creates. The first pass checks every row with the stores' own rules and has
// no writer; the second pass starts writing, within the import's transaction.
class ImportSession
{
public:
    ImportSession();
    ~ImportSession();
    ImportSession(const ImportSession&) = delete;
    ImportSession& operator=(const ImportSession&) = delete;

    KnownRows& known() { return m_known; }
    // The writer of the records the import creates; null before startWriting().
    BulkRecordWriter* writer() const { return m_writer.get(); }

    // The second pass: what the first pass saw is forgotten (it was read outside the transaction
    // that now begins), and records are written from here on.
    void startWriting(const QSqlDatabase& db);
    // Back to the state of a new import (a rolled-back run's rows are gone).
    void reset();

private:
    KnownRows m_known;
    std::unique_ptr<BulkRecordWriter> m_writer;
};

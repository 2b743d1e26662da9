#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class ImportSession;
class Statement;
struct ImportReport;

// One import recorded in the database: the file (name, SHA-256, encoding, delimiter), options and
// mapping, who and when (table import_batch); the line each created or changed record came from
// (import_row); and, when it finishes, its counts and the history entries it wrote (change_log
// batch_id). Lives inside the import's transaction, so a failed or dry run leaves no trace.
class ImportBatch
{
    Q_DECLARE_TR_FUNCTIONS(ImportBatch)

public:
    // The batch writes through `session`, which begin() starts writing.
    ImportBatch(const QSqlDatabase& db, ImportSession& session);
    ~ImportBatch();

    // `sourceName`, when given, is recorded instead of the file's name (« pasted on … »).
    Status begin(const QString& entity, const QString& path, const ImportReport& report, bool dryRun,
                 const QHash<QString, QString>& mapping, const QString& sourceName = QString());
    void link(const QString& entity, qint64 recordId, int line) const;
    // Adds the search-index entries of the records created, the batch's counts, and its number to
    // the history lines the import wrote, kHistoryLinesAStatement a statement.
    Status finish(const ImportReport& report) const;
    static constexpr qint64 kHistoryLinesAStatement = 20000;

    qint64 id() const { return m_id; }
    // The import's rows seen and its writer of the records it creates (after begin()).
    ImportSession& session() const { return m_session; }

private:
    QSqlDatabase m_db;
    qint64 m_id = 0;
    qint64 m_historyBefore = 0;
    ImportSession& m_session;
    std::unique_ptr<Statement> m_importRows;
};

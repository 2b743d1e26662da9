#include "ImportBatch.h"
#include "database/SqlErrors.h"

#include "ImportReport.h"
#include "common/Clock.h"
#include "common/StableId.h"
#include "database/IdRanges.h"
#include "database/SqlEngine.h"
#include "database/Statement.h"
#include "store/BulkRecordWriter.h"
#include "store/ImportSession.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString fileSha256(const QString& path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (file.open(QIODevice::ReadOnly))
        hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

QString compactJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

ImportBatch::ImportBatch(const QSqlDatabase& db, ImportSession& session)
    : m_db(db)
    , m_session(session)
{
}

ImportBatch::~ImportBatch() = default;

Status ImportBatch::begin(const QString& entity, const QString& path, const ImportReport& report, bool dryRun,
                          const QHash<QString, QString>& mapping, const QString& sourceName)
{
    QSqlQuery query(m_db);
    // History written from here on belongs to the batch (finish() marks it).
    if (!query.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM change_log")) || !query.next())
        return SqlErrors::failure(tr("The import could not be recorded"), query.lastError());
    m_historyBefore = query.value(0).toLongLong();
    query.prepare(
        QStringLiteral(
            "INSERT INTO import_batch (uuid, entity, file_name, file_sha256, encoding, delimiter, "
            "options, mapping, user_name, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, %1, ?) RETURNING id")
            .arg(SqlEngine::of(m_db).author()));
    query.addBindValue(StableId::create());
    query.addBindValue(entity);
    query.addBindValue(sourceName.isEmpty() ? QFileInfo(path).fileName() : sourceName);
    query.addBindValue(fileSha256(path));
    query.addBindValue(report.encoding);
    query.addBindValue(report.delimiter);
    query.addBindValue(compactJson({{QStringLiteral("dry_run"), dryRun}}));
    QJsonObject mappingObject;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        mappingObject.insert(it.key(), it.value());
    query.addBindValue(compactJson(mappingObject));
    query.addBindValue(SqlEngine::authorValue());
    query.addBindValue(Clock::nowIso());
    if (!query.exec() || !query.next())
        return SqlErrors::failure(tr("The import could not be recorded"), query.lastError());
    m_id = query.value(0).toLongLong();
    m_session.startWriting(m_db);
    m_importRows = std::make_unique<Statement>(
        m_db, QStringLiteral("INSERT INTO import_row (batch_id, entity, record_id, line) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (batch_id, entity, record_id) DO NOTHING"));
    return Status();
}

void ImportBatch::link(const QString& entity, qint64 recordId, int line) const
{
    m_importRows->bind(0, m_id);
    m_importRows->bind(1, entity);
    m_importRows->bind(2, recordId);
    m_importRows->bind(3, qint64(line));
    m_importRows->run();
}

Status ImportBatch::finish(const ImportReport& report) const
{
    if (Status indexed = m_session.writer()->finish(); !indexed)
        return indexed;
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE import_batch SET rows_total = ?, rows_created = ?, rows_updated = ?, "
                       "rows_unchanged = ?, finished_at = ? WHERE id = ?"));
    query.addBindValue(report.rows);
    query.addBindValue(report.created);
    query.addBindValue(report.updated);
    query.addBindValue(report.unchanged);
    query.addBindValue(Clock::nowIso());
    query.addBindValue(m_id);
    if (!query.exec())
        return SqlErrors::failure(tr("The import could not be recorded"), query.lastError());
    // The history lines the import wrote, some thousands a statement (forEachIdRange): one
    // statement for the 500,000 records an update of a million rows changed held 130 MB.
    query.prepare(QStringLiteral("UPDATE change_log SET batch_id = ? WHERE id >= ? AND id < ?"));
    return forEachIdRange(m_db, QStringLiteral("change_log"), m_historyBefore + 1, kHistoryLinesAStatement,
                          tr("The import could not be recorded"), [&query, this](qint64 from, qint64 to) {
                              query.addBindValue(m_id);
                              query.addBindValue(from);
                              query.addBindValue(to);
                              if (!query.exec())
                                  return SqlErrors::failure(tr("The import could not be recorded"),
                                                            query.lastError());
                              return Status();
                          });
}

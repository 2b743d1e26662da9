#include "BulkRecordWriter.h"

#include "common/Clock.h"
#include "common/StableId.h"
#include "database/SqliteHandle.h"
#include "database/Statement.h"
#include "search/SearchIndex.h"
#include "search/TermBuffer.h"

BulkRecordWriter::BulkRecordWriter(const QSqlDatabase& db)
    : m_db(db)
    , m_writtenAt(Clock::nowIso())
{
}

BulkRecordWriter::~BulkRecordWriter() = default;

Statement& BulkRecordWriter::writer(const QString& key, const std::function<QString()>& sql)
{
    std::shared_ptr<Statement>& found = m_writers[key];
    if (!found)
        found = std::make_shared<Statement>(m_db, sql());
    return *found;
}

// Its refusals read as the stores' own (EntityTable's messages).
Result<qint64> BulkRecordWriter::insert(const QString& table, const QString& uuid, const FieldValues& columns,
                                        const QList<LinkRows>& links)
{
    const QString stableId = uuid.isEmpty() ? StableId::create() : uuid;
    Statement& row = writer(table + QLatin1Char('/') + QString::number(columns.size()), [&] {
        const QString insert = EntityTable::insertStatement(table, columns, false);
        return sqliteHandle(m_db) ? insert : insert + QStringLiteral(" RETURNING id");
    });
    int index = 0;
    row.bind(index++, stableId);
    for (const auto& column : columns)
        row.bind(index++, column.second);
    row.bind(index++, m_writtenAt);
    row.bind(index++, m_writtenAt);
    if (!row.run())
        return Result<qint64>::failure(EntityTable::tr("The record could not be saved: %1").arg(row.error()));
    const qint64 id = row.insertedId();
    if (!m_firstIds.contains(table))
        m_firstIds.insert(table, id);

    for (const LinkRows& link : links) {
        if (link.rows.isEmpty())
            continue;
        Statement& linkRow = writer(link.table, [&] { return link.insertStatement(); });
        for (const QVariantList& values : link.rows) {
            linkRow.bind(0, id);
            for (int i = 0; i < values.size(); ++i)
                linkRow.bind(i + 1, values.at(i));
            if (!linkRow.run())
                return Result<qint64>::failure(
                    EntityTable::tr("The links could not be saved: %1").arg(linkRow.error()));
        }
    }

    return id;
}

Status BulkRecordWriter::finish()
{
    const TermBuffer buffer(m_db);
    qint64 added = 0;
    for (auto it = m_firstIds.cbegin(); it != m_firstIds.cend(); ++it) {
        const Result<qint64> indexed = SearchIndex::addFrom(m_db, it.key(), it.value());
        if (!indexed)
            return indexed.status();
        added += indexed.value();
    }
    m_firstIds.clear();
    return SearchIndex::compactAfter(m_db, added);
}

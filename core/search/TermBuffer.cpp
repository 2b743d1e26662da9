#include "TermBuffer.h"

#include "database/SqlEngine.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

bool setBufferSize(const QSqlDatabase& db, qint64 bytes)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO search_index (search_index, rank) VALUES ('hashsize', ?)"));
    query.addBindValue(bytes);
    return query.exec();
}

} // namespace

TermBuffer::TermBuffer(const QSqlDatabase& db, int megabytes)
    : m_db(db)
{
    // FTS5's setting: PostgreSQL's index has no such buffer (and a failed statement there would
    // end the caller's transaction).
    if (SqlEngine::of(db).kind() != SqlEngine::Kind::Sqlite)
        return;
    QSqlQuery query(db);
    // No table of settings: not SQLite's full-text index (or none), nothing to change.
    if (!query.exec(QStringLiteral("SELECT v FROM search_index_config WHERE k = 'hashsize'")))
        return;
    const qint64 before = query.next() ? query.value(0).toLongLong() : kDefaultBytes;
    if (setBufferSize(db, qint64(megabytes) * 1024 * 1024))
        m_before = before;
}

TermBuffer::~TermBuffer()
{
    if (m_before != 0)
        setBufferSize(m_db, m_before);
}

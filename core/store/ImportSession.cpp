#include "ImportSession.h"

#include "BulkRecordWriter.h"

ImportSession::ImportSession() = default;

ImportSession::~ImportSession() = default;

void ImportSession::startWriting(const QSqlDatabase& db)
{
    m_known = KnownRows();
    m_writer = std::make_unique<BulkRecordWriter>(db);
}

void ImportSession::reset()
{
    m_known = KnownRows();
    m_writer.reset();
}

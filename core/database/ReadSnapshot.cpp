#include "ReadSnapshot.h"

#include <QSqlQuery>

ReadSnapshot::ReadSnapshot(const QSqlDatabase& db)
    : m_db(db)
{
    // SQLite takes its snapshot at the first read after BEGIN; PostgreSQL's default isolation
    // would take one per statement.
    const bool sqlite = m_db.driverName() == QLatin1String("QSQLITE");
    m_began = QSqlQuery(m_db).exec(
        sqlite ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_began)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

#include "SqliteHandle.h"

#include <QDebug>
#include <QSqlQuery>

namespace {

bool driverRunsOurLibrary(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT sqlite_source_id()")) || !query.next())
        return false;
    const QByteArray driverSource = query.value(0).toString().toUtf8();
    if (driverSource == sqlite3_sourceid())
        return true;
    qWarning().noquote() << QStringLiteral(
                                "Qt's SQLite driver runs SQLite %1, this program was built with %2: the "
                                "faster paths through SQLite's C API are off, Qt Sql is used instead.")
                                .arg(QString::fromUtf8(driverSource),
                                     QString::fromUtf8(sqlite3_libversion()));
    return false;
}

} // namespace

bool sqliteApiMatches(const QSqlDatabase& db)
{
    static const bool matches = driverRunsOurLibrary(db);
    return matches;
}

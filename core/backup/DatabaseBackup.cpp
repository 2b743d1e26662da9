#include "DatabaseBackup.h"

#include "database/Database.h"
#include "database/DatabaseFiles.h"
#include "database/SqlEngine.h"
#include "database/SqlErrors.h"
#include "database/SqliteHandle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace DatabaseBackup {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DatabaseBackup", text);
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

void removeLeftovers(const QString& partial)
{
    for (const QString& file : DatabaseFiles::companions(partial))
        QFile::remove(file);
}

// The file's bytes and its folder's entry on the disk, so that a power cut after the rename
// leaves the new copy, not an empty file under the old name.
bool syncToDisk(const QString& path)
{
    const int file = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (file < 0)
        return false;
    const bool synced = ::fsync(file) == 0;
    ::close(file);
    return synced;
}

} // namespace

QString partialPath(const QString& target)
{
    return target + QLatin1String(".partial");
}

Status write(const QSqlDatabase& db, const QString& target)
{
    const QString absolute = QFileInfo(target).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(absolute);
    if (Status refused = DatabaseFiles::refuseDatabaseFile(absolute, db.databaseName()); !refused)
        return refused;
    const QString partial = partialPath(absolute);
    removeLeftovers(partial);

    if (Status copied =
            SqlEngine::of(db).copyInto(db, partial, tr("%1: the copy could not be written").arg(shown));
        !copied) {
        removeLeftovers(partial);
        return copied;
    }
    if (!syncToDisk(partial)) {
        const QString cause = systemError();
        removeLeftovers(partial);
        return Status::storageFailure(
            tr("%1: the copy could not be written to the disk: %2").arg(shown, cause));
    }
    // rename() replaces the target in one step: there is never a moment without a whole copy.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(absolute).constData()) != 0) {
        const QString cause = systemError();
        removeLeftovers(partial);
        return Status::storageFailure(tr("%1: the copy could not be put in place: %2").arg(shown, cause));
    }
    syncToDisk(QFileInfo(absolute).absolutePath());
    return {};
}

Status restore(const QSqlDatabase& db, const QString& copy)
{
    const QString shown = QDir::toNativeSeparators(copy);
    sqlite3* destination = sqliteHandle(db);
    if (!destination)
        return Status::failure(tr("Only a database file can be restored from a copy."));
    if (!DatabaseFiles::openDatabaseOf(copy).isEmpty() || DatabaseFiles::isPartOf(copy, db.databaseName()))
        return Status::failure(tr("%1 is the open database itself, not a copy of it.").arg(shown));

    // The copy is checked as any database is opened: ours, not newer, not damaged.
    {
        Database check;
        const DatabaseStatus opened = check.open(DatabaseLocation::sqliteFile(copy),
                                                 Database::OpenMode::MustExist, Database::Access::ReadOnly);
        if (!opened.ok())
            return Status::failure(opened.message);
    }

    sqlite3* source = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(copy).constData(), &source, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        const QString cause = QString::fromUtf8(sqlite3_errmsg(source));
        sqlite3_close(source);
        return Status::failure(tr("%1 cannot be read: %2").arg(shown, cause));
    }
    sqlite3_backup* backup = sqlite3_backup_init(destination, "main", source, "main");
    if (!backup) {
        const QString cause = QString::fromUtf8(sqlite3_errmsg(destination));
        sqlite3_close(source);
        return Status::storageFailure(tr("The database cannot be replaced by %1: %2").arg(shown, cause));
    }
    // All pages in one step: the destination is locked once, and replaced at once.
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    const QString cause = QString::fromUtf8(sqlite3_errstr(stepped != SQLITE_DONE ? stepped : finished));
    sqlite3_close(source);
    if (stepped != SQLITE_DONE || finished != SQLITE_OK)
        return Status::storageFailure(tr("The database cannot be replaced by %1: %2").arg(shown, cause));
    return {};
}

Result<QString> replaceDamaged(const QString& databasePath, const QString& copy)
{
    if (!DatabaseFiles::openDatabaseOf(databasePath).isEmpty())
        return Status::failure(tr("The database is open: it is not damaged beyond use."));
    Database source;
    const DatabaseStatus opened = source.open(DatabaseLocation::sqliteFile(copy),
                                              Database::OpenMode::MustExist, Database::Access::ReadOnly);
    if (!opened.ok())
        return Status::failure(opened.message);

    const QString aside = databasePath + QLatin1String(".damaged-") +
                          QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd_HHmmss"));
    const QStringList files = DatabaseFiles::companions(databasePath);
    const QStringList moved = DatabaseFiles::companions(aside);
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (QFileInfo::exists(files.at(i)) && std::rename(QFile::encodeName(files.at(i)).constData(),
                                                          QFile::encodeName(moved.at(i)).constData()) != 0)
            return Status::storageFailure(tr("%1 cannot be moved aside: %2").arg(files.at(i), systemError()));
    }
    if (Status written = write(source.connection(), databasePath); !written) {
        // Put back what was moved: the adviser is no worse off than before.
        for (qsizetype i = 0; i < files.size(); ++i) {
            if (QFileInfo::exists(moved.at(i)))
                std::rename(QFile::encodeName(moved.at(i)).constData(),
                            QFile::encodeName(files.at(i)).constData());
        }
        return written;
    }
    return aside;
}

} // namespace DatabaseBackup

#include "DatabaseFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace DatabaseFiles {

namespace {

QMutex& registryMutex()
{
    static QMutex mutex;
    return mutex;
}

// Open database paths, with how many connections of this process hold each.
QHash<QString, int>& registry()
{
    static QHash<QString, int> paths;
    return paths;
}

// The path with its folder's links resolved; the file itself need not exist (a -journal).
QString resolved(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir::cleanPath((folder.isEmpty() ? info.absolutePath() : folder) + QLatin1Char('/') +
                           info.fileName());
}

bool sameFile(const QString& a, const QString& b)
{
#ifdef Q_OS_UNIX
    // Hard links and bind mounts: the same device and inode. stat() opens nothing.
    struct stat first = {};
    struct stat second = {};
    if (::stat(QFile::encodeName(a).constData(), &first) == 0 &&
        ::stat(QFile::encodeName(b).constData(), &second) == 0)
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino;
#endif
    return resolved(a) == resolved(b);
}

} // namespace

QStringList companions(const QString& databasePath)
{
    return {databasePath, databasePath + QLatin1String("-wal"), databasePath + QLatin1String("-shm"),
            databasePath + QLatin1String("-journal")};
}

bool isPartOf(const QString& path, const QString& databasePath)
{
    if (path.isEmpty() || databasePath.isEmpty())
        return false;
    for (const QString& companion : companions(databasePath)) {
        if (sameFile(path, companion))
            return true;
    }
    return false;
}

void registerOpen(const QString& databasePath)
{
    const QMutexLocker lock(&registryMutex());
    ++registry()[resolved(databasePath)];
}

void unregisterOpen(const QString& databasePath)
{
    const QMutexLocker lock(&registryMutex());
    const QString key = resolved(databasePath);
    auto found = registry().find(key);
    if (found != registry().end() && --found.value() <= 0)
        registry().erase(found);
}

QString openDatabaseOf(const QString& path)
{
    QStringList open;
    {
        const QMutexLocker lock(&registryMutex());
        open = registry().keys();
    }
    for (const QString& database : open) {
        if (isPartOf(path, database))
            return database;
    }
    return QString();
}

Status refuseDatabaseFile(const QString& path, const QString& databasePath)
{
    if (!isPartOf(path, databasePath) && openDatabaseOf(path).isEmpty())
        return {};
    return Status::failure(
        QCoreApplication::translate("DatabaseFiles", "%1 is the observatory's database, or one of the files "
                                                     "SQLite keeps beside it: choose another file. Nothing "
                                                     "was read or written.")
            .arg(QDir::toNativeSeparators(path)));
}

} // namespace DatabaseFiles

#include "AutomaticBackups.h"

#include "DatabaseBackup.h"
#include "common/Preferences.h"
#include "database/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace {

// « 2026-12-05_211530_import.sqlite »: sorts by date as text, readable in a file manager.
constexpr const char* kTimeFormat = "yyyy-MM-dd_HHmmss";
const QString kSuffix = QStringLiteral(".sqlite");

} // namespace

std::optional<BackupContents> BackupContents::read(const QString& path)
{
    Database copy;
    if (!copy.open(DatabaseLocation::sqliteFile(path), Database::OpenMode::MustExist,
                   Database::Access::Inspect)
             .ok())
        return std::nullopt;
    QSqlQuery query(copy.connection());
    if (!query.exec(
            QStringLiteral("SELECT (SELECT count(*) FROM actor), (SELECT count(*) FROM foreign_partner), "
                           "(SELECT count(*) FROM partnership), (SELECT count(*) FROM project)")) ||
        !query.next())
        return std::nullopt;
    return BackupContents{query.value(0).toInt(), query.value(1).toInt(), query.value(2).toInt(),
                          query.value(3).toInt()};
}

QString BackupCopy::reasonText() const
{
    if (reason == QLatin1String("import"))
        return AutomaticBackups::tr("before an import");
    if (reason == QLatin1String("migration"))
        return AutomaticBackups::tr("before an upgrade of the database");
    if (reason == QLatin1String("merge"))
        return AutomaticBackups::tr("before a merge of duplicates");
    if (reason == QLatin1String("restore"))
        return AutomaticBackups::tr("before a restore");
    return reason;
}

AutomaticBackups::AutomaticBackups(const QString& databasePath, int kept)
    : m_folder(folderFor(databasePath))
    , m_kept(std::max(1, kept))
{
}

QString AutomaticBackups::folderFor(const QString& databasePath)
{
    const QFileInfo database(databasePath);
    return database.absoluteDir().filePath(database.fileName() + QLatin1String(".sauvegardes"));
}

Result<QString> AutomaticBackups::make(const QSqlDatabase& db, const QString& reason) const
{
    if (!QDir().mkpath(m_folder))
        return Status::storageFailure(tr("The folder of automatic copies %1 cannot be created.")
                                          .arg(QDir::toNativeSeparators(m_folder)));
    const QString stem =
        QDateTime::currentDateTime().toString(QLatin1String(kTimeFormat)) + QLatin1Char('_') + reason;
    QString path = QDir(m_folder).filePath(stem + kSuffix);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(m_folder).filePath(QStringLiteral("%1-%2").arg(stem).arg(n) + kSuffix);
    if (Status written = DatabaseBackup::write(db, path); !written)
        return written;
    prune();
    return path;
}

Status AutomaticBackups::beforeWriting(const QSqlDatabase& db, const QString& reason)
{
    if (db.driverName() != QLatin1String("QSQLITE"))
        return {};
    const AutomaticBackups backups(db.databaseName(), Preferences().backupsKept());
    if (Result<QString> made = backups.make(db, reason); !made) {
        Problems problems{
            {QString(), tr("The automatic copy of the database could not be made, so nothing was changed."),
             Problem::Kind::Storage}};
        problems += made.problems();
        return problems;
    }
    return {};
}

QList<BackupCopy> AutomaticBackups::list() const
{
    static const QRegularExpression name(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2}_\\d{6})_([a-z]+)(-\\d+)?\\.sqlite$"));
    QList<BackupCopy> copies;
    const QFileInfoList files =
        QDir(m_folder).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
    for (const QFileInfo& file : files) {
        const QRegularExpressionMatch match = name.match(file.fileName());
        if (!match.hasMatch())
            continue;
        BackupCopy copy;
        copy.path = file.absoluteFilePath();
        copy.madeAt = QDateTime::fromString(match.captured(1), QLatin1String(kTimeFormat));
        copy.reason = match.captured(2);
        copy.bytes = file.size();
        copies << copy;
    }
    // Newest first; two copies of the same second by the time their files were written.
    std::sort(copies.begin(), copies.end(), [](const BackupCopy& a, const BackupCopy& b) {
        if (a.madeAt != b.madeAt)
            return a.madeAt > b.madeAt;
        return QFileInfo(a.path).lastModified() > QFileInfo(b.path).lastModified();
    });
    return copies;
}

void AutomaticBackups::prune() const
{
    const QList<BackupCopy> copies = list();
    for (qsizetype i = m_kept; i < copies.size(); ++i)
        QFile::remove(copies.at(i).path);
}

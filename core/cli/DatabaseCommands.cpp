#include "DatabaseCommands.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "backup/AutomaticBackups.h"
#include "backup/DatabaseBackup.h"
#include "backup/DatabaseCopy.h"
#include "check/IntegrityCheck.h"
#include "common/Preferences.h"
#include "database/Database.h"
#include "database/DatabaseFiles.h"

#include <QDir>
#include <QLocale>

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

int DatabaseCommands::init(CliContext& context)
{
    if (!context.arguments().isEmpty())
        return context.usageError(QStringLiteral("init"), tr("init takes no argument."));
    Database database;
    if (!context.openDatabase(database, Database::OpenMode::Initialize))
        return ExitCode::DatabaseUnavailable;
    context.out()
        << tr("%1: schema version %2").arg(database.location().displayName()).arg(database.schemaVersion())
        << Qt::endl;
    return ExitCode::Success;
}

int DatabaseCommands::check(CliContext& context)
{
    if (!context.arguments().isEmpty())
        return context.usageError(QStringLiteral("check"), tr("check takes no argument."));
    Database database;
    if (!context.openDatabase(database, Database::OpenMode::MustExist))
        return ExitCode::DatabaseUnavailable;
    const QList<IntegrityProblem> problems = IntegrityCheck(database.connection()).run();
    for (const IntegrityProblem& problem : problems) {
        QString where = problem.table;
        if (!problem.recordUuid.isEmpty())
            where += QLatin1Char(' ') + problem.recordUuid;
        context.out() << (where.isEmpty() ? problem.message : where + QLatin1String(": ") + problem.message)
                      << Qt::endl;
    }
    context.out() << tr("check: %n problem(s) in %1", nullptr, static_cast<int>(problems.size()))
                         .arg(database.location().displayName())
                  << Qt::endl;
    return problems.isEmpty() ? ExitCode::Success : ExitCode::DataProblems;
}

int DatabaseCommands::backup(CliContext& context)
{
    const QStringList& arguments = context.arguments();
    if (arguments.size() != 2 || arguments.at(0) != QLatin1String("-o"))
        return context.usageError(QStringLiteral("backup"), tr("usage: backup -o FILE"));
    const QFileInfo target(arguments.at(1));
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir() || !folder.isWritable()) {
        return context.usageError(QStringLiteral("backup"),
                                  tr("cannot write into the folder %1.").arg(folder.absoluteFilePath()));
    }
    // The database itself, its -wal or -shm, or a link to them: replacing one would destroy it.
    if (const std::optional<int> refused = context.refuseOutput(QStringLiteral("backup"), target.filePath()))
        return *refused;
    Database database;
    if (!context.openDatabase(database, Database::OpenMode::MustExist))
        return ExitCode::DatabaseUnavailable;
    if (Status written = DatabaseBackup::write(database.connection(), target.absoluteFilePath()); !written) {
        context.err() << written.message() << Qt::endl;
        return ExitCode::DatabaseUnavailable;
    }
    context.out() << tr("backup: %1 written (%2 bytes)")
                         .arg(target.absoluteFilePath())
                         .arg(QFileInfo(target.absoluteFilePath()).size())
                  << Qt::endl;
    return ExitCode::Success;
}

int DatabaseCommands::restore(CliContext& context)
{
    const QStringList& arguments = context.arguments();
    if (arguments.isEmpty()) {
        // The automatic copies, for the adviser to choose from.
        const AutomaticBackups backups(context.location().filePath(), Preferences().backupsKept());
        const QList<BackupCopy> copies = backups.list();
        for (const BackupCopy& copy : copies) {
            context.out() << QStringLiteral("%1  %2  %3")
                                 .arg(QLocale().toString(copy.madeAt, QLocale::ShortFormat),
                                      copy.reasonText(), copy.path)
                          << Qt::endl;
        }
        context.out() << tr("restore: %n automatic copy(ies) in %1", nullptr, static_cast<int>(copies.size()))
                             .arg(QDir::toNativeSeparators(backups.folder()))
                      << Qt::endl;
        return ExitCode::Success;
    }
    if (arguments.size() != 1)
        return context.usageError(QStringLiteral("restore"), tr("usage: restore [COPY.sqlite]"));
    const QString copy = QFileInfo(arguments.at(0)).absoluteFilePath();
    if (!QFileInfo::exists(copy))
        return context.usageError(QStringLiteral("restore"), tr("%1: no such file.").arg(copy));
    if (DatabaseFiles::isPartOf(copy, context.location().filePath()))
        return context.usageError(QStringLiteral("restore"),
                                  tr("%1 is the database itself, not a copy of it.").arg(copy));
    Database database;
    const DatabaseStatus opened = context.open(database, Database::OpenMode::MustExist);
    if (opened.failure == DatabaseFailure::Corrupt) {
        // A damaged database cannot be copied first: it is moved aside, and kept.
        database.close();
        const Result<QString> replaced = DatabaseBackup::replaceDamaged(context.location().filePath(), copy);
        if (!replaced) {
            context.err() << replaced.message() << Qt::endl;
            return ExitCode::DatabaseUnavailable;
        }
        context.out() << tr("restore: the damaged database was moved to %1").arg(replaced.value())
                      << Qt::endl;
    } else if (!opened.ok() || !database.writableOrWhy().ok()) {
        context.err() << (opened.ok() ? database.writableOrWhy().message : opened.message) << Qt::endl;
        return ExitCode::DatabaseUnavailable;
    } else {
        // The current content becomes a copy too: a restore can be undone by restoring that one.
        if (Status saved = AutomaticBackups::beforeWriting(database.connection(), QStringLiteral("restore"));
            !saved) {
            context.err() << saved.message() << Qt::endl;
            return ExitCode::DatabaseUnavailable;
        }
        if (Status restored = DatabaseBackup::restore(database.connection(), copy); !restored) {
            context.err() << restored.message() << Qt::endl;
            return restored.isStorageFailure() ? ExitCode::DatabaseUnavailable : ExitCode::DataProblems;
        }
        database.close();
    }
    // Opened again: a copy from an older version is brought up to date.
    if (!context.openDatabase(database, Database::OpenMode::MustExist))
        return ExitCode::DatabaseUnavailable;
    context.out()
        << tr("restore: %1 now holds the content of %2").arg(database.location().displayName(), copy)
        << Qt::endl;
    return ExitCode::Success;
}

int DatabaseCommands::copyTo(CliContext& context)
{
    const QString command = QStringLiteral("copy-to");
    const QStringList& arguments = context.arguments();
    if (arguments.size() != 1)
        return context.usageError(command, tr("usage: copy-to FILE|postgresql://…"));
    QString error;
    const std::optional<DatabaseLocation> target = DatabaseLocation::parse(arguments.at(0), &error);
    if (!target)
        return context.usageError(command, error);
    Database source;
    if (!context.openDatabase(source, Database::OpenMode::MustExist))
        return ExitCode::DatabaseUnavailable;
    const DatabaseCopy::Outcome copied =
        DatabaseCopy::copy(source, *target, [&context](const QString& table, qint64 done, qint64 total) {
            context.err() << tr("copy-to: %1 of %2 rows copied (%3)").arg(done).arg(total).arg(table)
                          << Qt::endl;
        });
    if (!copied.ok()) {
        context.err() << QStringLiteral("observatoire %1: %2").arg(command, copied.message) << Qt::endl;
        // A target that holds something, or is the source: the command was pointed at the wrong place.
        return copied.failure == DatabaseCopy::Failure::Refused ? ExitCode::UsageError
                                                                : ExitCode::DatabaseUnavailable;
    }
    context.out() << tr("copy-to: %1 copied into %2 (%3 rows)")
                         .arg(source.location().displayName(), target->displayName())
                         .arg(copied.rows)
                  << Qt::endl;
    return ExitCode::Success;
}

#include "DatabaseCommands.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "check/IntegrityCheck.h"
#include "database/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

int DatabaseCommands::init(CliContext& context)
{
    if (!context.arguments().isEmpty())
        return context.usageError(QStringLiteral("init"), tr("init takes no argument."));
    Database database;
    if (!context.openDatabase(database, Database::OpenMode::CreateIfMissing))
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

    // VACUUM INTO writes a consistent, compact copy even while others use the database; it goes
    // to a side file first so that an existing backup is only replaced by a complete one.
    const QString partial = target.absoluteFilePath() + QLatin1String(".partial");
    // The copy's own journal too: a write that fails half-way (a full disk) leaves one.
    const auto removePartial = [&partial] {
        QFile::remove(partial);
        QFile::remove(partial + QLatin1String("-journal"));
    };
    removePartial();
    QSqlQuery vacuum(database.connection());
    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(partial);
    if (!vacuum.exec()) {
        removePartial();
        context.err() << tr("%1: the backup could not be written: %2")
                             .arg(target.absoluteFilePath(), vacuum.lastError().text())
                      << Qt::endl;
        return ExitCode::DatabaseUnavailable;
    }
    QFile::remove(target.absoluteFilePath());
    if (!QFile::rename(partial, target.absoluteFilePath())) {
        removePartial();
        context.err() << tr("%1: the backup could not be written.").arg(target.absoluteFilePath())
                      << Qt::endl;
        return ExitCode::DatabaseUnavailable;
    }
    context.out() << tr("backup: %1 written (%2 bytes)")
                         .arg(target.absoluteFilePath())
                         .arg(QFileInfo(target.absoluteFilePath()).size())
                  << Qt::endl;
    return ExitCode::Success;
}

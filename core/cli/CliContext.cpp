#include "CliContext.h"

#include "ExitCode.h"
#include "backup/AutomaticBackups.h"
#include "database/DatabaseFiles.h"
#include "observatory/ObservatoryDatabase.h"

CliContext::CliContext(DatabaseLocation location, QStringList arguments, QTextStream& out, QTextStream& err)
    : m_location(std::move(location))
    , m_arguments(std::move(arguments))
    , m_out(out)
    , m_err(err)
{
}

DatabaseStatus CliContext::open(Database& database, Database::OpenMode mode)
{
    database.setUpgradeGuard([](const Database& upgraded) {
        return AutomaticBackups::beforeWriting(upgraded.connection(), QStringLiteral("migration"));
    });
    return ObservatoryDatabase::open(database, m_location, mode);
}

bool CliContext::openDatabase(Database& database, Database::OpenMode mode, Need need)
{
    DatabaseStatus status = open(database, mode);
    if (status.ok() && need == Need::Writing)
        status = database.writableOrWhy();
    if (status.ok())
        return true;
    m_err << status.message << Qt::endl;
    return false;
}

int CliContext::usageError(const QString& command, const QString& message)
{
    m_err << QStringLiteral("observatoire %1: %2").arg(command, message) << Qt::endl;
    m_err << tr("Run \"observatoire --help\" for the list of commands and options.") << Qt::endl;
    return ExitCode::UsageError;
}

std::optional<int> CliContext::refuseOutput(const QString& command, const QString& path)
{
    if (m_location.backend() != DatabaseLocation::Backend::Sqlite)
        return std::nullopt;
    const Status refused = DatabaseFiles::refuseDatabaseFile(path, m_location.filePath());
    if (refused)
        return std::nullopt;
    m_err << QStringLiteral("observatoire %1: %2").arg(command, refused.message()) << Qt::endl;
    return ExitCode::UsageError;
}

int CliContext::outputFailed(const QString& command, OutputFile::Failure failure, const QString& message)
{
    m_err << QStringLiteral("observatoire %1: %2").arg(command, message) << Qt::endl;
    return failure == OutputFile::Failure::WriteFailed ? ExitCode::DatabaseUnavailable : ExitCode::UsageError;
}

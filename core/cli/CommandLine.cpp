#include "CommandLine.h"

#include "CliContext.h"
#include "DatabaseCommands.h"
#include "DemoCommand.h"
#include "ExitCode.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "InspectCommand.h"
#include "ReportCommand.h"

#include <functional>
#include <map>

namespace {

struct ParsedArguments
{
    QString database;
    bool help = false;
    bool version = false;
    QString command;
    QStringList commandArguments;
    QString error;
};

// Global options come before the command; everything after the command belongs to it.
ParsedArguments parse(const QStringList& arguments)
{
    ParsedArguments parsed;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (!parsed.command.isEmpty()) {
            parsed.commandArguments << argument;
        } else if (argument == QLatin1String("--db")) {
            if (i + 1 >= arguments.size()) {
                parsed.error = CommandLine::tr("--db needs a file path or a postgresql:// URL.");
                return parsed;
            }
            parsed.database = arguments.at(++i);
        } else if (argument.startsWith(QLatin1String("--db="))) {
            parsed.database = argument.mid(5);
        } else if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            parsed.help = true;
        } else if (argument == QLatin1String("--version")) {
            parsed.version = true;
        } else if (argument.startsWith(QLatin1Char('-'))) {
            parsed.error = CommandLine::tr("unknown option %1.").arg(argument);
            return parsed;
        } else {
            parsed.command = argument;
        }
    }
    return parsed;
}

using Command = std::function<int(CliContext&)>;

const std::map<QString, Command>& commands()
{
    static const std::map<QString, Command> table = {
        {QStringLiteral("init"), &DatabaseCommands::init},
        {QStringLiteral("check"), &DatabaseCommands::check},
        {QStringLiteral("backup"), &DatabaseCommands::backup},
        {QStringLiteral("restore"), &DatabaseCommands::restore},
        {QStringLiteral("copy-to"), &DatabaseCommands::copyTo},
        {QStringLiteral("demo"), &DemoCommand::run},
        {QStringLiteral("inspect"), &InspectCommand::run},
        {QStringLiteral("export"), &ExportCommand::run},
        {QStringLiteral("import"), &ImportCommand::run},
        {QStringLiteral("report"), &ReportCommand::run},
    };
    return table;
}

} // namespace

bool CommandLine::needsGraphics(const QStringList& arguments)
{
    return parse(arguments).command == QLatin1String("report");
}

bool CommandLine::hasCommand(const QStringList& arguments)
{
    const ParsedArguments parsed = parse(arguments);
    return !parsed.command.isEmpty() || parsed.help || parsed.version || !parsed.error.isEmpty();
}

QString CommandLine::databaseOption(const QStringList& arguments)
{
    return parse(arguments).database;
}

QString CommandLine::helpText()
{
    // One string per entry, so that a new command adds one string to translate.
    const QStringList commands = {
        tr("  init             create or upgrade the database; print the schema version"),
        tr("  check            check integrity, foreign keys and data rules; list problems"),
        tr("  import ENTITY FILE [--dry-run] [--encoding E] [--delimiter D]\n"
           "                   [--mapping MAP.json] [--errors OUT.csv]\n"
           "                   check every row, then write all of them or nothing"),
        tr("  export ENTITY [--format excel|csv|xlsx] [--year YEAR] [--search TEXT] -o FILE|-\n"
           "                   write actors, partners, partnerships, projects, fundings or schemes as CSV\n"
           "                   or xlsx"),
        tr("  report --year YEAR -o FILE.pdf|FILE.html|FILE.xlsx|FOLDER/\n"
           "                   the observatory's report of a year: figures, charts, methodology"),
        tr("  inspect FILE [--encoding E] [--delimiter D] [--json]\n"
           "                   how the program reads a CSV file: encoding, delimiter, header,\n"
           "                   record count; --json prints each record as a JSON array"),
        tr("  backup -o FILE   write a consistent copy of the database"),
        tr("  restore [COPY]   without COPY, list the automatic copies; with it, replace the\n"
           "                   database's content by the copy's (the current one is copied first)"),
        tr("  copy-to TARGET   copy the whole database, with its ids and history, into TARGET: a new\n"
           "                   file or an empty postgresql:// database (either way round)"),
        tr("  demo [--rows N]  fill the database with a synthetic observatory (N partnerships\n"
           "                   and N projects; 1000 by default)"),
    };
    const QStringList options = {
        tr("  --db LOCATION    database file, or postgresql:// URL; default: $OBSERVATOIRE_DB,\n"
           "                   else observatoire.sqlite in the application-data folder"),
        tr("  --version        print the version"),
        tr("  --help           print this help"),
    };
    return tr("Usage: observatoire [--db LOCATION] [COMMAND ...]") + QLatin1String("\n\n") +
           tr("Records and queries the international partnerships, twinnings and projects of a\n"
              "region's actors. Without a command, opens the application window.") +
           QLatin1String("\n\n") + tr("Commands:") + QLatin1Char('\n') + commands.join(QLatin1Char('\n')) +
           QLatin1String("\n\n") + tr("Options:") + QLatin1Char('\n') + options.join(QLatin1Char('\n')) +
           QLatin1String("\n\n") +
           tr("Exit codes: 0 success, 1 data problems, 2 usage error,\n"
              "3 database unavailable, locked, damaged or of a newer version.") +
           QLatin1Char('\n');
}

int CommandLine::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const ParsedArguments parsed = parse(arguments);
    if (!parsed.error.isEmpty()) {
        err << QStringLiteral("observatoire: ") << parsed.error << Qt::endl;
        err << CliContext::tr("Run \"observatoire --help\" for the list of commands and options.")
            << Qt::endl;
        return ExitCode::UsageError;
    }
    if (parsed.help) {
        out << helpText();
        out.flush();
        return ExitCode::Success;
    }
    if (parsed.version) {
        out << QStringLiteral("observatoire %1").arg(QStringLiteral(OBSERVATOIRE_VERSION)) << Qt::endl;
        return ExitCode::Success;
    }

    const auto command = commands().find(parsed.command);
    if (command == commands().end()) {
        err << tr("observatoire: unknown command \"%1\".").arg(parsed.command) << Qt::endl;
        err << CliContext::tr("Run \"observatoire --help\" for the list of commands and options.")
            << Qt::endl;
        return ExitCode::UsageError;
    }

    DatabaseLocation location = DatabaseLocation::defaultLocation();
    if (!parsed.database.isEmpty()) {
        QString error;
        const std::optional<DatabaseLocation> chosen = DatabaseLocation::parse(parsed.database, &error);
        if (!chosen) {
            err << QStringLiteral("observatoire: ") << error << Qt::endl;
            return ExitCode::UsageError;
        }
        location = *chosen;
    }
    CliContext context(location, parsed.commandArguments, out, err);
    return command->second(context);
}

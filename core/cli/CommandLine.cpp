#include "CommandLine.h"

#include "CliContext.h"
#include "DatabaseCommands.h"
#include "DemoCommand.h"
#include "ExitCode.h"
#include "ExportCommand.h"
#include "InspectCommand.h"

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
        {QStringLiteral("demo"), &DemoCommand::run},
        {QStringLiteral("inspect"), &InspectCommand::run},
        {QStringLiteral("export"), &ExportCommand::run},
    };
    return table;
}

} // namespace

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
    return tr("Usage: observatoire [--db LOCATION] [COMMAND ...]\n"
              "\n"
              "Records and queries the international partnerships, twinnings and projects of a\n"
              "region's actors. Without a command, opens the application window.\n"
              "\n"
              "Commands:\n"
              "  init             create or upgrade the database; print the schema version\n"
              "  check            check integrity, foreign keys and data rules; list problems\n"
              "  backup -o FILE   write a consistent copy of the database\n"
              "  demo [--rows N]  fill the database with a synthetic observatory (N partnerships\n"
              "                   and N projects; 1000 by default)\n"
              "  export ENTITY [--format excel|csv] [--year YEAR] [--search TEXT] -o FILE|-\n"
              "                   write actors, partners, partnerships, projects or fundings as CSV\n"
              "  inspect FILE [--encoding E] [--delimiter D] [--json]\n"
              "                   how the program reads a CSV file: encoding, delimiter, header,\n"
              "                   record count; --json prints each record as a JSON array\n"
              "\n"
              "Options:\n"
              "  --db LOCATION    database file, or postgresql:// URL; default: $OBSERVATOIRE_DB,\n"
              "                   else observatoire.sqlite in the application-data folder\n"
              "  --version        print the version\n"
              "  --help           print this help\n"
              "\n"
              "Exit codes: 0 success, 1 data problems, 2 usage error,\n"
              "3 database unavailable, locked, damaged or of a newer version.\n");
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

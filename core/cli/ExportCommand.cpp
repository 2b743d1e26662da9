#include "ExportCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "csv/RecordExporter.h"
#include "database/Database.h"

#include <QFile>
#include <QSaveFile>

#include <cstdio>

int ExportCommand::run(CliContext& context)
{
    const QString command = QStringLiteral("export");
    const QStringList& arguments = context.arguments();
    if (arguments.isEmpty())
        return context.usageError(
            command,
            tr("usage: export ENTITY [--format excel|csv|xlsx] [--year YEAR] [--search TEXT] -o FILE|-"));
    const std::optional<RecordExporter::Entity> entity = RecordExporter::entityFromName(arguments.first());
    if (!entity)
        return context.usageError(
            command, tr("unknown entity \"%1\" (actors, partners, partnerships, projects, fundings).")
                         .arg(arguments.first()));
    RecordExporter::Options options;
    QString output;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (i + 1 >= arguments.size())
            return context.usageError(command, tr("%1 needs a value.").arg(argument));
        const QString value = arguments.at(++i);
        if (argument == QLatin1String("--format")) {
            using Format = RecordExporter::Options::Format;
            if (value == QLatin1String("excel"))
                options.format = Format::Excel;
            else if (value == QLatin1String("csv"))
                options.format = Format::Csv;
            else if (value == QLatin1String("xlsx"))
                options.format = Format::Xlsx;
            else
                return context.usageError(command,
                                          tr("unknown format \"%1\" (excel, csv, xlsx).").arg(value));
        } else if (argument == QLatin1String("--year")) {
            bool ok = false;
            options.selection.filter.activeYear = value.toInt(&ok);
            if (!ok || options.selection.filter.activeYear < 1900 ||
                options.selection.filter.activeYear > 2200)
                return context.usageError(command, tr("\"%1\" is not a year.").arg(value));
        } else if (argument == QLatin1String("--search")) {
            options.selection.filter.search = value;
        } else if (argument == QLatin1String("-o")) {
            output = value;
        } else {
            return context.usageError(command, tr("unknown option %1.").arg(argument));
        }
    }
    if (output.isEmpty())
        return context.usageError(command,
                                  tr("name the output file with -o FILE, or -o - for the standard output."));

    Database database;
    if (!context.openDatabase(database, Database::OpenMode::MustExist))
        return ExitCode::DatabaseUnavailable;
    const RecordExporter exporter(database.connection(), *entity);

    if (output == QLatin1String("-")) {
        context.out().flush();
        QFile standardOutput;
        if (!standardOutput.open(stdout, QIODevice::WriteOnly))
            return ExitCode::UsageError;
        const Result<int> written = exporter.write(&standardOutput, options);
        standardOutput.flush();
        if (!written) {
            context.err() << written.message() << Qt::endl;
            return ExitCode::DatabaseUnavailable;
        }
        return ExitCode::Success;
    }
    // Written beside, then put in place: an interrupted export never leaves half a file.
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly))
        return context.usageError(command, tr("%1 cannot be written: %2").arg(output, file.errorString()));
    const Result<int> written = exporter.write(&file, options);
    if (!written) {
        file.cancelWriting();
        context.err() << written.message() << Qt::endl;
        return ExitCode::DatabaseUnavailable;
    }
    if (!file.commit()) {
        context.err() << tr("%1 cannot be written: %2").arg(output, file.errorString()) << Qt::endl;
        return ExitCode::UsageError;
    }
    context.out()
        << tr("export %1: %2 records written to %3").arg(arguments.first()).arg(written.value()).arg(output)
        << Qt::endl;
    return ExitCode::Success;
}

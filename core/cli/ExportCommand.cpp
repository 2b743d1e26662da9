#include "ExportCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "csv/RecordExporter.h"
#include "database/Database.h"

#include <QFile>

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
            command,
            tr("unknown entity \"%1\" (actors, partners, partnerships, projects, fundings, schemes).")
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
    const bool toStandardOutput = output == QLatin1String("-");
    if (!toStandardOutput) {
        if (const std::optional<int> refused = context.refuseOutput(command, output))
            return *refused;
    }

    Database database;
    if (!context.openDatabase(database, Database::OpenMode::MustExist))
        return ExitCode::DatabaseUnavailable;
    const RecordExporter exporter(database.connection(), *entity);

    if (toStandardOutput) {
        context.out().flush();
        QFile standardOutput;
        if (!standardOutput.open(stdout, QIODevice::WriteOnly))
            return ExitCode::UsageError;
        const Result<int> written = exporter.write(&standardOutput, options);
        // A pipe closed or a redirection onto a full disk: the bytes still buffered fail here.
        const bool flushed = standardOutput.flush();
        if (!written || !flushed) {
            context.err()
                << (written
                        ? tr("the standard output cannot be written: %1").arg(standardOutput.errorString())
                        : written.message())
                << Qt::endl;
            return ExitCode::DatabaseUnavailable;
        }
        return ExitCode::Success;
    }
    // Written beside, then put in place: an interrupted or failed export never leaves half a
    // file, and the earlier file stays until the new one is whole on disk.
    OutputFile file(output);
    if (const Status begun = file.begin(context.location().filePath()); !begun)
        return context.outputFailed(command, file.failure(), begun.message());
    const Result<int> written = exporter.write(&file, options);
    if (!written) {
        if (file.failure() != OutputFile::Failure::None)
            return context.outputFailed(command, file.failure(), file.failureMessage());
        file.cancel();
        context.err() << tr("%1 was not written: %2").arg(output, written.message()) << Qt::endl;
        return ExitCode::DatabaseUnavailable;
    }
    if (const Status committed = file.commit(); !committed)
        return context.outputFailed(command, file.failure(), committed.message());
    context.out()
        << tr("export %1: %2 records written to %3").arg(arguments.first()).arg(written.value()).arg(output)
        << Qt::endl;
    return ExitCode::Success;
}

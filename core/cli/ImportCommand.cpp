#include "ImportCommand.h"

#include "backup/AutomaticBackups.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "csv/CsvWriter.h"
#include "csv/Importers.h"
#include "database/Database.h"

#include "csv/OutputFile.h"

#include <memory>

namespace {

constexpr int kPrintedErrors = 20;

} // namespace

int ImportCommand::run(CliContext& context)
{
    const QString command = QStringLiteral("import");
    const QStringList& arguments = context.arguments();
    if (arguments.size() < 2)
        return context.usageError(command,
                                  tr("usage: import ENTITY FILE [--dry-run] [--encoding E] [--delimiter D] "
                                     "[--mapping MAP.json] [--errors OUT.csv] [--set COLUMN=VALUE]..."));
    const QString entity = arguments.at(0);
    const QString path = arguments.at(1);
    if (!Importers::entities().contains(entity))
        return context.usageError(
            command,
            tr("unknown entity \"%1\" (actors, partners, partnerships, projects, fundings, schemes).")
                .arg(entity));
    RecordImporter::Options options;
    QString errorsPath;
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--dry-run")) {
            options.dryRun = true;
            continue;
        }
        if (i + 1 >= arguments.size())
            return context.usageError(command, tr("%1 needs a value.").arg(argument));
        const QString value = arguments.at(++i);
        if (argument == QLatin1String("--encoding")) {
            if (value != QLatin1String("auto")) {
                const auto encoding = TextDecoder::fromName(value);
                if (!encoding)
                    return context.usageError(
                        command,
                        tr("unknown encoding \"%1\" (auto, utf-8, windows-1252, utf-16).").arg(value));
                options.read.encoding = *encoding;
            }
        } else if (argument == QLatin1String("--delimiter")) {
            const auto delimiter = CsvReader::delimiterFromName(value);
            if (!delimiter)
                return context.usageError(
                    command, tr("unknown delimiter \"%1\" (auto, semicolon, comma, tab, pipe).").arg(value));
            options.read.delimiter = *delimiter;
        } else if (argument == QLatin1String("--mapping")) {
            QString error;
            const auto mapping = ColumnMap::readMapping(value, &error);
            if (!mapping)
                return context.usageError(command, error);
            options.mapping = *mapping;
            const auto choices = ValueChoices::readMappingFile(value, &error);
            if (!choices)
                return context.usageError(command, error);
            options.choices.replacements = choices->replacements;
        } else if (argument == QLatin1String("--set")) {
            if (!options.choices.addWholeColumn(value))
                return context.usageError(command, tr("--set needs COLUMN=VALUE, not \"%1\".").arg(value));
        } else if (argument == QLatin1String("--errors")) {
            errorsPath = value;
        } else {
            return context.usageError(command, tr("unknown option %1.").arg(argument));
        }
    }

    if (!errorsPath.isEmpty()) {
        if (const std::optional<int> refused = context.refuseOutput(command, errorsPath))
            return *refused;
    }

    Database database;
    if (!context.openDatabase(database, Database::OpenMode::MustExist, CliContext::Need::Writing))
        return ExitCode::DatabaseUnavailable;
    options.beforeWriting = [&database] {
        return AutomaticBackups::beforeWriting(database.connection(), QStringLiteral("import"));
    };
    // Begun before the import runs: a place that cannot take the file stops it before anything
    // is written.
    std::unique_ptr<OutputFile> errorsFile;
    if (!errorsPath.isEmpty()) {
        errorsFile = std::make_unique<OutputFile>(errorsPath);
        if (const Status begun = errorsFile->begin(context.location().filePath()); !begun)
            return context.outputFailed(command, errorsFile->failure(), begun.message());
    }
    const ImportReport report = Importers::forEntity(entity, database.connection())->run(path, options);

    // As many warnings as errors are printed: a list without dates warns on every row.
    for (qsizetype i = 0; i < report.warnings.size() && i < kPrintedErrors; ++i)
        context.err() << report.describe(report.warnings.at(i)) << '\n';
    if (report.warnings.size() > kPrintedErrors)
        context.err() << tr("… and %1 more warnings").arg(report.warnings.size() - kPrintedErrors) << '\n';
    for (qsizetype i = 0; i < report.errors.size() && i < kPrintedErrors; ++i)
        context.err() << report.describe(report.errors.at(i)) << '\n';
    if (report.errors.size() > kPrintedErrors)
        context.err() << tr("… and %1 more errors").arg(report.errors.size() - kPrintedErrors) << '\n';
    context.err().flush();

    // A list of errors that cannot be written fails the command even when the import went
    // through: the script asked for that file.
    std::optional<int> errorsFailed;
    if (errorsFile) {
        if (const Status written = report.writeErrors(*errorsFile); !written)
            errorsFailed = context.outputFailed(command, errorsFile->failure(), written.message());
    }

    if (!report.errors.isEmpty()) {
        context.out() << tr("import %1: nothing written, %n error(s)", nullptr,
                            static_cast<int>(report.errors.size()))
                             .arg(entity)
                      << Qt::endl;
        if (report.hasStorageFailure())
            return ExitCode::DatabaseUnavailable;
        return errorsFailed.value_or(ExitCode::DataProblems);
    }
    const QString counts = tr("%1 created, %2 updated, %3 unchanged, 0 errors")
                               .arg(report.created)
                               .arg(report.updated)
                               .arg(report.unchanged);
    if (options.dryRun)
        context.out() << tr("dry run %1 (nothing written): %2").arg(entity, counts) << Qt::endl;
    else
        context.out() << tr("imported %1: %2").arg(entity, counts) << Qt::endl;
    if (report.leftOut > 0)
        context.out() << tr("%n row(s) left out as the mapping file asks", nullptr, report.leftOut)
                      << Qt::endl;
    if (report.actorsMatchedByName > 0)
        context.out()
            << tr("%n actor(s) named without a code matched to the official geography by their name", nullptr,
                  report.actorsMatchedByName)
            << Qt::endl;
    return errorsFailed.value_or(ExitCode::Success);
}

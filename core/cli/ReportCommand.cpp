#include "ReportCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "database/Database.h"
#include "report/ReportBuilder.h"
#include "report/ReportFiles.h"

#include <QGuiApplication>

int ReportCommand::run(CliContext& context)
{
    const QString command = QStringLiteral("report");
    const QString usage = tr("usage: report --year YEAR -o FILE.pdf|FILE.html|FILE.xlsx|FOLDER/");
    const QStringList& arguments = context.arguments();
    int year = 0;
    QString output;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (i + 1 >= arguments.size())
            return context.usageError(command, usage);
        const QString value = arguments.at(++i);
        if (argument == QLatin1String("--year")) {
            bool ok = false;
            year = value.toInt(&ok);
            if (!ok || year < ReportBuilder::kFirstYear || year > ReportBuilder::lastYear())
                return context.usageError(command, tr("\"%1\" is not a year the report can cover (%2 to %3).")
                                                       .arg(value)
                                                       .arg(ReportBuilder::kFirstYear)
                                                       .arg(ReportBuilder::lastYear()));
        } else if (argument == QLatin1String("-o")) {
            output = value;
        } else {
            return context.usageError(command, tr("unknown option %1.").arg(argument));
        }
    }
    if (year == 0 || output.isEmpty())
        return context.usageError(command, usage);
    const std::optional<ReportFiles::Format> format = ReportFiles::formatFor(output);
    if (!format)
        return context.usageError(
            command,
            tr("%1: the report is written as .pdf, .html, .xlsx, or CSV tables in a folder (a path ending "
               "with /).")
                .arg(output));
    if (*format == ReportFiles::Format::Pdf && !qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return context.usageError(command, tr("the PDF needs the program's graphical libraries."));

    if (const std::optional<int> refused = context.refuseOutput(command, output))
        return *refused;

    Database database;
    if (!context.openDatabase(database, Database::OpenMode::MustExist))
        return ExitCode::DatabaseUnavailable;
    const Result<Report> report = ReportBuilder(database.connection()).build(year);
    if (!report) {
        context.err() << report.message() << Qt::endl;
        return ExitCode::DatabaseUnavailable;
    }
    // A folder's tables are named after the report's tables: each is checked before any is written.
    for (const QString& file : ReportFiles::outputFiles(report.value(), output)) {
        if (const std::optional<int> refused = context.refuseOutput(command, file))
            return *refused;
    }
    OutputFile::Failure failure = OutputFile::Failure::None;
    if (const Status written = ReportFiles::write(report.value(), output, &failure); !written)
        return context.outputFailed(command, failure, written.message());
    context.out() << tr("report %1 written to %2").arg(year).arg(output) << Qt::endl;
    return ExitCode::Success;
}

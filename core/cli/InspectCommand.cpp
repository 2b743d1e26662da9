#include "InspectCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "csv/CsvReader.h"
#include "csv/CsvValues.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

constexpr int kListedRagged = 20;

} // namespace

int InspectCommand::run(CliContext& context)
{
    const QString command = QStringLiteral("inspect");
    QString path;
    bool json = false;
    CsvReader::Options options{std::nullopt, CsvReader::Delimiter::Auto};
    const QStringList& arguments = context.arguments();
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--json")) {
            json = true;
        } else if (argument == QLatin1String("--encoding") || argument == QLatin1String("--delimiter")) {
            if (i + 1 >= arguments.size())
                return context.usageError(command, tr("%1 needs a value.").arg(argument));
            const QString value = arguments.at(++i);
            if (argument == QLatin1String("--encoding")) {
                if (value == QLatin1String("auto"))
                    options.encoding.reset();
                else if (const auto encoding = TextDecoder::fromName(value))
                    options.encoding = *encoding;
                else
                    return context.usageError(
                        command,
                        tr("unknown encoding \"%1\" (auto, utf-8, windows-1252, utf-16).").arg(value));
            } else if (const auto delimiter = CsvReader::delimiterFromName(value)) {
                options.delimiter = *delimiter;
            } else {
                return context.usageError(
                    command, tr("unknown delimiter \"%1\" (auto, semicolon, comma, tab, pipe).").arg(value));
            }
        } else if (argument.startsWith(QLatin1String("--"))) {
            return context.usageError(command, tr("unknown option %1.").arg(argument));
        } else if (path.isEmpty()) {
            path = argument;
        } else {
            return context.usageError(command, tr("one file at a time."));
        }
    }
    if (path.isEmpty())
        return context.usageError(command, tr("usage: inspect FILE [--encoding E] [--delimiter D] [--json]"));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err() << tr("%1: cannot be opened: %2").arg(path, file.errorString()) << Qt::endl;
        return ExitCode::UsageError;
    }
    CsvReader reader(&file, options);
    if (!reader.start()) {
        context.err()
            << QStringLiteral("%1:%2: %3").arg(path).arg(reader.errorLine()).arg(reader.errorString())
            << Qt::endl;
        return ExitCode::DataProblems;
    }

    CsvRecord record;
    QStringList header;
    qint64 records = 0;
    QStringList ragged;
    int raggedCount = 0;
    while (reader.next(record)) {
        if (json) {
            context.out() << QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(record.fields))
                                                   .toJson(QJsonDocument::Compact))
                          << '\n';
            continue;
        }
        if (header.isEmpty()) {
            header = record.fields;
            continue;
        }
        ++records;
        if (record.fields.size() != header.size()) {
            if (++raggedCount <= kListedRagged)
                ragged << tr("%1:%2: %3 fields instead of %4")
                              .arg(path)
                              .arg(record.line)
                              .arg(record.fields.size())
                              .arg(header.size());
        }
    }
    context.out().flush();
    if (reader.hasError()) {
        context.err()
            << QStringLiteral("%1:%2: %3").arg(path).arg(reader.errorLine()).arg(reader.errorString())
            << Qt::endl;
        return ExitCode::DataProblems;
    }
    if (json)
        return ExitCode::Success;

    QTextStream& out = context.out();
    out << tr("file: %1").arg(path) << '\n';
    out << tr("encoding: %1").arg(TextDecoder::name(reader.encoding()))
        << (reader.hadByteOrderMark() ? tr(" (byte-order mark)") : QString()) << '\n';
    // The character itself (a name for the tab), then what --delimiter takes to force it.
    const QString shown = reader.delimiter() == QLatin1Char('\t')
                              ? tr("tab")
                              : tr("\"%1\"", "a delimiter").arg(reader.delimiter());
    out << tr("delimiter: %1%2 (--delimiter %3)")
               .arg(shown,
                    options.delimiter != CsvReader::Delimiter::Auto ? tr(", forced")
                    : reader.hadSeparatorLine()                     ? tr(", from the \"sep=\" line")
                                                                    : QString(),
                    CsvReader::delimiterName(reader.delimiter()))
        << '\n';
    // A header of megabytes (a broken quote) is shown by the start of each column.
    QStringList shownHeader;
    for (const QString& column : std::as_const(header))
        shownHeader << CsvValues::excerpt(column);
    out << tr("header: %1").arg(shownHeader.join(QLatin1String(" | "))) << '\n';
    out << tr("records: %1").arg(records) << '\n';
    for (const QString& line : std::as_const(ragged))
        context.err() << line << '\n';
    if (raggedCount > kListedRagged)
        context.err()
            << tr("… and %1 more rows with another number of fields").arg(raggedCount - kListedRagged)
            << '\n';
    out.flush();
    context.err().flush();
    return ExitCode::Success;
}

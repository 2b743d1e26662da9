#include "ReportFiles.h"

#include "ReportFormat.h"
#include "ReportHtml.h"
#include "ReportPdfWriter.h"
#include "ReportWorkbook.h"
#include "csv/CsvWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace {

// A figure as the excel dialect writes it, rounded as the report shows it: no thousands separator,
// a decimal comma; "n.d." when it is not defined.
QString csvValue(const ReportTable& table, int row, int column, const QLocale& locale)
{
    const QVariant value = table.rows.at(row).value(column);
    const ReportTable::Kind kind = table.kind(row, column);
    if (kind == ReportTable::Kind::Text || value.typeId() == QMetaType::QString)
        return value.toString();
    if (!value.isValid() || value.isNull())
        return ReportFormat::cell(value, kind, locale);
    const int decimals = kind == ReportTable::Kind::Percent || kind == ReportTable::Kind::Density ? 1
                         : kind == ReportTable::Kind::Ratio                                       ? 2
                                                                                                  : 0;
    return QString::number(ReportWorkbook::rounded(value.toDouble(), kind), 'f', decimals)
        .replace(QLatin1Char('.'), QLatin1Char(','));
}

QList<ReportTable> allTables(const Report& report)
{
    QList<ReportTable> tables;
    for (const ReportSection& section : report.sections)
        tables << section.tables;
    return tables;
}

} // namespace

std::optional<ReportFiles::Format> ReportFiles::formatFor(const QString& path)
{
    if (path.endsWith(QLatin1Char('/')) || QFileInfo(path).isDir())
        return Format::CsvDirectory;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Format::Html;
    if (suffix == QLatin1String("xlsx"))
        return Format::Xlsx;
    return std::nullopt;
}

QString ReportFiles::csvFileName(int index, const ReportTable& table)
{
    return QStringLiteral("%1-%2.csv").arg(index, 2, 10, QLatin1Char('0')).arg(table.id);
}

Status ReportFiles::write(const Report& report, const QString& path)
{
    const std::optional<Format> format = formatFor(path);
    if (!format)
        return Status::failure(tr("%1: the report is written as .pdf, .html, .xlsx, or CSV tables in a "
                                  "folder (a path ending with /).")
                                   .arg(path));
    if (*format == Format::CsvDirectory)
        return writeCsvDirectory(report, path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    QString error;
    switch (*format) {
    case Format::Pdf:
        if (!ReportPdfWriter::write(report, &file, &error))
            return Status::failure(tr("%1 cannot be written: %2").arg(path, error));
        break;
    case Format::Html:
        file.write(ReportHtml::page(report, ReportHtml::Charts::InlineSvg).toUtf8());
        break;
    case Format::Xlsx:
        if (const Status written = writeXlsx(report, &file); !written)
            return Status::failure(tr("%1 cannot be written: %2").arg(path, written.message()));
        break;
    case Format::CsvDirectory:
        break;
    }
    if (!file.commit())
        return Status::failure(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return {};
}

Status ReportFiles::writeXlsx(const Report& report, QIODevice* device)
{
    return ReportWorkbook::write(report, device);
}

Status ReportFiles::writeCsvDirectory(const Report& report, const QString& path)
{
    QDir dir(path);
    if (!dir.mkpath(QStringLiteral(".")))
        return Status::failure(tr("The folder %1 cannot be created.").arg(path));
    const QLocale locale = report.locale();
    const auto writeFile = [&](const QString& name, const QStringList& header,
                               const QList<QStringList>& rows) -> Status {
        QSaveFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return Status::failure(tr("%1 cannot be written: %2").arg(file.fileName(), file.errorString()));
        CsvWriter writer(&file, CsvWriter::Dialect::Excel);
        writer.writeRecord(header);
        for (const QStringList& row : rows)
            writer.writeRecord(row);
        if (!file.commit())
            return Status::failure(tr("%1 cannot be written: %2").arg(file.fileName(), file.errorString()));
        return {};
    };
    const QList<ReportTable> tables = allTables(report);
    // The index: each table's file with its title, base, date of the data and counting rules.
    QList<QStringList> index;
    for (int i = 0; i < tables.size(); ++i) {
        const ReportTable& table = tables.at(i);
        QList<QStringList> rows;
        for (int r = 0; r < table.rows.size(); ++r) {
            QStringList cells;
            for (int c = 0; c < table.rows.at(r).size(); ++c)
                cells << csvValue(table, r, c, locale);
            rows << cells;
        }
        if (const Status written = writeFile(csvFileName(i + 1, table), table.columns, rows); !written)
            return written;
        index << QStringList{csvFileName(i + 1, table),
                             ReportFormat::typography(table.title, locale),
                             ReportFormat::typography(table.base, locale),
                             ReportHtml::dataAsOf(report),
                             ReportWorkbook::ruleTitles(report, table).join(QLatin1String(", ")),
                             table.hasData() ? QString() : ReportHtml::tr("No data.")};
    }
    index << QStringList{methodologyFileName(),
                         ReportHtml::tr("Methodology"),
                         QString(),
                         ReportHtml::dataAsOf(report),
                         QString(),
                         QString()};
    if (const Status written = writeFile(
            indexFileName(),
            {tr("File"), tr("Table"), tr("Base"), tr("Data"), tr("Counting rules"), tr("Remark")}, index);
        !written)
        return written;
    QList<QStringList> rules;
    for (const ReportRules::Statement& rule : report.methodology)
        rules << QStringList{ReportFormat::typography(rule.title, locale),
                             ReportFormat::typography(rule.text, locale)};
    return writeFile(methodologyFileName(), {tr("Rule"), tr("Statement")}, rules);
}

QString ReportFiles::indexFileName()
{
    return QStringLiteral("00-index.csv");
}

QString ReportFiles::methodologyFileName()
{
    return QStringLiteral("methodologie.csv");
}

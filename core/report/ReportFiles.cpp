#include "ReportFiles.h"

#include "ReportHtml.h"
#include "ReportPdfWriter.h"
#include "csv/CsvWriter.h"
#include "csv/XlsxWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace {

// A value as the excel dialect writes it: no thousands separator, a decimal comma.
QString csvValue(const QVariant& value)
{
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'f', 2)
            .remove(QRegularExpression(QStringLiteral("\\.?0+$")))
            .replace(QLatin1Char('.'), QLatin1Char(','));
    return value.toString();
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
    const QList<ReportTable> tables = allTables(report);
    std::unique_ptr<XlsxWriter> workbook;
    const auto stylesOf = [](const ReportTable& table) {
        return QList<XlsxWriter::Style>(table.columns.size(), XlsxWriter::Style::Plain);
    };
    for (int i = 0; i < tables.size(); ++i) {
        const ReportTable& table = tables.at(i);
        // Sheet names: at most 31 characters, unique; the id is both.
        const QString sheet =
            QStringLiteral("%1 %2").arg(i + 1, 2, 10, QLatin1Char('0')).arg(table.id).left(31);
        if (!workbook)
            workbook = std::make_unique<XlsxWriter>(device, sheet, table.columns, stylesOf(table));
        else
            workbook->addSheet(sheet, table.columns, stylesOf(table));
        for (const QVariantList& row : table.rows)
            workbook->writeRow(row);
        workbook->writeNote(table.title);
        if (!table.base.isEmpty())
            workbook->writeNote(table.base);
    }
    if (!workbook)
        workbook = std::make_unique<XlsxWriter>(device, tr("Methodology"), QStringList(),
                                                QList<XlsxWriter::Style>());
    workbook->addSheet(tr("Methodology"), {tr("Rule"), tr("Statement")},
                       {XlsxWriter::Style::Plain, XlsxWriter::Style::Plain});
    for (const auto& [rule, statement] : report.methodology)
        workbook->writeRow({rule, statement});
    if (!workbook->finish())
        return Status::failure(workbook->errorString());
    return {};
}

Status ReportFiles::writeCsvDirectory(const Report& report, const QString& path)
{
    QDir dir(path);
    if (!dir.mkpath(QStringLiteral(".")))
        return Status::failure(tr("The folder %1 cannot be created.").arg(path));
    const auto writeFile = [&](const QString& name, const QStringList& header,
                               const QList<QVariantList>& rows) -> Status {
        QSaveFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return Status::failure(tr("%1 cannot be written: %2").arg(file.fileName(), file.errorString()));
        CsvWriter writer(&file, CsvWriter::Dialect::Excel);
        writer.writeRecord(header);
        for (const QVariantList& row : rows) {
            QStringList cells;
            for (const QVariant& cell : row)
                cells << csvValue(cell);
            writer.writeRecord(cells);
        }
        if (!file.commit())
            return Status::failure(tr("%1 cannot be written: %2").arg(file.fileName(), file.errorString()));
        return {};
    };
    const QList<ReportTable> tables = allTables(report);
    for (int i = 0; i < tables.size(); ++i) {
        if (const Status written =
                writeFile(csvFileName(i + 1, tables.at(i)), tables.at(i).columns, tables.at(i).rows);
            !written)
            return written;
    }
    QList<QVariantList> rules;
    for (const auto& [rule, statement] : report.methodology)
        rules << QVariantList{rule, statement};
    return writeFile(QStringLiteral("methodologie.csv"), {tr("Rule"), tr("Statement")}, rules);
}

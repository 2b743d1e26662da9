#include "ReportFiles.h"

#include "ReportHtml.h"
#include "ReportPdfWriter.h"
#include "csv/CsvWriter.h"
#include "csv/XlsxWriter.h"

#include "database/DatabaseFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <filesystem>

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

// One file of the CSV folder.
struct CsvTable
{
    QString name;
    QStringList header;
    QList<QVariantList> rows;
};

QList<CsvTable> csvTables(const Report& report)
{
    QList<CsvTable> files;
    const QList<ReportTable> tables = allTables(report);
    for (int i = 0; i < tables.size(); ++i)
        files.append(
            {ReportFiles::csvFileName(i + 1, tables.at(i)), tables.at(i).columns, tables.at(i).rows});
    QList<QVariantList> rules;
    for (const auto& [rule, statement] : report.methodology)
        rules << QVariantList{rule, statement};
    files.append(
        {QStringLiteral("methodologie.csv"), {ReportFiles::tr("Rule"), ReportFiles::tr("Statement")}, rules});
    return files;
}

// The folder the tables are written into before they are moved into place: beside the target
// (same file system, so each move is a rename), removed with what it holds unless released.
class StagingFolder
{
public:
    explicit StagingFolder(const QDir& parent, const QString& targetName)
    {
        for (int attempt = 0; attempt < 16 && m_path.isEmpty(); ++attempt) {
            const QString name = QStringLiteral(".%1.partial-%2")
                                     .arg(targetName)
                                     .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
            if (parent.mkdir(name))
                m_path = parent.filePath(name);
        }
    }
    ~StagingFolder()
    {
        if (!m_path.isEmpty())
            QDir(m_path).removeRecursively();
    }
    StagingFolder(const StagingFolder&) = delete;
    StagingFolder& operator=(const StagingFolder&) = delete;

    QString path() const { return m_path; }
    void release() { m_path.clear(); }

private:
    QString m_path;
};

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

QStringList ReportFiles::outputFiles(const Report& report, const QString& path)
{
    if (formatFor(path) != Format::CsvDirectory)
        return {path};
    QStringList paths;
    const QDir folder(path);
    for (const CsvTable& table : csvTables(report))
        paths << folder.filePath(table.name);
    return paths;
}

Status ReportFiles::write(const Report& report, const QString& path, OutputFile::Failure* failure)
{
    const std::optional<Format> format = formatFor(path);
    if (!format)
        return Status::failure(tr("%1: the report is written as .pdf, .html, .xlsx, or CSV tables in a "
                                  "folder (a path ending with /).")
                                   .arg(path));
    if (*format == Format::CsvDirectory)
        return writeCsvDirectory(report, path, failure);
    OutputFile file(path);
    const auto failed = [&](const QString& message) {
        if (failure)
            *failure = file.failure() == OutputFile::Failure::None ? OutputFile::Failure::WriteFailed
                                                                   : file.failure();
        file.cancel();
        return Status::failure(message);
    };
    if (const Status begun = file.begin(); !begun)
        return failed(begun.message());
    QString error;
    switch (*format) {
    case Format::Pdf:
        if (!ReportPdfWriter::write(report, &file, &error))
            return failed(tr("%1 cannot be written: %2").arg(path, error));
        break;
    case Format::Html:
        // A refused write is kept by the file; its commit reports it.
        file.write(ReportHtml::page(report, ReportHtml::Charts::InlineSvg).toUtf8());
        break;
    case Format::Xlsx:
        if (const Status written = writeXlsx(report, &file); !written)
            return failed(file.failure() != OutputFile::Failure::None
                              ? file.failureMessage()
                              : tr("%1 cannot be written: %2").arg(path, written.message()));
        break;
    case Format::CsvDirectory:
        break;
    }
    if (const Status committed = file.commit(); !committed)
        return failed(committed.message());
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

Status ReportFiles::writeCsvDirectory(const Report& report, const QString& path, OutputFile::Failure* failure)
{
    const auto failed = [&](OutputFile::Failure kind, const QString& message) {
        if (failure)
            *failure = kind;
        return Status::failure(message);
    };
    const QString target = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QString shownFolder = QDir::toNativeSeparators(target);
    const QList<CsvTable> tables = csvTables(report);
    // Moving a table into place must never replace the database: refused before anything.
    for (const CsvTable& table : tables) {
        if (const Status refused = DatabaseFiles::refuseDatabaseFile(QDir(target).filePath(table.name));
            !refused)
            return failed(OutputFile::Failure::Refused, refused.message());
    }
    const QFileInfo targetInfo(target);
    if (targetInfo.exists() && !targetInfo.isDir())
        return failed(OutputFile::Failure::CannotCreate,
                      tr("%1 is a file, not a folder: the tables cannot be written there.").arg(shownFolder));
    QDir parent = targetInfo.absoluteDir();
    if (!parent.mkpath(QStringLiteral(".")))
        return failed(OutputFile::Failure::CannotCreate,
                      tr("The folder %1 cannot be created.").arg(shownFolder));

    // Every table is written into a folder beside the target first; only when all of them are
    // whole on disk do they move into place, so that a full disk half-way leaves the earlier
    // tables as they were and no empty or cut file among them.
    StagingFolder staging(parent, targetInfo.fileName());
    if (staging.path().isEmpty())
        return failed(OutputFile::Failure::CannotCreate,
                      tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(parent.path())));
    const QDir stagingDir(staging.path());
    for (const CsvTable& table : tables) {
        OutputFile file(stagingDir.filePath(table.name));
        if (const Status begun = file.begin(); !begun)
            return failed(file.failure(), begun.message());
        CsvWriter writer(&file, CsvWriter::Dialect::Excel);
        writer.writeRecord(table.header);
        for (const QVariantList& row : table.rows) {
            QStringList cells;
            for (const QVariant& cell : row)
                cells << csvValue(cell);
            if (!writer.writeRecord(cells))
                break; // the file keeps the failure; its commit reports it
        }
        if (const Status committed = file.commit(); !committed)
            return failed(OutputFile::Failure::WriteFailed,
                          tr("%1 was not written: %2. The folder %3 is left as it was.")
                              .arg(QDir::toNativeSeparators(QDir(target).filePath(table.name)), file.cause(),
                                   shownFolder));
    }

    if (!targetInfo.exists()) {
        // A new folder: the whole staging folder becomes it, in one rename.
        if (parent.rename(stagingDir.dirName(), targetInfo.fileName())) {
            staging.release();
            return {};
        }
        if (!QDir().mkpath(target))
            return failed(OutputFile::Failure::CannotCreate,
                          tr("The folder %1 cannot be created.").arg(shownFolder));
    }
    // An existing folder: each table replaces its earlier version by a rename, whole.
    for (const CsvTable& table : tables) {
        std::error_code error;
        std::filesystem::rename(std::filesystem::path(stagingDir.filePath(table.name).toStdU16String()),
                                std::filesystem::path(QDir(target).filePath(table.name).toStdU16String()),
                                error);
        if (error)
            return failed(OutputFile::Failure::WriteFailed,
                          tr("%1 could not be put in place: %2.")
                              .arg(QDir::toNativeSeparators(QDir(target).filePath(table.name)),
                                   QString::fromLocal8Bit(error.message())));
    }
    return {};
}

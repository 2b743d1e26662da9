#include "ReportFiles.h"

#include "ReportFormat.h"
#include "ReportHtml.h"
#include "ReportPdfWriter.h"
#include "ReportWorkbook.h"
#include "csv/CsvWriter.h"

#include "database/DatabaseFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <filesystem>

namespace {

// A figure as a spreadsheet of the report's language reads it, rounded as the report shows it: no
// thousands separator, a decimal comma in French (the excel dialect), a point in English (the csv
// dialect); "n.d." when it is not defined.
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
    const QString written = QString::number(ReportWorkbook::rounded(value.toDouble(), kind), 'f', decimals);
    return locale.language() == QLocale::French ? QString(written).replace(QLatin1Char('.'), QLatin1Char(','))
                                                : written;
}

QList<ReportTable> allTables(const Report& report)
{
    QList<ReportTable> tables;
    for (const ReportSection& section : report.sections)
        tables << section.tables;
    return tables;
}

// One file of the CSV folder, its cells written as the report shows them.
struct CsvTable
{
    QString name;
    QStringList header;
    QList<QStringList> rows;
};

// Every file of the CSV folder: one per table, the index that says what each table is (title,
// base, date of the data, counting rules), and the methodology.
QList<CsvTable> csvTables(const Report& report)
{
    const QLocale locale = report.locale();
    QList<CsvTable> files;
    QList<QStringList> index;
    const QList<ReportTable> tables = allTables(report);
    for (int i = 0; i < tables.size(); ++i) {
        const ReportTable& table = tables.at(i);
        QList<QStringList> rows;
        for (int r = 0; r < table.rows.size(); ++r) {
            QStringList cells;
            for (int c = 0; c < table.rows.at(r).size(); ++c)
                cells << csvValue(table, r, c, locale);
            rows << cells;
        }
        const QString name = ReportFiles::csvFileName(i + 1, table);
        files.append({name, table.columns, rows});
        index << QStringList{name,
                             ReportFormat::typography(table.title, locale),
                             ReportFormat::typography(table.base, locale),
                             ReportHtml::dataAsOf(report),
                             ReportWorkbook::ruleTitles(report, table).join(QLatin1String(", ")),
                             table.hasData() ? QString() : ReportHtml::tr("No data.")};
    }
    index << QStringList{ReportFiles::methodologyFileName(),
                         ReportHtml::tr("Methodology"),
                         QString(),
                         ReportHtml::dataAsOf(report),
                         QString(),
                         QString()};
    files.append({ReportFiles::indexFileName(),
                  {ReportFiles::tr("File"), ReportFiles::tr("Table"), ReportFiles::tr("Base"),
                   ReportFiles::tr("Data"), ReportFiles::tr("Counting rules"), ReportFiles::tr("Remark")},
                  index});
    QList<QStringList> rules;
    for (const ReportRules::Statement& rule : report.methodology)
        rules << QStringList{ReportFormat::typography(rule.title, locale),
                             ReportFormat::typography(rule.text, locale)};
    files.append(
        {ReportFiles::methodologyFileName(), {ReportFiles::tr("Rule"), ReportFiles::tr("Statement")}, rules});
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
    return ReportWorkbook::write(report, device);
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
        // What a spreadsheet of the report's language opens by double-click: ';' and a decimal
        // comma for French, ',' and a decimal point for English.
        CsvWriter writer(&file, report.english ? CsvWriter::Dialect::Csv : CsvWriter::Dialect::Excel);
        writer.writeRecord(table.header);
        for (const QStringList& row : table.rows) {
            if (!writer.writeRecord(row))
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

QString ReportFiles::indexFileName()
{
    return QStringLiteral("00-index.csv");
}

QString ReportFiles::methodologyFileName()
{
    return QStringLiteral("methodologie.csv");
}

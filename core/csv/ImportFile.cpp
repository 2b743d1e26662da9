#include "ImportFile.h"

#include "CsvValues.h"
#include "common/TextFolding.h"
#include "database/DatabaseFiles.h"

#include <algorithm>

namespace {

constexpr int kRecordsPerProgress = 500;

} // namespace

ImportFile::ImportFile(const QString& path, const CsvReader::Options& options)
    : m_path(path)
    , m_options(options)
    , m_file(path)
{
}

bool ImportFile::open(const QList<ColumnMap::Field>& fields, const QHash<QString, QString>& mapping,
                      ImportReport& report, const ValueChoices& choices)
{
    report.file = m_path;
    // Opening the open database with a QFile would drop its locks (DatabaseFiles.h).
    if (Status refused = DatabaseFiles::refuseDatabaseFile(m_path); !refused) {
        report.errors.append({0, QString(), refused.message()});
        return false;
    }
    if (!m_file.open(QIODevice::ReadOnly)) {
        report.errors.append({0, QString(), tr("the file cannot be opened: %1").arg(m_file.errorString())});
        return false;
    }
    CsvReader reader(&m_file, m_options);
    if (!reader.start()) {
        report.errors.append({reader.errorLine(), QString(), reader.errorString()});
        return false;
    }
    report.encoding = TextDecoder::name(reader.encoding());
    report.delimiter = CsvReader::delimiterName(reader.delimiter());
    // The second pass must read exactly as the first did, whatever detection would say.
    m_options = {reader.encoding(),
                 CsvReader::delimiterFromName(report.delimiter).value_or(CsvReader::Delimiter::Auto)};
    CsvRecord header;
    if (!reader.next(header)) {
        report.errors.append({reader.hasError() ? reader.errorLine() : 1, QString(),
                              reader.hasError() ? reader.errorString() : tr("the file is empty")});
        return false;
    }
    m_columns.emplace(fields);
    m_columns->build(header.fields, mapping, choices);
    for (const QString& unknown : m_columns->unknownChoiceColumns())
        report.errors.append({0, unknown,
                              tr("a value was settled for this column, which the file does not have "
                                 "and which is no field")});
    for (const QString& unknown : m_columns->unknownColumns())
        report.warnings.append(
            {0, QString(), tr("unknown column \"%1\" ignored").arg(CsvValues::excerpt(unknown))});
    // Several arguments at once: a header holding "%3" must not take the next argument.
    for (const ColumnMap::Duplicate& twice : m_columns->duplicates()) {
        const QString used = QString::number(twice.usedColumn);
        const QString ignored = QString::number(twice.column);
        if (TextFolding::key(twice.header) == TextFolding::key(twice.usedHeader))
            report.warnings.append({0, QString(),
                                    tr("the column \"%1\" appears twice (columns %2 and %3): column %2 is "
                                       "read, column %3 ignored")
                                        .arg(CsvValues::excerpt(twice.usedHeader), used, ignored)});
        else
            report.warnings.append({0, QString(),
                                    tr("the columns \"%1\" (column %2) and \"%3\" (column %4) give the "
                                       "same field: column %2 is read, column %4 ignored")
                                        .arg(CsvValues::excerpt(twice.usedHeader), used,
                                             CsvValues::excerpt(twice.header), ignored)});
    }
    for (const QString& missing : m_columns->missingRequired())
        report.errors.append({header.line, missing, tr("this column is required and missing")});
    return report.errors.isEmpty();
}

QString ImportFile::cancelledMessage()
{
    return tr("cancelled; nothing was written");
}

bool ImportFile::forEachRecord(const std::function<bool(const CsvRecord&)>& handle, ImportReport& report,
                               const Progress& progress, int from, int span)
{
    m_file.seek(0);
    CsvReader reader(&m_file, m_options);
    CsvRecord record;
    if (!reader.start() || !reader.next(record)) // the header
        return false;
    const qint64 size = std::max<qint64>(m_file.size(), 1);
    int count = 0;
    while (reader.next(record)) {
        if (!handle(record))
            return true;
        if (progress && ++count % kRecordsPerProgress == 0 &&
            !progress(from + static_cast<int>(span * m_file.pos() / size))) {
            report.errors.append({0, QString(), cancelledMessage()});
            return false;
        }
    }
    if (reader.hasError()) {
        const QString column = reader.errorField() > 0
                                   ? CsvValues::excerpt(m_columns->headerAt(reader.errorField() - 1))
                                   : QString();
        report.errors.append({reader.errorLine(), column, reader.errorString()});
        return false;
    }
    return true;
}

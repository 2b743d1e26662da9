#include "CsvWriter.h"

namespace {

bool startsLikeFormula(const QString& value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
           first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

} // namespace

CsvWriter::CsvWriter(QIODevice* device, Dialect dialect)
    : m_device(device)
    , m_delimiter(dialect == Dialect::Excel ? QLatin1Char(';') : QLatin1Char(','))
    , m_bomPending(dialect == Dialect::Excel)
{
}

QString CsvWriter::guardFormula(const QString& value)
{
    return startsLikeFormula(value) ? QLatin1Char('\'') + value : value;
}

QString CsvWriter::unguardFormula(const QString& value)
{
    if (value.size() >= 2 && value.front() == QLatin1Char('\'') && startsLikeFormula(value.mid(1)))
        return value.mid(1);
    return value;
}

QString CsvWriter::cell(const QString& value) const
{
    const QString guarded = guardFormula(value);
    const bool needsQuotes = guarded.contains(m_delimiter) || guarded.contains(QLatin1Char('"')) ||
                             guarded.contains(QLatin1Char('\n')) || guarded.contains(QLatin1Char('\r')) ||
                             (!guarded.isEmpty() && (guarded.front().isSpace() || guarded.back().isSpace()));
    if (!needsQuotes)
        return guarded;
    QString quoted = guarded;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool CsvWriter::writeRecord(const QStringList& fields)
{
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString& field : fields)
        cells << cell(field);
    QByteArray bytes = (cells.join(m_delimiter) + QLatin1String("\r\n")).toUtf8();
    if (m_bomPending) {
        bytes.prepend("\xEF\xBB\xBF");
        m_bomPending = false;
    }
    return m_device->write(bytes) == bytes.size();
}

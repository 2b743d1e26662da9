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
    QString line;
    appendCell(line, value);
    return line;
}

void CsvWriter::appendCell(QString& line, const QString& value) const
{
    const QString guarded = guardFormula(value);
    // One look at each character: a million rows have some twenty million cells.
    bool needsQuotes = !guarded.isEmpty() && (guarded.front().isSpace() || guarded.back().isSpace());
    for (qsizetype i = 0; i < guarded.size() && !needsQuotes; ++i) {
        const QChar c = guarded.at(i);
        needsQuotes =
            c == m_delimiter || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
    }
    if (!needsQuotes) {
        line += guarded;
        return;
    }
    line += QLatin1Char('"');
    for (const QChar c : guarded) {
        if (c == QLatin1Char('"'))
            line += QLatin1Char('"');
        line += c;
    }
    line += QLatin1Char('"');
}

bool CsvWriter::writeRecord(const QStringList& fields)
{
    m_line.clear();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_line += m_delimiter;
        appendCell(m_line, fields.at(i));
    }
    m_line += QLatin1String("\r\n");
    QByteArray bytes = m_line.toUtf8();
    if (m_bomPending) {
        bytes.prepend("\xEF\xBB\xBF");
        m_bomPending = false;
    }
    return m_device->write(bytes) == bytes.size();
}

#include "CsvWriter.h"

#include <QChar>

#include <algorithm>

namespace {

bool isFormulaStart(char32_t first)
{
    return first == U'=' || first == U'+' || first == U'-' || first == U'@' || first == U'\t' ||
           first == U'\r';
}

// Whether a value needs the guard: it starts a formula, after any apostrophes it begins with. A
// value typed with an apostrophe before a formula character ("'=x") needs it too: the import
// takes one apostrophe off a cell that looks guarded, and the value would not read back the same
// (found by fuzz_value_parsers). `at(i)` gives the i-th character, of a QString or of UTF-8 bytes
// (an apostrophe and the formula characters are ASCII).
template <typename At> bool needsGuard(qsizetype size, At at)
{
    qsizetype i = 0;
    while (i < size && at(i) == U'\'')
        ++i;
    return i < size && isFormulaStart(at(i));
}

bool needsGuard(const QString& value)
{
    return needsGuard(value.size(), [&](qsizetype i) { return char32_t(value.at(i).unicode()); });
}

bool isContinuationByte(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

// The code point that starts at `at` (a valid UTF-8 text: the database's or a QString's).
char32_t codePointAt(std::string_view text, size_t at)
{
    const auto lead = static_cast<unsigned char>(text[at]);
    if (lead < 0x80)
        return lead;
    const int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    char32_t point = lead & (0x7F >> length);
    for (size_t i = at + 1; i < at + static_cast<size_t>(length) && i < text.size(); ++i)
        point = (point << 6) | (static_cast<unsigned char>(text[i]) & 0x3F);
    return point;
}

// Whether the cell must be quoted to read back as it was: the delimiter, a quote or a line break
// in it, or a space at either end, which readers trim (at its start, unless the formula guard's
// apostrophe comes first).
bool needsQuotes(std::string_view cell, const CsvWriter::ByteSet& quoted, bool guarded)
{
    if (cell.empty())
        return false;
    size_t last = cell.size() - 1;
    while (last > 0 && isContinuationByte(cell[last]))
        --last;
    if ((!guarded && QChar::isSpace(codePointAt(cell, 0))) || QChar::isSpace(codePointAt(cell, last)))
        return true;
    // One look at each byte, in a table: a million rows have some twenty million cells. No byte
    // of a multi-byte character is ASCII, so the bytes are enough.
    return std::any_of(cell.cbegin(), cell.cend(),
                       [&](char c) { return quoted[static_cast<unsigned char>(c)]; });
}

} // namespace

CsvWriter::CsvWriter(QIODevice* device, Dialect dialect)
    : m_device(device)
    , m_delimiter(dialect == Dialect::Excel ? ';' : ',')
{
    for (const char c : {m_delimiter, '"', '\n', '\r'})
        m_quoted[static_cast<unsigned char>(c)] = true;
    if (dialect == Dialect::Excel)
        m_line = "\xEF\xBB\xBF";
}

QString CsvWriter::guardFormula(const QString& value)
{
    return needsGuard(value) ? QLatin1Char('\'') + value : value;
}

QString CsvWriter::unguardFormula(const QString& value)
{
    if (value.size() >= 2 && value.front() == QLatin1Char('\'') && needsGuard(value.mid(1)))
        return value.mid(1);
    return value;
}

void CsvWriter::addCell(std::string_view utf8)
{
    if (!m_firstCell)
        m_line += m_delimiter;
    m_firstCell = false;
    const bool guarded = needsGuard(static_cast<qsizetype>(utf8.size()), [&](qsizetype i) {
        return char32_t(static_cast<unsigned char>(utf8[static_cast<size_t>(i)]));
    });
    const bool quoted = needsQuotes(utf8, m_quoted, guarded);
    if (quoted)
        m_line += '"';
    if (guarded)
        m_line += '\'';
    if (!quoted) {
        m_line.append(utf8);
        return;
    }
    for (const char c : utf8) {
        if (c == '"')
            m_line += '"';
        m_line += c;
    }
    m_line += '"';
}

bool CsvWriter::endRecord()
{
    m_line += "\r\n";
    const auto size = static_cast<qint64>(m_line.size());
    const bool written = m_device->write(m_line.data(), size) == size;
    m_line.clear();
    m_firstCell = true;
    return written;
}

bool CsvWriter::writeRecord(const QStringList& fields)
{
    for (const QString& field : fields) {
        const QByteArray utf8 = field.toUtf8();
        addCell(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
    }
    return endRecord();
}

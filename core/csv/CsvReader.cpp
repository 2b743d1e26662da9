#include "CsvReader.h"

#include <QHash>
#include <QList>

#include <algorithm>
#include <utility>

namespace {

constexpr int kSampleLines = 50;
const QString kCandidates = QStringLiteral(";,\t|");

} // namespace

CsvReader::CsvReader(QIODevice* device)
    : CsvReader(device, Options{std::nullopt, Delimiter::Auto})
{
}

CsvReader::CsvReader(QIODevice* device, Options options)
    : m_device(device)
    , m_options(options)
{
}

QString CsvReader::delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case ';':
        return QStringLiteral("semicolon");
    case ',':
        return QStringLiteral("comma");
    case '\t':
        return QStringLiteral("tab");
    case '|':
        return QStringLiteral("pipe");
    default:
        return QString(delimiter);
    }
}

std::optional<CsvReader::Delimiter> CsvReader::delimiterFromName(const QString& name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("auto"))
        return Delimiter::Auto;
    if (key == QLatin1String("semicolon") || key == QLatin1String(";"))
        return Delimiter::Semicolon;
    if (key == QLatin1String("comma") || key == QLatin1String(","))
        return Delimiter::Comma;
    if (key == QLatin1String("tab") || key == QLatin1String("\\t"))
        return Delimiter::Tab;
    if (key == QLatin1String("pipe") || key == QLatin1String("|"))
        return Delimiter::Pipe;
    return std::nullopt;
}

void CsvReader::fail(const QString& message, int line, int field)
{
    m_error = message;
    m_errorLine = line;
    m_errorField = field;
}

bool CsvReader::start()
{
    if (!m_device || !m_device->isReadable()) {
        fail(tr("the file cannot be read"), 0);
        return false;
    }
    // Read, not peeked: a pipe gives its bytes a piece at a time, and peek() returns only what
    // has come, so detection depended on how they came. The parser reads this sample first.
    // Into one buffer: QIODevice::read(qint64) makes a buffer of the size asked for on each call.
    // A file says how much it holds (some, as in /proc, say 0 and hold more).
    const qint64 available = m_device->isSequential() ? 0 : m_device->bytesAvailable();
    const qint64 wanted = available > 0 ? std::min(available, kSample) : kSample;
    QByteArray sample(wanted, Qt::Uninitialized);
    qint64 sampled = 0;
    while (sampled < wanted) {
        const qint64 read = m_device->read(sample.data() + sampled, wanted - sampled);
        if (read <= 0)
            break;
        sampled += read;
    }
    sample.truncate(sampled);
    TextDecoder::Encoding encoding = TextDecoder::Encoding::Utf8;
    if (const auto bom = TextDecoder::fromByteOrderMark(sample)) {
        m_bomLength = bom->second;
        encoding = bom->first;
    }
    if (m_options.encoding)
        encoding = *m_options.encoding;
    else if (const auto utf16 = m_bomLength == 0 ? TextDecoder::utf16WithoutMark(sample) : std::nullopt)
        encoding = *utf16; // Excel's "Unicode text" saved by a tool that left out the mark
    else if (m_bomLength == 0 && !TextDecoder::isValidUtf8(sample))
        encoding = TextDecoder::Encoding::Windows1252;
    // A BOM of another encoding than the one forced is not skipped: it is part of the text.
    if (m_bomLength > 0 && TextDecoder::fromByteOrderMark(sample)->first != encoding)
        m_bomLength = 0;
    m_decoder.emplace(encoding);
    m_unread = sample.mid(m_bomLength);

    // Excel writes "sep=;" as a first line to name the delimiter.
    const QString start = TextDecoder(encoding).decode(sample.mid(m_bomLength, 4096));
    if (start.startsWith(QLatin1String("sep="), Qt::CaseInsensitive) && start.size() >= 5 &&
        (start.size() == 5 || start.at(5) == QLatin1Char('\r') || start.at(5) == QLatin1Char('\n'))) {
        m_separatorLine = true;
        m_delimiter = start.at(4);
    }
    switch (m_options.delimiter) {
    case Delimiter::Semicolon:
        m_delimiter = QLatin1Char(';');
        break;
    case Delimiter::Comma:
        m_delimiter = QLatin1Char(',');
        break;
    case Delimiter::Tab:
        m_delimiter = QLatin1Char('\t');
        break;
    case Delimiter::Pipe:
        m_delimiter = QLatin1Char('|');
        break;
    case Delimiter::Auto:
        if (!m_separatorLine)
            m_delimiter = detectDelimiter(TextDecoder(encoding).decode(sample.mid(m_bomLength)));
        break;
    }
    if (m_separatorLine) {
        // Skip the hint line itself.
        CsvRecord hint;
        const QChar delimiter = m_delimiter;
        m_delimiter = QChar(0xFFFF); // the hint line is one field whatever it holds
        next(hint);
        m_delimiter = delimiter;
    }
    return !hasError();
}

QChar CsvReader::detectDelimiter(const QString& sample) const
{
    // Count each candidate per line outside quotes; the delimiter appears the same number of
    // times (more than zero) on most lines.
    QList<QHash<QChar, int>> perLine;
    QHash<QChar, int> counts;
    bool quoted = false;
    for (qsizetype i = 0; i < sample.size() && perLine.size() < kSampleLines; ++i) {
        const QChar c = sample.at(i);
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            if (c == QLatin1Char('\r') && i + 1 < sample.size() && sample.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (!counts.isEmpty())
                perLine << counts;
            counts.clear();
        } else if (!quoted && kCandidates.contains(c)) {
            ++counts[c];
        }
    }
    if (!counts.isEmpty())
        perLine << counts;
    QChar best = QLatin1Char(';');
    int bestScore = -1;
    for (const QChar candidate : kCandidates) {
        // Score: lines where the candidate has the most common non-zero count.
        QHash<int, int> frequency;
        for (const auto& line : perLine) {
            if (const int n = line.value(candidate); n > 0)
                ++frequency[n];
        }
        int score = 0;
        for (const int lines : std::as_const(frequency))
            score = std::max(score, lines);
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

bool CsvReader::fill()
{
    if (m_endOfInput)
        return false;
    QByteArray bytes = std::exchange(m_unread, QByteArray());
    if (bytes.isEmpty()) {
        // The same chunk buffer each time: a pipe may give a few bytes per read.
        m_chunk.resize(kChunk);
        const qint64 read = m_device->read(m_chunk.data(), kChunk);
        bytes = QByteArray::fromRawData(m_chunk.constData(), std::max<qint64>(read, 0));
    }
    if (bytes.isEmpty()) {
        m_endOfInput = true;
        m_buffer += m_decoder->decode(QByteArray()); // whatever the decoder still holds
        return false;
    }
    // Drop what has been consumed, and what the record in progress has already taken into its
    // fields: memory holds a long record once, not twice.
    m_buffer.remove(0, m_position + m_pending.scanned);
    m_position = 0;
    m_pending.scanned = 0;
    m_buffer += m_decoder->decode(bytes);
    return true;
}

CsvReader::Parse CsvReader::parseRecord(QStringList& fields, qsizetype& end, int& lineBreaks,
                                        bool& quotedLast)
{
    Pending& pending = m_pending;
    const qsizetype size = m_buffer.size();
    qsizetype i = m_position + pending.scanned;
    if (!pending.started && i >= size)
        return m_endOfInput ? Parse::End : Parse::NeedMore;
    QString& field = pending.field;
    const auto needMore = [&] {
        pending.scanned = i - m_position;
        pending.started = pending.started || pending.scanned > 0;
        return Parse::NeedMore;
    };
    const auto complete = [&] {
        fields = std::move(pending.fields);
        end = i;
        lineBreaks = pending.lineBreaks;
        quotedLast = pending.quoted;
        pending = Pending();
        return Parse::Complete;
    };
    const auto isLineBreakAt = [&](qsizetype at) -> int {
        // 1 for LF, CRLF or a lone CR; -1 when a CR ends the buffer and the file goes on.
        const QChar c = m_buffer.at(at);
        if (c == QLatin1Char('\n'))
            return 1;
        if (c != QLatin1Char('\r'))
            return 0;
        if (at + 1 < size)
            return 1;
        return m_endOfInput ? 1 : -1;
    };
    // The characters from `from` up to the next delimiter (outside quotes), quote (inside) or line
    // break, added to the field at once: one append per character was a tenth of an import.
    const auto appendRun = [&](qsizetype from, bool stopAtDelimiter, bool stopAtQuote) {
        qsizetype to = from + 1;
        while (to < size) {
            const QChar next = m_buffer.at(to);
            if (next == QLatin1Char('\n') || next == QLatin1Char('\r') || next.isNull() ||
                (stopAtDelimiter && next == m_delimiter) || (stopAtQuote && next == QLatin1Char('"')))
                break;
            ++to;
        }
        field.append(QStringView(m_buffer).sliced(from, to - from));
        return to;
    };
    while (i < size) {
        const QChar c = m_buffer.at(i);
        if (c.isNull()) {
            pending.scanned = i - m_position;
            return Parse::NulCharacter;
        }
        if (pending.inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 >= size && !m_endOfInput)
                    return needMore();
                if (i + 1 < size && m_buffer.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    i += 2;
                } else {
                    pending.inQuotes = false;
                    ++i;
                }
                continue;
            }
            const int lineBreak = isLineBreakAt(i);
            if (lineBreak < 0)
                return needMore();
            if (lineBreak == 0) {
                i = appendRun(i, false, true);
                continue;
            }
            // A CRLF inside a field counts once: at its LF.
            if (!(c == QLatin1Char('\r') && i + 1 < size && m_buffer.at(i + 1) == QLatin1Char('\n')))
                ++pending.lineBreaks;
            field += c;
            ++i;
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && !pending.quoted) {
            pending.inQuotes = true;
            pending.quoted = true;
            pending.openQuoteLine = m_line + pending.lineBreaks;
            ++i;
        } else if (c == m_delimiter) {
            pending.fields << field;
            field.clear();
            pending.quoted = false;
            ++i;
        } else if (const int lineBreak = isLineBreakAt(i); lineBreak != 0) {
            if (lineBreak < 0)
                return needMore();
            i += c == QLatin1Char('\r') && i + 1 < size && m_buffer.at(i + 1) == QLatin1Char('\n') ? 2 : 1;
            ++pending.lineBreaks;
            pending.fields << field;
            return complete();
        } else {
            // Text after a closing quote, or a quote inside an unquoted field (37°36'37.8"N), is
            // kept as it is.
            i = appendRun(i, true, false);
        }
    }
    if (!m_endOfInput)
        return needMore();
    if (pending.inQuotes)
        return Parse::Unterminated;
    // The last line of the file, without a line break.
    pending.fields << field;
    return complete();
}

bool CsvReader::next(CsvRecord& record)
{
    if (hasError() || !m_decoder)
        return false;
    for (;;) {
        QStringList fields;
        qsizetype end = 0;
        int lineBreaks = 0;
        bool quotedLast = false;
        switch (parseRecord(fields, end, lineBreaks, quotedLast)) {
        case Parse::NeedMore:
            fill();
            continue;
        case Parse::End:
            return false;
        case Parse::Unterminated:
            fail(tr("a quoted field opened on this line is never closed"), m_pending.openQuoteLine);
            return false;
        case Parse::NulCharacter: {
            // Refused rather than dropped: a file with NUL bytes is damaged or not text, and what
            // surrounds them cannot be trusted either.
            const int field = static_cast<int>(m_pending.fields.size()) + 1;
            fail(tr("field %1 holds a NUL character (byte 0): the file is damaged or is not text (UTF-16 "
                    "is read with --encoding utf-16)")
                     .arg(field),
                 m_line + m_pending.lineBreaks, field);
            return false;
        }
        case Parse::Complete:
            break;
        }
        const int startLine = m_line;
        m_position = end;
        m_line += lineBreaks;
        // A blank line is no record.
        if (fields.size() == 1 && fields.first().isEmpty() && !quotedLast)
            continue;
        record.fields = fields;
        record.line = startLine;
        return true;
    }
}

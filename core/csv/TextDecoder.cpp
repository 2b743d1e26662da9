#include "TextDecoder.h"

namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9F; the five unassigned bytes map to the
// C1 controls of the same value, as Windows itself does.
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

QStringDecoder::Encoding qtEncoding(TextDecoder::Encoding encoding)
{
    switch (encoding) {
    case TextDecoder::Encoding::Utf16LE:
        return QStringDecoder::Utf16LE;
    case TextDecoder::Encoding::Utf16BE:
        return QStringDecoder::Utf16BE;
    default:
        return QStringDecoder::Utf8;
    }
}

} // namespace

TextDecoder::TextDecoder(Encoding encoding)
    : m_encoding(encoding)
    , m_decoder(qtEncoding(encoding),
                QStringDecoder::Flag::Default) // keeps a split character for the next chunk
{
}

QString TextDecoder::decode(const QByteArray& bytes)
{
    if (m_encoding != Encoding::Windows1252)
        return m_decoder.decode(bytes);
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        *out++ = byte >= 0x80 && byte < 0xA0 ? QChar(kWindows1252High[byte - 0x80]) : QChar(char16_t(byte));
    }
    return text;
}

QString TextDecoder::name(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("utf-8");
    case Encoding::Utf16LE:
        return QStringLiteral("utf-16le");
    case Encoding::Utf16BE:
        return QStringLiteral("utf-16be");
    case Encoding::Windows1252:
        return QStringLiteral("windows-1252");
    }
    return {};
}

std::optional<TextDecoder::Encoding> TextDecoder::fromName(const QString& name)
{
    const QString key = name.toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (key == QLatin1String("utf8"))
        return Encoding::Utf8;
    if (key == QLatin1String("utf16") || key == QLatin1String("utf16le"))
        return Encoding::Utf16LE;
    if (key == QLatin1String("utf16be"))
        return Encoding::Utf16BE;
    if (key == QLatin1String("windows1252") || key == QLatin1String("cp1252") ||
        key == QLatin1String("latin1") || key == QLatin1String("iso88591") || key == QLatin1String("ansi"))
        return Encoding::Windows1252;
    return std::nullopt;
}

std::optional<std::pair<TextDecoder::Encoding, int>> TextDecoder::fromByteOrderMark(const QByteArray& start)
{
    if (start.startsWith("\xEF\xBB\xBF"))
        return std::pair{Encoding::Utf8, 3};
    if (start.startsWith("\xFF\xFE"))
        return std::pair{Encoding::Utf16LE, 2};
    if (start.startsWith("\xFE\xFF"))
        return std::pair{Encoding::Utf16BE, 2};
    return std::nullopt;
}

bool TextDecoder::isValidUtf8(const QByteArray& bytes)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        int length = 0;
        if (lead < 0x80) {
            ++i;
            continue;
        }
        if (lead >= 0xC2 && lead <= 0xDF)
            length = 2;
        else if (lead >= 0xE0 && lead <= 0xEF)
            length = 3;
        else if (lead >= 0xF0 && lead <= 0xF4)
            length = 4;
        else
            return false;
        for (int k = 1; k < length; ++k) {
            if (i + k >= size)
                return true; // cut by the end of the sample
            if ((data[i + k] & 0xC0) != 0x80)
                return false;
        }
        // Overlong and surrogate forms.
        if (lead == 0xE0 && data[i + 1] < 0xA0)
            return false;
        if (lead == 0xED && data[i + 1] > 0x9F)
            return false;
        if (lead == 0xF0 && data[i + 1] < 0x90)
            return false;
        if (lead == 0xF4 && data[i + 1] > 0x8F)
            return false;
        i += length;
    }
    return true;
}

std::optional<TextDecoder::Encoding> TextDecoder::utf16WithoutMark(const QByteArray& bytes)
{
    const qsizetype pairs = bytes.size() / 2;
    if (pairs < 4) // too little to tell
        return std::nullopt;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2) {
        evenZeros += bytes.at(i) == 0;
        oddZeros += bytes.at(i + 1) == 0;
    }
    // Most characters of French or English text lie below U+0100 (one zero byte in each pair);
    // a text file in a one-byte encoding has no zero byte at all.
    if (oddZeros * 10 >= pairs * 4 && evenZeros * 20 <= pairs)
        return Encoding::Utf16LE;
    if (evenZeros * 10 >= pairs * 4 && oddZeros * 20 <= pairs)
        return Encoding::Utf16BE;
    return std::nullopt;
}

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

#include <optional>

// Turns the bytes of a file into text, chunk by chunk, in one of the encodings spreadsheets
// write: UTF-8, UTF-16 LE/BE (Excel's "Unicode text") or Windows-1252 (Excel in French, "CSV
// (séparateur : point-virgule)"). Windows-1252 is decoded here, not by a platform codec: Qt
// builds without ICU have none for it.
class TextDecoder
{
public:
    enum class Encoding
    {
        Utf8,
        Utf16LE,
        Utf16BE,
        Windows1252
    };

    explicit TextDecoder(Encoding encoding);

    // Decodes the next chunk; a character split between two chunks comes out whole with the next.
    QString decode(const QByteArray& bytes);
    Encoding encoding() const { return m_encoding; }

    static QString name(Encoding encoding);
    static std::optional<Encoding> fromName(const QString& name);

    // The encoding a byte-order mark announces, and the mark's length; nullopt without one.
    static std::optional<std::pair<Encoding, int>> fromByteOrderMark(const QByteArray& start);
    // Whether the bytes are valid UTF-8 (a sequence cut at the very end counts as valid).
    static bool isValidUtf8(const QByteArray& bytes);
    // UTF-16 without a byte-order mark, told by its zero bytes: in text of Latin letters every
    // other byte is 0 — the odd ones in little-endian, the even ones in big-endian. nullopt when
    // the bytes do not look so.
    static std::optional<Encoding> utf16WithoutMark(const QByteArray& bytes);

private:
    Encoding m_encoding;
    QStringDecoder m_decoder;
};

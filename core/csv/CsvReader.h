#pragma once

#include "TextDecoder.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <optional>

// One record of a CSV file and the physical line where it starts, as a text editor numbers it.
struct CsvRecord
{
    QStringList fields;
    int line = 0;
};

// Reads the CSV files that really arrive: RFC 4180 plus what spreadsheets and people do — quoted
// fields holding delimiters, quotes and line breaks; a "sep=;" first line; byte-order marks; CRLF,
// LF or CR; blank lines (skipped); a final line without a newline; a quote inside an unquoted
// field (37°36'37.8"N) kept as text. The encoding (UTF-8, UTF-16 with a BOM or told by its zero
// bytes, else Windows-1252) and the delimiter (; , tab |) are detected from the start of the file
// unless forced. A NUL character (byte 0) is an error: no text holds one, and other programs
// would cut the value there. Streams: memory does not grow with the file, only with the longest
// record, and each record is parsed once however many chunks it spans.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    enum class Delimiter
    {
        Auto,
        Semicolon,
        Comma,
        Tab,
        Pipe
    };

    struct Options
    {
        std::optional<TextDecoder::Encoding> encoding; // nullopt: detect
        Delimiter delimiter = Delimiter::Auto;
    };

    explicit CsvReader(QIODevice* device);
    CsvReader(QIODevice* device, Options options);

    // Detects encoding and delimiter; false (see errorString()) when the device cannot be read.
    bool start();

    // The next record; false at the end of the file or on an error (hasError()).
    bool next(CsvRecord& record);

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    int errorLine() const { return m_errorLine; }
    // The field (from 1) where the error is, when it is in one; 0 otherwise.
    int errorField() const { return m_errorField; }

    TextDecoder::Encoding encoding() const { return m_decoder->encoding(); }
    bool hadByteOrderMark() const { return m_bomLength > 0; }
    QChar delimiter() const { return m_delimiter; }
    // Whether the file began with a "sep=" line (Excel's hint), which is not a record.
    bool hadSeparatorLine() const { return m_separatorLine; }

    static QString delimiterName(QChar delimiter);
    static std::optional<Delimiter> delimiterFromName(const QString& name);

private:
    static constexpr qint64 kChunk = 64 * 1024;
    static constexpr qint64 kSample = 256 * 1024;

    enum class Parse
    {
        Complete,
        NeedMore,
        End,
        Unterminated,
        NulCharacter
    };

    // The record being read: what parseRecord() found of it before it needed more of the file.
    // It goes on from there, so that a record of many chunks is read once, not once per chunk
    // (a 16 MB record took 15.8 s).
    struct Pending
    {
        QStringList fields;
        QString field;
        qsizetype scanned = 0; // characters of m_buffer after m_position already parsed
        bool started = false;  // some of the record was parsed (and may have left the buffer)
        bool inQuotes = false;
        bool quoted = false;
        int lineBreaks = 0;
        int openQuoteLine = 0;
    };

    // One record from m_position, going on with m_pending: its fields, where it ends, how many
    // line breaks it spans, whether its last field was quoted.
    Parse parseRecord(QStringList& fields, qsizetype& end, int& lineBreaks, bool& quotedLast);
    bool fill();
    QChar detectDelimiter(const QString& sample) const;
    void fail(const QString& message, int line, int field = 0);

    QIODevice* m_device;
    Options m_options;
    std::optional<TextDecoder> m_decoder;
    int m_bomLength = 0;
    QChar m_delimiter = QLatin1Char(';');
    bool m_separatorLine = false;
    QByteArray m_unread; // the sample start() read, which the parser reads first
    QByteArray m_chunk;  // where each chunk is read
    QString m_buffer;
    qsizetype m_position = 0;
    Pending m_pending;
    bool m_endOfInput = false;
    int m_line = 1;
    QString m_error;
    int m_errorLine = 0;
    int m_errorField = 0;
};

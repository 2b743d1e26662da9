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
// field (37°36'37.8"N) kept as text. The encoding (UTF-8, UTF-16 with a BOM, else Windows-1252)
// and the delimiter (; , tab |) are detected from the start of the file unless forced. Streams:
// memory does not grow with the file, only with the longest record.
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
        Unterminated
    };

    // One record from m_position: its fields, where it ends, how many line breaks it spans.
    Parse parseRecord(QStringList& fields, qsizetype& end, int& lineBreaks, bool& quotedLast,
                      int& openQuoteLine) const;
    bool fill();
    QChar detectDelimiter(const QString& sample) const;
    void fail(const QString& message, int line);

    QIODevice* m_device;
    Options m_options;
    std::optional<TextDecoder> m_decoder;
    int m_bomLength = 0;
    QChar m_delimiter = QLatin1Char(';');
    bool m_separatorLine = false;
    QString m_buffer;
    qsizetype m_position = 0;
    bool m_endOfInput = false;
    int m_line = 1;
    QString m_error;
    int m_errorLine = 0;
};

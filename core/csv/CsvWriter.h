#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <array>
#include <string>
#include <string_view>

// Writes CSV in one of the two dialects of the contract:
// - Excel (the default): UTF-8 with BOM, ';', CRLF — what Excel in French opens by double-click;
// - CSV: RFC 4180, UTF-8 without BOM, ',', CRLF.
// A cell never starts a spreadsheet formula: one beginning with = + - @, a tab or a CR gets a
// leading apostrophe, which the import removes again — as does a value that itself begins with
// apostrophes before such a character, so that it reads back unchanged.
class CsvWriter
{
public:
    enum class Dialect
    {
        Excel,
        Csv
    };

    // Bytes by value: those that make a cell quoted.
    using ByteSet = std::array<bool, 256>;

    CsvWriter(QIODevice* device, Dialect dialect);

    char delimiter() const { return m_delimiter; }
    // False when the device refused the bytes.
    bool writeRecord(const QStringList& fields);

    // A record cell by cell, in UTF-8 (a large export writes its cells from the database's bytes
    // without a QString for each): addCell() for each, then endRecord(), false when the device
    // refused the bytes.
    void addCell(std::string_view utf8);
    bool endRecord();

    // The value with the formula guard, before quoting.
    static QString guardFormula(const QString& value);
    // The reverse of guardFormula(), for the import.
    static QString unguardFormula(const QString& value);

private:
    QIODevice* m_device;
    char m_delimiter;
    ByteSet m_quoted{}; // the delimiter, the quote and line breaks
    std::string m_line; // the record being written; clear() keeps its memory for the next one
    bool m_firstCell = true;
};

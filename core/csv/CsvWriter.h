#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>

// Writes CSV in one of the two dialects of the contract:
// - Excel (the default): UTF-8 with BOM, ';', CRLF — what Excel in French opens by double-click;
// - CSV: RFC 4180, UTF-8 without BOM, ',', CRLF.
// A cell never starts a spreadsheet formula: one beginning with = + - @, a tab or a CR gets a
// leading apostrophe, which the import removes again.
class CsvWriter
{
public:
    enum class Dialect
    {
        Excel,
        Csv
    };

    CsvWriter(QIODevice* device, Dialect dialect);

    QChar delimiter() const { return m_delimiter; }
    // False when the device refused the bytes.
    bool writeRecord(const QStringList& fields);

    // The cell as written: protected against formulas, quoted when needed.
    QString cell(const QString& value) const;
    // The value with the formula guard, before quoting.
    static QString guardFormula(const QString& value);
    // The reverse of guardFormula(), for the import.
    static QString unguardFormula(const QString& value);

private:
    void appendCell(QString& line, const QString& value) const;

    QIODevice* m_device;
    QChar m_delimiter;
    bool m_bomPending;
    QString m_line; // the record being written, kept to reuse its memory
};

#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

// Writes the worksheets of an Excel workbook (.xlsx) with libxlsxwriter: each a bold, frozen header
// with filters, then typed cells — text as text (never a formula, whatever it starts with),
// numbers as numbers, amounts with two decimals, full dates as dates; row after row, in constant
// memory (texts inline in their rows, no shared strings). libxlsxwriter writes to a
// file of its own; finish() copies it to the device, so that the caller's QSaveFile (or buffer)
// gets the whole workbook or nothing.
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)

public:
    enum class Style
    {
        Plain,
        Money,
        Date
    };

    XlsxWriter(QIODevice* device, const QString& sheetName, const QStringList& header,
               const QList<Style>& styles);
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter&) = delete;
    XlsxWriter& operator=(const XlsxWriter&) = delete;

    // Starts another sheet of the workbook; rows go to it from now on.
    void addSheet(const QString& sheetName, const QStringList& header, const QList<Style>& styles);
    // A line of text under the sheet's rows (a table's base, a source).
    void writeNote(const QString& text);
    // A QString is written as text, a number as a number, a QDate as a date; null cells stay empty.
    void writeRow(const QVariantList& cells);
    // Closes the workbook and copies it to the device; false with errorString() when it fails.
    bool finish();
    QString errorString() const { return m_error; }

private:
    void closeSheet();

    QIODevice* m_device;
    QTemporaryDir m_dir;
    QString m_path;
    QList<Style> m_styles;
    lxw_workbook* m_workbook = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_headerFormat = nullptr;
    lxw_format* m_moneyFormat = nullptr;
    lxw_format* m_dateFormat = nullptr;
    unsigned m_row = 0;
    unsigned m_filterRows = 0; // the rows the filter covers, when notes follow them
    QString m_error;
};

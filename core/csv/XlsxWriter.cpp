#include "XlsxWriter.h"

#include <QDate>
#include <QFile>

#include <xlsxwriter.h>

#include <cerrno>

XlsxWriter::XlsxWriter(QIODevice* device, const QString& sheetName, const QStringList& header,
                       const QList<Style>& styles)
    : m_device(device)
    , m_path(m_dir.filePath(QStringLiteral("export.xlsx")))
{
    // Each row goes to a file as soon as the next one starts, its texts written in the row rather
    // than in a table of shared strings: memory stays flat however many rows (a million
    // partnerships took 2.1 GB the other way). The rows are written in order, as this mode wants.
    const QByteArray folder = QFile::encodeName(m_dir.path());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = const_cast<char*>(folder.constData()); // libxlsxwriter only reads it
    m_workbook = workbook_new_opt(m_path.toUtf8().constData(), &options);
    if (!m_workbook) {
        m_error = tr("the workbook cannot be created in %1").arg(m_dir.path());
        return;
    }
    m_headerFormat = workbook_add_format(m_workbook);
    format_set_bold(m_headerFormat);
    m_moneyFormat = workbook_add_format(m_workbook);
    format_set_num_format(m_moneyFormat, "#,##0.00");
    m_dateFormat = workbook_add_format(m_workbook);
    format_set_num_format(m_dateFormat, "dd/mm/yyyy");
    addSheet(sheetName, header, styles);
}

void XlsxWriter::addSheet(const QString& sheetName, const QStringList& header, const QList<Style>& styles)
{
    if (!m_workbook)
        return;
    closeSheet();
    m_styles = styles;
    m_sheet = workbook_add_worksheet(m_workbook, sheetName.left(31).toUtf8().constData());
    if (!m_sheet) {
        m_error = tr("the sheet \"%1\" cannot be added").arg(sheetName);
        return;
    }
    for (qsizetype column = 0; column < header.size(); ++column)
        worksheet_write_string(m_sheet, 0, static_cast<lxw_col_t>(column),
                               header.at(column).toUtf8().constData(), m_headerFormat);
    worksheet_set_column(m_sheet, 0, static_cast<lxw_col_t>(std::max<qsizetype>(header.size(), 1) - 1), 18,
                         nullptr);
    worksheet_freeze_panes(m_sheet, 1, 0);
    m_row = 1;
    m_filterRows = 0;
}

void XlsxWriter::writeNote(const QString& text)
{
    if (!m_sheet)
        return;
    if (m_filterRows == 0)
        m_filterRows = m_row;
    ++m_row; // a blank row between the table and its notes
    worksheet_write_string(m_sheet, m_row++, 0, text.toUtf8().constData(), nullptr);
}

void XlsxWriter::closeSheet()
{
    const unsigned rows = m_filterRows > 0 ? m_filterRows : m_row;
    if (m_sheet && rows > 1 && !m_styles.isEmpty())
        worksheet_autofilter(m_sheet, 0, 0, rows - 1, static_cast<lxw_col_t>(m_styles.size() - 1));
    m_sheet = nullptr;
}

XlsxWriter::~XlsxWriter()
{
    if (m_workbook)
        workbook_close(m_workbook); // an unfinished workbook: its file goes with the folder
}

void XlsxWriter::writeRow(const QVariantList& cells)
{
    if (!m_sheet)
        return;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QVariant& cell = cells.at(i);
        const auto column = static_cast<lxw_col_t>(i);
        const Style style = m_styles.value(i, Style::Plain);
        if (cell.isNull())
            continue;
        if (cell.typeId() == QMetaType::QDate) {
            const QDate date = cell.toDate();
            lxw_datetime value = {date.year(), date.month(), date.day(), 0, 0, 0.0};
            worksheet_write_datetime(m_sheet, m_row, column, &value, m_dateFormat);
        } else if (cell.typeId() == QMetaType::QString) {
            worksheet_write_string(m_sheet, m_row, column, cell.toString().toUtf8().constData(), nullptr);
        } else {
            worksheet_write_number(m_sheet, m_row, column, cell.toDouble(),
                                   style == Style::Money ? m_moneyFormat : nullptr);
        }
    }
    ++m_row;
}

bool XlsxWriter::finish()
{
    if (!m_workbook)
        return false;
    closeSheet();
    // libxlsxwriter names its own step (« Zip generic error ZIP_ERRNO »), not the system's cause;
    // errno still holds it after a failed write (a full disk, a file-size limit).
    errno = 0;
    const lxw_error closed = workbook_close(m_workbook);
    const int cause = errno;
    m_workbook = nullptr;
    if (closed != LXW_NO_ERROR) {
        m_error = QString::fromUtf8(lxw_strerror(closed));
        if (cause != 0)
            m_error += QStringLiteral(" (%1)").arg(qt_error_string(cause));
        return false;
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = file.errorString();
        return false;
    }
    // A piece at a time: a workbook of a million rows is over 100 MB.
    while (!file.atEnd()) {
        const QByteArray piece = file.read(1 << 20);
        if (piece.isEmpty()) {
            m_error = file.errorString();
            return false;
        }
        if (m_device->write(piece) != piece.size()) {
            m_error = m_device->errorString();
            return false;
        }
    }
    return true;
}

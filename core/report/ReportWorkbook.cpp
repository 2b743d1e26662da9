#include "ReportWorkbook.h"

#include "ReportFormat.h"
#include "ReportHtml.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <cmath>

namespace {

QByteArray utf8(const QString& text)
{
    return text.toUtf8();
}

// The formats of the workbook, made once.
struct Formats
{
    lxw_format* title = nullptr;
    lxw_format* note = nullptr;
    lxw_format* header = nullptr;
    lxw_format* wrapped = nullptr;
    lxw_format* count = nullptr;
    lxw_format* euros = nullptr;
    lxw_format* oneDecimal = nullptr;
    lxw_format* twoDecimals = nullptr;

    explicit Formats(lxw_workbook* workbook)
    {
        title = workbook_add_format(workbook);
        format_set_bold(title);
        format_set_font_size(title, 13);
        note = workbook_add_format(workbook);
        format_set_font_color(note, 0x555555);
        header = workbook_add_format(workbook);
        format_set_bold(header);
        format_set_bg_color(header, 0xE8EFF5);
        format_set_text_wrap(header);
        wrapped = workbook_add_format(workbook);
        format_set_text_wrap(wrapped);
        format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
        // Excel shows these codes in the reader's own conventions: "2 839 955 €" in French.
        count = workbook_add_format(workbook);
        format_set_num_format(count, "#,##0");
        euros = workbook_add_format(workbook);
        format_set_num_format(euros, "#,##0\\ \"€\"");
        oneDecimal = workbook_add_format(workbook);
        format_set_num_format(oneDecimal, "#,##0.0");
        twoDecimals = workbook_add_format(workbook);
        format_set_num_format(twoDecimals, "#,##0.00");
    }

    lxw_format* of(ReportTable::Kind kind) const
    {
        switch (kind) {
        case ReportTable::Kind::Count:
            return count;
        case ReportTable::Kind::Euros:
            return euros;
        case ReportTable::Kind::Percent:
        case ReportTable::Kind::Density:
            return oneDecimal;
        case ReportTable::Kind::Ratio:
            return twoDecimals;
        case ReportTable::Kind::Text:
            break;
        }
        return nullptr;
    }
};

} // namespace

QString ReportWorkbook::sheetName(int number, const QString& title)
{
    // Excel refuses []:*?/\ in a sheet's name, an apostrophe at either end, and more than 31
    // characters; the number makes each one unique.
    static const QRegularExpression refused(QStringLiteral("[\\[\\]:*?/\\\\]"));
    QString name = QStringLiteral("%1 %2")
                       .arg(number, 2, 10, QLatin1Char('0'))
                       .arg(QString(title).remove(refused).simplified());
    name = name.left(31).trimmed();
    while (name.endsWith(QLatin1Char('\'')) || name.endsWith(QLatin1Char(',')))
        name.chop(1);
    return name;
}

double ReportWorkbook::rounded(double value, ReportTable::Kind kind)
{
    const int decimals = kind == ReportTable::Kind::Percent || kind == ReportTable::Kind::Density ? 1
                         : kind == ReportTable::Kind::Ratio                                       ? 2
                                                                                                  : 0;
    // Through the decimal text: the double nearest to what the report shows, 12.5 and not
    // 12.499999999.
    return QString::number(std::round(value * std::pow(10.0, decimals)) / std::pow(10.0, decimals), 'f',
                           decimals)
        .toDouble();
}

QStringList ReportWorkbook::ruleTitles(const Report& report, const ReportTable& table)
{
    QStringList titles;
    for (const QString& id : table.rules) {
        for (const ReportRules::Statement& rule : report.methodology) {
            if (rule.id == id)
                titles << rule.title;
        }
    }
    return titles;
}

Status ReportWorkbook::write(const Report& report, QIODevice* device)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Status::failure(tr("no temporary folder for the workbook: %1").arg(dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("report.xlsx"));
    lxw_workbook* workbook = workbook_new(utf8(path).constData());
    if (!workbook)
        return Status::failure(tr("the workbook cannot be created in %1").arg(dir.path()));
    const Formats formats(workbook);
    const QLocale locale = report.locale();
    const auto text = [&locale](const QString& content) {
        return utf8(ReportFormat::typography(content, locale));
    };
    int number = 0;
    for (const ReportSection& section : report.sections) {
        for (const ReportTable& table : section.tables) {
            ++number;
            lxw_worksheet* sheet =
                workbook_add_worksheet(workbook, utf8(sheetName(number, table.title)).constData());
            if (!sheet)
                continue;
            // Above the figures: the title, the base, the date of the data and the rules.
            worksheet_write_string(sheet, 0, 0, text(table.title).constData(), formats.title);
            worksheet_write_string(sheet, 1, 0, text(table.base).constData(), formats.note);
            worksheet_write_string(sheet, 2, 0, utf8(ReportHtml::dataAsOf(report)).constData(), formats.note);
            const QStringList rules = ruleTitles(report, table);
            if (!rules.isEmpty())
                worksheet_write_string(
                    sheet, 3, 0,
                    text(tr("Counting rules: %1 (Methodology sheet).").arg(rules.join(QLatin1String(", "))))
                        .constData(),
                    formats.note);
            const lxw_row_t header = 5;
            for (qsizetype c = 0; c < table.columns.size(); ++c)
                worksheet_write_string(sheet, header, static_cast<lxw_col_t>(c),
                                       text(table.columns.at(c)).constData(), formats.header);
            worksheet_freeze_panes(sheet, header + 1, 0);
            // The label column as wide as its longest label, the others as their header.
            int labelWidth = 12;
            for (const QVariantList& row : table.rows)
                labelWidth = qMax(labelWidth, static_cast<int>(row.value(0).toString().size()));
            worksheet_set_column(sheet, 0, 0, qMin(labelWidth + 2, 60), nullptr);
            if (table.columns.size() > 1)
                worksheet_set_column(sheet, 1, static_cast<lxw_col_t>(table.columns.size() - 1), 16, nullptr);
            lxw_row_t r = header + 1;
            if (!table.hasData())
                worksheet_write_string(sheet, r++, 0, text(ReportHtml::tr("No data.")).constData(),
                                       formats.note);
            for (int row = 0; row < table.rows.size(); ++row, ++r) {
                for (int c = 0; c < table.rows.at(row).size(); ++c) {
                    const QVariant& value = table.rows.at(row).at(c);
                    const ReportTable::Kind kind = table.kind(row, c);
                    const auto column = static_cast<lxw_col_t>(c);
                    if (kind == ReportTable::Kind::Text || value.typeId() == QMetaType::QString)
                        worksheet_write_string(sheet, r, column, utf8(value.toString()).constData(), nullptr);
                    else if (!value.isValid() || value.isNull())
                        worksheet_write_string(sheet, r, column,
                                               utf8(ReportFormat::cell(value, kind, locale)).constData(),
                                               nullptr);
                    else
                        worksheet_write_number(sheet, r, column, rounded(value.toDouble(), kind),
                                               formats.of(kind));
                }
            }
        }
    }
    lxw_worksheet* methodology =
        workbook_add_worksheet(workbook, utf8(ReportHtml::tr("Methodology").left(31)).constData());
    if (methodology) {
        worksheet_write_string(methodology, 0, 0, text(ReportHtml::tr("Methodology")).constData(),
                               formats.title);
        worksheet_write_string(methodology, 2, 0, text(tr("Rule")).constData(), formats.header);
        worksheet_write_string(methodology, 2, 1, text(tr("Statement")).constData(), formats.header);
        worksheet_set_column(methodology, 0, 0, 32, formats.wrapped);
        worksheet_set_column(methodology, 1, 1, 110, formats.wrapped);
        lxw_row_t r = 3;
        for (const ReportRules::Statement& rule : report.methodology) {
            worksheet_write_string(methodology, r, 0, text(rule.title).constData(), formats.wrapped);
            worksheet_write_string(methodology, r, 1, text(rule.text).constData(), formats.wrapped);
            ++r;
        }
    }
    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR)
        return Status::failure(QString::fromUtf8(lxw_strerror(closed)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(file.errorString());
    const QByteArray bytes = file.readAll();
    if (device->write(bytes) != bytes.size())
        return Status::failure(device->errorString());
    return {};
}

#include "ReportTableView.h"

#include "ReportChartView.h"
#include "report/ReportFormat.h"
#include "report/ReportHtml.h"
#include "report/SvgMap.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

ReportTableView::ReportTableView(const ReportTable& table, const Report& report, QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("table_") + table.id);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 8);
    auto* title = new QLabel(ReportFormat::typography(table.title, report.locale()), this);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    title->setFont(bold);
    title->setWordWrap(true);
    layout->addWidget(title);
    auto* base = new QLabel(QStringLiteral("%1 %2").arg(ReportFormat::typography(table.base, report.locale()),
                                                        ReportHtml::dataAsOf(report)),
                            this);
    base->setObjectName(QStringLiteral("base"));
    base->setWordWrap(true);
    base->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(base);
    if (!table.hasData()) {
        // Rule Years: an empty base says so, rather than a table of zeros.
        auto* none = new QLabel(ReportHtml::tr("No data."), this);
        none->setObjectName(QStringLiteral("noData"));
        layout->addWidget(none);
        return;
    }
    if (QWidget* chart = ReportChartView::create(table, report.locale(), this)) {
        chart->setObjectName(QStringLiteral("chart"));
        layout->addWidget(chart);
    }
    if (table.chart == ReportTable::Chart::WorldMap || table.chart == ReportTable::Chart::DepartementMap) {
        // The classes of colour, and the credit that the outlines' licence asks for.
        QStringList entries;
        for (const auto& [colour, range] :
             SvgMap::legend(SvgMap::classBounds(SvgMap::valuesOf(table).byCode.values()),
                            table.kind(0, table.valueColumn), report.locale()))
            entries << QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
                           .arg(colour, range.toHtmlEscaped());
        QString notes;
        for (const QString& note : table.mapNotes)
            notes += QStringLiteral("<br>") + ReportFormat::typography(note, report.locale()).toHtmlEscaped();
        auto* legend =
            new QLabel(entries.join(QStringLiteral(" &nbsp; ")) + notes +
                           QStringLiteral("<br><small>%1</small>").arg(SvgMap::credit(table).toHtmlEscaped()),
                       this);
        legend->setObjectName(QStringLiteral("legend"));
        legend->setWordWrap(true);
        layout->addWidget(legend);
    }
    auto* figures =
        new QTableWidget(static_cast<int>(table.rows.size()), static_cast<int>(table.columns.size()), this);
    figures->setObjectName(QStringLiteral("figures"));
    QStringList headers;
    for (const QString& column : table.columns)
        headers << ReportFormat::typography(column, report.locale());
    figures->setHorizontalHeaderLabels(headers);
    figures->verticalHeader()->hide();
    figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    figures->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int row = 0; row < table.rows.size(); ++row) {
        for (int column = 0; column < table.rows.at(row).size(); ++column) {
            auto* item = new QTableWidgetItem(ReportFormat::typography(
                ReportFormat::cell(table, row, column, report.locale()), report.locale()));
            if (table.kind(row, column) != ReportTable::Kind::Text)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            figures->setItem(row, column, item);
        }
    }
    figures->resizeColumnsToContents();
    // As wide as its columns, not as the page: figures read next to their labels.
    figures->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    figures->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    // The whole table shows, without a scroll bar of its own: the page scrolls.
    const int shownRows = static_cast<int>(qMin<qsizetype>(table.rows.size(), 30));
    figures->setFixedHeight(figures->horizontalHeader()->sizeHint().height() +
                            shownRows * figures->verticalHeader()->defaultSectionSize() + 4);
    if (table.rows.size() > shownRows)
        figures->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    layout->addWidget(figures, 0, Qt::AlignLeft);
}

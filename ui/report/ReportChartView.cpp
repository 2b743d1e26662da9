#include "ReportChartView.h"

#include "MapView.h"
#include "report/SvgChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPieSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace {

constexpr int kMaxBars = 20;

QChartView* viewOf(QChart* chart, int height, QWidget* parent)
{
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(height);
    return view;
}

QWidget* bars(const ReportTable& table, QWidget* parent)
{
    const int count = static_cast<int>(qMin<qsizetype>(table.rows.size(), kMaxBars));
    auto* set = new QBarSet(table.columns.value(table.valueColumn));
    set->setColor(QColor(SvgChart::colour(0)));
    set->setLabelColor(QColor(QStringLiteral("#222222"))); // beside the bar, on the page's background
    QStringList labels;
    double maximum = 0;
    // Bars go from the bottom up: the first row on top, as in the table.
    for (int i = count - 1; i >= 0; --i) {
        set->append(table.number(i, table.valueColumn));
        labels << table.rows.at(i).value(table.labelColumn).toString();
        maximum = qMax(maximum, table.number(i, table.valueColumn));
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->legend()->hide();
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto* values = new QValueAxis;
    values->setRange(0, maximum > 0 ? maximum * 1.15 : 1);
    values->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    return viewOf(chart, 60 + count * 24, parent);
}

QWidget* donut(const ReportTable& table, QWidget* parent)
{
    auto* series = new QPieSeries;
    series->setHoleSize(0.45);
    double total = 0;
    for (int i = 0; i < table.rows.size(); ++i)
        total += qMax(0.0, table.number(i, table.valueColumn));
    if (total <= 0)
        return nullptr;
    for (int i = 0; i < table.rows.size(); ++i) {
        const double value = qMax(0.0, table.number(i, table.valueColumn));
        QPieSlice* slice = series->append(QStringLiteral("%1 (%2 %)")
                                              .arg(table.rows.at(i).value(table.labelColumn).toString(),
                                                   QLocale().toString(value / total * 100, 'f', 1)),
                                          value);
        slice->setColor(QColor(SvgChart::colour(i)));
    }
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    return viewOf(chart, 260, parent);
}

QWidget* line(const ReportTable& table, QWidget* parent)
{
    auto* series = new QLineSeries;
    auto* points = new QScatterSeries;
    series->setColor(QColor(SvgChart::colour(0)));
    points->setColor(QColor(SvgChart::colour(0)));
    points->setMarkerSize(8);
    points->setPointLabelsVisible(true);
    points->setPointLabelsFormat(QStringLiteral("@yPoint"));
    auto* categories = new QBarCategoryAxis;
    double maximum = 0;
    for (int i = 0; i < table.rows.size(); ++i) {
        const double value = table.number(i, table.valueColumn);
        series->append(i, value);
        points->append(i, value);
        categories->append(table.rows.at(i).value(table.labelColumn).toString());
        maximum = qMax(maximum, value);
    }
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->addSeries(points);
    chart->legend()->hide();
    auto* x = new QValueAxis;
    x->setRange(-0.3, table.rows.size() - 0.7);
    x->setVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(categories, Qt::AlignBottom);
    auto* y = new QValueAxis;
    y->setRange(0, maximum > 0 ? maximum * 1.25 : 1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    for (QXYSeries* s : {static_cast<QXYSeries*>(series), static_cast<QXYSeries*>(points)}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    return viewOf(chart, 220, parent);
}

} // namespace

namespace ReportChartView {

QWidget* create(const ReportTable& table, QWidget* parent)
{
    if (table.rows.isEmpty())
        return nullptr;
    switch (table.chart) {
    case ReportTable::Chart::Bars:
        return bars(table, parent);
    case ReportTable::Chart::Donut:
        return donut(table, parent);
    case ReportTable::Chart::Line:
        return line(table, parent);
    case ReportTable::Chart::WorldMap:
    case ReportTable::Chart::DepartementMap:
        return new MapView(table, parent);
    case ReportTable::Chart::None:
        break;
    }
    return nullptr;
}

} // namespace ReportChartView

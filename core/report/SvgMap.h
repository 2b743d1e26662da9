#pragma once

#include "MapOutlines.h"
#include "Report.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QString>

// Draws a report table as a coloured map in SVG: the world by country, or the region's
// départements. Five classes of colour (quantiles of the values above zero), grey for none, a
// legend, each shape titled with its name and value (the HTML page shows it on hover), and the
// credit of the outlines.
class SvgMap
{
    Q_DECLARE_TR_FUNCTIONS(SvgMap)

public:
    // The value of each outline code, and its name, as the table gives them.
    struct Values
    {
        QHash<QString, double> byCode;
        QHash<QString, QString> names;
    };

    static QString render(const ReportTable& table, const QLocale& locale);
    static Values valuesOf(const ReportTable& table);
    // The upper bounds of the five colour classes of these values.
    static QList<double> classBounds(const QList<double>& values);
    // The legend of these classes: (colour, "0"), then (colour, "1–3"), (colour, "4–8")…: classes
    // that do not overlap, for figures of `kind` (whole numbers, or one decimal), zero apart.
    static QList<QPair<QString, QString>> legend(const QList<double>& bounds, ReportTable::Kind kind,
                                                 const QLocale& locale);
    // What a shape's tooltip says: "Italy: 2", "Isère : 12,3".
    static QString shapeText(const QString& name, double value, ReportTable::Kind kind,
                             const QLocale& locale);
    // The credit of the outlines, which their licence asks for.
    static QString credit(const ReportTable& table);
    // The colour of a value (grey for zero).
    static QString colour(double value, const QList<double>& bounds);
    // The colour of a text written on a shape of colour `fill`: black, or white on a dark one.
    static QString textColour(const QString& fill);
};

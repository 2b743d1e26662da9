#pragma once

#include "ReportRules.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QVariantList>

// One table of the yearly report: its figures as numbers (counts, amounts in euros, shares in
// percent) under labelled columns, the base it is computed on ("sur 412 projets dont le thème est
// renseigné") and how it is best drawn. Every output (view, PDF, HTML, workbook, CSV) reads it.
struct ReportTable
{
    enum class Chart
    {
        None,
        Bars,
        Donut,
        Line,
        WorldMap,      // first column: ISO alpha-2 country code
        DepartementMap // first column: département code
    };

    // What a figure is, which says how it is written and what unit a chart gives it.
    enum class Kind
    {
        Text,
        Count,   // whole number
        Euros,   // whole euros
        Percent, // one decimal
        Ratio,   // two decimals
        Density  // one decimal (per 100,000 inhabitants)
    };

    QString id;    // file and sheet name: "partnerships_by_kind"
    QString title; // "Partenariats actifs par nature"
    QString base;  // what the figures are computed on
    QStringList columns;
    QList<QVariantList> rows;
    Chart chart = Chart::None;
    // The ids of the counting rules (ReportRules) that the figures follow.
    QStringList rules;
    int labelColumn = 0; // the column that names a bar, slice or point
    int valueColumn = 1; // the column that the chart draws
    // For a map whose values do not add up over the shapes that share an outline (a density for
    // the Rhône and the Métropole de Lyon, drawn as one): the value of each outline code, and what
    // the map's legend says of it (the rows it stands for, and their figures together).
    QHash<QString, double> mapValues;
    QStringList mapNotes;

    // The kind of each column's figures; `rowKinds`, when given, overrides it in the columns of
    // figures (key figures whose rows mix counts, shares and euros).
    QList<Kind> columnKinds;
    QList<Kind> rowKinds;

    // The column of shares that split a whole among the rows (they would add up to 100 but for
    // their rounding), or -1.
    int shareColumn = -1;
    // Whether zeros are figures to show (key figures, data quality) rather than the absence of data.
    bool keepZeros = false;
    // Columns of reference figures beside the counted ones (a département's population, the
    // region's communes): they are not data of the year, and a table of them alone has none.
    QList<int> referenceColumns;

    Kind kind(int row, int column) const
    {
        const Kind ofColumn = columnKinds.value(column, Kind::Text);
        if (column < columnKinds.size() && ofColumn == Kind::Text)
            return Kind::Text;
        if (row >= 0 && row < rowKinds.size())
            return rowKinds.at(row);
        if (column < columnKinds.size())
            return ofColumn;
        // Not said: from the value.
        const QVariant value = rows.value(row).value(column);
        return value.typeId() == QMetaType::QString  ? Kind::Text
               : value.typeId() == QMetaType::Double ? Kind::Ratio
                                                     : Kind::Count;
    }

    // The value of a row's cell as a number (0 when empty).
    double number(int row, int column) const { return rows.value(row).value(column).toDouble(); }
    // Whether the table has something to show: a row with a figure other than 0 (rule Years).
    bool hasData() const
    {
        for (const QVariantList& row : rows) {
            for (qsizetype column = 0; column < row.size(); ++column) {
                const QVariant& cell = row.at(column);
                if (cell.typeId() != QMetaType::QString && cell.isValid() && cell.toDouble() != 0 &&
                    !referenceColumns.contains(static_cast<int>(column)))
                    return true;
            }
        }
        return keepZeros && !rows.isEmpty();
    }
};

struct ReportSection
{
    QString title;
    QString introduction;
    QList<ReportTable> tables;
};

// The observatory's report for a reference year: sections of tables and the counting rules.
struct Report
{
    int year = 0;
    QDate computedOn;
    QString regionName;
    // The year is not over: its figures are provisional (rule Years).
    bool provisional = false;
    // No partnership or project is active in the year.
    bool noData = false;
    // The language of its texts and labels, whose conventions its numbers and dates follow.
    bool english = false;
    QLocale locale() const { return localeOf(english); }
    static QLocale localeOf(bool english)
    {
        return english ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                       : QLocale(QLocale::French, QLocale::France);
    }
    QList<ReportSection> sections;
    // Each counting rule (ReportRules): its id, a short title and its statement.
    QList<ReportRules::Statement> methodology;

    // The table with this id, or nullptr.
    const ReportTable* table(const QString& id) const
    {
        for (const ReportSection& section : sections) {
            for (const ReportTable& t : section.tables) {
                if (t.id == id)
                    return &t;
            }
        }
        return nullptr;
    }
};

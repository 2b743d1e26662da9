#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

// The record families the main window lists and their columns (with their kind, for
// display and sorting). RecordQuery reads them.
class RecordList
{
    Q_DECLARE_TR_FUNCTIONS(RecordList)

public:
    enum class Family
    {
        Actors,
        Partners,
        Partnerships,
        Projects,
        Schemes
    };
    enum class ColumnKind
    {
        Text,
        Integer,
        Date,
        Money
    };

    struct Column
    {
        QString key;
        const char* title; // untranslated; see columnTitle()
        ColumnKind kind;
        // Shown in a list never arranged by the adviser; the others wait in the Columns menu.
        bool shownByDefault = true;
    };

    // What a row's date of the natural order's column (naturalOrder()) stands for: a partnership's
    // is its signature or its start, done or planned (::Partnership's rules).
    struct FirstDate
    {
        bool planned = false;
        bool signedAgreement = false;
    };

    struct Rows
    {
        QList<qint64> ids;
        QList<QVariantList> values;
        // One per row for partnerships; empty for the other families.
        QList<FirstDate> firstDates;
        QString error;
    };

    static QList<Family> families();
    static QString familyTitle(Family family);
    // "123 partnerships", or "123 partnerships of 4,567" when a filter hides some.
    static QString countText(Family family, int shown, int total);
    static QList<Column> columns(Family family);

    struct Sorting
    {
        int column = -1;
        Qt::SortOrder order = Qt::AscendingOrder;
        bool operator==(const Sorting&) const = default;
    };
    // The column and direction of a list's natural order, before any click: names from A to Z,
    // the latest partnerships and projects first. RecordQuery writes that order with its ties by
    // ascending id (the order of an import); the header shows it as its sort arrow.
    static Sorting naturalOrder(Family family);
    static QString columnTitle(const Column& column);
};

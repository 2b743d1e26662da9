#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

// The four record families the main window lists, and how each list reads from the database:
// its columns (with their kind, for display and sorting) and one query for all rows.
class RecordList
{
    Q_DECLARE_TR_FUNCTIONS(RecordList)

public:
    enum class Family
    {
        Actors,
        Partners,
        Partnerships,
        Projects
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
    };

    struct Rows
    {
        QList<qint64> ids;
        QList<QVariantList> values;
        QString error;
    };

    static QList<Family> families();
    static QString familyTitle(Family family);
    // "%n actor(s)" and the like, for the count under a list.
    static QString countText(Family family, int count);
    static QList<Column> columns(Family family);
    static QString columnTitle(const Column& column);

    // All rows of the family, reference labels in the interface language.
    static Rows load(const QSqlDatabase& db, Family family, bool englishLabels);

private:
    static QString query(Family family, const QString& label);
};

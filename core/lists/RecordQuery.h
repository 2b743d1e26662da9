#pragma once

#include "ListSelection.h"
#include "RecordFilter.h"
#include "RecordList.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// One list as the adviser sees it: a record family, narrowed by a search and filters, sorted by
// a column. The ids of the matching records are read in one query (that is where sorting
// happens), then the displayed values only for the rows on screen, so that a list of 100,000
// records opens at once. The first screen of ids can be read alone (firstIds()), without the
// whole set of matches: the window shows it, then counts the rest (ui/ListLoader).
class RecordQuery
{
public:
    enum class FilterField
    {
        Search,
        Kind,
        Status,
        Country,
        Zone,
        Departement,
        ActorType,
        Theme,
        ActiveYear,
        Stale,
        Twinnings
    };

    RecordQuery(const QSqlDatabase& db, RecordList::Family family, bool englishLabels);

    // The filters that mean something for a family; the others are ignored for it.
    static QList<FilterField> filterFields(RecordList::Family family);

    void setFilter(const RecordFilter& filter) { m_filter = filter; }
    // The filter and the order of a list at once.
    void setSelection(const ListSelection& selection)
    {
        setFilter(selection.filter);
        setSort(selection.sortColumn, selection.sortOrder);
    }
    const RecordFilter& filter() const { return m_filter; }
    // A column index of RecordList::columns(), or -1 for the family's natural order.
    void setSort(int column, Qt::SortOrder order);
    // Search hits (own words, actors', partners') from which firstIds() walks the list; 0 (the
    // default): the square root of the first screen's size times the family's records, where
    // both ways cost about the same. Tests set it to try both ways on a small observatory.
    void setWalkThreshold(int hits) { m_walkThreshold = hits; }

    // The ids of the records that pass the filter, in the sort order.
    QList<qint64> matchingIds(QString* error = nullptr) const;
    // The first `count` of those ids, read without building the whole set of matches where the
    // search is common enough for the list's order to meet its matches soon (walkSearch()).
    QList<qint64> firstIds(int count, QString* error = nullptr) const;
    // Records of the family in all.
    int total() const;
    // The displayed values of these records, in the order of `ids`.
    RecordList::Rows rows(const QList<qint64>& ids) const;

private:
    // One SQL expression per column of RecordList::columns().
    QStringList columnExpressions() const;
    QString fromClause() const;
    // `walk`: the search as a condition checked row by row in the list's order (a first screen
    // of a common search), instead of a set of ids built beforehand.
    QString whereClause(bool walk = false) const;
    QString orderClause() const;
    QList<qint64> readIds(bool walkSearch, int limit, QString* error) const;
    // Whether the search finds so many records that a first screen is met sooner by walking the
    // list in its order than by building the set of matches (docs/performance.md).
    bool walkSearch(int firstCount) const;
    void bindFilter(class Statement& query, const QString& sql) const;

    QSqlDatabase m_db;
    RecordList::Family m_family;
    QString m_label;
    RecordFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_walkThreshold = 0;
};

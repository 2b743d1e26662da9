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
// records opens at once.
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

    // The ids of the records that pass the filter, in the sort order.
    QList<qint64> matchingIds(QString* error = nullptr) const;
    // Records of the family in all.
    int total() const;
    // The displayed values of these records, in the order of `ids`.
    RecordList::Rows rows(const QList<qint64>& ids) const;

private:
    // One SQL expression per column of RecordList::columns().
    QStringList columnExpressions() const;
    QString fromClause() const;
    QString whereClause() const;
    QString orderClause() const;
    void bindFilter(class Statement& query, const QString& sql) const;

    QSqlDatabase m_db;
    RecordList::Family m_family;
    QString m_label;
    RecordFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

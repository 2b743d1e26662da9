#pragma once

#include "ListSelection.h"
#include "RecordFilter.h"
#include "RecordList.h"
#include "database/IdSet.h"
#include "search/SearchIndex.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

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
    // How firstIds() finds a search's first screen, by how many matching ids the search gives
    // (its own hits, and the records its actors and partners found are linked to, counted up to
    // twice the second threshold on SQLite, up to it on PostgreSQL): below `walk`, the set of
    // matches built and sorted; from `walk`, the list walked in its order, each record tested
    // against that set; from that limit, or when the hits alone reach `common`, the list walked
    // without building it (searchWay()). 0 (the defaults): where the ways cost about the same on
    // this machine, from the family's size (docs/performance.md). Tests set them to try each way
    // on a small observatory.
    void setWalkThresholds(int walk, int common)
    {
        m_walkThreshold = walk;
        m_commonThreshold = common;
    }
    // How many of the family's 64 latest records must match for the walk of a common search to
    // look each record up in the search index instead of testing it against sets of the hits
    // (SQLite only); 0 (the default): from the family's size, 32 at 100,000 records and 11 at a
    // million (searchWay()). Tests set it to try each way.
    void setProbeThreshold(int hits) { m_probeThreshold = hits; }

    // The ids of the records that pass the filter, in the sort order.
    QList<qint64> matchingIds(QString* error = nullptr) const;
    // The first `count` of those ids, read without building the whole set of matches where the
    // search is common enough for the list's order to meet its matches soon (searchWay()).
    QList<qint64> firstIds(int count, QString* error = nullptr) const;
    // Records of the family in all.
    int total() const;
    // The displayed values of these records, in the order of `ids`.
    RecordList::Rows rows(const QList<qint64>& ids) const;

private:
    // One SQL expression per column of RecordList::columns().
    QStringList columnExpressions() const;
    QString fromClause() const;
    // How a search narrows the list: a set of the matching ids built first, the rows it names read
    // and sorted; or the list walked in its order (a first screen), each record tested against
    // that set of ids (a search of some thousands of matches: no row read but those shown), or
    // for a common search, against sets of the hits (own, its actors', its partners'), or looked
    // up in the search index one by one when many records match, so that no set is built at all.
    enum class SearchWay
    {
        Set,
        WalkIdSet,
        WalkSets,
        WalkProbes
    };
    QString whereClause(SearchWay way = SearchWay::Set) const;
    QString orderClause() const;
    // The stored sort key (migration 013) of the column sorted by, "p.sort_actors", or empty when
    // the column sorts by its own expression.
    QString storedSortKey() const;
    // The first `limit` ids in a stored key's order: those with a key walked along its index, and
    // those without (last either way) after them, each with LIMIT, so that no key is computed
    // and no whole set sorted.
    QString firstByStoredKey(const QString& key, const QString& where, int limit) const;
    // A column that shows a reference row's label (a partnership's Nature): the record's code
    // column, the reference table, and whether a record may have no label (a LEFT JOIN).
    struct LabelColumn
    {
        QString code;
        QString table;
        bool optional = false;
    };
    std::optional<LabelColumn> labelColumn() const;
    // The first `limit` ids in a label's order: the codes in their labels' order, and for each
    // the records of that code walked along the index on (code, id), until `limit`; so that no
    // label is read and no whole set sorted. The records without a label come last.
    QList<qint64> firstByLabel(const LabelColumn& column, SearchWay way, int limit, QString* error) const;
    QList<qint64> readIds(SearchWay way, int limit, QString* error) const;
    // The cheapest way to a first screen of `firstCount` ids, from how many hits the search has
    // (docs/performance.md).
    SearchWay searchWay(int firstCount) const;
    // The search as a condition on the record whose id is `id`, each record looked up in the
    // search index (its own entry, its actors', its partners'); empty where the engine cannot.
    QString probeCondition(const QString& id) const;
    const SearchIndex::Probe& probe() const;
    // Forgets what one reading of the ids read from the index and the links (the probe, the
    // rare words' entries, the set of matches, the sets of hits), at the start of the next.
    void forgetReading() const;
    // The search's hits in the index, each an SQL query of ids: the family's own records, the
    // actors and the partners it finds (:search bound).
    struct SearchHits
    {
        QString own;
        QString actors;
        QString partners;
    };
    SearchHits searchHits() const;
    // The ids the search matches, as an SQL query (with repeats): its own hits, and the records
    // linked to the actors and partners it finds, each stream joined so that a LIMIT stops it.
    QString matchingIdsQuery() const;
    // How many rows the SQL query `query` gives (the filter bound), counted no further than
    // `limit`; none when the statement fails.
    std::optional<qint64> countRows(const QString& query, qint64 limit) const;
    // How many ids matchingIdsQuery() gives, counted no further than `limit`; where statements
    // test an IdSet, also read into m_matches when fewer (the walk against them tests them there).
    // None when the statement fails.
    std::optional<qint64> countMatches(qint64 limit) const;
    void bindFilter(class Statement& query, const QString& sql) const;

    QSqlDatabase m_db;
    RecordList::Family m_family;
    QString m_label;
    RecordFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_walkThreshold = 0;
    int m_commonThreshold = 0;
    int m_probeThreshold = 0;
    // SearchIndex::probe() of the search: read from the index's vocabulary once per reading of
    // the ids, for the choice of the way and the walk (forgetReading()).
    mutable std::optional<SearchIndex::Probe> m_probe;
    // The entries of its rare words (SearchIndex::Probe::rare), read once per reading of the ids
    // when records are looked up one by one.
    mutable std::optional<IdSet> m_rareEntries;
    // The matching ids of the walk against their set, where statements can test an IdSet: read
    // by countMatches() as searchWay() counts them.
    mutable std::optional<IdSet> m_matches;
    // The search's hits (SearchHits), for the walk against them where statements can test an
    // IdSet: read once per reading of the ids, by the first statement that tests them.
    mutable std::optional<IdSet> m_ownHits;
    mutable std::optional<IdSet> m_actorHits;
    mutable std::optional<IdSet> m_partnerHits;
};

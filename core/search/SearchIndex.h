#pragma once

#include "common/Result.h"
#include "database/IdSet.h"

#include <QSqlDatabase>
#include <QString>

#include <limits>
#include <optional>

// The full-text index of the records (table search_index, SQLite FTS5): what search-as-you-type
// looks in. The stores refresh a record's entry in the transaction that changes it; rebuild()
// fills it for a whole database (after a migration or a bulk load).
namespace SearchIndex {

// The number that, with the record id, makes the row id: id * 8 + number. 0 for entities that
// are not indexed.
int entityNumber(const QString& table);

// `schemaVersion`: the version the database is at (a migration), which tells the tables to index.
Status rebuild(const QSqlDatabase& db, int schemaVersion = std::numeric_limits<int>::max());
Status refresh(const QSqlDatabase& db, const QString& table, qint64 id);
// Whether the text of a `table` record reads one of `fields` (its columns, or its link tables):
// a change to none of them leaves its entry as it was.
bool readsAny(const QSqlDatabase& db, const QString& table, const QStringList& fields);
Status remove(const QSqlDatabase& db, const QString& table, qint64 id);
// Writes the entries of the records of `table` from id `firstId` on (those an import created),
// a statement for each `recordsAStatement` ids; entries some of them already have are replaced.
// Gives how many it wrote.
Result<qint64> addFrom(const QSqlDatabase& db, const QString& table, qint64 firstId,
                       qint64 recordsAStatement = 20000);
// Merges the index into one segment when `added` entries, just written, are at least a quarter of
// it (SQLite; PostgreSQL's index has no segments). FTS5 writes a bulk load as a few segments, and
// finding one record's entry (the list's walk, RecordQuery) seeks in each of them: merged, the
// 64 lookups that choose the way of a two-letter search took 4 ms instead of 25 at 100,000 records
// (docs/performance.md). The merge rewrites the whole index, so a small import into a large base
// does not pay it: the quarter keeps its cost, summed over the imports, in proportion to the
// entries written.
Status compactAfter(const QSqlDatabase& db, qint64 added);

// What the user typed, as an FTS5 query: every word must start a word of the record
// ("st eti" → "st"* AND "eti"*). Empty when there is nothing to search for.
QString matchExpression(const QString& typed);

// An SQL condition "ids of `table` records whose own text matches :search"; the caller binds
// :search to matchExpression().
QString matchingIds(const QSqlDatabase& db, const QString& table);

// The most indexed words a typed word stands for in Probe::expression.
constexpr int kProbeWords = 16;
// What the user typed as FTS5 queries for recordMatches(), where finding one record's entry must
// be a seek.
struct Probe
{
    // The search, for recordMatches() and for the sets of hits of the same search (RecordQuery
    // binds it to :search too): a word of at most 3 letters as matchExpression() writes it (the
    // index's prefix tables answer it), a longer word as the indexed words it begins, read from the
    // index's vocabulary (« jume » → ("jumeaux" OR "jumelage" OR "jumelages")); FTS5 would
    // otherwise merge the lists of every word it begins at each lookup. The same records match
    // either query. Empty where no such query is cheap: PostgreSQL, a word that begins more than
    // kProbeWords indexed words, or one whose spelling in the index is not certain (letters that
    // fold to no ASCII letter).
    QString expression;
    // What recordMatches() looks up in the index for each record (:probe): `expression`, or for a
    // search of one word, the indexed words it stands for but the rare ones (« jumelage »); empty
    // when all are rare.
    QString lookup;
    // Those rare words (« jumeaux », « jumelages »), whose entries recordMatches() tests in a set
    // (:rare, matchingEntries()): each word looked up costs about the same, whatever its number of
    // entries. Empty when `lookup` is the whole search.
    QString rare;
};
// The most entries of Probe::rare's words (SearchIndex.cpp says why).
constexpr qint64 kRareEntries = 10000;
// `mostRareEntries`: tests set it to try each split of a word's indexed words.
Probe probe(const QSqlDatabase& db, const QString& typed, qint64 mostRareEntries = kRareEntries);

// The entries (row ids) of the index that an FTS5 query matches, in a set; none if they cannot be
// read, or where no statement can test a set (IdSet::available()).
std::optional<IdSet> matchingEntries(const QSqlDatabase& db, const QString& expression);

// An SQL condition "the `table` record whose id is `idExpression` matches the search", looked up
// in the index for that one record: for a list walked in its order when nearly every record
// matches, where building the set of matches first costs more than the walk
// (docs/performance.md). SQLite only (FTS5 finds one row of a match by its rowid); empty on
// PostgreSQL, whose lists build sets. The caller binds :probe to probe.lookup and :rare to
// matchingEntries(probe.rare) where the condition holds them.
QString recordMatches(const QSqlDatabase& db, const QString& table, const QString& idExpression,
                      const Probe& probe);

} // namespace SearchIndex

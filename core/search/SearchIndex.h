#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <limits>

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
Status remove(const QSqlDatabase& db, const QString& table, qint64 id);
// Writes the entries of the records of `table` from id `firstId` on (those an import created),
// in one statement; entries some of them already have are replaced.
Status addFrom(const QSqlDatabase& db, const QString& table, qint64 firstId);

// What the user typed, as an FTS5 query: every word must start a word of the record
// ("st eti" → "st"* AND "eti"*). Empty when there is nothing to search for.
QString matchExpression(const QString& typed);

// An SQL condition "ids of `table` records whose own text matches :search"; the caller binds
// :search to matchExpression().
QString matchingIds(const QSqlDatabase& db, const QString& table);

} // namespace SearchIndex

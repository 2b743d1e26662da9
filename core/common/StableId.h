#pragma once

#include <QString>

// Stable ids of new records (the `uuid` columns): UUIDs of version 7 (RFC 9562), the time in
// milliseconds followed by random bits. Records created one after the other get ids that sort
// together, so the unique index on the stable id grows at its end; random ids (version 4) sent
// each insert of a large import to a page of its own — a million inserts took 8.3 s instead of
// 3.3 s in the sqlite3 shell (docs/performance.md). Ids read from a file are kept as they are.
namespace StableId {

QString create();

} // namespace StableId

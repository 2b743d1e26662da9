#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

// The rows of `table` from id `firstId` on, in ranges of at most `idsARange` ids, each range
// beginning at an id there is (ids set by hand in a file may leave gaps of billions, which ranges
// counted one after the other would walk). For a write of many rows inside a long transaction,
// made a statement per range: SQLite keeps the pages a statement changes until it ends, so that
// it can be undone alone (its statement journal, in memory during an import: PageCache). One
// statement for the search entries of a million partnerships held 130 MB so, one for the batch
// number of their history lines as much (docs/performance.md).
//
// `each(from, to)` writes the rows of ids in [from, to). The lookup of the next id failing ends
// the walk with `failure` (already translated) and the cause; `each` failing ends it with its
// own status.
Status forEachIdRange(const QSqlDatabase& db, const QString& table, qint64 firstId, qint64 idsARange,
                      const QString& failure, const std::function<Status(qint64 from, qint64 to)>& each);

#pragma once

#include "database/DatabaseLocation.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class Database;

// A whole observatory copied into another database, of either engine: from an SQLite file to a
// PostgreSQL server and back (`observatoire --db SOURCE copy-to TARGET`). Every table of the
// schema is copied row for row with its ids — records, links, history, import batches and their
// lines, the trash, schemes, declarations, reference data and settings — the tables read from
// the schema itself (SqlEngine::dataTables), so that a table a later migration adds is copied
// too. The search index is written again from the copied records (SearchIndex::rebuild), and the
// stored sort keys are computed again by the target, once the rows are there
// (SqlEngine::rewriteSortKeys; on PostgreSQL not also at each link, SqlEngine::suspendSortKeys).
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)

public:
    enum class Failure
    {
        None,
        Refused,     // the target holds records, or is the source
        Unavailable, // the target cannot be opened (unreachable, locked, another program's, newer)
        Failed,      // the copy itself failed: nothing was left on the target
    };
    struct Outcome
    {
        Failure failure = Failure::None;
        QString message;
        qint64 rows = 0; // rows copied
        bool ok() const { return failure == Failure::None; }
    };

    // Rows copied so far (told every 100,000 rows), of how many, and the table being copied.
    using Progress = std::function<void(const QString& table, qint64 done, qint64 total)>;

    // Copies the open observatory `source` into `target`, which must hold no record: a new
    // SQLite file, a file or a PostgreSQL database without tables, or an observatory without
    // records (its own reference data and settings are replaced by the source's). The target is
    // created or brought to the program's schema, then filled in one transaction: on a failure,
    // nothing is left there — a file that did not exist is removed, a PostgreSQL database that
    // had no tables has none, an empty observatory stays as it was.
    static Outcome copy(const Database& source, const DatabaseLocation& target,
                        const Progress& progress = {});
};

#pragma once

#include "support/TestDatabase.h"

#include "common/Result.h"
#include "csv/ImportReport.h"
#include "csv/RecordExporter.h"
#include "csv/RecordImporter.h"

#include <QByteArray>
#include <QStringList>

#include <initializer_list>
#include <utility>

// What an export of one entity writes, in the default (Excel) dialect.
QByteArray exportedFile(const TestDatabase& db, RecordExporter::Entity entity);

// Where an import's problems are, as "LINE COLUMN" each: what an adviser looks for first.
QStringList problemPlaces(const ImportReport& report);

// Every problem as "LINE COLUMN: message": where and what, to compare with a store's wording.
QStringList problemsListed(const ImportReport& report);

// Checks that the import listed each of `expected` ("LINE COLUMN: message") once, and nothing else.
void checkListedOnce(const ImportReport& report, const QStringList& expected);

// The message a store's validation gives on `field` of `record` (empty when none): the wording an
// import must use for the same rule.
template <typename Store, typename Record>
QString storeMessage(const Store& store, const Record& record, const char* field)
{
    for (const Problem& problem : store.validate(record)) {
        if (problem.field == QLatin1String(field))
            return problem.message;
    }
    return QString();
}

// Every problem as the command line prints it, one per line: what a failing test shows.
QString describeErrors(const ImportReport& report);

// The warnings about the file as a whole (its columns), without those about a row ("FILE:LINE: …":
// what the yearly report could not count, homonyms): what a test of the columns looks at.
QStringList fileWarnings(const ImportReport& report);

// Checks two files line by line, so that a difference names its line.
void checkSameLines(const QByteArray& after, const QByteArray& before);

// Imports `rows` through `importer` with the file changed between the two passes (where the
// automatic copy is made): each replacement of `changes` made. An import whose second pass writes
// the rows its first one read and checked, without reading them again, writes the file as it was
// (issue 22: a file parsed once). Requires the import written.
using Replacement = std::pair<QByteArray, QByteArray>;
ImportReport importChangedBetweenPasses(RecordImporter& importer, const QByteArray& rows,
                                        std::initializer_list<Replacement> changes);

// The work SQLite does (steps of its virtual machine, counted, not timed) for each 500 rows of an
// import's writing pass, in the file's order: equal figures mean a row costs the same whatever
// the size the tables have reached. Empty when the import failed.
QList<quint64> writingStepsPer500Rows(const TestDatabase& db, RecordImporter& importer, const QString& path,
                                      int rows);

// Checks that the last 500 rows of such steps cost no more than a quarter above rows 1,000-1,500.
void checkSameCostLateAsEarly(const QList<quint64>& steps);

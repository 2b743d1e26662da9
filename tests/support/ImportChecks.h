#pragma once

#include "support/TestDatabase.h"

#include "csv/ImportReport.h"
#include "csv/RecordExporter.h"

#include <QByteArray>
#include <QStringList>

// What an export of one entity writes, in the default (Excel) dialect.
QByteArray exportedFile(const TestDatabase& db, RecordExporter::Entity entity);

// Where an import's problems are, as "LINE COLUMN" each: what an adviser looks for first.
QStringList problemPlaces(const ImportReport& report);

// Every problem as the command line prints it, one per line: what a failing test shows.
QString describeErrors(const ImportReport& report);

// The warnings about the file as a whole (its columns), without those about a row ("FILE:LINE: …":
// what the yearly report could not count, homonyms): what a test of the columns looks at.
QStringList fileWarnings(const ImportReport& report);

// Checks two files line by line, so that a difference names its line.
void checkSameLines(const QByteArray& after, const QByteArray& before);

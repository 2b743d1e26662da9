#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// What an import found and did: the problems of the file and its warnings (unknown columns, rows
// the report will not count), each with its line (0: the file as a whole) and column, and the
// counts.
struct ImportProblem
{
    int line = 0;
    QString column;
    QString message;
    bool storage = false; // the database failed (locked, read-only, disk full), not the file

    bool operator==(const ImportProblem&) const = default;
};

// A value of a column that matches no entry of its vocabulary, once however many rows hold it:
// what the adviser settles once (ValueChoices) instead of editing each cell.
struct UnknownValue
{
    QString column;     // the field's key
    QString header;     // the column as the file names it
    QString value;      // as first written
    QString vocabulary; // the reference table whose entries it may stand for (ref_country…)
    int rows = 0;
    int firstLine = 0;
};

struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    QString file;
    QString encoding;
    QString delimiter;
    int rows = 0;
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    // Actors named without a code whose name designated an official place (a commune, an EPCI, a
    // département, the région), each counted once: they took its code, type and département.
    int actorsMatchedByName = 0;
    // Rows left out because the adviser chose so for one of their values (a partner in France).
    int leftOut = 0;
    bool written = false;
    QList<ImportProblem> errors;
    QList<ImportProblem> warnings;
    QList<UnknownValue> unknownValues;

    // True when the import stopped because the database failed rather than the file: the
    // command line exits with code 3, not 1.
    bool hasStorageFailure() const;
    // Adds the problems of a failed database operation at `line` (0: the file as a whole).
    void addProblems(const Problems& problems, int line = 0);
    // Counts a row holding a value its vocabulary does not know (once per column and value).
    void addUnknownValue(const UnknownValue& value);

    // "FILE:LINE: COLUMN: message" ("FILE: message" for the file as a whole), the form the command
    // line prints every error and warning in.
    QString describe(const ImportProblem& problem) const;
    // The warnings in that form.
    QStringList warningLines() const;
    // Writes the errors as a CSV file for Excel (File;Line;Column;Message), whole or not at all:
    // a failure names the file and the cause, and an earlier file of that name is kept. The path
    // must not be the database (refused, as any database open in this process).
    Status writeErrors(const QString& path) const;
    // The same into a file already begun (the command line begins it before the import runs, so
    // that a path it cannot write is refused before anything is imported); commits it.
    Status writeErrors(class OutputFile& out) const;
};

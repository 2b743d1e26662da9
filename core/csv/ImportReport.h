#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// What an import found and did: the problems of the file (each with its line and column), the
// warnings (unknown columns), and the counts.
struct ImportProblem
{
    int line = 0;
    QString column;
    QString message;
    bool storage = false; // the database failed (locked, read-only, disk full), not the file
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
    bool written = false;
    QList<ImportProblem> errors;
    QStringList warnings;

    // True when the import stopped because the database failed rather than the file: the
    // command line exits with code 3, not 1.
    bool hasStorageFailure() const;
    // Adds the problems of a failed database operation at `line` (0: the file as a whole).
    void addProblems(const Problems& problems, int line = 0);

    // "FILE:LINE: COLUMN: message", the form every error is printed in.
    QString describe(const ImportProblem& problem) const;
    // Writes the errors as a CSV file for Excel (File;Line;Column;Message), whole or not at all:
    // a failure names the file and the cause, and an earlier file of that name is kept. The path
    // must not be the database (refused, as any database open in this process).
    Status writeErrors(const QString& path) const;
    // The same into a file already begun (the command line begins it before the import runs, so
    // that a path it cannot write is refused before anything is imported); commits it.
    Status writeErrors(class OutputFile& out) const;
};

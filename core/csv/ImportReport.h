#pragma once

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

    // "FILE:LINE: COLUMN: message", the form every error is printed in.
    QString describe(const ImportProblem& problem) const;
    // Writes the errors as a CSV file for Excel (File;Line;Column;Message), whole or not at all;
    // an empty string, or why the file could not be written.
    QString writeErrors(const QString& path) const;
};

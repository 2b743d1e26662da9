#pragma once

#include "csv/OutputFile.h"
#include "database/Database.h"
#include "database/DatabaseLocation.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

// What a command gets: the database location chosen by --db, its own arguments, and where to
// write results (out) and messages (err).
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(DatabaseLocation location, QStringList arguments, QTextStream& out, QTextStream& err);

    const DatabaseLocation& location() const { return m_location; }
    const QStringList& arguments() const { return m_arguments; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    enum class Need
    {
        Reading,
        Writing, // a database that opens read-only is refused
    };
    // Opens the database, an upgrade preceded by an automatic copy; prints nothing.
    DatabaseStatus open(Database& database, Database::OpenMode mode);
    // Opens the database, or prints why not; false means the command must exit with code 3.
    bool openDatabase(Database& database, Database::OpenMode mode, Need need = Need::Reading);

    // Prints "observatoire COMMAND: message" on the error stream and returns UsageError.
    int usageError(const QString& command, const QString& message);

    // For a file the command is asked to write, checked before anything is read or written:
    // UsageError, with the reason printed, when the path is the database, one of the files
    // SQLite keeps beside it, or a link to them; nullopt when the command may go on.
    std::optional<int> refuseOutput(const QString& command, const QString& path);
    // Prints why an output file was not written and returns the exit code: UsageError when it
    // was refused or its folder cannot take it, DatabaseUnavailable when a write failed (a full
    // disk: the earlier file is kept).
    int outputFailed(const QString& command, OutputFile::Failure failure, const QString& message);

private:
    DatabaseLocation m_location;
    QStringList m_arguments;
    QTextStream& m_out;
    QTextStream& m_err;
};

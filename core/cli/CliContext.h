#pragma once

#include "database/Database.h"
#include "database/DatabaseLocation.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

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

private:
    DatabaseLocation m_location;
    QStringList m_arguments;
    QTextStream& m_out;
    QTextStream& m_err;
};

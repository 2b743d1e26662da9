#pragma once

#include "database/Database.h"

#include <QCoreApplication>

// Opens an observatory: the step above database/, which only opens, checks and migrates. Here
// the database is given what the layers above keep in it — the search index filled by the
// migration that creates it, and the reference data (countries, communes…) this program ships,
// brought up to date once the schema is current. The command line, the window and the tests open
// a database through here.
class ObservatoryDatabase
{
    Q_DECLARE_TR_FUNCTIONS(ObservatoryDatabase)

public:
    static DatabaseStatus open(Database& database, const DatabaseLocation& location, Database::OpenMode mode,
                               Database::Access access = Database::Access::ReadWrite);
};

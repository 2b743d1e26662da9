#pragma once

#include <QString>

// Starting the GUI: application object, translations, icon, settings and the main window on
// the chosen database (--db, else the last one used, else the default local file).
namespace Application {

int runGui(int& argc, char** argv, const QString& databaseOption);

} // namespace Application

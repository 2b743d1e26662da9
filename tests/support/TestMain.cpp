// Catch2's main, run inside a Qt application object: a QApplication for the widget tests (on
// the offscreen platform), a QCoreApplication for the others.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "common/CurrentUser.h"
#include "i18n/Translations.h"

#include <QByteArray>
#include <fstream>
#include <set>
#include <string>
#include <unistd.h>

#ifdef OBSERVATOIRE_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

// CTest sets OBSERVATOIRE_MAPPED_FILES_DIR: the files this process still maps at its end (fonts,
// plugins, libraries) go there, for tools/check-packages.sh to find the package of each.
static void recordMappedFiles()
{
    const QByteArray dir = qgetenv("OBSERVATOIRE_MAPPED_FILES_DIR");
    if (dir.isEmpty())
        return;
    std::ifstream maps("/proc/self/maps");
    std::set<std::string> paths;
    for (std::string line; std::getline(maps, line);) {
        const auto slash = line.find(" /");
        if (slash != std::string::npos)
            paths.insert(line.substr(slash + 1));
    }
    std::ofstream out(dir.toStdString() + "/maps." + std::to_string(getpid()));
    for (const std::string& path : paths)
        out << path << '\n';
}

int main(int argc, char** argv)
{
    TestApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RESACOOP-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("Observatoire-tests"));
    CurrentUser::setOverride(QStringLiteral("tester"));
    // CTest sets OBSERVATOIRE_LANG=en: assertions read the English texts.
    Translations::install(application, Translations::languageFor(QLocale::system()));
    const int failed = Catch::Session().run(argc, argv);
    recordMappedFiles();
    return failed;
}

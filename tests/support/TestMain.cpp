// Catch2's main, run inside a Qt application object: a QApplication for the widget tests (on
// the offscreen platform), a QCoreApplication for the others.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "common/CurrentUser.h"
#include "i18n/Translations.h"

#include <QByteArray>
#include <atomic>
#include <cstdio>
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

// Qt's warning when a connection is removed while a query, a store or a dialog still holds it:
// the holder's queries stop working, silently. Catch2 cannot see it, so the program counts them and
// fails at its end (the warning above in the output names the connection).
static std::atomic<int> connectionsRemovedInUse{0};
static QtMessageHandler qtHandler = nullptr;

static void countConnectionsRemovedInUse(QtMsgType type, const QMessageLogContext& context,
                                         const QString& message)
{
    if (type == QtWarningMsg &&
        message.contains(QLatin1String("is still in use, all queries will cease to work")))
        ++connectionsRemovedInUse;
    if (qtHandler)
        qtHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

int main(int argc, char** argv)
{
    qtHandler = qInstallMessageHandler(countConnectionsRemovedInUse);
    TestApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RESACOOP-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("Observatoire-tests"));
    CurrentUser::setOverride(QStringLiteral("tester"));
    // CTest sets OBSERVATOIRE_LANG=en: assertions read the English texts.
    Translations::install(application, Translations::languageFor(QLocale::system()));
    int failed = Catch::Session().run(argc, argv);
    recordMappedFiles();
    if (connectionsRemovedInUse > 0) {
        std::fprintf(stderr,
                     "%d database connection(s) removed while still in use (the warnings above): close a "
                     "connection only once every query, store and dialog holding it is gone\n",
                     connectionsRemovedInUse.load());
        failed = failed > 0 ? failed : 1;
    }
    return failed;
}

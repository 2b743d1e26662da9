// Catch2's main, run inside a Qt application object: a QApplication for the widget tests (on
// the offscreen platform), a QCoreApplication for the others.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "common/CurrentUser.h"
#include "i18n/Translations.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

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

// Qt's warning that a connection was removed while a QSqlDatabase or QSqlQuery still used it: the
// queries of those handles silently stop working. Each one is kept, and fails the program.
static QtMessageHandler previousHandler = nullptr;
static QStringList connectionsRemovedInUse;

static void recordConnectionsRemovedInUse(QtMsgType type, const QMessageLogContext& context,
                                          const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QSqlDatabasePrivate::removeDatabase")))
        connectionsRemovedInUse << message;
    previousHandler(type, context, message);
}

int main(int argc, char** argv)
{
    previousHandler = qInstallMessageHandler(recordConnectionsRemovedInUse);
    TestApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RESACOOP-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("Observatoire-tests"));
    CurrentUser::setOverride(QStringLiteral("tester"));
    // CTest sets OBSERVATOIRE_LANG=en: assertions read the English texts.
    Translations::install(application, Translations::languageFor(QLocale::system()));
    int failed = Catch::Session().run(argc, argv);
    recordMappedFiles();
    if (!connectionsRemovedInUse.isEmpty()) {
        std::fprintf(stderr,
                     "FAILED: %d database connection(s) removed while a QSqlDatabase or QSqlQuery "
                     "still used them:\n%s\n",
                     int(connectionsRemovedInUse.size()),
                     qPrintable(connectionsRemovedInUse.join(QLatin1Char('\n'))));
        failed = failed > 0 ? failed : 1;
    }
    return failed;
}

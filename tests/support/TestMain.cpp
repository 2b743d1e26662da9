// Catch2's main, run inside a Qt application object: a QApplication for the widget tests (on
// the offscreen platform), a QCoreApplication for the others.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "common/CurrentUser.h"
#include "i18n/Translations.h"

#ifdef OBSERVATOIRE_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char** argv)
{
    TestApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RESACOOP-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("Observatoire-tests"));
    CurrentUser::setOverride(QStringLiteral("tester"));
    // CTest sets OBSERVATOIRE_LANG=en: assertions read the English texts.
    Translations::install(application, Translations::languageFor(QLocale::system()));
    return Catch::Session().run(argc, argv);
}

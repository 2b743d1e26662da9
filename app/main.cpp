#include "cli/CommandLine.h"
#include "i18n/Translations.h"
#include "ui/Application.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

QStringList argumentsOf(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("RESACOOP"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("resacoop.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Observatoire"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OBSERVATOIRE_VERSION));
}

} // namespace

int main(int argc, char** argv)
{
    describeApplication();
    const QStringList arguments = argumentsOf(argc, argv);
    if (CommandLine::hasCommand(arguments)) {
        // A command needs no display: no QApplication, so it runs over SSH and in scripts.
        QCoreApplication application(argc, argv);
        Translations::install(application, Translations::languageFor(QLocale::system()));
        QTextStream out(stdout);
        QTextStream err(stderr);
        return CommandLine::run(arguments, out, err);
    }
    return Application::runGui(argc, argv, CommandLine::databaseOption(arguments));
}

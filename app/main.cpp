#include "cli/CommandLine.h"
#include "i18n/Translations.h"
#include "ui/Application.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

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

// On Windows the program is built for the GUI subsystem (no console window behind the
// adviser's window), so a command typed in a console would print nowhere: attach to that
// console, when there is one, before writing.
void attachToParentConsole()
{
#ifdef Q_OS_WIN
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        std::FILE* stream = nullptr;
        freopen_s(&stream, "CONOUT$", "w", stdout);
        freopen_s(&stream, "CONOUT$", "w", stderr);
    }
#endif
}

} // namespace

int main(int argc, char** argv)
{
    describeApplication();
    const QStringList arguments = argumentsOf(argc, argv);
    if (CommandLine::hasCommand(arguments)) {
        attachToParentConsole();
        // A command needs no display: no QApplication, so it runs over SSH and in scripts. The
        // report draws its PDF with Qt Gui, on the offscreen platform when none is chosen.
        std::unique_ptr<QCoreApplication> application;
        if (CommandLine::needsGraphics(arguments)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            // Qt Gui wants a private runtime folder; without a session (a script, SSH) it warns.
            if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
                const QString runtime = QDir::temp().filePath(
                    QStringLiteral("observatoire-runtime-%1").arg(QString::fromLocal8Bit(qgetenv("USER"))));
                if (QDir().mkpath(runtime)) {
                    QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                       QFileDevice::ExeOwner);
                    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
                }
            }
            application = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            application = std::make_unique<QCoreApplication>(argc, argv);
        }
        Translations::install(*application, Translations::languageFor(QLocale::system()));
        QTextStream out(stdout);
        QTextStream err(stderr);
        return CommandLine::run(arguments, out, err);
    }
    return Application::runGui(argc, argv, CommandLine::databaseOption(arguments));
}

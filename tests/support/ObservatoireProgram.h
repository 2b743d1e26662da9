#pragma once

#include <catch2/catch.hpp>

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>

// Runs the real program, as a script would: no display, the interface language given. Header
// only: OBSERVATOIRE_BINARY is defined for each test program, not for the support library.
struct ProgramRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Where the programs run by the tests keep their preferences (XDG_CONFIG_HOME): one folder per
// test program, gone when it ends. A test writes RESACOOP/Observatoire.conf there to set one.
inline QString testConfigFolder()
{
    static const QTemporaryDir folder;
    return folder.path();
}

// `childSetup` runs in the child before the program starts (limits, another user).
inline ProgramRun observatoire(const QStringList& arguments, const QString& language = QStringLiteral("en"),
                               const QProcessEnvironment& extra = QProcessEnvironment(),
                               const std::function<void()>& childSetup = {})
{
    QProcess process;
    if (childSetup)
        process.setChildProcessModifier(childSetup);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("OBSERVATOIRE_LANG"), language);
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    // The program's preferences come from a folder of the tests', never the developer's own.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), testConfigFolder());
    environment.insert(extra);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(OBSERVATOIRE_BINARY), arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

#pragma once

#include <catch2/catch.hpp>

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

// Runs the real program, as a script would: no display, the interface language given. Header
// only: OBSERVATOIRE_BINARY is defined for each test program, not for the support library.
struct ProgramRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

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
    environment.insert(extra);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(OBSERVATOIRE_BINARY), arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

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

// How to run it, beyond its arguments.
struct ProgramOptions
{
    QString language = QStringLiteral("en");
    QProcessEnvironment extra;
    QString workingDirectory;
    // Runs in the child between fork and exec: a resource limit, a signal ignored (Unix only).
    std::function<void()> inChild;
};

inline ProgramRun observatoireWith(const QStringList& arguments, const ProgramOptions& options)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("OBSERVATOIRE_LANG"), options.language);
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(options.extra);
    process.setProcessEnvironment(environment);
    if (!options.workingDirectory.isEmpty())
        process.setWorkingDirectory(options.workingDirectory);
#ifdef Q_OS_UNIX
    if (options.inChild)
        process.setChildProcessModifier(options.inChild);
#endif
    process.start(QStringLiteral(OBSERVATOIRE_BINARY), arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

inline ProgramRun observatoire(const QStringList& arguments, const QString& language = QStringLiteral("en"),
                               const QProcessEnvironment& extra = QProcessEnvironment())
{
    ProgramOptions options;
    options.language = language;
    options.extra = extra;
    return observatoireWith(arguments, options);
}

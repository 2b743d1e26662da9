#pragma once

#include <catch2/catch.hpp>

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

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
    // The program's preferences come from a folder of the tests', never the developer's own.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), testConfigFolder());
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

#ifdef Q_OS_UNIX
// Runs the program with every file it writes limited to `bytes`: the write that would go beyond
// fails with EFBIG ("File too large"). SIGXFSZ is ignored, so that the write fails instead of
// the process being killed; both settings survive exec.
inline ProgramRun withFileSizeLimit(const QStringList& arguments, rlim_t bytes)
{
    ProgramOptions options;
    options.inChild = [bytes] {
        const struct rlimit limit = {bytes, bytes};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        ::signal(SIGXFSZ, SIG_IGN);
    };
    return observatoireWith(arguments, options);
}
#endif

#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// The `observatoire` command line: global options (--db, --help, --version) and the commands.
// Without a command the program opens the GUI; with one it needs no display.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // Whether these arguments (without the program name) ask for a command rather than the GUI.
    static bool hasCommand(const QStringList& arguments);

    // Whether the command draws (the report's PDF): it needs a QGuiApplication, without a display.
    static bool needsGraphics(const QStringList& arguments);

    // The --db value among the arguments, if any (the GUI opens it).
    static QString databaseOption(const QStringList& arguments);

    // Runs the command; returns the process exit code (see ExitCode).
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

    static QString helpText();
};

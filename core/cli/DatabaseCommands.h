#pragma once

#include <QCoreApplication>

class CliContext;

// The commands that look after the database itself: init, check, backup, restore and copy-to.
class DatabaseCommands
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCommands)

public:
    static int init(CliContext& context);
    static int check(CliContext& context);
    static int backup(CliContext& context);
    static int restore(CliContext& context);
    static int copyTo(CliContext& context);
};

#pragma once

#include <QCoreApplication>

class CliContext;

// observatoire inspect FILE [--encoding E] [--delimiter D] [--json]: how the program reads a
// CSV file — what an adviser (or support) runs when a file will not import.
class InspectCommand
{
    Q_DECLARE_TR_FUNCTIONS(InspectCommand)

public:
    static int run(CliContext& context);
};

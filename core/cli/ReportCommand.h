#pragma once

#include <QCoreApplication>

class CliContext;

// observatoire report --year YEAR -o FILE.pdf|FILE.html|FILE.xlsx|DIR/
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    static int run(CliContext& context);
};

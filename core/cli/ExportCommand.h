#pragma once

#include <QCoreApplication>

class CliContext;

// observatoire export ENTITY [--format excel|csv] [--year YEAR] [--search TEXT] -o FILE|-
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static int run(CliContext& context);
};

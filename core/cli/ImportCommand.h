#pragma once

#include <QCoreApplication>

class CliContext;

// observatoire import ENTITY FILE [--dry-run] [--encoding E] [--delimiter D] [--mapping MAP.json]
//                     [--errors OUT.csv]
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    static int run(CliContext& context);
};

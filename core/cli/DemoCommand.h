#pragma once

#include <QCoreApplication>

class CliContext;

// observatoire demo [--rows N]: fills the database with a synthetic observatory.
class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    static constexpr int kDefaultRows = 1000;

    static int run(CliContext& context);
};

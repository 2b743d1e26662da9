#pragma once

#include "i18n/Translations.h"

#include <QCoreApplication>

#include <catch2/catch.hpp>

// The French interface for the time of a test (tests run in English), as the advisers have it.
class InFrench
{
public:
    InFrench()
    {
        REQUIRE(Translations::install(*QCoreApplication::instance(), Translations::Language::French));
    }
    ~InFrench() { Translations::install(*QCoreApplication::instance(), Translations::Language::English); }
    InFrench(const InFrench&) = delete;
    InFrench& operator=(const InFrench&) = delete;
};

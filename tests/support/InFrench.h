#pragma once

#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QTranslator>

#include <optional>

#include <catch2/catch.hpp>

// The French interface for the time of a test (tests run in English), as the advisers have it.
class InFrench
{
public:
    InFrench()
        : m_before(QCoreApplication::instance()->findChildren<QTranslator*>())
    {
        REQUIRE(Translations::install(*QCoreApplication::instance(), Translations::Language::French));
    }
    // The French translators go (Qt's own has no English one to take its place: « Ctrl+Maj+N »
    // stayed in the next tests), then English as the tests start.
    ~InFrench()
    {
        for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            if (!m_before.contains(translator)) {
                QCoreApplication::removeTranslator(translator);
                delete translator;
            }
        }
        Translations::install(*QCoreApplication::instance(), Translations::Language::English);
    }
    InFrench(const InFrench&) = delete;
    InFrench& operator=(const InFrench&) = delete;

private:
    QList<QTranslator*> m_before;
};

// The French interface for the time of a test when `french`, else the English the tests run in:
// for a test case run once per language (GENERATE(true, false)).
class InLanguage
{
public:
    explicit InLanguage(bool french)
    {
        if (french)
            m_french.emplace();
    }

private:
    std::optional<InFrench> m_french;
};

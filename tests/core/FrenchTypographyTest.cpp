#include "i18n/FrenchTypography.h"
#include "i18n/Translations.h"

#include "support/InFrench.h"

#include <QCoreApplication>

#include <catch2/catch.hpp>

namespace {
const QString narrow(FrenchTypography::kNarrowSpace);
}

TEST_CASE("French typography puts a narrow no-break space before the high signs and inside « »",
          "[typography]")
{
    using FrenchTypography::apply;
    CHECK(apply(QStringLiteral("Base : x ; y ! z ? 12 %")) ==
          QStringLiteral("Base") + narrow + QStringLiteral(": x") + narrow + QStringLiteral("; y") + narrow +
              QStringLiteral("! z") + narrow + QStringLiteral("? 12") + narrow + QStringLiteral("%"));
    CHECK(apply(QStringLiteral("« Santé »")) ==
          QStringLiteral("«") + narrow + QStringLiteral("Santé") + narrow + QStringLiteral("»"));
    // A no-break space the translator typed is set the same way.
    CHECK(apply(QStringLiteral("Base\u00a0: x")) == QStringLiteral("Base") + narrow + QStringLiteral(": x"));
    // Set once: applying the rule again changes nothing.
    const QString set = apply(QStringLiteral("« a » : b"));
    CHECK(apply(set) == set);
}

TEST_CASE("French typography leaves placeholders, signs without a space and other text alone", "[typography]")
{
    using FrenchTypography::apply;
    for (const QString& text :
         {QStringLiteral("de %1 à %L2, %n ligne(s), %Ln fiche(s)"),
          QStringLiteral("Fichiers CSV (*.csv);;Tous les fichiers (*)"), QStringLiteral("12:30, a:b, «x»")})
        CHECK(apply(text) == text);
}

TEST_CASE("The French interface's translations are set by French typography", "[typography]")
{
    const QString english = QCoreApplication::translate("ActorEditor", "APD of %1: %2");
    CHECK(english == QStringLiteral("APD of %1: %2"));
    InFrench french;
    // The .ts file holds « APD de %1 : %2 » with a plain space, as the translators typed it.
    CHECK(QCoreApplication::translate("ActorEditor", "APD of %1: %2") ==
          QStringLiteral("APD de %1") + narrow + QStringLiteral(": %2"));
}

#include "i18n/Typography.h"
#include "i18n/Translations.h"

#include "support/InFrench.h"

#include <QCoreApplication>

#include <catch2/catch.hpp>

namespace {
const QString narrow(Typography::kNarrowSpace);
}

TEST_CASE("French typography puts a narrow no-break space before the high signs and inside « »",
          "[typography]")
{
    using Typography::french;
    CHECK(french(QStringLiteral("Base : x ; y ! z ? 12 %")) ==
          QStringLiteral("Base") + narrow + QStringLiteral(": x") + narrow + QStringLiteral("; y") + narrow +
              QStringLiteral("! z") + narrow + QStringLiteral("? 12") + narrow + QStringLiteral("%"));
    CHECK(french(QStringLiteral("« Santé »")) ==
          QStringLiteral("«") + narrow + QStringLiteral("Santé") + narrow + QStringLiteral("»"));
    // A no-break space the translator typed is set the same way.
    CHECK(french(QStringLiteral("Base\u00a0: x")) == QStringLiteral("Base") + narrow + QStringLiteral(": x"));
    // Set once: setting the text again changes nothing.
    const QString set = french(QStringLiteral("« a » : b"));
    CHECK(french(set) == set);
}

TEST_CASE("French typography leaves placeholders, signs without a space and other text alone", "[typography]")
{
    using Typography::french;
    for (const QString& text :
         {QStringLiteral("de %1 à %L2, %n ligne(s), %Ln fiche(s)"),
          QStringLiteral("Fichiers CSV (*.csv);;Tous les fichiers (*)"), QStringLiteral("12:30, a:b, «x»")})
        CHECK(french(text) == text);
}

TEST_CASE("The French interface's translations are set by French typography", "[typography]")
{
    const QString english = QCoreApplication::translate("ConnectDialog", "Technical detail: %1");
    CHECK(english == QStringLiteral("Technical detail: %1"));
    InFrench french;
    // The .ts file holds « Détail technique : %1 » with a plain space, as the translators typed it.
    CHECK(QCoreApplication::translate("ConnectDialog", "Technical detail: %1") ==
          QStringLiteral("Détail technique") + narrow + QStringLiteral(": %1"));
}

TEST_CASE("A short quotation is kept whole: its inner spaces do not break, a long one's do", "[typography]")
{
    const QString nbsp(Typography::kNoBreakSpace);
    CHECK(Typography::keepQuotesWhole(QStringLiteral("sous « Valeurs à régler » une fois")) ==
          QStringLiteral("sous «") + nbsp + QStringLiteral("Valeurs") + nbsp + QStringLiteral("à") + nbsp +
              QStringLiteral("régler") + nbsp + QStringLiteral("» une fois"));
    const QString sentence =
        QStringLiteral("« Une citation bien plus longue qu’une ligne étroite ne peut la tenir »");
    CHECK(Typography::keepQuotesWhole(sentence) == sentence);
}

#include "support/QtPrinting.h"

#include "common/TextFolding.h"

TEST_CASE("Keys ignore case, accents, spaces and punctuation", "[values][text]")
{
    CHECK(TextFolding::key(QStringLiteral("Code INSEE/SIREN")) == QStringLiteral("codeinseesiren"));
    CHECK(TextFolding::key(QStringLiteral("code_insee_siren")) == QStringLiteral("codeinseesiren"));
    CHECK(TextFolding::key(QStringLiteral("Thématiques")) == QStringLiteral("thematiques"));
    CHECK(TextFolding::key(QStringLiteral("Date de fin")) == TextFolding::key(QStringLiteral("date-de-FIN")));
    CHECK(TextFolding::key(QStringLiteral("Côte d’Ivoire")) == QStringLiteral("cotedivoire"));
    CHECK(TextFolding::key(QStringLiteral("Œuvre")) == QStringLiteral("oeuvre"));
}

TEST_CASE("Normalised names match the spellings of one town", "[values][text]")
{
    const QString expected = QStringLiteral("saint etienne");
    CHECK(TextFolding::normalizedName(QStringLiteral("Saint-Étienne")) == expected);
    CHECK(TextFolding::normalizedName(QStringLiteral("ST ETIENNE")) == expected);
    CHECK(TextFolding::normalizedName(QStringLiteral("Mairie de Saint-Etienne")) == expected);
    CHECK(TextFolding::normalizedName(QStringLiteral("Ville de St-Étienne")) == expected);
    CHECK(TextFolding::normalizedName(QStringLiteral("  Sainte-Foy-lès-Lyon ")) ==
          QStringLiteral("sainte foy les lyon"));
    CHECK(TextFolding::normalizedName(QStringLiteral("Commune de L'Isle-d'Abeau")) ==
          QStringLiteral("l isle d abeau"));
    // "Ville de" is kept when it is the whole name.
    CHECK(TextFolding::normalizedName(QStringLiteral("Ville de")) == QStringLiteral("ville de"));
}

TEST_CASE("Names fold the same whether their letters are common or not", "[values][text]")
{
    // Letters folded one by one from a table, and the decomposition of the whole text for the
    // others, give what the decomposition gives: compatibility forms, marks written apart,
    // letters beyond Latin, characters outside the 16-bit range.
    const QList<std::pair<QString, QString>> cases = {
        {QString::fromUtf8("Ville de Saint-Denis²"), QStringLiteral("saint denis2")},
        {QString::fromUtf8("ª Coruña"), QStringLiteral("a coruna")},
        {QString::fromUtf8("Rue ¼ ¨ ´ ¸"), QStringLiteral("rue 1 4")},
        {QString::fromUtf8("Pe\u0301rouges"), QStringLiteral("perouges")},
        {QString::fromUtf8("Ŀuçà ŉ Ǆ"), QString::fromUtf8("l uca ʼn dz")},
        {QString::fromUtf8("Iași ST"), QStringLiteral("iasi saint")},
        {QString::fromUtf8("Θεσσαλονίκη"), QString::fromUtf8("θεσσαλονικη")},
        {QString::fromUtf8("Straße Œ æ"), QStringLiteral("strasse oe ae")},
        {QStringLiteral("Mairie d Ville"), QStringLiteral("ville")},
        {QString::fromUtf8("Zoo 😀 ok"), QStringLiteral("zoo ok")},
        {QString::fromUtf8("ﬁn Ⅻ ①"), QStringLiteral("fin xii 1")},
    };
    for (const auto& [name, expected] : cases) {
        INFO(name.toStdString());
        CHECK(TextFolding::normalizedName(name) == expected);
    }
    CHECK(TextFolding::key(QString::fromUtf8("Ŀuçà ŉ")) == QString::fromUtf8("lucaʼn"));
}

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

#pragma once

#include <QString>

// Ways of reducing text so that spellings people consider the same compare equal.
namespace TextFolding {

// Lower case, accents removed, ligatures spelt out (œ → oe), every character that is neither a
// letter nor a digit dropped: "Code INSEE/SIREN" and "code_insee_siren" both give "codeinseesiren".
QString key(const QString& text);

// Lower case, accents removed, punctuation turned into single spaces, "St"/"Ste" spelt out and
// the administrative prefixes people add to a town's name ("Mairie de", "Ville de", "Commune de")
// dropped: what duplicate detection compares.
QString normalizedName(const QString& text);

} // namespace TextFolding

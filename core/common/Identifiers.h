#pragma once

#include <QString>

// Formats of the official French identifiers an actor may carry.
namespace Identifiers {

// A commune's INSEE code: five digits, or 2A/2B and three digits for Corsica ("69123", "2A004").
bool isInseeCommuneCode(const QString& code);

// A SIREN number: nine digits with a valid Luhn check digit (La Poste's own rule included).
bool isSiren(const QString& siren);

// A number of the Répertoire national des associations: W and nine digits.
bool isRna(const QString& rna);

} // namespace Identifiers

#include "Identifiers.h"

#include <QRegularExpression>

namespace Identifiers {

bool isInseeCommuneCode(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{5}|2[AB]\\d{3})$"));
    return pattern.match(code).hasMatch();
}

bool isSiren(const QString& siren)
{
    if (siren.size() != 9)
        return false;
    int sum = 0;
    for (int i = 0; i < 9; ++i) {
        const QChar c = siren.at(8 - i);
        if (!c.isDigit() || c.unicode() > 127)
            return false;
        int digit = c.digitValue();
        if (i % 2 == 1) {
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
    }
    // La Poste's SIREN (356000000) and its establishments use a digit-sum rule instead of Luhn.
    if (siren == QLatin1String("356000000"))
        return true;
    return sum % 10 == 0;
}

bool isRna(const QString& rna)
{
    static const QRegularExpression pattern(QStringLiteral("^W\\d{9}$"));
    return pattern.match(rna).hasMatch();
}

} // namespace Identifiers

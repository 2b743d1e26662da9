#include "Typography.h"

namespace {

constexpr QChar kOpening(0x00AB);
constexpr QChar kClosing(0x00BB);
constexpr QChar kNonBreaking(0x00A0);
// Longer quotations (a whole sentence) may be wrapped inside: unbroken, they would overflow.
constexpr int kLongestWhole = 40;

} // namespace

namespace Typography {

QString keepQuotesWhole(const QString& text)
{
    QString result = text;
    qsizetype opening = result.indexOf(kOpening);
    while (opening >= 0) {
        const qsizetype closing = result.indexOf(kClosing, opening + 1);
        if (closing < 0)
            break;
        if (closing - opening <= kLongestWhole) {
            for (qsizetype i = opening + 1; i < closing; ++i) {
                if (result.at(i) == QLatin1Char(' '))
                    result[i] = kNonBreaking;
            }
        }
        opening = result.indexOf(kOpening, closing + 1);
    }
    return result;
}

} // namespace Typography

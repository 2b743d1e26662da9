#include "Money.h"

namespace Money {

QString format(qint64 cents, const QLocale& locale)
{
    const int decimals = cents % 100 == 0 ? 0 : 2;
    return locale.toCurrencyString(static_cast<double>(cents) / 100.0, QStringLiteral("€"), decimals);
}

} // namespace Money

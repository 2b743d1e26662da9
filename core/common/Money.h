#pragma once

#include <QLocale>
#include <QString>

namespace Money {

// An amount in cents as the locale writes it: "125 000 €", or "125 000,50 €" when there are
// cents. Whole euros stay whole, so that lists of budgets read easily.
QString format(qint64 cents, const QLocale& locale = QLocale());

} // namespace Money

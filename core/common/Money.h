#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace Money {

// An amount in cents as the locale writes it: "125 000 €", or "125 000,50 €" when there are
// cents. Whole euros stay whole, so that lists of budgets read easily.
QString format(qint64 cents, const QLocale& locale = QLocale());

// An amount such as people type, written as the locale writes amounts (« 12 500,50 € »,
// « €12,500.50 »): the example that placeholders and messages give.
QString example(const QLocale& locale = QLocale());

// Reads an amount as people write it — "12 500,50 €", "1234.56", "1 234", with ordinary or
// non-breaking spaces — into cents. nullopt, and a translated reason, when it is not an amount.
std::optional<qint64> parse(const QString& text, QString* error = nullptr);

} // namespace Money

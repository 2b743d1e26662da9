#include "Money.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Money {

QString format(qint64 cents, const QLocale& locale)
{
    const int decimals = cents % 100 == 0 ? 0 : 2;
    return locale.toCurrencyString(static_cast<double>(cents) / 100.0, QStringLiteral("€"), decimals);
}

QString example(const QLocale& locale)
{
    return format(1'250'050, locale);
}

std::optional<qint64> parse(const QString& input, QString* error)
{
    QString text = input.trimmed();
    text.remove(QChar(0x20AC)).remove(QStringLiteral("EUR"), Qt::CaseInsensitive);
    text.remove(QLatin1Char(' ')).remove(QChar(0x00A0)).remove(QChar(0x202F)).remove(QLatin1Char('\''));
    // Commas grouping thousands as the English interface shows amounts (« €12,500.50 »): only in
    // groups of three, so that « 1,5 » stays a decimal comma and « 1,234,56 » is refused.
    static const QRegularExpression englishGroups(QStringLiteral("^\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,2})?$"));
    if (englishGroups.match(text).hasMatch())
        text.remove(QLatin1Char(','));
    static const QRegularExpression amount(QStringLiteral("^(\\d+)(?:[.,](\\d{1,2}))?$"));
    const QRegularExpressionMatch match = amount.match(text);
    if (!match.hasMatch()) {
        // « -50 » is an amount, but not one the observatory records: say so, not that it is no amount.
        static const QRegularExpression negative(QStringLiteral("^[-\u2212](\\d+)(?:[.,](\\d{1,2}))?$"));
        if (error && negative.match(text).hasMatch()) {
            *error = QCoreApplication::translate("Money", "\"%1\": an amount must be positive (such as %2)")
                         .arg(input.trimmed(), example());
            return std::nullopt;
        }
        if (error)
            *error = QCoreApplication::translate("Money", "\"%1\" is not an amount (such as %2)")
                         .arg(input.trimmed(), example());
        return std::nullopt;
    }
    bool ok = false;
    const qint64 units = match.captured(1).toLongLong(&ok);
    if (!ok || units > 9'000'000'000'000LL) {
        if (error)
            *error =
                QCoreApplication::translate("Money", "\"%1\" is too large an amount").arg(input.trimmed());
        return std::nullopt;
    }
    const QString decimals = match.captured(2);
    const qint64 cents =
        decimals.isEmpty() ? 0 : (decimals.size() == 1 ? decimals.toLongLong() * 10 : decimals.toLongLong());
    return units * 100 + cents;
}

} // namespace Money

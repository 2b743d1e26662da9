#include "Typography.h"

namespace Typography {

namespace {

constexpr QChar kOpening(0x00AB);
constexpr QChar kClosing(0x00BB);
// Longer quotations (a whole sentence) may be wrapped inside: unbroken, they would overflow.
constexpr int kLongestWhole = 40;

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == kNoBreakSpace || c == kNarrowSpace;
}

// Whether the character at `at` is a sign that takes the space before it.
bool takesSpaceBefore(const QString& text, qsizetype at)
{
    const QChar c = text.at(at);
    if (c == QLatin1Char(':') || c == QLatin1Char(';') || c == QLatin1Char('!') || c == QLatin1Char('?') ||
        c == kClosing)
        return true;
    if (c != QLatin1Char('%'))
        return false;
    // %1, %L1, %n, %Ln are placeholders that the translation fills in, not a percent sign.
    const QChar next = at + 1 < text.size() ? text.at(at + 1) : QChar();
    return !(next.isDigit() || next == QLatin1Char('L') || next == QLatin1Char('n'));
}

} // namespace

QString french(const QString& text)
{
    QString result;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const bool before =
            isSpace(text.at(i)) && text.at(i) != kNarrowSpace && takesSpaceBefore(text, i + 1);
        const bool after =
            text.at(i) == kOpening && isSpace(text.at(i + 1)) && text.at(i + 1) != kNarrowSpace;
        if (!before && !after)
            continue;
        if (result.isNull())
            result = text; // copied only when something changes: most texts have nothing to set
        result[after ? i + 1 : i] = kNarrowSpace;
    }
    return result.isNull() ? text : result;
}

QString keepQuotesWhole(const QString& text)
{
    QString result = text;
    qsizetype opening = result.indexOf(kOpening);
    while (opening >= 0) {
        const qsizetype closing = result.indexOf(kClosing, opening + 1);
        if (closing < 0)
            break;
        if (closing - opening <= kLongestWhole)
            result.replace(opening + 1, closing - opening - 1,
                           unbroken(result.mid(opening + 1, closing - opening - 1)));
        opening = result.indexOf(kOpening, closing + 1);
    }
    return result;
}

QString unbroken(QString text)
{
    return text.replace(QLatin1Char(' '), kNoBreakSpace);
}

} // namespace Typography

QString FrenchTypographyTranslator::translate(const char* context, const char* sourceText,
                                              const char* disambiguation, int n) const
{
    const QString translation = QTranslator::translate(context, sourceText, disambiguation, n);
    return translation.isEmpty() ? translation : Typography::french(translation);
}

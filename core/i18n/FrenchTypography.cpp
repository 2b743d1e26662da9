#include "FrenchTypography.h"

namespace FrenchTypography {

namespace {

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == kNarrowSpace;
}

// Whether the character at `at` is a sign that takes the space before it.
bool takesSpaceBefore(const QString& text, qsizetype at)
{
    const QChar c = text.at(at);
    if (c == QLatin1Char(':') || c == QLatin1Char(';') || c == QLatin1Char('!') || c == QLatin1Char('?') ||
        c == QChar(0x00BB))
        return true;
    if (c != QLatin1Char('%'))
        return false;
    // %1, %L1, %n, %Ln are placeholders that the translation fills in, not a percent sign.
    const QChar next = at + 1 < text.size() ? text.at(at + 1) : QChar();
    return !(next.isDigit() || next == QLatin1Char('L') || next == QLatin1Char('n'));
}

} // namespace

QString apply(const QString& text)
{
    QString result;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const bool before =
            isSpace(text.at(i)) && text.at(i) != kNarrowSpace && takesSpaceBefore(text, i + 1);
        const bool after =
            text.at(i) == QChar(0x00AB) && isSpace(text.at(i + 1)) && text.at(i + 1) != kNarrowSpace;
        if (!before && !after)
            continue;
        if (result.isNull())
            result = text; // copied only when something changes: most texts have nothing to set
        result[after ? i + 1 : i] = kNarrowSpace;
    }
    return result.isNull() ? text : result;
}

} // namespace FrenchTypography

QString FrenchTypographyTranslator::translate(const char* context, const char* sourceText,
                                              const char* disambiguation, int n) const
{
    const QString translation = QTranslator::translate(context, sourceText, disambiguation, n);
    return translation.isEmpty() ? translation : FrenchTypography::apply(translation);
}

#include "TextFolding.h"

#include <QStringList>

namespace {

// Accents off, case folded, ligatures spelt out; punctuation left for the caller to decide.
QString foldLetters(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        switch (c.unicode()) {
        case 0x0153: // œ
        case 0x0152: // Œ
            folded += QLatin1String("oe");
            break;
        case 0x00E6: // æ
        case 0x00C6: // Æ
            folded += QLatin1String("ae");
            break;
        case 0x00DF: // ß
            folded += QLatin1String("ss");
            break;
        default:
            folded += c.toCaseFolded();
        }
    }
    return folded;
}

} // namespace

namespace TextFolding {

QString key(const QString& text)
{
    const QString folded = foldLetters(text);
    QString result;
    result.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            result += c;
    }
    return result;
}

QString normalizedName(const QString& text)
{
    const QString folded = foldLetters(text);
    QString spaced;
    spaced.reserve(folded.size());
    for (const QChar c : folded)
        spaced += c.isLetterOrNumber() ? c : QLatin1Char(' ');

    QStringList words = spaced.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString& word : words) {
        if (word == QLatin1String("st"))
            word = QStringLiteral("saint");
        else if (word == QLatin1String("ste"))
            word = QStringLiteral("sainte");
    }
    static const QStringList prefixes = {QStringLiteral("mairie"), QStringLiteral("ville"),
                                         QStringLiteral("commune")};
    if (words.size() > 2 && prefixes.contains(words.first()) &&
        (words.at(1) == QLatin1String("de") || words.at(1) == QLatin1String("d"))) {
        words.remove(0, 2);
    }
    return words.join(QLatin1Char(' '));
}

} // namespace TextFolding

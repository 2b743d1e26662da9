#include "TextFolding.h"

#include <QStringView>
#include <QVarLengthArray>

#include <algorithm>
#include <array>

namespace {

// Accents off, case folded, ligatures spelt out; punctuation left for the caller to decide.
// Works on any text: a compatibility decomposition (NFKD), then each character.
QString foldAnyLetters(const QString& text)
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

// The Latin letters of Western and Central European names (up to Latin Extended-A). Each one's
// decomposition starts with a letter and carries its own marks, so a text made of them folds
// character by character — from a table of each one folded alone — to exactly what the
// decomposition of the whole text gives, without it: the decomposition was most of the time of
// matching the names of an import (docs/performance.md).
constexpr char16_t kTabled = 0x0180;

const std::array<QString, kTabled>& foldedCharacters()
{
    static const std::array<QString, kTabled> table = [] {
        std::array<QString, kTabled> folded;
        for (char16_t c = 0; c < kTabled; ++c)
            folded[c] = foldAnyLetters(QString(QChar(c)));
        return folded;
    }();
    return table;
}

QString foldLetters(const QString& text)
{
    const bool tabled =
        std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < kTabled; });
    if (!tabled)
        return foldAnyLetters(text);
    const std::array<QString, kTabled>& table = foldedCharacters();
    QString folded;
    folded.reserve(text.size() + 4);
    for (const QChar c : text)
        folded += table[c.unicode()];
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
    // The words: runs of letters and digits, everything else a separator.
    QVarLengthArray<QStringView, 16> words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const bool letter = i < folded.size() && folded.at(i).isLetterOrNumber();
        if (letter && start < 0) {
            start = i;
        } else if (!letter && start >= 0) {
            words.append(QStringView(folded).mid(start, i - start));
            start = -1;
        }
    }
    qsizetype first = 0;
    if (words.size() > 2 && (words[0] == u"mairie" || words[0] == u"ville" || words[0] == u"commune") &&
        (words[1] == u"de" || words[1] == u"d"))
        first = 2;
    QString result;
    result.reserve(folded.size() + 8);
    for (qsizetype i = first; i < words.size(); ++i) {
        if (i > first)
            result += QLatin1Char(' ');
        if (words[i] == u"st")
            result += u"saint";
        else if (words[i] == u"ste")
            result += u"sainte";
        else
            result += words[i];
    }
    return result;
}

} // namespace TextFolding

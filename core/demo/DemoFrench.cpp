#include "DemoFrench.h"

#include <QRegularExpression>
#include <QStringList>

namespace {

bool startsWithVowel(const QString& name)
{
    static const QString vowels = QStringLiteral("AEIOUYÀÂÉÈÊÎÏÔÛaeiouyàâéèêîïôû");
    // « d'Yvetot » but « de Yaoundé »: a Y elides only before a consonant.
    if (name.isEmpty())
        return false;
    if (name.front().toUpper() == QLatin1Char('Y'))
        return name.size() > 1 && !vowels.contains(name.at(1));
    return vowels.contains(name.front());
}

// A place's name after `preposition` (« de » or « à »): « d'Annecy », « du Havre » (Le Havre),
// « des Abrets », « au Havre », « aux Abymes »; « de La Rochelle » keeps its article.
QString after(const QString& preposition, const QString& place)
{
    const bool of = preposition == QLatin1String("de");
    if (place.startsWith(QLatin1String("Le ")))
        return (of ? QStringLiteral("du ") : QStringLiteral("au ")) + place.mid(3);
    if (place.startsWith(QLatin1String("Les ")))
        return (of ? QStringLiteral("des ") : QStringLiteral("aux ")) + place.mid(4);
    if (of && startsWithVowel(place))
        return QStringLiteral("d'") + place;
    return preposition + QLatin1Char(' ') + place;
}

} // namespace

namespace DemoFrench {

QString placed(const QString& pattern, const QString& place, const QString& marker)
{
    const QRegularExpression withPreposition(QStringLiteral("(?<![\\w'])(de|à) ") +
                                             QRegularExpression::escape(marker));
    QString result = pattern;
    for (QRegularExpressionMatch match = withPreposition.match(result); match.hasMatch();
         match = withPreposition.match(result))
        result.replace(match.capturedStart(), match.capturedLength(), after(match.captured(1), place));
    return result.replace(marker, place);
}

QString ofDepartement(const QString& name)
{
    // The département's chamber is the Rhône's for the Métropole de Lyon too.
    if (name == QStringLiteral("Métropole de Lyon"))
        return QStringLiteral("du Rhône");
    static const QStringList plural = {QStringLiteral("Alpes-de-Haute-Provence"),
                                       QStringLiteral("Hautes-Alpes"),
                                       QStringLiteral("Alpes-Maritimes"),
                                       QStringLiteral("Ardennes"),
                                       QStringLiteral("Bouches-du-Rhône"),
                                       QStringLiteral("Côtes-d'Armor"),
                                       QStringLiteral("Landes"),
                                       QStringLiteral("Pyrénées-Atlantiques"),
                                       QStringLiteral("Hautes-Pyrénées"),
                                       QStringLiteral("Pyrénées-Orientales"),
                                       QStringLiteral("Yvelines"),
                                       QStringLiteral("Deux-Sèvres"),
                                       QStringLiteral("Vosges"),
                                       QStringLiteral("Hauts-de-Seine"),
                                       QStringLiteral("Terres australes et antarctiques françaises")};
    static const QStringList masculine = {QStringLiteral("Calvados"),
                                          QStringLiteral("Cantal"),
                                          QStringLiteral("Cher"),
                                          QStringLiteral("Doubs"),
                                          QStringLiteral("Finistère"),
                                          QStringLiteral("Gard"),
                                          QStringLiteral("Gers"),
                                          QStringLiteral("Jura"),
                                          QStringLiteral("Loir-et-Cher"),
                                          QStringLiteral("Loiret"),
                                          QStringLiteral("Lot"),
                                          QStringLiteral("Lot-et-Garonne"),
                                          QStringLiteral("Maine-et-Loire"),
                                          QStringLiteral("Morbihan"),
                                          QStringLiteral("Nord"),
                                          QStringLiteral("Pas-de-Calais"),
                                          QStringLiteral("Puy-de-Dôme"),
                                          QStringLiteral("Bas-Rhin"),
                                          QStringLiteral("Haut-Rhin"),
                                          QStringLiteral("Rhône"),
                                          QStringLiteral("Tarn"),
                                          QStringLiteral("Tarn-et-Garonne"),
                                          QStringLiteral("Var"),
                                          QStringLiteral("Vaucluse"),
                                          QStringLiteral("Territoire de Belfort"),
                                          QStringLiteral("Val-de-Marne"),
                                          QStringLiteral("Val-d'Oise")};
    // Names without an article: cities and islands.
    static const QStringList bare = {QStringLiteral("Paris"),
                                     QStringLiteral("Mayotte"),
                                     QStringLiteral("Saint-Pierre-et-Miquelon"),
                                     QStringLiteral("Saint-Barthélemy"),
                                     QStringLiteral("Saint-Martin"),
                                     QStringLiteral("Wallis et Futuna")};
    if (plural.contains(name))
        return QStringLiteral("des ") + name;
    if (masculine.contains(name))
        return QStringLiteral("du ") + name;
    if (bare.contains(name) || name.startsWith(QLatin1String("La ")))
        return after(QStringLiteral("de"), name);
    if (startsWithVowel(name) || name.startsWith(QStringLiteral("Hérault")))
        return QStringLiteral("de l'") + name;
    return QStringLiteral("de la ") + name;
}

} // namespace DemoFrench

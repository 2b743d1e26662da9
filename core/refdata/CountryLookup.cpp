#include "CountryLookup.h"

#include "common/TextFolding.h"

#include <QSqlQuery>

CountryLookup::CountryLookup(const QSqlDatabase& db)
{
    QSqlQuery countries(db);
    countries.setForwardOnly(true);
    if (countries.exec(QStringLiteral("SELECT code, iso3, label_fr, label_en, zone_code, least_developed, "
                                      "eu_member FROM ref_country"))) {
        while (countries.next()) {
            Country country{countries.value(0).toString(),  countries.value(1).toString(),
                            countries.value(2).toString(),  countries.value(3).toString(),
                            countries.value(4).toString(),  countries.value(5).toInt() != 0,
                            countries.value(6).toInt() != 0};
            const int index = static_cast<int>(m_countries.size());
            m_byKey.insert(TextFolding::key(country.labelFr), index);
            m_byKey.insert(TextFolding::key(country.labelEn), index);
            m_countries.append(std::move(country));
        }
    }
    // Codes win over names: "IN" is India, "CH" Switzerland.
    QHash<QString, int> byCode;
    for (int i = 0; i < m_countries.size(); ++i)
        byCode.insert(m_countries.at(i).code, i);
    QSqlQuery aliases(db);
    aliases.setForwardOnly(true);
    if (aliases.exec(QStringLiteral("SELECT alias_key, country_code FROM ref_country_alias"))) {
        while (aliases.next()) {
            const auto index = byCode.constFind(aliases.value(1).toString());
            if (index != byCode.cend())
                m_byKey.insert(aliases.value(0).toString(), *index);
        }
    }
    for (int i = 0; i < m_countries.size(); ++i) {
        m_byKey.insert(TextFolding::key(m_countries.at(i).code), i);
        m_byKey.insert(TextFolding::key(m_countries.at(i).iso3), i);
    }
}

namespace {

bool isFrenchOverseas(const QString& alpha2)
{
    static const QStringList overseas = {QStringLiteral("GP"), QStringLiteral("MQ"), QStringLiteral("GF"),
                                         QStringLiteral("RE"), QStringLiteral("YT"), QStringLiteral("PM"),
                                         QStringLiteral("BL"), QStringLiteral("MF"), QStringLiteral("WF"),
                                         QStringLiteral("PF"), QStringLiteral("NC"), QStringLiteral("TF")};
    return overseas.contains(alpha2.toUpper());
}

} // namespace

std::optional<Country> CountryLookup::find(const QString& text) const
{
    if (const auto found = m_byKey.constFind(TextFolding::key(text)); found != m_byKey.cend())
        return m_countries.at(*found);
    const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
    if (comma < 0)
        return std::nullopt;
    const std::optional<Country> country = find(text.mid(comma + 1));
    if (country && country->code == QLatin1String("FR")) {
        if (const std::optional<Country> place = find(text.left(comma));
            place && isFrenchOverseas(place->code))
            return place;
    }
    return country;
}

QString CountryLookup::notForeign(const QString& alpha2)
{
    if (isFrenchOverseas(alpha2))
        return tr("partner located in France (overseas): not a foreign partner");
    if (alpha2.compare(QLatin1String("FR"), Qt::CaseInsensitive) == 0)
        return tr("partner located in France: not a foreign partner");
    return {};
}

std::optional<Country> CountryLookup::byCode(const QString& alpha2) const
{
    for (const Country& country : m_countries) {
        if (country.code.compare(alpha2, Qt::CaseInsensitive) == 0)
            return country;
    }
    return std::nullopt;
}

#pragma once

#include "Country.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Finds a country from what people write: ISO alpha-2 or alpha-3 codes, French or English names
// and the usual other spellings ("RDC", "Ivory Coast", "Royaume Uni", "Allemagne (RFA)"),
// ignoring case, accents, hyphens, spaces and punctuation. Loaded once into memory: an import
// asks it for every row.
class CountryLookup
{
    Q_DECLARE_TR_FUNCTIONS(CountryLookup)

public:
    explicit CountryLookup(const QSqlDatabase& db);

    // Also « Town, Country » as public lists write it (« Glasgow, United Kingdom »): the part after
    // the last comma is the country, unless the part before is a French overseas territory
    // (« Guadeloupe, France » is Guadeloupe).
    std::optional<Country> find(const QString& text) const;
    std::optional<Country> byCode(const QString& alpha2) const;
    int size() const { return static_cast<int>(m_countries.size()); }

    // Why a foreign partner cannot be in this country (France or one of its overseas
    // territories, which ISO codes apart); empty for a foreign country.
    static QString notForeign(const QString& alpha2);

private:
    QList<Country> m_countries;
    QHash<QString, int> m_byKey; // folded names, aliases and codes
};

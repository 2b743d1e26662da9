#pragma once

#include "Geography.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// French geography from the reference tables: communes (current and former codes and names),
// EPCI and départements. Names are matched without regard to case, accents, hyphens or "St"
// for "Saint"; homonyms are told apart by département.
class GeoLookup
{
public:
    explicit GeoLookup(const QSqlDatabase& db);

    // A current code, or a former one resolved to the commune that carries it now. Each code is
    // read once per lookup object: an actor store checks the code of every actor an import
    // brings, twice (its first pass, then the writing).
    std::optional<CommuneMatch> communeByCode(const QString& code) const;
    std::optional<Commune> communeBySiren(const QString& siren) const;

    // Communes whose current or former name starts with what was typed, largest first: for
    // autocompletion. `departementCode` narrows the search when given.
    QList<CommuneMatch> searchCommunes(const QString& typed, const QString& departementCode = QString(),
                                       int limit = 20) const;

    // Communes whose current or former name is exactly `name` (once normalised), largest first.
    QList<CommuneMatch> communesNamed(const QString& name, const QString& departementCode = QString()) const;
    // Every name key (TextFolding::normalizedName) that communesNamed() can find a commune of
    // `regionCode` by: its communes' current names and their former ones. Read in one statement.
    QSet<QString> communeNameKeys(const QString& regionCode) const;

    std::optional<Epci> epciBySiren(const QString& siren) const;

    // A département by code ("1", "01", "2a", "69D") or name ("Isere", "Métropole de Lyon").
    // "69" and "Rhône" give the Rhône département (69D), not the Métropole de Lyon (69M).
    std::optional<Departement> departement(const QString& codeOrName) const;
    QList<Departement> departementsOfRegion(const QString& regionCode) const;

private:
    QList<CommuneMatch> matchNames(const QString& condition, const QString& key,
                                   const QString& departementCode, int limit) const;

    // The départements by code and by folded name, read once: an import looks up the
    // département of every actor, and every name that is no commune nor EPCI as a département.
    struct Departements
    {
        QHash<QString, Departement> byCode;
        QHash<QString, Departement> byName;
    };
    const Departements& departements() const;

    // `read` tells a commune or its absence read from a failed read.
    std::optional<CommuneMatch> readCommuneByCode(const QString& code, bool& read) const;

    QSqlDatabase m_db;
    mutable std::optional<Departements> m_departements;
    mutable QHash<QString, std::optional<CommuneMatch>> m_communesByCode;
};

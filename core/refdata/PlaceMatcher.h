#pragma once

#include "GeoLookup.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <utility>

struct Actor;

// A place of the official geography that an actor can be: a commune, an EPCI, a département or
// a région, with what an actor that is this place takes from it.
struct OfficialPlace
{
    QString typeCode;        // commune, epci, metropole_lyon, departement or region (ref_actor_type)
    QString name;            // its official name
    QString inseeCode;       // a commune's INSEE code
    QString siren;           // a commune's or an EPCI's
    QString departementCode; // a commune's; an EPCI's where most of its people live; a département's own
    std::optional<qint64> population;
    QString formerName; // the former commune whose name designated it, when so

    // The actor takes the place's code, type, département and population, as when its commune is
    // chosen in the editor.
    void applyTo(Actor& actor) const;
};

// What a name designates: one place, several (homonyms, to be told apart by their département),
// or nothing.
struct PlaceNameMatch
{
    std::optional<OfficialPlace> place;
    QList<OfficialPlace> homonyms;
};

// Finds the official place that an actor's name designates, the way public directories write
// them: a commune of the observatory's region by its current or former name (« Ville de Lyon »,
// « Mairie d'Annecy », « Annecy-le-Vieux », « St-Priest »), an EPCI by its name (« Grand
// Annecy », « Communauté d'agglomération du Grand Annecy »), a département (« Département de
// l'Isère », « Conseil départemental du Rhône »), a région (« Région Auvergne-Rhône-Alpes »).
// Names are compared folded (TextFolding::normalizedName). A name that is another kind of actor
// (« Lyon Solidarité », « Association de Bourg-en-Bresse ») designates no place.
class PlaceMatcher
{
    Q_DECLARE_TR_FUNCTIONS(PlaceMatcher)

public:
    explicit PlaceMatcher(const QSqlDatabase& db);

    // `departement` (a code, as GeoLookup::departement gives it; 69, 69D and 69M are one) tells
    // homonyms apart and excludes the places of other départements.
    PlaceNameMatch match(const QString& name, const QString& departement = QString()) const;

    // The lookup the matcher reads the geography through: one for its owner too (an actor
    // store), so that what it has read serves both.
    const GeoLookup& geography() const { return m_geography; }

    // What an import says of a name that homonyms bear: which places, and that a département
    // column would tell them apart.
    static QString homonymWarning(const QString& name, const QList<OfficialPlace>& homonyms);
    // « Saint-Priest (42), Saint-Priest (69M) »: the places named, each with its département.
    static QString placeList(const QList<OfficialPlace>& places);

private:
    struct Epci
    {
        OfficialPlace place;
        QString kind; // cc, ca, cu, metropole or empty, from its name
        QString core; // its name without the kind
    };

    PlaceNameMatch communes(const QString& name, const QString& departement) const;
    PlaceNameMatch epci(const QString& normalized, const QString& departement) const;
    std::optional<OfficialPlace> departementNamed(const QString& words) const;
    std::optional<OfficialPlace> regionNamed(const QString& words) const;
    const QList<Epci>& regionEpci() const;
    // The folded names of the region's communes, current and former, read once: most names an
    // import matches (« Association … ») are none, and are told so without a query — at a
    // million rows, too many distinct names for OrganisationMatcher's memory of them, the query
    // for each was a tenth of an update's time (docs/performance.md).
    const QSet<QString>& communeNameKeys() const;
    // The régions by their folded name, read once: every name that is no commune nor EPCI is
    // compared with them.
    const QList<std::pair<QString, OfficialPlace>>& regions() const;

    QSqlDatabase m_db;
    GeoLookup m_geography;
    QString m_regionCode;
    mutable std::optional<QList<Epci>> m_epci;
    mutable std::optional<QSet<QString>> m_communeNameKeys;
    mutable std::optional<QList<std::pair<QString, OfficialPlace>>> m_regions;
};

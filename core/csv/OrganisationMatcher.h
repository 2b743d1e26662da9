#pragma once

#include "ColumnMap.h"
#include "records/ActorLink.h"
#include "refdata/GeoLookup.h"
#include "refdata/PlaceMatcher.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

class ActorStore;
class CountryLookup;
class ImportBatch;
class ImportRow;
struct ImportReport;
class VocabularyMatcher;

// The actors and foreign partners that a row of a partnership, project or funding file names.
// They are read from parallel columns (names separated by "|", and in step their codes, types,
// départements and roles; partners with their countries and areas), then matched to stored
// records — official code first, then normalised name within the département or country — or
// created and linked to the import batch. What was matched during one import is remembered, so
// that a name repeated on many rows is looked up once (up to 100,000 names, then the memo starts
// again: memory stays flat however large the file).
class OrganisationMatcher
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationMatcher)

public:
    struct ActorSpec
    {
        QString name;
        QString code;
        QString typeCode;
        QString departementCode;
        QString roleCode;
        // The official place the name designates when no code was given: the actor is that
        // commune, EPCI, département or région (then `code`, `typeCode` and `departementCode`
        // are the place's).
        std::optional<OfficialPlace> place;
    };
    struct PartnerSpec
    {
        QString name;
        QString countryCode;
        QString area;
    };

    explicit OrganisationMatcher(const QSqlDatabase& db);
    ~OrganisationMatcher();

    // The columns read by readActors() and readPartners(), the partners' country being
    // `partnerCountry`; the actor is required, the partner when `partnerRequired`.
    static QList<ColumnMap::Field> columns(const ColumnMap::Field& partnerCountry, bool partnerRequired);

    // The actors of the columns actor, actor_code, actor_type, departement and role; an actor
    // without a role gets `defaultRole`. `nameKey` is the column of the names.
    QList<ActorSpec> readActors(const ImportRow& cells, const QString& defaultRole,
                                const char* nameKey = "actor") const;
    // The partners of the columns partner, `countryKey` and partner_area; a partner whose
    // country is not given takes `fallbackCountries` when it holds one country.
    QList<PartnerSpec> readPartners(const ImportRow& cells, const char* countryKey,
                                    const QStringList& fallbackCountries = {}) const;

    // The id of the stored actor or partner a spec names, created when there is none; 0 after
    // adding the store's objections to the report. The import's checks of the record that names
    // it then know that it exists (KnownRows) and do not ask the database.
    qint64 actor(const ActorSpec& spec, int line, ImportReport& report, const ImportBatch& batch);
    qint64 partner(const PartnerSpec& spec, int line, ImportReport& report, const ImportBatch& batch);

    // The ids of the actors (with their roles) and partners that specs name, each once, added to
    // `actors` and `partnerIds`; the store's objections go to the report.
    void link(const QList<ActorSpec>& actorSpecs, const QList<PartnerSpec>& partnerSpecs, int line,
              ImportReport& report, const ImportBatch& batch, QList<ActorLink>& actors,
              QList<qint64>& partnerIds);
    // For the first pass of an import, which writes nothing: what link() will add, each actor and
    // partner standing as an id below 0 (the stores' checks take them as records to come), so that
    // the store can check the record before its actors and partners are matched or created.
    static void linkProvisionally(const QList<ActorSpec>& actorSpecs, const QList<PartnerSpec>& partnerSpecs,
                                  QList<ActorLink>& actors, QList<qint64>& partnerIds);

    // Forgets what an earlier run matched or created (a rolled-back run's ids are gone).
    void reset();

    CountryLookup& countries() const { return *m_countries; }

private:
    const std::optional<CommuneMatch>& commune(const QString& inseeCode) const;
    // Gives an actor named without a code the official place its name designates, if it is one
    // and the type given (if any) is that place's; a name several communes of the region bear
    // is a warning, unless its département tells them apart.
    void matchPlace(const ImportRow& cells, const char* nameKey, ActorSpec& actor) const;

    // The actor a spec names, or 0: by official code (first match), then by normalised name
    // within the spec's département, or across all when none is known and the name is unique.
    // `normalizedName` is the spec's name normalised (computed once by the caller).
    qint64 findActor(const ActorSpec& spec, const QString& normalizedName) const;
    qint64 createActor(const ActorSpec& spec, int line, ImportReport& report, const ImportBatch& batch);
    qint64 findOrCreateActor(const ActorSpec& spec, int line, ImportReport& report, const ImportBatch& batch);
    qint64 findOrCreatePartner(const PartnerSpec& spec, int line, ImportReport& report,
                               const ImportBatch& batch);
    // Adds `id`, when it is one, to the rows the import knows to exist in `table`, and gives it.
    static qint64 known(const QString& table, qint64 id, const ImportBatch& batch);

    QSqlDatabase m_db;
    std::unique_ptr<CountryLookup> m_countries;
    // Shared with the actor store, whose checks of new actors read the same geography (the
    // region's EPCI and régions, communes by code): read once per import. Its GeoLookup is the
    // matcher's one lookup too.
    std::shared_ptr<const PlaceMatcher> m_places;
    std::unique_ptr<VocabularyMatcher> m_actorTypes;
    std::unique_ptr<VocabularyMatcher> m_roles;
    // The store of the actors an import creates, kept for the whole import: its check of a
    // commune's name against its code reads the geography through m_places (a store made for
    // each new actor read the region's EPCI and régions for each).
    std::unique_ptr<ActorStore> m_actorStore;
    QHash<QString, qint64> m_actorsByKey;
    QHash<QString, qint64> m_partnersByKey;
    // Département as written in the file → its code, empty when it is none: a file repeats a
    // few dozen values on every row.
    mutable QHash<QString, QString> m_departementCodes;
    // INSEE code → the commune it names today, for the same reason.
    mutable QHash<QString, std::optional<CommuneMatch>> m_communes;
    // Name and département as written → the place they designate.
    mutable QHash<QString, PlaceNameMatch> m_placeNames;
    // The départements of the observatory's region, read when first needed.
    mutable std::optional<QSet<QString>> m_regionDepartements;
    // The actors matched to a place by their name, counted once in the report.
    QSet<qint64> m_placeActors;
};

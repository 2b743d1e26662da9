#include "OrganisationMatcher.h"
#include "database/PreparedQuery.h"
#include "database/Statement.h"

#include "CsvValues.h"
#include "ImportBatch.h"
#include "ImportReport.h"
#include "ImportRow.h"
#include "VocabularyMatcher.h"
#include "common/Identifiers.h"
#include "common/Remembered.h"
#include "common/TextFolding.h"
#include "refdata/CountryLookup.h"
#include "refdata/GeoLookup.h"
#include "refdata/ObservatorySettings.h"
#include "store/ActorStore.h"
#include "store/BulkRecordWriter.h"
#include "store/PartnerStore.h"

#include <QFileInfo>
#include <QSqlQuery>

#include <algorithm>

namespace {

// The id of a record a store created, or 0 after adding the store's objections to the report.
qint64 createdId(const Result<qint64>& created, int line, ImportReport& report)
{
    if (created)
        return created.value();
    for (const Problem& problem : created.problems())
        report.errors.append({line, problem.field, problem.message});
    return 0;
}

// What was matched is in the database too (created records within the import's transaction), so
// forgetting it only costs a lookup: the memo is emptied when it is full, and an import of millions
// of names keeps the same memory as one of thousands.
constexpr qsizetype kMostRemembered = 100000;

void remember(QHash<QString, qint64>& memo, const QString& key, qint64 id)
{
    if (memo.size() >= kMostRemembered)
        memo.clear();
    memo.insert(key, id);
}

} // namespace

OrganisationMatcher::OrganisationMatcher(const QSqlDatabase& db)
    : m_db(db)
    , m_countries(std::make_unique<CountryLookup>(db))
    , m_places(std::make_shared<const PlaceMatcher>(db))
    , m_actorTypes(std::make_unique<VocabularyMatcher>(db, QStringLiteral("ref_actor_type")))
    , m_roles(std::make_unique<VocabularyMatcher>(db, QStringLiteral("ref_org_role")))
    , m_actorStore(std::make_unique<ActorStore>(db, m_places))
{
}

OrganisationMatcher::~OrganisationMatcher() = default;

QList<ColumnMap::Field> OrganisationMatcher::columns(const ColumnMap::Field& partnerCountry,
                                                     bool partnerRequired)
{
    return {
        {"actor", "Acteur", "Actor", true, "Collectivité|Structure|Organisme|Acteurs"},
        {"actor_code", "Code INSEE/SIREN", "Actor code", false, "Code INSEE|SIREN|Code commune|INSEE"},
        {"actor_type", "Type d'acteur", "Actor type"},
        {"departement", "Département", "Department"},
        {"role", "Rôle", "Role"},
        {"partner", "Partenaire", "Partner", partnerRequired,
         "Ville jumelle|Ville partenaire|Collectivité partenaire|Partenaires"},
        partnerCountry,
        {"partner_area", "Région du partenaire", "Partner area"},
    };
}

void OrganisationMatcher::reset()
{
    m_actorsByKey.clear();
    m_partnersByKey.clear();
    m_departementCodes.clear();
    m_communes.clear();
    m_placeNames.clear();
    m_placeActors.clear();
}

QList<OrganisationMatcher::ActorSpec>
OrganisationMatcher::readActors(const ImportRow& cells, const QString& defaultRole, const char* nameKey) const
{
    const QStringList names = CsvValues::splitList(cells.value(nameKey));
    const auto parallel = [&](const char* key) {
        const QStringList items = CsvValues::splitList(cells.value(key));
        if (items.size() > names.size())
            cells.problem(key, tr("%1 values for %2 actor(s)").arg(items.size()).arg(names.size()));
        return items;
    };
    const QStringList codes = parallel("actor_code");
    const QStringList types = parallel("actor_type");
    const QStringList departements = parallel("departement");
    const QStringList roles = parallel("role");
    QList<ActorSpec> actors;
    for (int i = 0; i < names.size(); ++i) {
        ActorSpec actor;
        actor.name = names.at(i);
        if (actor.name.isEmpty()) {
            cells.problem(nameKey, tr("an actor's name is empty"));
            continue;
        }
        actor.code = codes.value(i).toUpper().remove(QLatin1Char(' '));
        if (!actor.code.isEmpty()) {
            if (Identifiers::isInseeCommuneCode(actor.code)) {
                if (const auto& commune = this->commune(actor.code)) {
                    actor.code = commune->commune.code; // a merged commune's code gives today's commune
                    actor.departementCode = commune->commune.departementCode;
                } else {
                    cells.problem("actor_code", tr("%1 is not the INSEE code of a French commune")
                                                    .arg(CsvValues::excerpt(actor.code)));
                }
            } else if (!Identifiers::isSiren(actor.code)) {
                cells.problem("actor_code", tr("\"%1\" is neither an INSEE commune code nor a SIREN number")
                                                .arg(CsvValues::excerpt(actor.code)));
            }
        }
        if (const QString type = types.value(i); !type.isEmpty()) {
            actor.typeCode = m_actorTypes->find(cells.settled("actor_type", type));
            if (actor.typeCode.isEmpty())
                cells.unknown("actor_type", type, m_actorTypes->table(),
                              tr("\"%1\" is not a known type of actor").arg(CsvValues::excerpt(type)) +
                                  m_actorTypes->hint(type));
        }
        if (const QString departement = departements.value(i); !departement.isEmpty()) {
            const QString& known = remembered(m_departementCodes, departement, [&] {
                const auto found = m_places->geography().departement(departement);
                return found ? found->code : QString();
            });
            if (!known.isEmpty())
                actor.departementCode = known;
            else
                cells.problem("departement",
                              tr("\"%1\" is not a French department").arg(CsvValues::excerpt(departement)));
        }
        if (actor.code.isEmpty())
            matchPlace(cells, nameKey, actor);
        if (!actor.departementCode.isEmpty()) {
            if (!m_regionDepartements) {
                m_regionDepartements.emplace();
                for (const Departement& departement :
                     m_places->geography().departementsOfRegion(ObservatorySettings(m_db).regionCode()))
                    m_regionDepartements->insert(departement.code);
            }
            if (!m_regionDepartements->contains(actor.departementCode))
                cells.warning(nameKey, tr("\"%1\" is outside the region (department %2): the yearly report "
                                          "counts it apart from the region's actors")
                                           .arg(CsvValues::excerpt(actor.name), actor.departementCode));
        }
        actor.roleCode = defaultRole;
        if (const QString role = roles.value(i); !role.isEmpty()) {
            actor.roleCode = m_roles->find(cells.settled("role", role));
            if (actor.roleCode.isEmpty())
                cells.unknown("role", role, m_roles->table(),
                              tr("\"%1\" is not a known role").arg(CsvValues::excerpt(role)) +
                                  m_roles->hint(role));
        }
        actors << actor;
    }
    return actors;
}

QList<OrganisationMatcher::PartnerSpec>
OrganisationMatcher::readPartners(const ImportRow& cells, const char* countryKey,
                                  const QStringList& fallbackCountries) const
{
    const QStringList names = CsvValues::splitList(cells.value("partner"));
    QStringList countries = CsvValues::splitList(cells.value(countryKey));
    const QStringList areas = CsvValues::splitList(cells.value("partner_area"));
    if (countries.isEmpty() && fallbackCountries.size() == 1)
        countries = fallbackCountries;
    if (!names.isEmpty() && countries.isEmpty())
        cells.problem(countryKey, tr("the country is missing"));
    else if (countries.size() > 1 && countries.size() != names.size())
        cells.problem(countryKey,
                      tr("%1 countries for %2 partner(s)").arg(countries.size()).arg(names.size()));
    QList<PartnerSpec> partners;
    for (int i = 0; i < names.size(); ++i) {
        PartnerSpec partner;
        partner.name = names.at(i);
        partner.area = areas.size() == 1 ? areas.first() : areas.value(i);
        if (partner.name.isEmpty()) {
            cells.problem("partner", tr("a partner's name is empty"));
            continue;
        }
        const QString country =
            cells.settled(countryKey, countries.size() == 1 ? countries.first() : countries.value(i));
        if (country.isEmpty())
            continue;
        if (const auto found = m_countries->find(country)) {
            partner.countryCode = found->code;
            // Settled like an unknown value: its rows are most often to be left out.
            if (const QString inFrance = CountryLookup::notForeign(found->code); !inFrance.isEmpty())
                cells.unknown(countryKey, country, QStringLiteral("ref_country"), inFrance);
        } else {
            cells.unknown(countryKey, country, QStringLiteral("ref_country"),
                          tr("\"%1\" is not a known country").arg(CsvValues::excerpt(country)));
        }
        partners << partner;
    }
    return partners;
}

const std::optional<CommuneMatch>& OrganisationMatcher::commune(const QString& inseeCode) const
{
    return remembered(m_communes, inseeCode, [&] { return m_places->geography().communeByCode(inseeCode); });
}

void OrganisationMatcher::matchPlace(const ImportRow& cells, const char* nameKey, ActorSpec& actor) const
{
    if (m_placeNames.size() >= kMostRemembered)
        m_placeNames.clear();
    const PlaceNameMatch& found =
        remembered(m_placeNames, actor.name + QLatin1Char('|') + actor.departementCode,
                   [&] { return m_places->match(actor.name, actor.departementCode); });
    if (found.place) {
        // « Lyon » typed as an association is not the commune.
        if (!actor.typeCode.isEmpty() && actor.typeCode != found.place->typeCode)
            return;
        actor.place = found.place;
        actor.code = found.place->inseeCode.isEmpty() ? found.place->siren : found.place->inseeCode;
        actor.typeCode = found.place->typeCode;
        if (!found.place->departementCode.isEmpty())
            actor.departementCode = found.place->departementCode;
    } else if (!found.homonyms.isEmpty()) {
        cells.warning(nameKey, PlaceMatcher::homonymWarning(CsvValues::excerpt(actor.name), found.homonyms));
    }
}

qint64 OrganisationMatcher::findActor(const ActorSpec& spec, const QString& normalizedName) const
{
    if (!spec.code.isEmpty()) {
        PreparedQuery query(
            m_db,
            QStringLiteral("SELECT id FROM actor WHERE insee_code = ? OR siren = ? ORDER BY id LIMIT 1"));
        Statement& byCode = query.bound();
        byCode.bind(0, spec.code);
        byCode.bind(1, spec.code);
        if (byCode.run() && byCode.returnedRow())
            return byCode.returned();
    }
    // A département or the région, which have no code here: the one actor of that type there.
    if (spec.place && spec.code.isEmpty()) {
        PreparedQuery query(m_db, QStringLiteral("SELECT CASE WHEN count(*) = 1 THEN max(id) ELSE 0 END FROM "
                                                 "(SELECT id FROM actor WHERE actor_type_code = ? AND "
                                                 "coalesce(departement_code, '') = ? LIMIT 2) AS found"));
        Statement& byType = query.bound();
        byType.bind(0, spec.place->typeCode);
        byType.bind(1, spec.place->departementCode);
        if (byType.run() && byType.returned() > 0)
            return byType.returned();
    }
    // The id when exactly one actor has the name (in the département when known), else 0.
    PreparedQuery query(
        m_db,
        QStringLiteral("SELECT CASE WHEN count(*) = 1 THEN max(id) ELSE 0 END FROM (SELECT id FROM actor "
                       "WHERE name_normalized = ?%1 LIMIT 2) AS found")
            .arg(spec.departementCode.isEmpty() ? QString() : QStringLiteral(" AND departement_code = ?")));
    Statement& byName = query.bound();
    byName.bind(0, normalizedName);
    if (!spec.departementCode.isEmpty())
        byName.bind(1, spec.departementCode);
    return byName.run() ? byName.returned() : 0;
}

qint64 OrganisationMatcher::createActor(const ActorSpec& spec, int line, ImportReport& report,
                                        const ImportBatch& batch)
{
    Actor actor;
    actor.name = spec.name;
    actor.typeCode = spec.typeCode;
    actor.departementCode = spec.departementCode;
    actor.source = tr("import %1").arg(QFileInfo(report.file).fileName());
    if (spec.place) {
        spec.place->applyTo(actor);
    } else if (Identifiers::isInseeCommuneCode(spec.code)) {
        actor.inseeCode = spec.code;
        if (actor.typeCode.isEmpty())
            actor.typeCode = QStringLiteral("commune");
        if (const auto& commune = this->commune(spec.code);
            commune && actor.typeCode == QLatin1String("commune")) {
            actor.siren = commune->commune.siren;
            actor.population = commune->commune.population;
        }
    } else if (!spec.code.isEmpty()) {
        actor.siren = spec.code;
        if (actor.typeCode.isEmpty()) {
            // The type from the SIREN when the reference data knows it.
            if (const auto commune = m_places->geography().communeBySiren(spec.code)) {
                actor.typeCode = QStringLiteral("commune");
                actor.inseeCode = commune->code;
                if (actor.departementCode.isEmpty())
                    actor.departementCode = commune->departementCode;
            } else if (m_places->geography().epciBySiren(spec.code)) {
                actor.typeCode = QStringLiteral("epci");
            }
        }
    }
    const qint64 id = createdId(m_actorStore->insertImported(actor, batch.session()), line, report);
    if (id > 0)
        batch.link(QStringLiteral("actor"), id, line);
    return id;
}

qint64 OrganisationMatcher::actor(const ActorSpec& spec, int line, ImportReport& report,
                                  const ImportBatch& batch)
{
    const qint64 id = known(QStringLiteral("actor"), findOrCreateActor(spec, line, report, batch), batch);
    if (spec.place && id > 0 && !m_placeActors.contains(id)) {
        m_placeActors.insert(id);
        ++report.actorsMatchedByName;
    }
    return id;
}

qint64 OrganisationMatcher::partner(const PartnerSpec& spec, int line, ImportReport& report,
                                    const ImportBatch& batch)
{
    return known(QStringLiteral("foreign_partner"), findOrCreatePartner(spec, line, report, batch), batch);
}

qint64 OrganisationMatcher::known(const QString& table, qint64 id, const ImportBatch& batch)
{
    if (id > 0)
        batch.session().known().add(table, id);
    return id;
}

qint64 OrganisationMatcher::findOrCreateActor(const ActorSpec& spec, int line, ImportReport& report,
                                              const ImportBatch& batch)
{
    const QString normalizedName = TextFolding::normalizedName(spec.name);
    const QString nameKey = QStringLiteral("name:%1|%2").arg(normalizedName, spec.departementCode);
    const QString codeKey = spec.code.isEmpty() ? QString() : QStringLiteral("code:") + spec.code;
    if (!codeKey.isEmpty() && m_actorsByKey.contains(codeKey))
        return m_actorsByKey.value(codeKey);
    if (m_actorsByKey.contains(nameKey))
        return m_actorsByKey.value(nameKey);
    qint64 id = findActor(spec, normalizedName);
    if (id == 0)
        id = createActor(spec, line, report, batch);
    if (id == 0)
        return 0;
    remember(m_actorsByKey, nameKey, id);
    if (!codeKey.isEmpty())
        remember(m_actorsByKey, codeKey, id);
    return id;
}

void OrganisationMatcher::link(const QList<ActorSpec>& actorSpecs, const QList<PartnerSpec>& partnerSpecs,
                               int line, ImportReport& report, const ImportBatch& batch,
                               QList<ActorLink>& actors, QList<qint64>& partnerIds)
{
    for (const ActorSpec& spec : actorSpecs) {
        const qint64 id = actor(spec, line, report, batch);
        if (id > 0 && std::none_of(actors.cbegin(), actors.cend(),
                                   [id](const ActorLink& link) { return link.actorId == id; }))
            actors.append({id, spec.roleCode});
    }
    for (const PartnerSpec& spec : partnerSpecs) {
        const qint64 id = partner(spec, line, report, batch);
        if (id > 0 && !partnerIds.contains(id))
            partnerIds << id;
    }
}

void OrganisationMatcher::linkProvisionally(const QList<ActorSpec>& actorSpecs,
                                            const QList<PartnerSpec>& partnerSpecs, QList<ActorLink>& actors,
                                            QList<qint64>& partnerIds)
{
    qint64 provisional = 0;
    for (const ActorSpec& spec : actorSpecs)
        actors.append({--provisional, spec.roleCode});
    for (qsizetype i = 0; i < partnerSpecs.size(); ++i)
        partnerIds.append(--provisional);
}

qint64 OrganisationMatcher::findOrCreatePartner(const PartnerSpec& spec, int line, ImportReport& report,
                                                const ImportBatch& batch)
{
    const QString normalizedName = TextFolding::normalizedName(spec.name);
    const QString key = normalizedName + QLatin1Char('|') + spec.countryCode;
    if (m_partnersByKey.contains(key))
        return m_partnersByKey.value(key);
    PreparedQuery query(m_db, QStringLiteral("SELECT id FROM foreign_partner WHERE name_normalized = ? AND "
                                             "country_code = ? ORDER BY id LIMIT 1"));
    Statement& byName = query.bound();
    byName.bind(0, normalizedName);
    byName.bind(1, spec.countryCode);
    qint64 id = byName.run() ? byName.returned() : 0;
    if (id == 0) {
        ForeignPartner partner;
        partner.name = spec.name;
        partner.countryCode = spec.countryCode;
        partner.adminArea = spec.area;
        partner.source = tr("import %1").arg(QFileInfo(report.file).fileName());
        id = createdId(PartnerStore(m_db).insertImported(partner, batch.session()), line, report);
        if (id == 0)
            return 0;
        batch.link(QStringLiteral("foreign_partner"), id, line);
    }
    remember(m_partnersByKey, key, id);
    return id;
}

#include "DemoGenerator.h"

#include "DemoData.h"
#include "DemoFrench.h"
#include "DemoRandom.h"
#include "common/PartialDate.h"
#include "common/TextFolding.h"
#include "database/BulkInsert.h"
#include "database/Transaction.h"
#include "records/Partnership.h"
#include "refdata/ObservatorySettings.h"
#include "search/SearchIndex.h"

#include <QDate>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <optional>

namespace {

constexpr std::uint32_t kSeed = 20261126;
// The schemes' draws come from a generator of their own: the records drawn before the catalogue
// existed stay the same.
constexpr std::uint32_t kSchemeSeed = 20261207;
// The records' history (when each was entered, checked and last changed) too: a change to it
// leaves the records themselves as they are.
constexpr std::uint32_t kHistorySeed = 20261208;
// And what a record's status changes in its dates (a planned partnership's signature to come, a
// request long decided): the draws of the others stay the same.
constexpr std::uint32_t kStatusSeed = 20261209;
const QString kCreatedAt = QStringLiteral("2026-01-15T09:00:00.000Z");
constexpr int kCurrentYear = 2026;
// The day the demo's observatory stands as of: nothing was entered, checked or changed after it.
const QDate kDemoDay(kCurrentYear, 11, 26);
// When the observatory began to be kept: no record was entered before.
const QDate kObservatorySince(2012, 1, 1);

struct RegionCommune
{
    QString code;
    QString name;
    QString departement;
    QString siren;
    qint64 population = 0;
    QString departementName;
};

struct ActorInfo
{
    qint64 id;
    QString type;
    int commune; // index in the region's communes
};

struct PartnerInfo
{
    qint64 id;
    QString country;
    QString town;
    bool municipal;
};

struct PartnershipInfo
{
    qint64 id;
    qint64 actor;
    qint64 partner;
    PartialDate signedOn;
    int endedYear; // 0: not ended
    // The year its dates were drawn around: its signature's, but for a planned one, signed later.
    // Its projects' dates are drawn around it too, so that the draws after them stay the same.
    int drawnYear;
    bool planned;
};

// When a record was entered, checked (verified_on, often known to the month or the year only)
// and last changed, in the order an adviser expects: entered, then checked (which changes it),
// then changed, none after the demo's day.
struct RecordHistory
{
    QString createdAt;
    QVariant verifiedOn;
    QString updatedAt;
};

QString familyOf(const QString& type)
{
    static const QHash<QString, QString> families = {
        {QStringLiteral("commune"), QStringLiteral("collectivite")},
        {QStringLiteral("epci"), QStringLiteral("collectivite")},
        {QStringLiteral("departement"), QStringLiteral("collectivite")},
        {QStringLiteral("syndicat"), QStringLiteral("collectivite")},
        {QStringLiteral("comite_jumelage"), QStringLiteral("comite")},
        {QStringLiteral("etab_scolaire"), QStringLiteral("ecole")},
        {QStringLiteral("ens_sup_recherche"), QStringLiteral("ecole")},
        {QStringLiteral("etab_sante"), QStringLiteral("sante")},
        {QStringLiteral("entreprise"), QStringLiteral("entreprise")},
        {QStringLiteral("consulaire"), QStringLiteral("entreprise")},
    };
    return families.value(type, QStringLiteral("association"));
}

// A partial date around a year: a third to the day, a fifth to the month, the rest the year.
QString partialDate(DemoRandom& random, int year)
{
    const int precision = random.below(100);
    const int month = random.between(1, 12);
    if (precision < 35)
        return QStringLiteral("%1-%2-%3")
            .arg(year)
            .arg(month, 2, 10, QLatin1Char('0'))
            .arg(random.between(1, 28), 2, 10, QLatin1Char('0'));
    if (precision < 55)
        return QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
    return QString::number(year);
}

QString timestamp(const QDate& day)
{
    return day.toString(Qt::ISODate) + QStringLiteral("T09:00:00.000Z");
}

// A day between `first` and `last` (`first` when they cross).
QDate dayBetween(DemoRandom& random, const QDate& first, const QDate& last)
{
    return first.addDays(random.between(0, static_cast<int>(std::max<qint64>(0, first.daysTo(last)))));
}

// The history of a record that could not be entered before `earliest` (a partnership before it
// was signed, a project long before it starts). Its check is recent for half the records, older
// for a quarter, missing for the rest, as advisers keep them.
RecordHistory recordHistory(DemoRandom& random, const QDate& earliest)
{
    const QDate first = std::min(std::max(earliest, kObservatorySince), kDemoDay);
    const int draw = random.below(100);
    if (draw >= 80) {
        const QDate created = dayBetween(random, first, kDemoDay);
        return {timestamp(created), {}, timestamp(dayBetween(random, created, kDemoDay))};
    }
    const int year =
        std::max(first.year(), draw < 55 ? random.between(2024, kCurrentYear) : random.between(2015, 2023));
    const QDate checked =
        dayBetween(random, std::max(first, QDate(year, 1, 1)), std::min(kDemoDay, QDate(year, 12, 31)));
    const int precision = random.below(100);
    const PartialDate verified = precision < 35   ? PartialDate::ofDay(checked)
                                 : precision < 55 ? PartialDate::ofMonth(checked.year(), checked.month())
                                                  : PartialDate::ofYear(checked.year());
    return {timestamp(dayBetween(random, first, checked)), verified.toIso(),
            timestamp(dayBetween(random, checked, kDemoDay))};
}

// The status of a project as its dates tell it on the demo's day, `drawn` when they allow it: one
// in identification has not started, one under way, being finalised or suspended has not ended,
// one closed has no end to come. A cancelled one may have been cancelled at any time.
QString projectStatusAsOf(const QString& drawn, const PartialDate& start, const PartialDate& end)
{
    const PartialDate day = PartialDate::ofDay(kDemoDay);
    if (drawn == QLatin1String("annule") || start.isNull())
        return drawn;
    if (day.certainlyBefore(start))
        return QStringLiteral("identification");
    if (end.certainlyBefore(day))
        return QStringLiteral("cloture");
    const bool endToCome = day.certainlyBefore(end);
    if (drawn == QLatin1String("identification") || (drawn == QLatin1String("cloture") && endToCome))
        return endToCome && end.year() == kCurrentYear ? QStringLiteral("finalisation")
                                                       : QStringLiteral("en_cours");
    return drawn;
}

// The status of a funding line as its year tells it: nothing is paid for a year to come, and a
// request is decided within the year after (paid three times in four, else refused).
QString fundingStatusAsOf(const QString& drawn, int year, DemoRandom& random)
{
    if (drawn == QLatin1String("verse") && year > kCurrentYear)
        return QStringLiteral("accorde");
    if (drawn == QLatin1String("demande") && year < kCurrentYear - 1)
        return random.chance(75) ? QStringLiteral("verse") : QStringLiteral("refuse");
    return drawn;
}

class Generation
{
public:
    Generation(const QSqlDatabase& db, int rows)
        : m_db(db)
        , m_rows(rows)
        , m_random(kSeed ^ static_cast<std::uint32_t>(rows))
        , m_schemeRandom(kSchemeSeed ^ static_cast<std::uint32_t>(rows))
        , m_historyRandom(kHistorySeed ^ static_cast<std::uint32_t>(rows))
        , m_statusRandom(kStatusSeed ^ static_cast<std::uint32_t>(rows))
    {
    }

    Result<DemoGenerator::Counts> run(const std::function<bool(int)>& progress);

private:
    Status loadContext();
    qint64 nextId(const QString& table) const;
    Status writeActors();
    Status writePartners();
    Status writePartnerships();
    Status writeSchemes();
    Status writeProjects();
    // The scheme a funding line of `programme` names (0: none).
    qint64 pickScheme(const QString& programme);

    qint64 pickActor(const QString& family);
    const PartnerInfo& pickPartner(const QList<DemoData::Weighted>& countries, bool municipal);
    QStringList themesFor(const QString& kind);

    QSqlDatabase m_db;
    int m_rows;
    DemoRandom m_random;
    DemoRandom m_schemeRandom;
    DemoRandom m_historyRandom;
    DemoRandom m_statusRandom;
    DemoGenerator::Counts m_counts;
    QHash<QString, QList<qint64>> m_schemesByProgramme;
    QList<RegionCommune> m_communes; // most likely to be engaged first
    QHash<QString, QList<int>> m_sdgsOfTheme;
    QList<ActorInfo> m_actors; // by id - m_firstActorId
    qint64 m_firstActorId = 1;
    QHash<QString, QList<qint64>> m_actorsByFamily;
    QHash<int, qint64> m_communeActor; // commune index → actor
    QHash<int, qint64> m_committeeOf;  // commune index → comité de jumelage
    QList<PartnerInfo> m_partners;     // by id - m_firstPartnerId
    qint64 m_firstPartnerId = 1;
    QHash<QString, QList<int>> m_municipalByCountry;
    QHash<QString, QList<int>> m_organisationsByCountry;
    QList<PartnershipInfo> m_partnerships;
};

Status Generation::loadContext()
{
    const QString region = ObservatorySettings(m_db).regionCode();
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT c.code, c.name, c.departement_code, c.siren, c.population, d.label_fr "
                       "FROM ref_commune c LEFT JOIN ref_departement d ON d.code = c.departement_code "
                       "WHERE c.region_code = ? ORDER BY c.code"));
    query.addBindValue(region);
    if (!query.exec())
        return Status::failure(query.lastError().text());
    QList<std::pair<double, RegionCommune>> keyed;
    while (query.next()) {
        RegionCommune commune{query.value(0).toString(),   query.value(1).toString(),
                              query.value(2).toString(),   query.value(3).toString(),
                              query.value(4).toLongLong(), query.value(5).toString()};
        // Weighted shuffle (Efraimidis–Spirakis): larger communes are engaged more often.
        const double weight = std::sqrt(static_cast<double>(std::max<qint64>(commune.population, 1)));
        keyed.append({std::pow(std::max(m_random.unit(), 1e-12), 1.0 / weight), commune});
    }
    if (keyed.isEmpty())
        return Status::failure(
            DemoGenerator::tr("The region %1 has no communes in the reference data.").arg(region));
    std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (const auto& entry : keyed)
        m_communes.append(entry.second);

    if (!query.exec(
            QStringLiteral("SELECT theme_code, sdg_goal FROM ref_theme_sdg ORDER BY theme_code, sdg_goal")))
        return Status::failure(query.lastError().text());
    while (query.next())
        m_sdgsOfTheme[query.value(0).toString()].append(query.value(1).toInt());
    return {};
}

qint64 Generation::nextId(const QString& table) const
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM %1").arg(table));
    return query.next() ? query.value(0).toLongLong() : 1;
}

Status Generation::writeActors()
{
    const int count = std::max(20, m_rows / 2);
    BulkInsert insert(
        m_db, QStringLiteral("actor"),
        {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("name"),
         QStringLiteral("name_normalized"), QStringLiteral("actor_type_code"), QStringLiteral("insee_code"),
         QStringLiteral("siren"), QStringLiteral("commune_insee"), QStringLiteral("departement_code"),
         QStringLiteral("population"), QStringLiteral("parent_actor_id"), QStringLiteral("source"),
         QStringLiteral("verified_on"), QStringLiteral("created_at"), QStringLiteral("updated_at")});
    qint64 id = nextId(QStringLiteral("actor"));
    m_firstActorId = id;
    int nextCommune = 0;
    QHash<QString, int> nameUses;
    static const QStringList schools = {
        QStringLiteral("Lycée %1"), QStringLiteral("Collège %1"), QStringLiteral("École élémentaire de %1"),
        QStringLiteral("Lycée agricole de %1"), QStringLiteral("Maison familiale rurale de %1")};
    static const QStringList others = {QStringLiteral("Atelier %1"), QStringLiteral("Réseau %1 Monde"),
                                       QStringLiteral("Coopérative %1"),
                                       QStringLiteral("Centre social de %1")};
    for (int i = 0; i < count; ++i) {
        QString type = m_random.pick(DemoData::actorTypes());
        const bool isCommune = type == QLatin1String("commune");
        if (isCommune && nextCommune >= m_communes.size())
            type = QStringLiteral("asso_si");
        // A commune acts once; the others sit somewhere in the region, more often in large communes.
        const int commune = type == QLatin1String("commune")
                                ? nextCommune++
                                : m_random.below(std::min<int>(m_communes.size(), 1500));
        const RegionCommune& place = m_communes.at(commune);
        QString name;
        QVariant insee, siren, population, parent;
        if (type == QLatin1String("commune")) {
            name = m_random.chance(60) ? place.name
                                       : DemoFrench::placed(QStringLiteral("Ville de %1"), place.name);
            insee = place.code;
            siren = place.siren.isEmpty() ? QVariant() : QVariant(place.siren);
            population = place.population;
        } else if (type == QLatin1String("comite_jumelage")) {
            name = DemoFrench::placed(QStringLiteral("Comité de jumelage de %1"), place.name);
            if (m_communeActor.contains(commune))
                parent = m_communeActor.value(commune);
        } else if (type == QLatin1String("etab_scolaire")) {
            name = DemoFrench::placed(schools.at(m_random.below(schools.size())), place.name);
        } else if (type == QLatin1String("ens_sup_recherche")) {
            name = DemoFrench::placed(QStringLiteral("Institut universitaire de %1"), place.name);
        } else if (type == QLatin1String("etab_sante")) {
            name = DemoFrench::placed(QStringLiteral("Centre hospitalier de %1"), place.name);
        } else if (type == QLatin1String("entreprise") || type == QLatin1String("consulaire")) {
            name = type == QLatin1String("consulaire")
                       ? QStringLiteral("Chambre de métiers et de l'artisanat %1")
                             .arg(DemoFrench::ofDepartement(place.departementName))
                       : QStringLiteral("%1 Énergies Solidaires").arg(place.name);
        } else if (type == QLatin1String("epci") || type == QLatin1String("syndicat")) {
            name = type == QLatin1String("epci")
                       ? DemoFrench::placed(QStringLiteral("Communauté de communes de %1"), place.name)
                       : DemoFrench::placed(QStringLiteral("Syndicat des eaux de %1"), place.name);
        } else if (type.startsWith(QLatin1String("asso")) || type == QLatin1String("osim") ||
                   type == QLatin1String("fondation")) {
            const auto& patterns = DemoData::associationNames();
            const DemoData::ForeignTown& town =
                DemoData::foreignTowns().at(m_random.below(DemoData::foreignTowns().size()));
            name = DemoFrench::placed(
                DemoFrench::placed(QString::fromUtf8(patterns.at(m_random.below(patterns.size()))),
                                   place.name),
                QString::fromUtf8(town.name), QStringLiteral("%2"));
        } else {
            name = DemoFrench::placed(others.at(m_random.below(others.size())), place.name);
        }
        if (const int uses = nameUses[name]++; uses > 0)
            name += QStringLiteral(" %1").arg(uses + 1);

        const QString family = familyOf(type);
        const RecordHistory history = recordHistory(m_historyRandom, kObservatorySince);
        m_actors.append({id, type, commune});
        m_actorsByFamily[family].append(id);
        if (type == QLatin1String("commune"))
            m_communeActor.insert(commune, id);
        if (type == QLatin1String("comite_jumelage"))
            m_committeeOf.insert(commune, id);
        const QVariantList row{id,
                               m_random.uuid(),
                               name,
                               TextFolding::normalizedName(name),
                               type,
                               insee,
                               siren,
                               place.code,
                               place.departement,
                               population,
                               parent,
                               DemoGenerator::tr("demonstration"),
                               history.verifiedOn,
                               history.createdAt,
                               history.updatedAt};
        if (Status added = insert.add(row); !added)
            return added;
        ++id;
    }
    m_counts.actors = count;
    return insert.finish();
}

Status Generation::writePartners()
{
    const int count = std::max(20, m_rows * 3 / 5);
    BulkInsert insert(m_db, QStringLiteral("foreign_partner"),
                      {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("name"),
                       QStringLiteral("name_normalized"), QStringLiteral("partner_type_code"),
                       QStringLiteral("country_code"), QStringLiteral("admin_area"), QStringLiteral("source"),
                       QStringLiteral("verified_on"), QStringLiteral("created_at"),
                       QStringLiteral("updated_at")});
    static const QList<std::pair<QString, QString>> organisations = {
        {QStringLiteral("Association des femmes de %1"), QStringLiteral("association_ong")},
        {QStringLiteral("Groupement villageois de %1"), QStringLiteral("association_ong")},
        {QStringLiteral("École primaire de %1"), QStringLiteral("etablissement_scolaire")},
        {QStringLiteral("Centre de santé de %1"), QStringLiteral("hopital")},
        {QStringLiteral("Coopérative agricole de %1"), QStringLiteral("entreprise")},
        {QStringLiteral("Université de %1"), QStringLiteral("universite")},
        {QStringLiteral("Lycée de %1"), QStringLiteral("etablissement_scolaire")},
        {QStringLiteral("Comité de développement de %1"), QStringLiteral("association_ong")},
        {QStringLiteral("Hôpital régional de %1"), QStringLiteral("hopital")},
        {QStringLiteral("Région de %1"), QStringLiteral("autorite_locale_regionale")},
    };
    qint64 id = nextId(QStringLiteral("foreign_partner"));
    m_firstPartnerId = id;
    QHash<QString, int> nameUses;
    const auto& towns = DemoData::foreignTowns();
    for (int i = 0; i < count; ++i) {
        // Every town once as a municipality, then organisations of those towns.
        const bool municipal = i < towns.size();
        const DemoData::ForeignTown& town = towns.at(municipal ? i : m_random.below(towns.size()));
        const QString townName = QString::fromUtf8(town.name);
        QString name = townName;
        QString type = QStringLiteral("autorite_locale_commune");
        if (!municipal) {
            const auto& pattern = organisations.at(m_random.below(organisations.size()));
            name = DemoFrench::placed(pattern.first, townName);
            type = pattern.second;
        }
        if (const int uses = nameUses[name]++; uses > 0)
            name += QStringLiteral(" n° %1").arg(uses + 1);
        const QString country = QString::fromLatin1(town.country);
        const int index = static_cast<int>(m_partners.size());
        m_partners.append({id, country, townName, municipal});
        const RecordHistory history = recordHistory(m_historyRandom, kObservatorySince);
        (municipal ? m_municipalByCountry : m_organisationsByCountry)[country].append(index);
        const QVariantList row{id,
                               m_random.uuid(),
                               name,
                               TextFolding::normalizedName(name),
                               type,
                               country,
                               QString::fromUtf8(town.area),
                               DemoGenerator::tr("demonstration"),
                               history.verifiedOn,
                               history.createdAt,
                               history.updatedAt};
        if (Status added = insert.add(row); !added)
            return added;
        ++id;
    }
    m_counts.partners = count;
    return insert.finish();
}

qint64 Generation::pickActor(const QString& family)
{
    const QList<qint64>& candidates = m_actorsByFamily.value(family);
    if (!candidates.isEmpty())
        return candidates.at(m_random.below(candidates.size()));
    return m_actors.at(m_random.below(m_actors.size())).id;
}

const PartnerInfo& Generation::pickPartner(const QList<DemoData::Weighted>& countries, bool municipal)
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        const QString country = m_random.pick(countries);
        const QList<int>& pool = (municipal ? m_municipalByCountry : m_organisationsByCountry).value(country);
        if (!pool.isEmpty())
            return m_partners.at(pool.at(m_random.below(pool.size())));
    }
    return m_partners.at(m_random.below(m_partners.size()));
}

QStringList Generation::themesFor(const QString& kind)
{
    static const QStringList twinning = {QStringLiteral("culture_sport"), QStringLiteral("jeunesse_mobilite"),
                                         QStringLiteral("education"), QStringLiteral("tourisme")};
    static const QStringList all = {QStringLiteral("eau_assainissement"),
                                    QStringLiteral("sante"),
                                    QStringLiteral("education"),
                                    QStringLiteral("agriculture"),
                                    QStringLiteral("gouvernance_locale"),
                                    QStringLiteral("developpement_economique"),
                                    QStringLiteral("culture_sport"),
                                    QStringLiteral("environnement_climat"),
                                    QStringLiteral("energie"),
                                    QStringLiteral("egalite_femmes_hommes"),
                                    QStringLiteral("jeunesse_mobilite"),
                                    QStringLiteral("formation_professionnelle")};
    const QStringList& pool =
        kind == QLatin1String("jumelage") || kind == QLatin1String("pacte_charte_amitie") ? twinning : all;
    QStringList themes;
    const int wanted = m_random.between(0, 3);
    for (int i = 0; i < wanted; ++i) {
        const QString theme = pool.at(m_random.below(pool.size()));
        if (!themes.contains(theme))
            themes << theme;
    }
    return themes;
}

Status Generation::writePartnerships()
{
    BulkInsert partnerships(
        m_db, QStringLiteral("partnership"),
        {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("kind_code"),
         QStringLiteral("status_code"), QStringLiteral("status_reason"), QStringLiteral("formalized"),
         QStringLiteral("signed_on"), QStringLiteral("ended_on"), QStringLiteral("source"),
         QStringLiteral("verified_on"), QStringLiteral("created_at"), QStringLiteral("updated_at")});
    BulkInsert actors(
        m_db, QStringLiteral("partnership_actor"),
        {QStringLiteral("partnership_id"), QStringLiteral("actor_id"), QStringLiteral("role_code")},
        QString(), &partnerships);
    BulkInsert partners(m_db, QStringLiteral("partnership_partner"),
                        {QStringLiteral("partnership_id"), QStringLiteral("partner_id")}, QString(),
                        &partnerships);
    BulkInsert themes(m_db, QStringLiteral("partnership_theme"),
                      {QStringLiteral("partnership_id"), QStringLiteral("theme_code")}, QString(),
                      &partnerships);
    qint64 id = nextId(QStringLiteral("partnership"));
    for (int i = 0; i < m_rows; ++i) {
        const QString kind = m_random.pick(DemoData::partnershipKinds());
        const bool twinning =
            kind == QLatin1String("jumelage") || kind == QLatin1String("pacte_charte_amitie");
        qint64 actor = 0;
        qint64 committee = 0;
        if (twinning || kind == QLatin1String("cooperation_decentralisee")) {
            actor = pickActor(QStringLiteral("collectivite"));
            const int commune = m_actors.at(actor - m_firstActorId).commune;
            if (twinning && m_committeeOf.contains(commune))
                committee = m_committeeOf.value(commune);
        } else if (kind == QLatin1String("partenariat_scolaire_universitaire")) {
            actor = pickActor(QStringLiteral("ecole"));
        } else if (kind == QLatin1String("partenariat_hospitalier")) {
            actor = pickActor(QStringLiteral("sante"));
        } else if (kind == QLatin1String("cooperation_economique")) {
            actor = pickActor(QStringLiteral("entreprise"));
        } else {
            actor = pickActor(QStringLiteral("association"));
        }
        const bool municipalPartner = twinning || kind == QLatin1String("cooperation_decentralisee");
        const PartnerInfo& partner = pickPartner(
            twinning ? DemoData::twinningCountries() : DemoData::projectCountries(), municipalPartner);

        // Signed by last year, but for a partnership "en projet", whose signature is to come.
        const int signedYear =
            twinning ? std::clamp(static_cast<int>(m_random.normal(1986, 16)), 1950, kCurrentYear - 1)
                     : std::clamp(static_cast<int>(m_random.normal(2012, 7)), 1985, kCurrentYear - 1);
        const QString status = m_random.pick(DemoData::partnershipStatuses());
        const bool planned = Partnership::isPlanned(status);
        QVariant ended;
        QVariant reason;
        if (status == QLatin1String("termine"))
            ended = QString::number(std::min(kCurrentYear, signedYear + m_random.between(3, 30)));
        if (status == QLatin1String("suspendu"))
            reason = QStringLiteral("Contexte sécuritaire");
        const QString drawnSignedOn = partialDate(m_random, signedYear);
        // A planned partnership is neither signed nor begun on the demo's day (whatever its nature,
        // Partnership::isSignedAgreement): its date is the one planned, next year, and no
        // convention is signed yet.
        const QString signedOn = planned ? partialDate(m_statusRandom, kCurrentYear + 1) : drawnSignedOn;
        const PartialDate signature = *PartialDate::fromIso(signedOn);
        // Entered once signed, as a partnership is recorded; a planned one in the last two years.
        const RecordHistory history =
            recordHistory(m_historyRandom, planned ? QDate(kCurrentYear - 2, 1, 1) : signature.earliestDay());
        const QVariantList row{id,
                               m_random.uuid(),
                               kind,
                               status,
                               reason,
                               (twinning || m_random.chance(50)) && !planned ? 1 : 0,
                               signedOn,
                               ended,
                               DemoGenerator::tr("demonstration"),
                               history.verifiedOn,
                               history.createdAt,
                               history.updatedAt};
        if (Status added = partnerships.add(row); !added)
            return added;
        if (Status added = actors.add({id, actor, QStringLiteral("signataire")}); !added)
            return added;
        if (committee > 0 && committee != actor) {
            if (Status added = actors.add({id, committee, QStringLiteral("animateur")}); !added)
                return added;
        }
        if (Status added = partners.add({id, partner.id}); !added)
            return added;
        for (const QString& theme : themesFor(kind)) {
            if (Status added = themes.add({id, theme}); !added)
                return added;
        }
        m_partnerships.append(
            {id, actor, partner.id, signature, ended.isNull() ? 0 : ended.toInt(), signedYear, planned});
        ++id;
    }
    m_counts.partnerships = m_rows;
    for (BulkInsert* insert : {&partnerships, &actors, &partners, &themes}) {
        if (Status finished = insert->finish(); !finished)
            return finished;
    }
    return {};
}

Status Generation::writeSchemes()
{
    BulkInsert schemes(
        m_db, QStringLiteral("scheme"),
        {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("name"), QStringLiteral("funder"),
         QStringLiteral("programme_code"), QStringLiteral("kind_code"), QStringLiteral("amount_max_cents"),
         QStringLiteral("cofunding_max_percent"), QStringLiteral("description"), QStringLiteral("source"),
         QStringLiteral("verified_on"), QStringLiteral("created_at"), QStringLiteral("updated_at")});
    const QString noTail;
    BulkInsert actorTypes(m_db, QStringLiteral("scheme_actor_type"),
                          {QStringLiteral("scheme_id"), QStringLiteral("actor_type_code")}, noTail, &schemes);
    BulkInsert themes(m_db, QStringLiteral("scheme_theme"),
                      {QStringLiteral("scheme_id"), QStringLiteral("theme_code")}, noTail, &schemes);
    BulkInsert calls(m_db, QStringLiteral("scheme_call"),
                     {QStringLiteral("scheme_id"), QStringLiteral("label"), QStringLiteral("opens_on"),
                      QStringLiteral("closes_on")},
                     noTail, &schemes);
    qint64 id = nextId(QStringLiteral("scheme"));
    for (const DemoData::SupportScheme& scheme : DemoData::supportSchemes()) {
        const QVariantList row{
            id,
            m_schemeRandom.uuid(),
            QString::fromUtf8(scheme.name),
            QString::fromUtf8(scheme.funder),
            QString::fromLatin1(scheme.programme),
            QString::fromLatin1(scheme.kind),
            scheme.amountMaxEuros > 0 ? QVariant(qint64(scheme.amountMaxEuros) * 100) : QVariant(),
            scheme.cofundingMaxPercent > 0 ? QVariant(scheme.cofundingMaxPercent) : QVariant(),
            DemoGenerator::tr("A support scheme of the demonstration: its calendar and "
                              "ceilings are examples, not the scheme's current ones."),
            DemoGenerator::tr("demonstration"),
            QString::number(kCurrentYear),
            kCreatedAt,
            kCreatedAt};
        if (Status added = schemes.add(row); !added)
            return added;
        const auto codes = [](const char* list) {
            return QString::fromLatin1(list).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        };
        for (const QString& type : codes(scheme.actorTypes)) {
            if (Status added = actorTypes.add({id, type}); !added)
                return added;
        }
        for (const QString& theme : codes(scheme.themes)) {
            if (Status added = themes.add({id, theme}); !added)
                return added;
        }
        // A call a year, this one and the next, each opening three months before it closes.
        if (scheme.closesOn) {
            for (const int year : {kCurrentYear, kCurrentYear + 1}) {
                const QDate closes = QDate::fromString(
                    QStringLiteral("%1-%2").arg(year).arg(QLatin1String(scheme.closesOn)), Qt::ISODate);
                const QVariantList call{id, DemoGenerator::tr("Call %1").arg(year),
                                        closes.addMonths(-3).toString(Qt::ISODate),
                                        closes.toString(Qt::ISODate)};
                if (Status added = calls.add(call); !added)
                    return added;
            }
        }
        m_schemesByProgramme[QString::fromLatin1(scheme.programme)] << id;
        ++m_counts.schemes;
        ++id;
    }
    for (BulkInsert* insert : {&schemes, &actorTypes, &themes, &calls}) {
        if (Status finished = insert->finish(); !finished)
            return finished;
    }
    return {};
}

qint64 Generation::pickScheme(const QString& programme)
{
    // Three lines in four of a programme that has schemes say which one they applied to.
    const QList<qint64> schemes = m_schemesByProgramme.value(programme);
    if (schemes.isEmpty() || !m_schemeRandom.chance(75))
        return 0;
    return schemes.at(m_schemeRandom.below(schemes.size()));
}

Status Generation::writeProjects()
{
    BulkInsert projects(m_db, QStringLiteral("project"),
                        {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("title"),
                         QStringLiteral("partnership_id"), QStringLiteral("status_code"),
                         QStringLiteral("started_on"), QStringLiteral("ended_on"),
                         QStringLiteral("in_france"), QStringLiteral("budget_cents"),
                         QStringLiteral("source"), QStringLiteral("verified_on"),
                         QStringLiteral("created_at"), QStringLiteral("updated_at")});
    const QString noTail;
    BulkInsert actors(m_db, QStringLiteral("project_actor"),
                      {QStringLiteral("project_id"), QStringLiteral("actor_id"), QStringLiteral("role_code")},
                      noTail, &projects);
    BulkInsert partners(m_db, QStringLiteral("project_partner"),
                        {QStringLiteral("project_id"), QStringLiteral("partner_id")}, noTail, &projects);
    BulkInsert countries(m_db, QStringLiteral("project_country"),
                         {QStringLiteral("project_id"), QStringLiteral("country_code")}, noTail, &projects);
    BulkInsert themes(m_db, QStringLiteral("project_theme"),
                      {QStringLiteral("project_id"), QStringLiteral("theme_code")}, noTail, &projects);
    BulkInsert sdgs(m_db, QStringLiteral("project_sdg"),
                    {QStringLiteral("project_id"), QStringLiteral("sdg_goal")}, noTail, &projects);
    BulkInsert fundings(m_db, QStringLiteral("funding"),
                        {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("project_id"),
                         QStringLiteral("funder_actor_id"), QStringLiteral("programme_code"),
                         QStringLiteral("year"), QStringLiteral("amount_cents"),
                         QStringLiteral("status_code"), QStringLiteral("scheme_id"),
                         QStringLiteral("created_at"), QStringLiteral("updated_at")},
                        noTail, &projects);
    static const QList<DemoData::Weighted> fundingStatuses = {
        {"verse", 50}, {"accorde", 30}, {"demande", 15}, {"refuse", 5}};
    // An application to a scheme is refused more often than a line agreed with a funder beforehand.
    static const QList<DemoData::Weighted> applicationStatuses = {
        {"verse", 40}, {"accorde", 25}, {"demande", 12}, {"refuse", 23}};
    qint64 id = nextId(QStringLiteral("project"));
    qint64 fundingId = nextId(QStringLiteral("funding"));
    const auto& titles = DemoData::projectTitles();
    for (int i = 0; i < m_rows; ++i) {
        QVariant partnershipId;
        qint64 lead = 0;
        const PartnerInfo* partner = nullptr;
        const PartnershipInfo* within = nullptr;
        if (!m_partnerships.isEmpty() && m_random.chance(35)) {
            within = &m_partnerships.at(m_random.below(m_partnerships.size()));
            partnershipId = within->id;
            lead = within->actor;
            partner = &m_partners.at(within->partner - m_firstPartnerId);
        } else {
            lead = pickActor(m_random.chance(65) ? QStringLiteral("association")
                                                 : QStringLiteral("collectivite"));
            partner = &pickPartner(DemoData::projectCountries(), false);
        }
        const bool inFrance = m_random.chance(5);
        const auto& title = titles.at(m_random.below(titles.size()));
        QStringList themeCodes{inFrance ? QStringLiteral("ecsi") : QString::fromLatin1(title.first)};
        if (m_random.chance(40)) {
            const QString second = QString::fromLatin1(titles.at(m_random.below(titles.size())).first);
            if (!themeCodes.contains(second))
                themeCodes << second;
        }
        int startYear = std::clamp(static_cast<int>(m_random.normal(2018, 5)), 2005, kCurrentYear + 1);
        // A project of a partnership starts once it is signed, and before it ended.
        if (within) {
            const int last = within->endedYear > 0 ? within->endedYear : kCurrentYear + 1;
            startYear = std::clamp(startYear, std::min(within->drawnYear, last), last);
        }
        QString startedOn = partialDate(m_random, startYear);
        // In the year of the signature only the year is given, so the start never precedes it.
        if (within && startYear == within->drawnYear)
            startedOn = QString::number(startYear);
        const int endYear = startYear + m_random.between(0, 3);
        QString status;
        if (startYear > kCurrentYear)
            status = QStringLiteral("identification");
        else if (endYear < kCurrentYear)
            status = m_random.chance(94) ? QStringLiteral("cloture") : QStringLiteral("annule");
        else
            status = m_random.pick(DemoData::projectStatuses());
        // Within the start year only the year is given, so the end never precedes the start.
        QVariant endDate;
        if (m_random.chance(80))
            endDate = endYear == startYear ? QString::number(endYear) : partialDate(m_random, endYear);
        // A project of a planned partnership starts once it is signed: its years move after.
        if (within && within->planned) {
            const int shift = std::max(0, within->signedOn.year() - startYear);
            startYear += shift;
            startedOn = QString::number(startYear);
            if (!endDate.isNull())
                endDate = QString(QString::number(endYear + shift) + endDate.toString().mid(4));
        }
        // Drawn before its end, the status may say that a project ended in March is under way.
        status = projectStatusAsOf(status, *PartialDate::fromIso(startedOn),
                                   PartialDate::fromIso(endDate.toString()).value_or(PartialDate()));
        const double euros =
            std::clamp(std::exp(m_random.normal(std::log(25000.0), 1.0)), 1500.0, 2'000'000.0);
        const qint64 budget = static_cast<qint64>(euros / 10.0) * 1000;
        const QString titleText = DemoFrench::placed(QString::fromUtf8(title.second), partner->town);
        // Entered at the earliest the year before it starts, as it is prepared.
        const RecordHistory history = recordHistory(m_historyRandom, QDate(startYear - 1, 1, 1));
        const QVariantList row{id,
                               m_random.uuid(),
                               inFrance ? QStringLiteral("Semaine de la solidarité : %1").arg(partner->town)
                                        : titleText,
                               partnershipId,
                               status,
                               startedOn,
                               endDate,
                               inFrance ? 1 : 0,
                               budget,
                               DemoGenerator::tr("demonstration"),
                               history.verifiedOn,
                               history.createdAt,
                               history.updatedAt};
        if (Status added = projects.add(row); !added)
            return added;
        if (Status added = actors.add({id, lead, QStringLiteral("porteur")}); !added)
            return added;
        if (m_random.chance(20)) {
            const qint64 operatorId = pickActor(QStringLiteral("collectivite"));
            if (operatorId != lead) {
                if (Status added = actors.add({id, operatorId, QStringLiteral("operateur")}); !added)
                    return added;
            }
        }
        if (!inFrance) {
            if (Status added = partners.add({id, partner->id}); !added)
                return added;
            if (Status added = countries.add({id, partner->country}); !added)
                return added;
        }
        QList<int> goals;
        for (const QString& theme : themeCodes) {
            if (Status added = themes.add({id, theme}); !added)
                return added;
            for (const int goal : m_sdgsOfTheme.value(theme)) {
                if (!goals.contains(goal))
                    goals << goal;
            }
        }
        for (const int goal : goals) {
            if (Status added = sdgs.add({id, goal}); !added)
                return added;
        }
        // Two funding lines on average, sharing the budget.
        const int lines = m_random.between(1, 3);
        qint64 left = budget;
        for (int line = 0; line < lines; ++line) {
            const qint64 amount = line + 1 == lines ? left : left * m_random.between(20, 70) / 100;
            left -= amount;
            const QString programme = m_random.pick(DemoData::fundingProgrammes());
            const bool own =
                programme == QLatin1String("fonds_propres") || programme == QLatin1String("valorisation");
            // Drawn in the order they were before the catalogue, so that the lines stay the same.
            const QString uuid = m_random.uuid();
            const QString agreed = m_random.pick(fundingStatuses);
            const qint64 scheme = pickScheme(programme);
            const QString drawnStatus = scheme > 0 ? m_schemeRandom.pick(applicationStatuses) : agreed;
            const QVariantList funding{fundingId++,
                                       uuid,
                                       id,
                                       own ? QVariant(lead) : QVariant(),
                                       programme,
                                       startYear,
                                       amount,
                                       fundingStatusAsOf(drawnStatus, startYear, m_statusRandom),
                                       scheme > 0 ? QVariant(scheme) : QVariant(),
                                       history.createdAt,
                                       history.updatedAt};
            if (Status added = fundings.add(funding); !added)
                return added;
            ++m_counts.fundings;
        }
        ++id;
    }
    m_counts.projects = m_rows;
    for (BulkInsert* insert : {&projects, &actors, &partners, &countries, &themes, &sdgs, &fundings}) {
        if (Status finished = insert->finish(); !finished)
            return finished;
    }
    return {};
}

Result<DemoGenerator::Counts> Generation::run(const std::function<bool(int)>& progress)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    const QList<std::pair<int, Status (Generation::*)()>> steps = {
        {5, &Generation::loadContext},    {20, &Generation::writeActors},
        {35, &Generation::writePartners}, {60, &Generation::writePartnerships},
        {62, &Generation::writeSchemes},  {90, &Generation::writeProjects},
    };
    for (const auto& [percent, step] : steps) {
        if (Status done = (this->*step)(); !done)
            return done;
        if (progress && !progress(percent))
            return Result<DemoGenerator::Counts>::failure(
                DemoGenerator::tr("Cancelled; nothing was written."));
    }
    if (Status indexed = SearchIndex::rebuild(m_db); !indexed)
        return indexed;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    if (progress)
        progress(100);
    return m_counts;
}

} // namespace

DemoGenerator::DemoGenerator(const QSqlDatabase& db, int rows)
    : m_db(db)
    , m_rows(rows)
{
}

QDate DemoGenerator::demoDay()
{
    return kDemoDay;
}

Result<DemoGenerator::Counts> DemoGenerator::run(const std::function<bool(int)>& progress)
{
    if (m_rows < 1)
        return Result<Counts>::failure(tr("The number of rows must be at least 1."), QStringLiteral("rows"));
    Generation generation(m_db, m_rows);
    return generation.run(progress);
}

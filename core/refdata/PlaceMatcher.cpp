#include "PlaceMatcher.h"

#include "ObservatorySettings.h"
#include "common/TextFolding.h"
#include "records/Actor.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <tuple>

namespace {

// Words a name puts between a kind of place and its name: « du Rhône », « de l'Isère ».
QString withoutArticles(QString words)
{
    static const QStringList articles = {QStringLiteral("de"), QStringLiteral("du"), QStringLiteral("des"),
                                         QStringLiteral("d"),  QStringLiteral("la"), QStringLiteral("l")};
    for (;;) {
        const qsizetype space = words.indexOf(QLatin1Char(' '));
        if (space < 0 || !articles.contains(words.left(space)))
            return words;
        words = words.mid(space + 1);
    }
}

// The rest of `normalized` after one of `prefixes` and its articles; empty when none starts it.
QString after(const QString& normalized, const QStringList& prefixes)
{
    for (const QString& prefix : prefixes) {
        if (normalized.startsWith(prefix + QLatin1Char(' ')))
            return withoutArticles(normalized.mid(prefix.size() + 1));
    }
    return {};
}

const QStringList& departementPrefixes()
{
    static const QStringList prefixes = {QStringLiteral("departement"),
                                         QStringLiteral("conseil departemental"),
                                         QStringLiteral("conseil general"), QStringLiteral("cd")};
    return prefixes;
}

const QStringList& regionPrefixes()
{
    static const QStringList prefixes = {QStringLiteral("region"), QStringLiteral("conseil regional")};
    return prefixes;
}

// An EPCI's kind as its name writes it first (« CA du Grand Annecy », « Communauté de communes
// de … », « Métropole de Lyon »), and the name without it. A kind written last (« Saint-Étienne
// Métropole ») is part of the name.
std::pair<QString, QString> epciKindAndCore(const QString& normalized)
{
    static const QList<std::pair<QString, QString>> kinds = {
        {QStringLiteral("communaute de communes"), QStringLiteral("cc")},
        {QStringLiteral("communaute d agglomeration"), QStringLiteral("ca")},
        {QStringLiteral("communaute urbaine"), QStringLiteral("cu")},
        {QStringLiteral("cc"), QStringLiteral("cc")},
        {QStringLiteral("ca"), QStringLiteral("ca")},
        {QStringLiteral("cu"), QStringLiteral("cu")},
        {QStringLiteral("metropole"), QStringLiteral("metropole")},
    };
    for (const auto& [written, kind] : kinds) {
        if (normalized.startsWith(written + QLatin1Char(' ')))
            return {kind, withoutArticles(normalized.mid(written.size() + 1))};
    }
    return {QString(), normalized};
}

// 69, 69D and 69M are the Rhône as people write it: a commune of the Métropole de Lyon given
// with « 69 » is in it.
bool sameDepartement(const QString& wanted, const QString& placed)
{
    if (wanted.isEmpty() || wanted == placed)
        return true;
    return wanted.startsWith(QLatin1String("69")) && placed.startsWith(QLatin1String("69"));
}

PlaceNameMatch oneOrHomonyms(const QList<OfficialPlace>& places)
{
    if (places.size() == 1)
        return {places.first(), {}};
    return {std::nullopt, places};
}

} // namespace

void OfficialPlace::applyTo(Actor& actor) const
{
    actor.typeCode = typeCode;
    if (!inseeCode.isEmpty())
        actor.inseeCode = inseeCode;
    if (!siren.isEmpty())
        actor.siren = siren;
    if (!departementCode.isEmpty())
        actor.departementCode = departementCode;
    if (population)
        actor.population = population;
}

PlaceMatcher::PlaceMatcher(const QSqlDatabase& db)
    : m_db(db)
    , m_geography(db)
    , m_regionCode(ObservatorySettings(db).regionCode())
{
}

PlaceNameMatch PlaceMatcher::match(const QString& name, const QString& departement) const
{
    const QString normalized = TextFolding::normalizedName(name);
    if (normalized.isEmpty())
        return {};
    // A name that says what kind of place it is names only that kind.
    if (const QString named = after(normalized, departementPrefixes()); !named.isEmpty()) {
        const std::optional<OfficialPlace> place = departementNamed(named);
        return {place && sameDepartement(departement, place->departementCode) ? place : std::nullopt, {}};
    }
    if (const QString named = after(normalized, regionPrefixes()); !named.isEmpty())
        return {regionNamed(named), {}};

    if (communeNameKeys().contains(normalized)) {
        if (PlaceNameMatch found = communes(name, departement); found.place || !found.homonyms.isEmpty())
            return found;
    }
    if (PlaceNameMatch found = epci(normalized, departement); found.place || !found.homonyms.isEmpty())
        return found;
    return {regionNamed(normalized), {}};
}

QString PlaceMatcher::placeList(const QList<OfficialPlace>& places)
{
    QStringList named;
    for (const OfficialPlace& place : places)
        named << QStringLiteral("%1 (%2)").arg(place.name, place.departementCode);
    return named.join(QLatin1String(", "));
}

QString PlaceMatcher::homonymWarning(const QString& name, const QList<OfficialPlace>& homonyms)
{
    return tr("\"%1\" is the name of %n places of the region (%2): the actor is recorded without a code "
              "unless a department column tells which",
              nullptr, static_cast<int>(homonyms.size()))
        .arg(name, placeList(homonyms));
}

PlaceNameMatch PlaceMatcher::communes(const QString& name, const QString& departement) const
{
    // Current names first: « Annecy » is the commune of today even where a commune déléguée of
    // another one had that name.
    QList<OfficialPlace> current;
    QList<OfficialPlace> former;
    for (const CommuneMatch& match : m_geography.communesNamed(name)) {
        const Commune& commune = match.commune;
        if (commune.regionCode != m_regionCode || !sameDepartement(departement, commune.departementCode))
            continue;
        QList<OfficialPlace>& places = match.isFormer() ? former : current;
        if (std::any_of(places.cbegin(), places.cend(),
                        [&](const OfficialPlace& place) { return place.inseeCode == commune.code; }))
            continue;
        places.append({QStringLiteral("commune"), commune.name, commune.code, commune.siren,
                       commune.departementCode, commune.population, match.formerName});
    }
    return oneOrHomonyms(current.isEmpty() ? former : current);
}

const QSet<QString>& PlaceMatcher::communeNameKeys() const
{
    if (!m_communeNameKeys)
        m_communeNameKeys = m_geography.communeNameKeys(m_regionCode);
    return *m_communeNameKeys;
}

const QList<PlaceMatcher::Epci>& PlaceMatcher::regionEpci() const
{
    if (m_epci)
        return *m_epci;
    m_epci.emplace();
    // Where each EPCI's people live: its département is where most of them do, and it is of the
    // region when any of its communes is.
    struct Share
    {
        QString departement;
        qint64 people = -1;
        bool inRegion = false;
    };
    QHash<QString, Share> shares;
    // (A comparison's maximum as a number: PostgreSQL has no max() of booleans.) Only the EPCI
    // with a commune of the region, each with all its communes: grouping every commune of France
    // was a tenth of an import of 2,000 rows (docs/performance.md).
    QSqlQuery communes(m_db);
    communes.prepare(QStringLiteral(
        "SELECT epci_siren, departement_code, max(CASE WHEN region_code = ? THEN 1 ELSE 0 END), "
        "sum(coalesce(population, 0)) FROM ref_commune "
        "WHERE epci_siren IN (SELECT epci_siren FROM ref_commune WHERE region_code = ?) "
        "GROUP BY epci_siren, departement_code"));
    communes.addBindValue(m_regionCode);
    communes.addBindValue(m_regionCode);
    if (!communes.exec())
        return *m_epci;
    while (communes.next()) {
        Share& share = shares[communes.value(0).toString()];
        share.inRegion = share.inRegion || communes.value(2).toInt() == 1;
        if (const qint64 people = communes.value(3).toLongLong(); people > share.people) {
            share.people = people;
            share.departement = communes.value(1).toString();
        }
    }
    QSqlQuery epci(m_db);
    if (!epci.exec(QStringLiteral("SELECT siren, name, kind, population FROM ref_epci ORDER BY siren")))
        return *m_epci;
    static const QRegularExpression acronym(QStringLiteral("\\([^)]*\\)"));
    while (epci.next()) {
        const Share share = shares.value(epci.value(0).toString());
        if (!share.inRegion)
            continue;
        Epci entry;
        entry.place.typeCode = epci.value(2).toString() == QLatin1String("MET69")
                                   ? QStringLiteral("metropole_lyon")
                                   : QStringLiteral("epci");
        entry.place.name = epci.value(1).toString();
        entry.place.siren = epci.value(0).toString();
        entry.place.departementCode = share.departement;
        if (!epci.value(3).isNull())
            entry.place.population = epci.value(3).toLongLong();
        std::tie(entry.kind, entry.core) =
            epciKindAndCore(TextFolding::normalizedName(QString(entry.place.name).remove(acronym)));
        m_epci->append(entry);
    }
    return *m_epci;
}

PlaceNameMatch PlaceMatcher::epci(const QString& normalized, const QString& departement) const
{
    const auto [kind, core] = epciKindAndCore(normalized);
    QList<OfficialPlace> found;
    for (const Epci& entry : regionEpci()) {
        if (entry.core == core && (kind.isEmpty() || kind == entry.kind) &&
            sameDepartement(departement, entry.place.departementCode))
            found.append(entry.place);
    }
    return oneOrHomonyms(found);
}

std::optional<OfficialPlace> PlaceMatcher::departementNamed(const QString& words) const
{
    const std::optional<Departement> departement = m_geography.departement(words);
    if (!departement)
        return std::nullopt;
    OfficialPlace place;
    place.typeCode = departement->code == QLatin1String("69M") ? QStringLiteral("metropole_lyon")
                                                               : QStringLiteral("departement");
    place.name = departement->name;
    place.departementCode = departement->code;
    place.population = departement->population;
    return place;
}

std::optional<OfficialPlace> PlaceMatcher::regionNamed(const QString& words) const
{
    for (const auto& [name, place] : regions()) {
        if (name == words)
            return place;
    }
    return std::nullopt;
}

const QList<std::pair<QString, OfficialPlace>>& PlaceMatcher::regions() const
{
    if (m_regions)
        return *m_regions;
    m_regions.emplace();
    // Its départements' people; a région has no département of its own.
    QSqlQuery query(m_db);
    if (!query.exec(
            QStringLiteral("SELECT r.code, r.label_fr, (SELECT sum(d.population) FROM ref_departement d "
                           "WHERE d.region_code = r.code) FROM ref_region r ORDER BY r.code")))
        return *m_regions;
    while (query.next()) {
        OfficialPlace place;
        place.typeCode = QStringLiteral("region");
        place.name = query.value(1).toString();
        if (!query.value(2).isNull())
            place.population = query.value(2).toLongLong();
        m_regions->append({TextFolding::normalizedName(place.name), place});
    }
    return *m_regions;
}

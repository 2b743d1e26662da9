#include "GeoLookup.h"
#include "database/PreparedQuery.h"
#include "database/Statement.h"

#include "common/TextFolding.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString kCommuneColumns = QStringLiteral(
    "c.code, c.name, c.departement_code, c.region_code, c.siren, c.epci_siren, c.population, c.postcodes");

// A commune's columns (kCommuneColumns) from `first` on, read without a QVariant: the lookups by
// code and by name run for every actor of an import.
Commune communeFrom(const Statement& row, int first = 0)
{
    Commune commune;
    commune.code = row.string(first);
    commune.name = row.string(first + 1);
    commune.departementCode = row.string(first + 2);
    commune.regionCode = row.string(first + 3);
    commune.siren = row.string(first + 4);
    commune.epciSiren = row.string(first + 5);
    if (!row.isNull(first + 6))
        commune.population = row.integer(first + 6);
    commune.postcodes = row.string(first + 7).split(QLatin1Char('|'), Qt::SkipEmptyParts);
    return commune;
}

Departement departementFrom(const QSqlQuery& query)
{
    Departement departement{
        query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), {}};
    if (!query.value(3).isNull())
        departement.population = query.value(3).toLongLong();
    return departement;
}

} // namespace

GeoLookup::GeoLookup(const QSqlDatabase& db)
    : m_db(db)
{
}

std::optional<CommuneMatch> GeoLookup::communeByCode(const QString& code) const
{
    const QString wanted = code.trimmed().toUpper();
    if (const auto known = m_communesByCode.constFind(wanted); known != m_communesByCode.cend())
        return *known;
    bool read = false;
    std::optional<CommuneMatch> commune = readCommuneByCode(wanted, read);
    if (read) // a failed read is not kept: the next lookup reads again
        m_communesByCode.insert(wanted, commune);
    return commune;
}

std::optional<CommuneMatch> GeoLookup::readCommuneByCode(const QString& wanted, bool& read) const
{
    {
        PreparedQuery query(
            m_db, QStringLiteral("SELECT %1 FROM ref_commune c WHERE c.code = ?").arg(kCommuneColumns));
        Statement& current = query.bound();
        current.bind(0, wanted);
        if (current.next()) {
            read = true;
            return CommuneMatch{communeFrom(current), wanted, QString(), QString()};
        }
        if (!current.error().isEmpty())
            return std::nullopt;
    }

    PreparedQuery query(m_db, QStringLiteral("SELECT %1, f.name, f.kind FROM ref_commune_former f JOIN "
                                             "ref_commune c ON c.code = f.current_code WHERE f.code = ?")
                                  .arg(kCommuneColumns));
    Statement& former = query.bound();
    former.bind(0, wanted);
    if (former.next()) {
        read = true;
        return CommuneMatch{communeFrom(former), wanted, former.string(8), former.string(9)};
    }
    if (!former.error().isEmpty())
        return std::nullopt;
    read = true;
    return std::nullopt;
}

std::optional<Commune> GeoLookup::communeBySiren(const QString& siren) const
{
    PreparedQuery query(
        m_db, QStringLiteral("SELECT %1 FROM ref_commune c WHERE c.siren = ?").arg(kCommuneColumns));
    Statement& row = query.bound();
    row.bind(0, siren.trimmed());
    if (row.next())
        return communeFrom(row);
    return std::nullopt;
}

QList<CommuneMatch> GeoLookup::matchNames(const QString& condition, const QString& key,
                                          const QString& departementCode, int limit) const
{
    // Current names and former names together; a former name points at its current commune.
    // The subquery is named (PostgreSQL 15 requires it), and the places without a population
    // come last on both engines (PostgreSQL puts NULL first in a descending order, SQLite last).
    const QString departementFilter =
        departementCode.isEmpty() ? QString() : QStringLiteral(" AND c.departement_code = :dep");
    // Prepared once per connection and kind of condition, and read through SQLite's C API: an
    // import matches every actor's name that has no code.
    PreparedQuery query(
        m_db,
        QStringLiteral("SELECT * FROM ("
                       " SELECT %1, c.code AS matched, NULL AS former_name, NULL AS kind FROM ref_commune c "
                       " WHERE c.name_key %2%3"
                       " UNION ALL"
                       " SELECT %1, f.code, f.name, f.kind FROM ref_commune_former f "
                       " JOIN ref_commune c ON c.code = f.current_code "
                       " WHERE f.kind <> 'arrondissement' AND f.name_key %2%3"
                       ") AS named ORDER BY population IS NULL, population DESC, code LIMIT :limit")
            .arg(kCommuneColumns, condition, departementFilter));
    Statement& named = query.bound();
    named.bind(QStringLiteral(":key"), key);
    if (!departementCode.isEmpty()) {
        const std::optional<Departement> departement = this->departement(departementCode);
        named.bind(QStringLiteral(":dep"), departement ? departement->code : departementCode);
    }
    named.bind(QStringLiteral(":limit"), limit);
    QList<CommuneMatch> matches;
    while (named.next())
        matches.append({communeFrom(named), named.string(8), named.string(9), named.string(10)});
    return matches;
}

QList<CommuneMatch> GeoLookup::searchCommunes(const QString& typed, const QString& departementCode,
                                              int limit) const
{
    const QString key = TextFolding::normalizedName(typed);
    if (key.isEmpty())
        return {};
    // Prefix search on the normalised key; '%' and '_' cannot occur in it (punctuation is gone).
    return matchNames(QStringLiteral("LIKE :key"), QString(key + QLatin1Char('%')), departementCode, limit);
}

QList<CommuneMatch> GeoLookup::communesNamed(const QString& name, const QString& departementCode) const
{
    const QString key = TextFolding::normalizedName(name);
    if (key.isEmpty())
        return {};
    return matchNames(QStringLiteral("= :key"), key, departementCode, 50);
}

QSet<QString> GeoLookup::communeNameKeys(const QString& regionCode) const
{
    // The same names as matchNames() reads: former names other than arrondissements, each
    // standing for the commune that carries it now (whose region counts).
    Statement keys(m_db, QStringLiteral("SELECT name_key FROM ref_commune WHERE region_code = :region "
                                        "UNION SELECT f.name_key FROM ref_commune_former f "
                                        "JOIN ref_commune c ON c.code = f.current_code "
                                        "WHERE f.kind <> 'arrondissement' AND f.name_key IS NOT NULL "
                                        "AND c.region_code = :region"));
    keys.bind(QStringLiteral(":region"), regionCode);
    QSet<QString> read;
    while (keys.next())
        read.insert(keys.string(0));
    return read;
}

std::optional<Epci> GeoLookup::epciBySiren(const QString& siren) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT siren, name, kind, population FROM ref_epci WHERE siren = ?"));
    query.addBindValue(siren.trimmed());
    if (!query.exec() || !query.next())
        return std::nullopt;
    Epci epci{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), {}};
    if (!query.value(3).isNull())
        epci.population = query.value(3).toLongLong();
    return epci;
}

std::optional<Departement> GeoLookup::departement(const QString& codeOrName) const
{
    QString code = codeOrName.trimmed().toUpper();
    static const QRegularExpression singleDigit(QStringLiteral("^\\d$"));
    if (singleDigit.match(code).hasMatch())
        code.prepend(QLatin1Char('0'));
    if (code == QLatin1String("69"))
        code = QStringLiteral("69D");

    const Departements& known = departements();
    if (const auto found = known.byCode.constFind(code); found != known.byCode.cend())
        return *found;
    const auto named = known.byName.constFind(TextFolding::normalizedName(codeOrName));
    return named != known.byName.cend() ? std::optional<Departement>(*named) : std::nullopt;
}

const GeoLookup::Departements& GeoLookup::departements() const
{
    if (m_departements)
        return *m_departements;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(
            "SELECT code, label_fr, region_code, population FROM ref_departement ORDER BY code"))) {
        static const Departements none; // not kept: the next lookup reads again
        return none;
    }
    Departements read;
    while (query.next()) {
        const Departement departement = departementFrom(query);
        read.byCode.insert(departement.code, departement);
        // Two départements of one folded name: the first by code, as a walk in code order found.
        const QString name = TextFolding::normalizedName(departement.name);
        if (!read.byName.contains(name))
            read.byName.insert(name, departement);
    }
    return m_departements.emplace(std::move(read));
}

QList<Departement> GeoLookup::departementsOfRegion(const QString& regionCode) const
{
    QList<Departement> departements;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT code, label_fr, region_code, population FROM ref_departement "
                                 "WHERE region_code = ? ORDER BY sort_order, code"));
    query.addBindValue(regionCode);
    if (!query.exec())
        return departements;
    while (query.next())
        departements.append(departementFrom(query));
    return departements;
}

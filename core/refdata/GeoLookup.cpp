#include "GeoLookup.h"
#include "database/PreparedQuery.h"

#include "common/TextFolding.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString kCommuneColumns = QStringLiteral(
    "c.code, c.name, c.departement_code, c.region_code, c.siren, c.epci_siren, c.population, c.postcodes");

Commune communeFrom(const QSqlQuery& query, int first = 0)
{
    Commune commune;
    commune.code = query.value(first).toString();
    commune.name = query.value(first + 1).toString();
    commune.departementCode = query.value(first + 2).toString();
    commune.regionCode = query.value(first + 3).toString();
    commune.siren = query.value(first + 4).toString();
    commune.epciSiren = query.value(first + 5).toString();
    if (!query.value(first + 6).isNull())
        commune.population = query.value(first + 6).toLongLong();
    commune.postcodes = query.value(first + 7).toString().split(QLatin1Char('|'), Qt::SkipEmptyParts);
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
    PreparedQuery current(
        m_db, QStringLiteral("SELECT %1 FROM ref_commune c WHERE c.code = ?").arg(kCommuneColumns));
    current->addBindValue(wanted);
    if (!current->exec())
        return std::nullopt;
    if (current->next()) {
        read = true;
        return CommuneMatch{communeFrom(*current), wanted, QString(), QString()};
    }

    PreparedQuery former(m_db, QStringLiteral("SELECT %1, f.name, f.kind FROM ref_commune_former f JOIN "
                                              "ref_commune c ON c.code = f.current_code WHERE f.code = ?")
                                   .arg(kCommuneColumns));
    former->addBindValue(wanted);
    if (!former->exec())
        return std::nullopt;
    read = true;
    if (former->next())
        return CommuneMatch{communeFrom(*former), wanted, former->value(8).toString(),
                            former->value(9).toString()};
    return std::nullopt;
}

std::optional<Commune> GeoLookup::communeBySiren(const QString& siren) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM ref_commune c WHERE c.siren = ?").arg(kCommuneColumns));
    query.addBindValue(siren.trimmed());
    if (query.exec() && query.next())
        return communeFrom(query);
    return std::nullopt;
}

QList<CommuneMatch> GeoLookup::matchNames(const QString& condition, const QVariant& key,
                                          const QString& departementCode, int limit) const
{
    // Current names and former names together; a former name points at its current commune.
    // The subquery is named (PostgreSQL 15 requires it), and the places without a population
    // come last on both engines (PostgreSQL puts NULL first in a descending order, SQLite last).
    const QString departementFilter =
        departementCode.isEmpty() ? QString() : QStringLiteral(" AND c.departement_code = :dep");
    // Prepared once per connection and kind of condition: an import matches every actor's name.
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
    query->bindValue(QStringLiteral(":key"), key);
    if (!departementCode.isEmpty()) {
        const std::optional<Departement> departement = this->departement(departementCode);
        query->bindValue(QStringLiteral(":dep"), departement ? departement->code : departementCode);
    }
    query->bindValue(QStringLiteral(":limit"), limit);
    QList<CommuneMatch> matches;
    if (!query->exec())
        return matches;
    while (query->next()) {
        matches.append({communeFrom(*query), query->value(8).toString(), query->value(9).toString(),
                        query->value(10).toString()});
    }
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

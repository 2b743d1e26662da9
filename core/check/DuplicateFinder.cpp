#include "DuplicateFinder.h"

#include "common/TextFolding.h"

#include <QSqlQuery>
#include <QStringList>

namespace {

void addUnique(QList<DuplicateFinder::Candidate>& candidates, const DuplicateFinder::Candidate& candidate)
{
    for (const DuplicateFinder::Candidate& existing : candidates) {
        if (existing.id == candidate.id)
            return;
    }
    candidates.append(candidate);
}

} // namespace

DuplicateFinder::DuplicateFinder(const QSqlDatabase& db)
    : m_db(db)
{
}

QList<DuplicateFinder::Candidate> DuplicateFinder::actors(const Actor& actor) const
{
    QList<Candidate> candidates;
    QSqlQuery query(m_db);
    const auto collect = [&](const QString& reason) {
        while (query.next()) {
            if (query.value(0).toLongLong() != actor.id)
                addUnique(candidates, {query.value(0).toLongLong(), query.value(1).toString(), reason});
        }
    };
    for (const auto& [column, value] : {std::pair{QStringLiteral("insee_code"), actor.inseeCode},
                                        std::pair{QStringLiteral("siren"), actor.siren},
                                        std::pair{QStringLiteral("rna"), actor.rna}}) {
        if (value.isEmpty())
            continue;
        query.prepare(QStringLiteral("SELECT id, name FROM actor WHERE %1 = ?").arg(column));
        query.addBindValue(value);
        if (query.exec())
            collect(tr("same official code %1").arg(value));
    }
    const QString normalized = TextFolding::normalizedName(actor.name);
    if (!normalized.isEmpty()) {
        query.prepare(QStringLiteral("SELECT id, name FROM actor WHERE name_normalized = ? "
                                     "AND coalesce(departement_code, '') = coalesce(?, '')"));
        query.addBindValue(normalized);
        query.addBindValue(actor.departementCode.isEmpty() ? QVariant() : QVariant(actor.departementCode));
        if (query.exec())
            collect(tr("same name in the same département"));
    }
    return candidates;
}

QList<DuplicateFinder::Candidate> DuplicateFinder::partners(const ForeignPartner& partner) const
{
    QList<Candidate> candidates;
    const QString normalized = TextFolding::normalizedName(partner.name);
    if (normalized.isEmpty())
        return candidates;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, name FROM foreign_partner WHERE name_normalized = ? AND country_code = ?"));
    query.addBindValue(normalized);
    query.addBindValue(partner.countryCode);
    if (query.exec()) {
        while (query.next()) {
            if (query.value(0).toLongLong() != partner.id)
                addUnique(candidates, {query.value(0).toLongLong(), query.value(1).toString(),
                                       tr("same name in the same country")});
        }
    }
    return candidates;
}

QList<DuplicateFinder::Candidate> DuplicateFinder::partnerships(const Partnership& partnership) const
{
    QList<Candidate> candidates;
    if (partnership.actors.isEmpty() || partnership.partnerIds.isEmpty())
        return candidates;
    // Same nature, and one of its actors already works with one of its partners.
    QStringList actorIds;
    for (const ActorLink& link : partnership.actors)
        actorIds << QString::number(link.actorId);
    QStringList partnerIds;
    for (const qint64 id : partnership.partnerIds)
        partnerIds << QString::number(id);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
                      "SELECT DISTINCT p.id, (SELECT a.name FROM actor a WHERE a.id = pa.actor_id) || ' – ' || "
                      "(SELECT f.name FROM foreign_partner f WHERE f.id = pp.partner_id) "
                      "FROM partnership p JOIN partnership_actor pa ON pa.partnership_id = p.id "
                      "JOIN partnership_partner pp ON pp.partnership_id = p.id "
                      "WHERE p.kind_code = ? AND pa.actor_id IN (%1) AND pp.partner_id IN (%2)")
                      .arg(actorIds.join(QLatin1Char(',')), partnerIds.join(QLatin1Char(','))));
    query.addBindValue(partnership.kindCode);
    if (query.exec()) {
        while (query.next()) {
            if (query.value(0).toLongLong() != partnership.id)
                addUnique(candidates, {query.value(0).toLongLong(), query.value(1).toString(),
                                       tr("same nature, same actor and partner")});
        }
    }
    return candidates;
}

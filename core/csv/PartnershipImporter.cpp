#include "PartnershipImporter.h"

#include "CsvValues.h"
#include "ImportBatch.h"
#include "ImportRow.h"
#include "VocabularyMatcher.h"
#include "common/Identifiers.h"
#include "common/TextFolding.h"
#include "refdata/CountryLookup.h"
#include "refdata/GeoLookup.h"
#include "store/ActorStore.h"
#include "store/PartnerStore.h"
#include "store/PartnershipStore.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace {

template <typename T> QList<T> sorted(QList<T> values)
{
    std::sort(values.begin(), values.end());
    return values;
}

// The id of a record a store created, or 0 after adding the store's objections to the report.
template<typename Record>
qint64 createdId(const Result<Record>& created, int line, ImportReport& report)
{
    if (created)
        return created.value().id;
    for (const Problem& problem : created.problems())
        report.errors.append({line, problem.field, problem.message});
    return 0;
}

} // namespace

PartnershipImporter::PartnershipImporter(const QSqlDatabase& db)
    : RecordImporter(db, QStringLiteral("partnerships"))
    , m_countries(std::make_unique<CountryLookup>(db))
    , m_geography(std::make_unique<GeoLookup>(db))
    , m_kinds(std::make_unique<VocabularyMatcher>(db, QStringLiteral("ref_partnership_kind")))
    , m_statuses(std::make_unique<VocabularyMatcher>(db, QStringLiteral("ref_partnership_status")))
    , m_themes(std::make_unique<VocabularyMatcher>(db, QStringLiteral("ref_theme")))
    , m_actorTypes(std::make_unique<VocabularyMatcher>(db, QStringLiteral("ref_actor_type")))
    , m_roles(std::make_unique<VocabularyMatcher>(db, QStringLiteral("ref_org_role")))
{
}

PartnershipImporter::~PartnershipImporter() = default;

void PartnershipImporter::reset()
{
    m_actorsByKey.clear();
    m_partnersByKey.clear();
}

void PartnershipImporter::check(const CsvRecord& record, const ColumnMap& columns, ImportReport& report)
{
    parse(record, columns, report);
}

QList<ColumnMap::Field> PartnershipImporter::columns() const
{
    return {
        {"id", "Identifiant", "Id"},
        {"kind", "Nature", "Kind", true},
        {"status", "Statut", "Status"},
        {"actor", "Acteur", "Actor", true},
        {"actor_code", "Code INSEE/SIREN", "Actor code"},
        {"actor_type", "Type d'acteur", "Actor type"},
        {"departement", "Département", "Departement"},
        {"role", "Rôle", "Role"},
        {"partner", "Partenaire", "Partner", true},
        {"country", "Pays", "Country", true},
        {"partner_area", "Région du partenaire", "Partner area"},
        {"signed_on", "Date de signature", "Signed on"},
        {"ended_on", "Date de fin", "Ended on"},
        {"themes", "Thématiques", "Themes"},
        {"description", "Description", "Description"},
        {"source", "Source", "Source"},
        {"verified_on", "Vérifié le", "Verified on"},
        {"title", "Titre", "Title"},
        {"status_reason", "Motif du statut", "Status reason"},
        {"formalized", "Formalisé", "Formalised"},
    };
}

std::optional<PartnershipImporter::Row>
PartnershipImporter::parse(const CsvRecord& record, const ColumnMap& columns, ImportReport& report) const
{
    ImportRow cells(record, columns, report);
    Row row;
    row.line = record.line;
    row.uuid = cells.id();

    Partnership& p = row.partnership;
    const QString kind = cells.value("kind");
    p.kindCode = m_kinds->find(kind);
    if (kind.isEmpty())
        cells.problem("kind", tr("the nature is missing"));
    else if (p.kindCode.isEmpty())
        cells.problem("kind", tr("\"%1\" is not a known nature of partnership").arg(kind));
    const QString status = cells.value("status");
    p.statusCode = status.isEmpty() ? QStringLiteral("actif") : m_statuses->find(status);
    if (p.statusCode.isEmpty())
        cells.problem("status", tr("\"%1\" is not a known status").arg(status));
    p.statusReason = cells.value("status_reason");
    p.title = cells.value("title");
    p.description = cells.value("description");
    p.source = cells.value("source");
    bool validFlag = true;
    p.formalized = CsvValues::parseFlag(cells.value("formalized"), &validFlag).value_or(false);
    if (!validFlag)
        cells.problem("formalized", tr("\"%1\" is not yes or no").arg(cells.value("formalized")));
    cells.date("signed_on", p.signedOn);
    cells.date("ended_on", p.endedOn);
    cells.date("verified_on", p.verifiedOn);
    if (p.endedOn.certainlyBefore(p.signedOn))
        cells.problem(
            "ended_on",
            tr("the end (%1) is before the signature (%2)").arg(p.endedOn.toFrench(), p.signedOn.toFrench()));
    for (const QString& theme : CsvValues::splitList(cells.value("themes"), true)) {
        if (theme.isEmpty())
            continue;
        const QString code = m_themes->find(theme);
        if (code.isEmpty())
            cells.problem("themes", tr("\"%1\" is not a known theme").arg(theme));
        else if (!p.themeCodes.contains(code))
            p.themeCodes << code;
    }

    // Actors: names, and in parallel columns their codes, types, départements and roles.
    const QStringList names = CsvValues::splitList(cells.value("actor"));
    if (names.isEmpty() ||
        std::all_of(names.cbegin(), names.cend(), [](const QString& n) { return n.isEmpty(); }))
        cells.problem("actor", tr("at least one actor of the region is needed"));
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
    for (int i = 0; i < names.size(); ++i) {
        ActorSpec actor;
        actor.name = names.at(i);
        if (actor.name.isEmpty()) {
            cells.problem("actor", tr("an actor's name is empty"));
            continue;
        }
        actor.code = codes.value(i).toUpper().remove(QLatin1Char(' '));
        if (!actor.code.isEmpty()) {
            if (Identifiers::isInseeCommuneCode(actor.code)) {
                if (const auto commune = m_geography->communeByCode(actor.code)) {
                    actor.code = commune->commune.code; // a merged commune's code gives today's commune
                    actor.departementCode = commune->commune.departementCode;
                } else {
                    cells.problem("actor_code", tr("%1 is not the INSEE code of a French commune").arg(actor.code));
                }
            } else if (!Identifiers::isSiren(actor.code)) {
                cells.problem("actor_code",
                        tr("\"%1\" is neither an INSEE commune code nor a SIREN number").arg(actor.code));
            }
        }
        if (const QString type = types.value(i); !type.isEmpty()) {
            actor.typeCode = m_actorTypes->find(type);
            if (actor.typeCode.isEmpty())
                cells.problem("actor_type", tr("\"%1\" is not a known type of actor").arg(type));
        }
        if (const QString departement = departements.value(i); !departement.isEmpty()) {
            if (const auto found = m_geography->departement(departement))
                actor.departementCode = found->code;
            else
                cells.problem("departement", tr("\"%1\" is not a French département").arg(departement));
        }
        actor.roleCode = QString::fromLatin1(PartnershipStore::kDefaultActorRole);
        if (const QString role = roles.value(i); !role.isEmpty()) {
            actor.roleCode = m_roles->find(role);
            if (actor.roleCode.isEmpty())
                cells.problem("role", tr("\"%1\" is not a known role").arg(role));
        }
        row.actors << actor;
    }

    // Partners: names, countries (one for all, or one each) and areas.
    const QStringList partners = CsvValues::splitList(cells.value("partner"));
    const QStringList countries = CsvValues::splitList(cells.value("country"));
    const QStringList areas = CsvValues::splitList(cells.value("partner_area"));
    if (partners.isEmpty())
        cells.problem("partner", tr("at least one foreign partner is needed"));
    if (countries.isEmpty())
        cells.problem("country", tr("the country is missing"));
    else if (countries.size() != 1 && countries.size() != partners.size())
        cells.problem("country", tr("%1 countries for %2 partner(s)").arg(countries.size()).arg(partners.size()));
    for (int i = 0; i < partners.size(); ++i) {
        PartnerSpec partner;
        partner.name = partners.at(i);
        partner.area = areas.size() == 1 ? areas.first() : areas.value(i);
        if (partner.name.isEmpty()) {
            cells.problem("partner", tr("a partner's name is empty"));
            continue;
        }
        const QString country = countries.size() == 1 ? countries.first() : countries.value(i);
        if (country.isEmpty())
            continue;
        if (const auto found = m_countries->find(country))
            partner.countryCode = found->code;
        else
            cells.problem("country", tr("\"%1\" is not a known country").arg(country));
        row.partners << partner;
    }
    if (!cells.has("actor") || !cells.has("partner"))
        return std::nullopt;
    return cells.clean() ? std::optional<Row>(row) : std::nullopt;
}

qint64 PartnershipImporter::resolveActor(const ActorSpec& spec, int line, ImportReport& report,
                                         const ImportBatch& batch)
{
    const QString nameKey =
        QStringLiteral("name:%1|%2").arg(TextFolding::normalizedName(spec.name), spec.departementCode);
    const QString codeKey = spec.code.isEmpty() ? QString() : QStringLiteral("code:") + spec.code;
    if (!codeKey.isEmpty() && m_actorsByKey.contains(codeKey))
        return m_actorsByKey.value(codeKey);
    if (m_actorsByKey.contains(nameKey))
        return m_actorsByKey.value(nameKey);

    QSqlQuery query(m_db);
    qint64 id = 0;
    if (!spec.code.isEmpty()) {
        query.prepare(
            QStringLiteral("SELECT id FROM actor WHERE insee_code = ? OR siren = ? ORDER BY id LIMIT 1"));
        query.addBindValue(spec.code);
        query.addBindValue(spec.code);
        if (query.exec() && query.next())
            id = query.value(0).toLongLong();
    }
    if (id == 0) {
        // By name, within the département when one is known; without, only if the name is unique.
        query.prepare(
            spec.departementCode.isEmpty()
                ? QStringLiteral("SELECT id FROM actor WHERE name_normalized = ? LIMIT 2")
                : QStringLiteral(
                      "SELECT id FROM actor WHERE name_normalized = ? AND departement_code = ? LIMIT 2"));
        query.addBindValue(TextFolding::normalizedName(spec.name));
        if (!spec.departementCode.isEmpty())
            query.addBindValue(spec.departementCode);
        QList<qint64> found;
        if (query.exec()) {
            while (query.next())
                found << query.value(0).toLongLong();
        }
        if (found.size() == 1)
            id = found.first();
    }
    if (id == 0) {
        Actor actor;
        actor.name = spec.name;
        actor.typeCode = spec.typeCode;
        actor.departementCode = spec.departementCode;
        actor.source = tr("import %1").arg(QFileInfo(report.file).fileName());
        if (Identifiers::isInseeCommuneCode(spec.code)) {
            actor.inseeCode = spec.code;
            if (actor.typeCode.isEmpty())
                actor.typeCode = QStringLiteral("commune");
            if (const auto commune = m_geography->communeByCode(spec.code);
                commune && actor.typeCode == QLatin1String("commune")) {
                actor.siren = commune->commune.siren;
                actor.population = commune->commune.population;
            }
        } else if (!spec.code.isEmpty()) {
            actor.siren = spec.code;
            if (actor.typeCode.isEmpty()) {
                // The type from the SIREN when the reference data knows it.
                if (const auto commune = m_geography->communeBySiren(spec.code)) {
                    actor.typeCode = QStringLiteral("commune");
                    actor.inseeCode = commune->code;
                    actor.departementCode =
                        actor.departementCode.isEmpty() ? commune->departementCode : actor.departementCode;
                } else if (m_geography->epciBySiren(spec.code)) {
                    actor.typeCode = QStringLiteral("epci");
                }
            }
        }
        id = createdId(ActorStore(m_db).create(actor), line, report);
        if (id == 0)
            return 0;
        batch.link(QStringLiteral("actor"), id, line);
    }
    m_actorsByKey.insert(nameKey, id);
    if (!codeKey.isEmpty())
        m_actorsByKey.insert(codeKey, id);
    return id;
}

qint64 PartnershipImporter::resolvePartner(const PartnerSpec& spec, int line, ImportReport& report,
                                           const ImportBatch& batch)
{
    const QString key = TextFolding::normalizedName(spec.name) + QLatin1Char('|') + spec.countryCode;
    if (m_partnersByKey.contains(key))
        return m_partnersByKey.value(key);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT id FROM foreign_partner WHERE name_normalized = ? AND country_code = ? ORDER BY id LIMIT 1"));
    query.addBindValue(TextFolding::normalizedName(spec.name));
    query.addBindValue(spec.countryCode);
    qint64 id = query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    if (id == 0) {
        ForeignPartner partner;
        partner.name = spec.name;
        partner.countryCode = spec.countryCode;
        partner.adminArea = spec.area;
        partner.source = tr("import %1").arg(QFileInfo(report.file).fileName());
        id = createdId(PartnerStore(m_db).create(partner), line, report);
        if (id == 0)
            return 0;
        batch.link(QStringLiteral("foreign_partner"), id, line);
    }
    m_partnersByKey.insert(key, id);
    return id;
}

qint64 PartnershipImporter::findSamePartnership(const Partnership& partnership) const
{
    if (partnership.actors.isEmpty() || partnership.partnerIds.isEmpty())
        return 0;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT id FROM partnership WHERE kind_code = ? "
        "AND id IN (SELECT partnership_id FROM partnership_actor WHERE actor_id = ?) "
        "AND id IN (SELECT partnership_id FROM partnership_partner WHERE partner_id = ?) ORDER BY id"));
    query.addBindValue(partnership.kindCode);
    query.addBindValue(partnership.actors.first().actorId);
    query.addBindValue(partnership.partnerIds.first());
    if (!query.exec())
        return 0;
    QList<qint64> actorIds;
    for (const ActorLink& link : partnership.actors)
        actorIds << link.actorId;
    PartnershipStore store(m_db);
    while (query.next()) {
        const std::optional<Partnership> candidate = store.find(query.value(0).toLongLong());
        if (!candidate)
            continue;
        QList<qint64> candidateActors;
        for (const ActorLink& link : candidate->actors)
            candidateActors << link.actorId;
        if (sorted(candidateActors) == sorted(actorIds) &&
            sorted(candidate->partnerIds) == sorted(partnership.partnerIds))
            return candidate->id;
    }
    return 0;
}

bool PartnershipImporter::write(const CsvRecord& record, const ColumnMap& columns, const ImportBatch& batch,
                                ImportReport& report)
{
    PartnershipStore store(m_db);
    std::optional<Row> row = parse(record, columns, report);
    if (!row)
        return false;
    Partnership partnership = row->partnership;
    for (const ActorSpec& actor : std::as_const(row->actors)) {
        const qint64 id = resolveActor(actor, row->line, report, batch);
        if (id > 0 && std::none_of(partnership.actors.cbegin(), partnership.actors.cend(),
                                   [id](const ActorLink& link) { return link.actorId == id; }))
            partnership.actors.append({id, actor.roleCode});
    }
    for (const PartnerSpec& partner : std::as_const(row->partners)) {
        const qint64 id = resolvePartner(partner, row->line, report, batch);
        if (id > 0 && !partnership.partnerIds.contains(id))
            partnership.partnerIds << id;
    }
    if (!report.errors.isEmpty())
        return false;
    std::optional<Partnership> existing =
        row->uuid.isEmpty() ? std::nullopt : store.findByUuid(row->uuid);
    if (!existing && row->uuid.isEmpty()) {
        if (const qint64 same = findSamePartnership(partnership))
            existing = store.find(same);
    }
    // Columns the file does not have keep their stored values.
    partnership.uuid = row->uuid;
    Partnership merged = existing ? *existing : partnership;
    merged.kindCode = partnership.kindCode;
    merged.actors = partnership.actors;
    merged.partnerIds = partnership.partnerIds;
    take(columns, "status", merged.statusCode, partnership.statusCode);
    take(columns, "status_reason", merged.statusReason, partnership.statusReason);
    take(columns, "title", merged.title, partnership.title);
    take(columns, "signed_on", merged.signedOn, partnership.signedOn);
    take(columns, "ended_on", merged.endedOn, partnership.endedOn);
    take(columns, "themes", merged.themeCodes, partnership.themeCodes);
    take(columns, "description", merged.description, partnership.description);
    take(columns, "source", merged.source, partnership.source);
    take(columns, "verified_on", merged.verifiedOn, partnership.verifiedOn);
    take(columns, "formalized", merged.formalized, partnership.formalized);
    return save(store, partnership, existing, merged, QStringLiteral("partnership"), row->line, columns, batch,
                report);
}

#include "PartnershipImporter.h"
#include "database/PreparedQuery.h"

#include "CsvValues.h"
#include "ImportBatch.h"
#include "ImportRow.h"
#include "OrganisationMatcher.h"
#include "VocabularyMatcher.h"
#include "report/ReportRules.h"
#include "store/PartnershipStore.h"

#include <QSqlQuery>

#include <algorithm>

namespace {

template <typename T> QList<T> sorted(QList<T> values)
{
    std::sort(values.begin(), values.end());
    return values;
}

} // namespace

PartnershipImporter::PartnershipImporter(const QSqlDatabase& db)
    : RecordImporter(db, QStringLiteral("partnerships"))
    , m_organisations(std::make_unique<OrganisationMatcher>(db))
    , m_kinds(std::make_unique<VocabularyMatcher>(db, QStringLiteral("ref_partnership_kind")))
    , m_statuses(std::make_unique<VocabularyMatcher>(db, QStringLiteral("ref_partnership_status")))
    , m_themes(std::make_unique<VocabularyMatcher>(db, QStringLiteral("ref_theme")))
{
}

PartnershipImporter::~PartnershipImporter() = default;

void PartnershipImporter::reset()
{
    m_organisations->reset();
}

void PartnershipImporter::check(const CsvRecord& record, const ColumnMap& columns, ImportReport& report)
{
    parse(record, columns, report);
}

QList<ColumnMap::Field> PartnershipImporter::columns() const
{
    QList<ColumnMap::Field> fields = {
        {"id", "Identifiant", "Id"},
        {"kind", "Nature", "Kind", true, "Type de partenariat|Type de coopération|Type de lien"},
        {"status", "Statut", "Status"},
    };
    fields << OrganisationMatcher::columns({"country", "Pays", "Country", true}, true);
    return fields << QList<ColumnMap::Field>{
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
        cells.unknown("kind", kind, m_kinds->table(),
                      tr("\"%1\" is not a known nature of partnership").arg(CsvValues::excerpt(kind)) +
                          m_kinds->hint(kind));
    const QString status = cells.value("status");
    p.statusCode = status.isEmpty() ? QStringLiteral("actif") : m_statuses->find(status);
    if (p.statusCode.isEmpty())
        cells.unknown("status", status, m_statuses->table(),
                      tr("\"%1\" is not a known status").arg(CsvValues::excerpt(status)) +
                          m_statuses->hint(status));
    p.statusReason = cells.value("status_reason");
    p.title = cells.value("title");
    p.description = cells.value("description");
    p.source = cells.value("source");
    p.formalized = cells.flag("formalized").value_or(false);
    cells.date("signed_on", p.signedOn);
    cells.date("ended_on", p.endedOn);
    cells.date("verified_on", p.verifiedOn);
    if (p.endedOn.certainlyBefore(p.signedOn))
        cells.problem(
            "ended_on",
            tr("the end (%1) is before the signature (%2)").arg(p.endedOn.toFrench(), p.signedOn.toFrench()));
    p.themeCodes = cells.codes("themes", *m_themes, tr("\"%1\" is not a known theme"));
    if (!p.statusCode.isEmpty())
        cells.warnIfUncounted(ReportRules::ActivePartnership::classOf(p.statusCode.toStdString()), p.signedOn,
                              p.endedOn, "signed_on");

    const QStringList names = CsvValues::splitList(cells.value("actor"));
    if (std::all_of(names.cbegin(), names.cend(), [](const QString& n) { return n.isEmpty(); }))
        cells.problem("actor", tr("at least one actor of the region is needed"));
    row.actors = m_organisations->readActors(cells, QString::fromLatin1(PartnershipStore::kDefaultActorRole));
    if (CsvValues::splitList(cells.value("partner")).isEmpty())
        cells.problem("partner", tr("at least one foreign partner is needed"));
    else if (cells.value("country").isEmpty())
        cells.problem("country", tr("the country is missing"));
    else
        row.partners = m_organisations->readPartners(cells, "country");
    if (!cells.has("actor") || !cells.has("partner"))
        return std::nullopt;
    return cells.clean() ? std::optional<Row>(row) : std::nullopt;
}

qint64 PartnershipImporter::findSamePartnership(const Partnership& partnership) const
{
    if (partnership.actors.isEmpty() || partnership.partnerIds.isEmpty())
        return 0;
    // A join rather than "id IN (SELECT …)": SQLite fills a table of its own for each IN list on
    // every run, which made this lookup 6-8 times slower (docs/performance.md).
    PreparedQuery query(m_db,
                        QStringLiteral("SELECT pa.partnership_id FROM partnership_actor pa "
                                       "JOIN partnership_partner pp ON pp.partnership_id = pa.partnership_id "
                                       "AND pp.partner_id = ? "
                                       "JOIN partnership p ON p.id = pa.partnership_id AND p.kind_code = ? "
                                       "WHERE pa.actor_id = ? ORDER BY pa.partnership_id"));
    query->addBindValue(partnership.partnerIds.first());
    query->addBindValue(partnership.kindCode);
    query->addBindValue(partnership.actors.first().actorId);
    if (!query->exec())
        return 0;
    QList<qint64> actorIds;
    for (const ActorLink& link : partnership.actors)
        actorIds << link.actorId;
    PartnershipStore store(m_db);
    while (query->next()) {
        const std::optional<Partnership> candidate = store.find(query->value(0).toLongLong());
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
    m_organisations->link(row->actors, row->partners, row->line, report, batch, partnership.actors,
                          partnership.partnerIds);
    if (!report.errors.isEmpty())
        return false;
    std::optional<Partnership> existing = row->uuid.isEmpty() ? std::nullopt : store.findByUuid(row->uuid);
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
    return save(store, partnership, existing, merged, QStringLiteral("partnership"), row->line, columns,
                batch, report);
}

#include "PartnershipImporter.h"
#include "database/PreparedQuery.h"
#include "database/Statement.h"

#include "CsvValues.h"
#include "ImportBatch.h"
#include "ImportRow.h"
#include "OrganisationMatcher.h"
#include "VocabularyMatcher.h"
#include "report/ReportRules.h"
#include "store/LinkValues.h"
#include "store/PartnershipStore.h"

#include <QSqlQuery>

#include <algorithm>

namespace {

template <typename T> QList<T> sorted(QList<T> values)
{
    std::sort(values.begin(), values.end());
    return values;
}

QList<qint64> actorIds(const Partnership& partnership)
{
    QList<qint64> ids;
    for (const ActorLink& link : partnership.actors)
        ids << link.actorId;
    return sorted(ids);
}

bool sameLinks(const Partnership& one, const Partnership& other)
{
    return one.kindCode == other.kindCode && actorIds(one) == actorIds(other) &&
           sorted(one.partnerIds) == sorted(other.partnerIds);
}

// Between the actors and the partners in a key: no id is negative.
constexpr qint64 kEndOfActors = -1;

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
    m_keys.clear();
    m_checked.clear();
}

void PartnershipImporter::check(const CsvRecord& record, const ColumnMap& columns, ImportReport& report)
{
    const qsizetype reported = report.errors.size();
    Row row = parse(record, columns, report);
    // The store's rules now, so that every row's problems are listed before anything is written.
    Partnership partnership = row.partnership;
    OrganisationMatcher::linkProvisionally(row.actors, row.partners, partnership.actors,
                                           partnership.partnerIds);
    reportStoreProblems(PartnershipStore(m_db).checkImported(partnership, session()), record.line, columns,
                        reported, report);
    m_checked.keep(std::move(row), record);
}

QList<ColumnMap::Field> PartnershipImporter::columns() const
{
    QList<ColumnMap::Field> fields = {
        {"id", "Identifiant", "Id"},
        // « Kind » was the English label: files that have it still import.
        {"kind", "Nature", "Nature", true, "Kind|Type de partenariat|Type de coopération|Type de lien"},
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

PartnershipImporter::Row PartnershipImporter::parse(const CsvRecord& record, const ColumnMap& columns,
                                                    ImportReport& report) const
{
    ImportRow cells(record, columns, report);
    Row row;
    row.line = record.line;
    row.uuid = cells.id();

    Partnership& p = row.partnership;
    const QString kind = cells.value("kind");
    p.kindCode = m_kinds->find(kind);
    // A missing nature, an end before the signature, no actor or partner: the store's rules
    // (check() applies them), each with one message.
    if (!kind.isEmpty() && p.kindCode.isEmpty())
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
    p.themeCodes = cells.codes("themes", *m_themes, tr("\"%1\" is not a known theme"));
    if (!p.statusCode.isEmpty())
        cells.warnIfUncounted(ReportRules::ActivePartnership::classOf(p.statusCode.toStdString()), p.signedOn,
                              p.endedOn, "signed_on");

    row.actors = m_organisations->readActors(cells, QString::fromLatin1(PartnershipStore::kDefaultActorRole));
    if (!CsvValues::splitList(cells.value("partner")).isEmpty()) { // none: the store's rule
        if (cells.value("country").isEmpty())
            cells.problem("country", tr("the country is missing"));
        else
            row.partners = m_organisations->readPartners(cells, "country");
    }
    row.clean = cells.has("actor") && cells.has("partner") && cells.clean();
    return row;
}

RecordKeys::Key PartnershipImporter::keyOf(const Partnership& partnership)
{
    RecordKeys::Builder key;
    key.add(partnership.kindCode);
    for (const qint64 id : actorIds(partnership))
        key.add(id);
    key.add(kEndOfActors);
    for (const qint64 id : sorted(partnership.partnerIds))
        key.add(id);
    return key.key();
}

void PartnershipImporter::readKeys()
{
    // Two passes in the order of the partnerships' ids, their links in the order of their ids
    // (the tables' primary keys): each partnership's key is made as its links go by, without a
    // query per partnership. The first holds the key up to the actors, 16 bytes a partnership.
    std::vector<std::pair<qint64, RecordKeys::Builder>> upToActors;
    {
        Statement actors(m_db, QStringLiteral("SELECT p.id, p.kind_code, pa.actor_id FROM partnership p "
                                              "JOIN partnership_actor pa ON pa.partnership_id = p.id "
                                              "ORDER BY pa.partnership_id, pa.actor_id"));
        while (actors.next()) {
            const qint64 id = actors.integer(0);
            if (upToActors.empty() || upToActors.back().first != id) {
                const std::string_view kind = actors.text(1);
                RecordKeys::Builder key;
                key.add(QString::fromUtf8(kind.data(), static_cast<qsizetype>(kind.size())));
                upToActors.emplace_back(id, key);
            }
            upToActors.back().second.add(actors.integer(2));
        }
    }
    Statement partners(m_db, QStringLiteral("SELECT partnership_id, partner_id FROM partnership_partner "
                                            "ORDER BY partnership_id, partner_id"));
    auto current = upToActors.begin();
    bool partnerRow = partners.next();
    while (partnerRow && current != upToActors.end()) {
        const qint64 id = partners.integer(0);
        if (id < current->first) {
            partnerRow = partners.next();
            continue;
        }
        if (id > current->first) {
            ++current; // a partnership without partners has no key
            continue;
        }
        RecordKeys::Builder key = current->second;
        key.add(kEndOfActors);
        while (partnerRow && partners.integer(0) == id) {
            key.add(partners.integer(1));
            partnerRow = partners.next();
        }
        m_keys.add(key.key(), id);
        ++current;
    }
    m_keys.setFilled();
}

std::optional<Partnership> PartnershipImporter::findSamePartnership(const Partnership& partnership)
{
    if (partnership.actors.isEmpty() || partnership.partnerIds.isEmpty())
        return std::nullopt;
    if (!m_keys.isFilled())
        readKeys();
    const qint64 keyed = m_keys.find(keyOf(partnership));
    if (keyed == 0)
        return std::nullopt;
    PartnershipStore store(m_db);
    if (std::optional<Partnership> candidate = store.find(keyed);
        candidate && sameLinks(*candidate, partnership))
        return candidate;
    // Another partnership's digest, or one the import has changed since: the database decides.
    const qint64 same = findSameInDatabase(partnership);
    return same > 0 ? store.find(same) : std::nullopt;
}

qint64 PartnershipImporter::findSameInDatabase(const Partnership& partnership) const
{
    // A join rather than "id IN (SELECT …)": SQLite fills a table of its own for each IN list on
    // every run, which made this lookup 6-8 times slower (docs/performance.md). It walks the
    // partnerships of the first actor: the keys spare it to most rows.
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
    PartnershipStore store(m_db);
    while (query->next()) {
        const std::optional<Partnership> candidate = store.find(query->value(0).toLongLong());
        if (candidate && sameLinks(*candidate, partnership))
            return candidate->id;
    }
    return 0;
}

bool PartnershipImporter::write(const CsvRecord& record, const ColumnMap& columns, const ImportBatch& batch,
                                ImportReport& report)
{
    PartnershipStore store(m_db);
    // The same reading as the first pass's, whose problems (none, or nothing is written) and
    // warnings are in the report already.
    const Row row = m_checked.takeOr(record.line, [&] { return parse(record, columns, report); });
    if (!row.clean)
        return false;
    Partnership partnership = row.partnership;
    m_organisations->link(row.actors, row.partners, row.line, report, batch, partnership.actors,
                          partnership.partnerIds);
    if (!report.errors.isEmpty())
        return false;
    std::optional<Partnership> existing =
        row.uuid.isEmpty() ? findSamePartnership(partnership) : store.findByUuid(row.uuid);
    // Columns the file does not have keep their stored values.
    partnership.uuid = row.uuid;
    Partnership merged = existing ? *existing : partnership;
    merged.kindCode = partnership.kindCode;
    // In the order a stored record's links are read (by id, codes alphabetically): links are
    // stored without an order, and a row listing them otherwise (a file's names sorted by name)
    // is then told equal to its record by its fields alone (RecordStore::replace).
    merged.actors = LinkValues::canonical(partnership.actors);
    merged.partnerIds = LinkValues::canonical(partnership.partnerIds);
    take(columns, "status", merged.statusCode, partnership.statusCode);
    take(columns, "status_reason", merged.statusReason, partnership.statusReason);
    take(columns, "title", merged.title, partnership.title);
    take(columns, "signed_on", merged.signedOn, partnership.signedOn);
    take(columns, "ended_on", merged.endedOn, partnership.endedOn);
    take(columns, "themes", merged.themeCodes, LinkValues::canonical(partnership.themeCodes));
    take(columns, "description", merged.description, partnership.description);
    take(columns, "source", merged.source, partnership.source);
    take(columns, "verified_on", merged.verifiedOn, partnership.verifiedOn);
    take(columns, "formalized", merged.formalized, partnership.formalized);
    const qint64 saved = save(store, partnership, existing, merged, QStringLiteral("partnership"), row.line,
                              columns, batch, report);
    // The keys read from the database are kept current with what the import writes.
    if (saved > 0 && m_keys.isFilled())
        m_keys.add(keyOf(merged), saved);
    return saved > 0;
}

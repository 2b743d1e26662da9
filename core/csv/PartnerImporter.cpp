#include "PartnerImporter.h"

#include "CsvValues.h"
#include "ImportBatch.h"
#include "ImportRow.h"
#include "VocabularyMatcher.h"
#include "common/TextFolding.h"
#include "refdata/CountryLookup.h"
#include "store/PartnerStore.h"
#include "store/SqlRow.h"

#include <QSqlQuery>

PartnerImporter::PartnerImporter(const QSqlDatabase& db)
    : RecordImporter(db, QStringLiteral("partners"))
    , m_countries(std::make_unique<CountryLookup>(db))
    , m_types(std::make_unique<VocabularyMatcher>(db, QStringLiteral("ref_partner_type")))
{
}

PartnerImporter::~PartnerImporter() = default;

QList<ColumnMap::Field> PartnerImporter::columns() const
{
    return {
        {"id", "Identifiant", "Id"},
        {"name", "Nom", "Name", true},
        {"partner_type", "Type de partenaire", "Partner type"},
        {"country", "Pays", "Country", true},
        {"partner_area", "Région du partenaire", "Partner area"},
        {"latitude", "Latitude", "Latitude"},
        {"longitude", "Longitude", "Longitude"},
        {"source", "Source", "Source"},
        {"verified_on", "Vérifié le", "Verified on"},
        {"notes", "Notes", "Notes"},
    };
}

void PartnerImporter::reset()
{
    m_checked.clear();
}

ForeignPartner PartnerImporter::parse(const CsvRecord& record, const ColumnMap& columns,
                                      ImportReport& report) const
{
    ImportRow cells(record, columns, report);
    ForeignPartner partner;
    partner.uuid = cells.id();
    // No name, no country or France, a latitude or longitude out of bounds: the store's rules
    // (check() applies them), each with one message.
    partner.name = cells.value("name");
    if (const QString country = cells.value("country"); !country.isEmpty()) {
        if (const auto found = m_countries->find(country))
            partner.countryCode = found->code;
        else
            cells.unknown("country", country, QStringLiteral("ref_country"),
                          tr("\"%1\" is not a known country").arg(CsvValues::excerpt(country)));
    }
    if (const QString type = cells.value("partner_type"); !type.isEmpty()) {
        partner.typeCode = m_types->find(type);
        if (partner.typeCode.isEmpty())
            cells.unknown("partner_type", type, m_types->table(),
                          tr("\"%1\" is not a known type of partner").arg(CsvValues::excerpt(type)) +
                              m_types->hint(type));
    }
    partner.adminArea = cells.value("partner_area");
    partner.latitude = cells.number("latitude");
    partner.longitude = cells.number("longitude");
    partner.source = cells.value("source");
    cells.date("verified_on", partner.verifiedOn);
    partner.notes = cells.value("notes");
    return partner;
}

void PartnerImporter::check(const CsvRecord& record, const ColumnMap& columns, ImportReport& report)
{
    const qsizetype reported = report.errors.size();
    ForeignPartner partner = parse(record, columns, report);
    // The store's rules now, so that every row's problems are listed before anything is written;
    // the store names the partner's name "partner", as the files that name partners do.
    reportStoreProblems(PartnerStore(m_db).checkImported(partner, session()), record.line, columns, reported,
                        report, {{QStringLiteral("partner"), "name"}});
    m_checked.keep(std::move(partner), record);
}

std::optional<ForeignPartner> PartnerImporter::findExisting(const ForeignPartner& partner) const
{
    PartnerStore store(m_db);
    if (!partner.uuid.isEmpty())
        return store.findByUuid(partner.uuid);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT id FROM foreign_partner WHERE name_normalized = ? AND country_code = ? ORDER BY id LIMIT 2"));
    query.addBindValue(TextFolding::normalizedName(partner.name));
    query.addBindValue(partner.countryCode);
    // Two partners of that name in that country: the row cannot say which; it makes a third.
    const std::optional<qint64> id = SqlRow::onlyId(query);
    return id ? store.find(*id) : std::nullopt;
}

bool PartnerImporter::write(const CsvRecord& record, const ColumnMap& columns, const ImportBatch& batch,
                            ImportReport& report)
{
    // The same reading as the first pass's, whose problems (none, or nothing is written) and
    // warnings are in the report already.
    const qsizetype reported = report.errors.size();
    const ForeignPartner partner =
        m_checked.takeOr(record.line, [&] { return parse(record, columns, report); });
    if (report.errors.size() > reported)
        return false;
    const std::optional<ForeignPartner> existing = findExisting(partner);
    // Columns the file does not have keep their stored values.
    ForeignPartner merged = existing ? *existing : partner;
    merged.name = partner.name;
    merged.countryCode = partner.countryCode;
    take(columns, "partner_type", merged.typeCode, partner.typeCode);
    take(columns, "partner_area", merged.adminArea, partner.adminArea);
    take(columns, "latitude", merged.latitude, partner.latitude);
    take(columns, "longitude", merged.longitude, partner.longitude);
    take(columns, "source", merged.source, partner.source);
    take(columns, "verified_on", merged.verifiedOn, partner.verifiedOn);
    take(columns, "notes", merged.notes, partner.notes);
    return save(PartnerStore(m_db), partner, existing, merged, QStringLiteral("foreign_partner"), record.line,
                columns, batch, report) > 0;
}

#include "PartnerStore.h"

#include "common/TextFolding.h"
#include "refdata/CountryLookup.h"
#include "store/RecordValidator.h"
#include "store/SqlRow.h"

#include <QSqlQuery>

PartnerStore::PartnerStore(const QSqlDatabase& db)
    : RecordStore(db, QStringLiteral("foreign_partner"))
{
}

QString PartnerStore::missingMessage() const
{
    return tr("This partner no longer exists; it may have been deleted.");
}

void PartnerStore::collectProblems(const ForeignPartner& partner, RecordValidator& check) const
{
    check.require(!partner.name.trimmed().isEmpty(), QStringLiteral("partner"),
                  [&] { return tr("A foreign partner needs a name."); });
    check.require(!partner.countryCode.isEmpty(), QStringLiteral("country"),
                  [&] { return tr("A foreign partner needs a country."); });
    check.codeExists(QStringLiteral("country"), QStringLiteral("ref_country"), partner.countryCode,
                     [&] { return tr("\"%1\" is not a known country code.").arg(partner.countryCode); });
    const QString inFrance = CountryLookup::notForeign(partner.countryCode);
    check.require(inFrance.isEmpty(), QStringLiteral("country"), inFrance);
    check.codeExists(QStringLiteral("partner_type"), QStringLiteral("ref_partner_type"), partner.typeCode,
                     [&] { return tr("\"%1\" is not a known type of partner.").arg(partner.typeCode); });
    check.require(!partner.latitude || (*partner.latitude >= -90 && *partner.latitude <= 90),
                  QStringLiteral("latitude"),
                  [&] { return tr("A latitude lies between -90 and 90 degrees."); });
    check.require(!partner.longitude || (*partner.longitude >= -180 && *partner.longitude <= 180),
                  QStringLiteral("longitude"),
                  [&] { return tr("A longitude lies between -180 and 180 degrees."); });
}

FieldValues PartnerStore::columns(const ForeignPartner& partner) const
{
    return {
        {QStringLiteral("name"), FieldValue::text(partner.name)},
        {QStringLiteral("name_normalized"), TextFolding::normalizedName(partner.name)},
        {QStringLiteral("partner_type_code"), FieldValue::text(partner.typeCode)},
        {QStringLiteral("country_code"), FieldValue::text(partner.countryCode)},
        {QStringLiteral("admin_area"), FieldValue::text(partner.adminArea)},
        {QStringLiteral("latitude"), FieldValue::optional(partner.latitude)},
        {QStringLiteral("longitude"), FieldValue::optional(partner.longitude)},
        {QStringLiteral("source"), FieldValue::text(partner.source)},
        {QStringLiteral("verified_on"), FieldValue::date(partner.verifiedOn)},
        {QStringLiteral("notes"), FieldValue::text(partner.notes)},
    };
}

Status PartnerStore::prepareRemoval(const ForeignPartner& partner, TrashEntry* /*trash*/)
{
    const int used = usage(partner.id);
    if (used == 0)
        return {};
    return Status::failure(
        tr("\"%1\" cannot be deleted: %n partnership(s) or project(s) refer to it.", nullptr, used)
            .arg(partner.name));
}

int PartnerStore::usage(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT (SELECT count(*) FROM partnership_partner WHERE partner_id = ?) + "
                                 "(SELECT count(*) FROM project_partner WHERE partner_id = ?)"));
    query.addBindValue(id);
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

ForeignPartner PartnerStore::fromRow(const Statement& row) const
{
    ForeignPartner partner;
    partner.id = SqlRow::id(row, QStringLiteral("id"));
    partner.uuid = SqlRow::text(row, QStringLiteral("uuid"));
    partner.name = SqlRow::text(row, QStringLiteral("name"));
    partner.typeCode = SqlRow::text(row, QStringLiteral("partner_type_code"));
    partner.countryCode = SqlRow::text(row, QStringLiteral("country_code"));
    partner.adminArea = SqlRow::text(row, QStringLiteral("admin_area"));
    partner.latitude = SqlRow::optionalReal(row, QStringLiteral("latitude"));
    partner.longitude = SqlRow::optionalReal(row, QStringLiteral("longitude"));
    partner.source = SqlRow::text(row, QStringLiteral("source"));
    partner.verifiedOn = SqlRow::date(row, QStringLiteral("verified_on"));
    partner.notes = SqlRow::text(row, QStringLiteral("notes"));
    partner.createdAt = SqlRow::text(row, QStringLiteral("created_at"));
    partner.updatedAt = SqlRow::text(row, QStringLiteral("updated_at"));
    partner.version = SqlRow::id(row, QStringLiteral("version"));
    return partner;
}

ForeignPartner PartnerStore::mergeChanges(const ForeignPartner& base, const ForeignPartner& mine,
                                          const ForeignPartner& theirs) const
{
    // Every field the adviser can change; a new field of ForeignPartner belongs here too.
    return RecordMerge::changesOver(
        base, mine, theirs, &ForeignPartner::name, &ForeignPartner::typeCode, &ForeignPartner::countryCode,
        &ForeignPartner::adminArea, &ForeignPartner::latitude, &ForeignPartner::longitude,
        &ForeignPartner::source, &ForeignPartner::verifiedOn, &ForeignPartner::notes);
}

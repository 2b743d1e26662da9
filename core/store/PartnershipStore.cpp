#include "PartnershipStore.h"

#include "store/LinkValues.h"
#include "store/RecordValidator.h"
#include "store/SqlRow.h"

#include <QSqlQuery>

namespace {

const QString kActors = QStringLiteral("partnership_actor");
const QString kPartners = QStringLiteral("partnership_partner");
const QString kThemes = QStringLiteral("partnership_theme");
const QString kOwner = QStringLiteral("partnership_id");

} // namespace

PartnershipStore::PartnershipStore(const QSqlDatabase& db)
    : RecordStore(db, QStringLiteral("partnership"))
{
}

QString PartnershipStore::missingMessage() const
{
    return tr("This partnership no longer exists; it may have been deleted.");
}

void PartnershipStore::collectProblems(const Partnership& partnership, RecordValidator& check) const
{
    check.require(!partnership.kindCode.isEmpty(), QStringLiteral("kind"), [&] {
        return tr("Choose the nature of the partnership (twinning, decentralised cooperation…).");
    });
    check.codeExists(
        QStringLiteral("kind"), QStringLiteral("ref_partnership_kind"), partnership.kindCode,
        [&] { return tr("\"%1\" is not a known nature of partnership.").arg(partnership.kindCode); });
    check.require(!partnership.statusCode.isEmpty(), QStringLiteral("status"),
                  [&] { return tr("Choose a status."); });
    check.codeExists(
        QStringLiteral("status"), QStringLiteral("ref_partnership_status"), partnership.statusCode,
        [&] { return tr("\"%1\" is not a known status of partnership.").arg(partnership.statusCode); });

    check.require(!partnership.actors.isEmpty(), QStringLiteral("actor"),
                  [&] { return tr("A partnership needs at least one actor of the region."); });
    check.actorLinks(partnership.actors);

    check.require(!partnership.partnerIds.isEmpty(), QStringLiteral("partner"),
                  [&] { return tr("A partnership needs at least one foreign partner."); });
    check.partnerLinks(partnership.partnerIds);

    check.themeCodes(partnership.themeCodes);
    check.dateOrder(QStringLiteral("ended_on"), partnership.signedOn, partnership.endedOn,
                    [&] { return tr("The end date (%1) is before the signature date (%2)."); });
}

FieldValues PartnershipStore::columns(const Partnership& partnership) const
{
    return {
        {QStringLiteral("title"), FieldValue::text(partnership.title)},
        {QStringLiteral("kind_code"), FieldValue::text(partnership.kindCode)},
        {QStringLiteral("status_code"), FieldValue::text(partnership.statusCode)},
        {QStringLiteral("status_reason"), FieldValue::text(partnership.statusReason)},
        {QStringLiteral("formalized"), FieldValue::flag(partnership.formalized)},
        {QStringLiteral("signed_on"), FieldValue::date(partnership.signedOn)},
        {QStringLiteral("ended_on"), FieldValue::date(partnership.endedOn)},
        {QStringLiteral("description"), FieldValue::text(partnership.description)},
        {QStringLiteral("source"), FieldValue::text(partnership.source)},
        {QStringLiteral("verified_on"), FieldValue::date(partnership.verifiedOn)},
    };
}

QList<LinkRows> PartnershipStore::links(const Partnership& partnership) const
{
    return {
        {kActors,
         kOwner,
         {QStringLiteral("actor_id"), QStringLiteral("role_code")},
         LinkValues::fromActors(partnership.actors, QString::fromLatin1(kDefaultActorRole))},
        {kPartners, kOwner, {QStringLiteral("partner_id")}, LinkValues::fromIds(partnership.partnerIds)},
        {kThemes, kOwner, {QStringLiteral("theme_code")}, LinkValues::fromCodes(partnership.themeCodes)},
    };
}

FieldValues PartnershipStore::history(const Partnership& partnership, const HistoryScope& scope) const
{
    FieldValues values = scope.of(columns(partnership));
    if (scope.covers(kActors))
        values.append({QStringLiteral("actors"),
                       FieldValue::text(m_table.describeActors(LinkValues::canonical(partnership.actors),
                                                               QString::fromLatin1(kDefaultActorRole)))});
    if (scope.covers(kPartners))
        values.append({QStringLiteral("partners"),
                       FieldValue::text(
                           m_table.describeRecords(QStringLiteral("foreign_partner"), QStringLiteral("name"),
                                                   LinkValues::canonical(partnership.partnerIds)))});
    if (scope.covers(kThemes))
        values.append(
            {QStringLiteral("themes"),
             FieldValue::text(LinkValues::canonical(partnership.themeCodes).join(QLatin1String(" | ")))});
    return values;
}

Partnership PartnershipStore::fromRow(const Statement& row) const
{
    Partnership partnership;
    partnership.id = SqlRow::id(row, QStringLiteral("id"));
    partnership.uuid = SqlRow::text(row, QStringLiteral("uuid"));
    partnership.title = SqlRow::text(row, QStringLiteral("title"));
    partnership.kindCode = SqlRow::text(row, QStringLiteral("kind_code"));
    partnership.statusCode = SqlRow::text(row, QStringLiteral("status_code"));
    partnership.statusReason = SqlRow::text(row, QStringLiteral("status_reason"));
    partnership.formalized = SqlRow::flag(row, QStringLiteral("formalized"));
    partnership.signedOn = SqlRow::date(row, QStringLiteral("signed_on"));
    partnership.endedOn = SqlRow::date(row, QStringLiteral("ended_on"));
    partnership.description = SqlRow::text(row, QStringLiteral("description"));
    partnership.source = SqlRow::text(row, QStringLiteral("source"));
    partnership.verifiedOn = SqlRow::date(row, QStringLiteral("verified_on"));
    partnership.createdAt = SqlRow::text(row, QStringLiteral("created_at"));
    partnership.updatedAt = SqlRow::text(row, QStringLiteral("updated_at"));
    partnership.version = SqlRow::id(row, QStringLiteral("version"));
    partnership.actors = LinkValues::toActors(m_table.loadLinks(
        kActors, kOwner, {QStringLiteral("actor_id"), QStringLiteral("role_code")}, partnership.id));
    partnership.partnerIds = LinkValues::toIds(
        m_table.loadLinks(kPartners, kOwner, {QStringLiteral("partner_id")}, partnership.id));
    partnership.themeCodes = LinkValues::toCodes(
        m_table.loadLinks(kThemes, kOwner, {QStringLiteral("theme_code")}, partnership.id));
    return partnership;
}

int PartnershipStore::projectCount(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM project WHERE partnership_id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

Status PartnershipStore::prepareRemoval(const Partnership& partnership, TrashEntry* /*trash*/)
{
    const int projects = projectCount(partnership.id);
    if (projects == 0)
        return {};
    return Status::failure(
        tr("This partnership cannot be deleted: %n project(s) belong to it. Move or delete them first.",
           nullptr, projects));
}

Partnership PartnershipStore::mergeChanges(const Partnership& base, const Partnership& mine,
                                           const Partnership& theirs) const
{
    // Every field the adviser can change; a new field of Partnership belongs here too.
    return RecordMerge::changesOver(base, mine, theirs, &Partnership::title, &Partnership::kindCode,
                                    &Partnership::statusCode, &Partnership::statusReason,
                                    &Partnership::formalized, &Partnership::signedOn, &Partnership::endedOn,
                                    &Partnership::description, &Partnership::source, &Partnership::verifiedOn,
                                    &Partnership::actors, &Partnership::partnerIds, &Partnership::themeCodes);
}

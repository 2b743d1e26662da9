#include "ProjectStore.h"

#include "store/FundingStore.h"
#include "store/LinkValues.h"
#include "store/RecordValidator.h"
#include "store/SqlRow.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace {

const QString kActors = QStringLiteral("project_actor");
const QString kPartners = QStringLiteral("project_partner");
const QString kCountries = QStringLiteral("project_country");
const QString kThemes = QStringLiteral("project_theme");
const QString kSdgs = QStringLiteral("project_sdg");
const QString kOwner = QStringLiteral("project_id");

QStringList numbersAsText(const QList<int>& numbers)
{
    QStringList texts;
    for (const int number : numbers)
        texts << QString::number(number);
    return texts;
}

} // namespace

ProjectStore::ProjectStore(const QSqlDatabase& db)
    : RecordStore(db, QStringLiteral("project"))
{
}

QString ProjectStore::missingMessage() const
{
    return tr("This project no longer exists; it may have been deleted.");
}

void ProjectStore::collectProblems(const Project& project, RecordValidator& check) const
{
    check.require(!project.title.trimmed().isEmpty(), QStringLiteral("title"),
                  [&] { return tr("A project needs a title."); });
    const bool hasLead =
        std::any_of(project.actors.cbegin(), project.actors.cend(),
                    [](const ActorLink& link) { return link.roleCode == QLatin1String(Project::kLeadRole); });
    check.require(hasLead, QStringLiteral("actor"),
                  [&] { return tr("A project needs a lead actor (porteur)."); });
    check.actorLinks(project.actors);
    check.require(!project.statusCode.isEmpty(), QStringLiteral("status"),
                  [&] { return tr("Choose a status."); });
    check.codeExists(QStringLiteral("status"), QStringLiteral("ref_project_status"), project.statusCode,
                     [&] { return tr("\"%1\" is not a known status of project.").arg(project.statusCode); });
    check.recordExists(QStringLiteral("partnership"), QStringLiteral("partnership"), project.partnershipId,
                       [&] { return tr("The partnership of this project no longer exists."); });
    check.dateOrder(QStringLiteral("ended_on"), project.startedOn, project.endedOn,
                    [&] { return tr("The end date (%1) is before the start date (%2)."); });
    check.require(!project.budgetCents || *project.budgetCents >= 0, QStringLiteral("budget"),
                  [&] { return tr("The budget cannot be negative."); });
    static const QRegularExpression currency(QStringLiteral("^[A-Z]{3}$"));
    check.require(currency.match(project.currency).hasMatch(), QStringLiteral("currency"), [&] {
        return tr("\"%1\" is not a currency code (three capital letters, such as EUR).")
            .arg(project.currency);
    });
    check.partnerLinks(project.partnerIds);
    check.require(!LinkValues::hasDuplicates(project.countryCodes), QStringLiteral("country"),
                  [&] { return tr("The same country is listed twice."); });
    check.codesExist(QStringLiteral("country"), QStringLiteral("ref_country"), project.countryCodes,
                     [&] { return tr("\"%1\" is not a known country code."); });
    check.themeCodes(project.themeCodes);
    for (const int goal : project.sdgGoals) {
        check.require(goal >= 1 && goal <= 17, QStringLiteral("sdgs"),
                      [&] { return tr("%1 is not a Sustainable Development Goal (1 to 17).").arg(goal); });
    }
    check.require(!LinkValues::hasDuplicates(project.sdgGoals), QStringLiteral("sdgs"),
                  [&] { return tr("The same goal is listed twice."); });
}

FieldValues ProjectStore::columns(const Project& project) const
{
    return {
        {QStringLiteral("title"), FieldValue::text(project.title)},
        {QStringLiteral("description"), FieldValue::text(project.description)},
        {QStringLiteral("partnership_id"), FieldValue::id(project.partnershipId)},
        {QStringLiteral("status_code"), FieldValue::text(project.statusCode)},
        {QStringLiteral("started_on"), FieldValue::date(project.startedOn)},
        {QStringLiteral("ended_on"), FieldValue::date(project.endedOn)},
        {QStringLiteral("in_france"), FieldValue::flag(project.inFrance)},
        {QStringLiteral("budget_cents"), FieldValue::optional(project.budgetCents)},
        {QStringLiteral("currency"), FieldValue::text(project.currency)},
        {QStringLiteral("source"), FieldValue::text(project.source)},
        {QStringLiteral("verified_on"), FieldValue::date(project.verifiedOn)},
    };
}

QList<LinkRows> ProjectStore::links(const Project& project) const
{
    return {
        {kActors,
         kOwner,
         {QStringLiteral("actor_id"), QStringLiteral("role_code")},
         LinkValues::fromActors(project.actors, QString::fromLatin1(kDefaultActorRole))},
        {kPartners, kOwner, {QStringLiteral("partner_id")}, LinkValues::fromIds(project.partnerIds)},
        {kCountries, kOwner, {QStringLiteral("country_code")}, LinkValues::fromCodes(project.countryCodes)},
        {kThemes, kOwner, {QStringLiteral("theme_code")}, LinkValues::fromCodes(project.themeCodes)},
        {kSdgs, kOwner, {QStringLiteral("sdg_goal")}, LinkValues::fromNumbers(project.sdgGoals)},
    };
}

FieldValues ProjectStore::history(const Project& project) const
{
    FieldValues values = columns(project);
    const QLatin1String separator(" | ");
    values.append({QStringLiteral("actors"),
                   FieldValue::text(m_table.describeActors(LinkValues::canonical(project.actors),
                                                           QString::fromLatin1(kDefaultActorRole)))});
    values.append({QStringLiteral("partners"), FieldValue::text(m_table.describeRecords(
                                                   QStringLiteral("foreign_partner"), QStringLiteral("name"),
                                                   LinkValues::canonical(project.partnerIds)))});
    values.append({QStringLiteral("countries"),
                   FieldValue::text(LinkValues::canonical(project.countryCodes).join(separator))});
    values.append({QStringLiteral("themes"),
                   FieldValue::text(LinkValues::canonical(project.themeCodes).join(separator))});
    values.append({QStringLiteral("sdgs"),
                   FieldValue::text(numbersAsText(LinkValues::canonical(project.sdgGoals)).join(separator))});
    return values;
}

Project ProjectStore::fromRow(const QSqlQuery& query) const
{
    Project project;
    project.id = SqlRow::id(query, QStringLiteral("id"));
    project.uuid = SqlRow::text(query, QStringLiteral("uuid"));
    project.title = SqlRow::text(query, QStringLiteral("title"));
    project.description = SqlRow::text(query, QStringLiteral("description"));
    project.partnershipId = SqlRow::id(query, QStringLiteral("partnership_id"));
    project.statusCode = SqlRow::text(query, QStringLiteral("status_code"));
    project.startedOn = SqlRow::date(query, QStringLiteral("started_on"));
    project.endedOn = SqlRow::date(query, QStringLiteral("ended_on"));
    project.inFrance = SqlRow::flag(query, QStringLiteral("in_france"));
    project.budgetCents = SqlRow::optionalInteger(query, QStringLiteral("budget_cents"));
    project.currency = SqlRow::text(query, QStringLiteral("currency"));
    project.source = SqlRow::text(query, QStringLiteral("source"));
    project.verifiedOn = SqlRow::date(query, QStringLiteral("verified_on"));
    project.createdAt = SqlRow::text(query, QStringLiteral("created_at"));
    project.updatedAt = SqlRow::text(query, QStringLiteral("updated_at"));
    project.version = SqlRow::id(query, QStringLiteral("version"));
    project.actors = LinkValues::toActors(m_table.loadLinks(
        kActors, kOwner, {QStringLiteral("actor_id"), QStringLiteral("role_code")}, project.id));
    project.partnerIds =
        LinkValues::toIds(m_table.loadLinks(kPartners, kOwner, {QStringLiteral("partner_id")}, project.id));
    project.countryCodes = LinkValues::toCodes(
        m_table.loadLinks(kCountries, kOwner, {QStringLiteral("country_code")}, project.id));
    project.themeCodes =
        LinkValues::toCodes(m_table.loadLinks(kThemes, kOwner, {QStringLiteral("theme_code")}, project.id));
    project.sdgGoals =
        LinkValues::toNumbers(m_table.loadLinks(kSdgs, kOwner, {QStringLiteral("sdg_goal")}, project.id));
    return project;
}

Status ProjectStore::prepareRemoval(const Project& project, TrashEntry* trash)
{
    // Its funding lines go with it: to the trash with it, when it goes there.
    FundingStore fundings(m_db);
    for (const qint64 fundingId : fundings.idsForProject(project.id)) {
        const Status removed = trash ? fundings.removeInto(fundingId, *trash, QStringLiteral("project_id"))
                                     : fundings.remove(fundingId);
        if (!removed)
            return removed;
    }
    return {};
}

Project ProjectStore::mergeChanges(const Project& base, const Project& mine, const Project& theirs) const
{
    // Every field the adviser can change; a new field of Project belongs here too.
    return RecordMerge::changesOver(
        base, mine, theirs, &Project::title, &Project::description, &Project::partnershipId,
        &Project::statusCode, &Project::startedOn, &Project::endedOn, &Project::inFrance,
        &Project::budgetCents, &Project::currency, &Project::source, &Project::verifiedOn, &Project::actors,
        &Project::partnerIds, &Project::countryCodes, &Project::themeCodes, &Project::sdgGoals);
}

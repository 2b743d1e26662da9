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

FieldValues ProjectStore::history(const Project& project, const HistoryScope& scope) const
{
    FieldValues values = scope.of(columns(project));
    const QLatin1String separator(" | ");
    if (scope.covers(kActors))
        values.append({QStringLiteral("actors"),
                       FieldValue::text(m_table.describeActors(LinkValues::canonical(project.actors),
                                                               QString::fromLatin1(kDefaultActorRole)))});
    if (scope.covers(kPartners))
        values.append({QStringLiteral("partners"),
                       FieldValue::text(m_table.describeRecords(QStringLiteral("foreign_partner"),
                                                                QStringLiteral("name"),
                                                                LinkValues::canonical(project.partnerIds)))});
    if (scope.covers(kCountries))
        values.append({QStringLiteral("countries"),
                       FieldValue::text(LinkValues::canonical(project.countryCodes).join(separator))});
    if (scope.covers(kThemes))
        values.append({QStringLiteral("themes"),
                       FieldValue::text(LinkValues::canonical(project.themeCodes).join(separator))});
    if (scope.covers(kSdgs))
        values.append(
            {QStringLiteral("sdgs"),
             FieldValue::text(numbersAsText(LinkValues::canonical(project.sdgGoals)).join(separator))});
    return values;
}

Project ProjectStore::fromRow(const Statement& row) const
{
    Project project;
    project.id = SqlRow::id(row, QStringLiteral("id"));
    project.uuid = SqlRow::text(row, QStringLiteral("uuid"));
    project.title = SqlRow::text(row, QStringLiteral("title"));
    project.description = SqlRow::text(row, QStringLiteral("description"));
    project.partnershipId = SqlRow::id(row, QStringLiteral("partnership_id"));
    project.statusCode = SqlRow::text(row, QStringLiteral("status_code"));
    project.startedOn = SqlRow::date(row, QStringLiteral("started_on"));
    project.endedOn = SqlRow::date(row, QStringLiteral("ended_on"));
    project.inFrance = SqlRow::flag(row, QStringLiteral("in_france"));
    project.budgetCents = SqlRow::optionalInteger(row, QStringLiteral("budget_cents"));
    project.currency = SqlRow::text(row, QStringLiteral("currency"));
    project.source = SqlRow::text(row, QStringLiteral("source"));
    project.verifiedOn = SqlRow::date(row, QStringLiteral("verified_on"));
    project.createdAt = SqlRow::text(row, QStringLiteral("created_at"));
    project.updatedAt = SqlRow::text(row, QStringLiteral("updated_at"));
    project.version = SqlRow::id(row, QStringLiteral("version"));
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

#include "ReportRules.h"

#include "common/SqlDates.h"
#include "records/Partnership.h"

namespace {

// The status codes of the reference data that each class names; any other code is going on. A
// planned partnership's is the one the records name (its date is then the one planned).
const char* const kPartnershipPlanned[] = {Partnership::kPlannedStatus};
const char* const kPartnershipPaused[] = {"en_sommeil", "suspendu"};
const char* const kPartnershipEnded[] = {"termine"};
const char* const kProjectPlanned[] = {"identification"};
const char* const kProjectPaused[] = {"suspendu"};
const char* const kProjectEnded[] = {"cloture"};
const char* const kProjectCancelled[] = {"annule"};
const char* const kFundingLeftOut[] = {"refuse"};

template <size_t N> bool listed(const char* const (&codes)[N], std::string_view code)
{
    for (const char* listedCode : codes) {
        if (code == listedCode)
            return true;
    }
    return false;
}

template <size_t N> QStringList quoted(const char* const (&codes)[N])
{
    QStringList list;
    for (const char* code : codes)
        list << QLatin1Char('\'') + QLatin1String(code) + QLatin1Char('\'');
    return list;
}

// The year in a statement: its number, or the text asked for ("N" in the documentation).
QString yearOf(const ReportRules::Context& c)
{
    return c.yearText.isEmpty() ? QString::number(c.year) : c.yearText;
}

// The region in a statement, with its noun: « les acteurs de la région Auvergne-Rhône-Alpes », never
// « de Auvergne-… » (French elides before a vowel, which a bare name in « de %1 » cannot do).
QString regionOf(const ReportRules::Context& c)
{
    return c.regionName.isEmpty() ? ReportRules::tr("the observatory's region")
                                  : ReportRules::tr("the %1 region").arg(c.regionName);
}

QString previousYearOf(const ReportRules::Context& c)
{
    return c.yearText.isEmpty() ? QString::number(c.year - 1) : c.yearText + QStringLiteral("-1");
}

} // namespace

ReportRules::Standing ReportRules::standing(StatusClass status, int startYear, int endYear, int year)
{
    if (status == StatusClass::Planned)
        return Standing::Planned;
    if (status == StatusClass::Cancelled)
        return Standing::Cancelled;
    if (startYear == 0)
        return Standing::Undated;
    if (startYear > year)
        return Standing::NotYet;
    if (endYear != 0 && endYear < year)
        return Standing::Over;
    // Ended without an end date: known to have run in the year it began, and no later.
    if (endYear == 0 && status == StatusClass::Ended && startYear < year)
        return Standing::EndUnknown;
    return status == StatusClass::Paused ? Standing::Paused : Standing::Active;
}

QString ReportRules::activeSql(const QString& alias, const QString& start, const QString& end,
                               const QStringList& neverActive, const QStringList& ended)
{
    const QString s = alias + QLatin1Char('.') + start;
    const QString e = alias + QLatin1Char('.') + end;
    const QString status = alias + QLatin1String(".status_code");
    // Years compared through the first and last day a partial date may stand for: the same as
    // comparing the years of the dates, as the report does in memory.
    return QStringLiteral(
               "(%1 IS NOT NULL AND %2 <= :year_end AND %3 NOT IN (%4) AND ((%5 IS NULL AND (%3 NOT "
               "IN (%6) OR %2 >= :year_start)) OR %7 >= :year_start))")
        .arg(s, SqlDates::earliestDay(s), status, neverActive.join(QLatin1String(", ")), e,
             ended.join(QLatin1String(", ")), SqlDates::latestDay(e));
}

ReportRules::StatusClass ReportRules::ActivePartnership::classOf(std::string_view statusCode)
{
    if (listed(kPartnershipPlanned, statusCode))
        return StatusClass::Planned;
    if (listed(kPartnershipPaused, statusCode))
        return StatusClass::Paused;
    if (listed(kPartnershipEnded, statusCode))
        return StatusClass::Ended;
    return StatusClass::Going;
}

QString ReportRules::ActivePartnership::sql(const QString& alias)
{
    return activeSql(alias, QStringLiteral("signed_on"), QStringLiteral("ended_on"),
                     quoted(kPartnershipPlanned) + quoted(kPartnershipPaused), quoted(kPartnershipEnded));
}

ReportRules::Statement ReportRules::ActivePartnership::statement(const Context& c)
{
    return {
        QString::fromLatin1(kId), tr("Active partnerships"),
        tr("A partnership is active in %1 when it was signed by 31 December %1 (a signature known only "
           "to the year or the month counts from its first day) and did not end before 1 January %1. A "
           "planned partnership is never active; a dormant or suspended one is counted apart, not as "
           "active. A partnership recorded as ended without an end date is counted as active only in the "
           "year of its signature, the last year it is known to have run. Statuses are those recorded "
           "today (the database keeps no history of them): a partnership dormant today counts as dormant "
           "in every year it ran. The lists' filter \"Active in\" applies this rule, so a list filtered on "
           "%1, and its export, show the partnerships counted here.")
            .arg(yearOf(c))};
}

ReportRules::StatusClass ReportRules::ActiveProject::classOf(std::string_view statusCode)
{
    if (listed(kProjectPlanned, statusCode))
        return StatusClass::Planned;
    if (listed(kProjectPaused, statusCode))
        return StatusClass::Paused;
    if (listed(kProjectEnded, statusCode))
        return StatusClass::Ended;
    if (listed(kProjectCancelled, statusCode))
        return StatusClass::Cancelled;
    return StatusClass::Going;
}

QString ReportRules::ActiveProject::sql(const QString& alias)
{
    return activeSql(alias, QStringLiteral("started_on"), QStringLiteral("ended_on"),
                     quoted(kProjectPlanned) + quoted(kProjectPaused) + quoted(kProjectCancelled),
                     quoted(kProjectEnded));
}

ReportRules::Statement ReportRules::ActiveProject::statement(const Context& c)
{
    return {QString::fromLatin1(kId), tr("Active projects"),
            tr("A project is active in %1 when it started by 31 December %1 and did not end (its actual or "
               "planned end) before 1 January %1. A project in identification or cancelled is never active; "
               "a suspended one is counted apart, not as active. A project recorded as closed without an end "
               "date is counted as active only in the year it started. Statuses are those recorded today. "
               "The lists' filter \"Active in\" applies this rule, so a list filtered on %1, and its export, "
               "show the projects counted here.")
                .arg(yearOf(c))};
}

ReportRules::Statement ReportRules::LeftOut::statement(const Context&)
{
    return {
        QString::fromLatin1(kId), tr("Records without a date"),
        tr("A partnership without a signature date, or a project without a start date, cannot be placed "
           "in time: it is counted in no year, whatever its status. The key figures of each part say, for "
           "each year, how many records were left out for want of a date: those without a date (an ended "
           "one too, which may have run in the year; planned and cancelled ones are never counted "
           "anyway), and those ended without an end date, after the year they began. The data-quality "
           "part counts every record left out, by reason.")};
}

QString ReportRules::LeftOut::whyLeftOut(StatusClass status, int startYear, int endYear, DateKind kind)
{
    if (status == StatusClass::Planned || status == StatusClass::Cancelled)
        return {};
    if (startYear == 0)
        return kind == DateKind::Signature
                   ? tr("no signature date: the yearly report cannot count this partnership in any year")
                   : tr("no start date: the yearly report cannot count this project in any year");
    if (status == StatusClass::Ended && endYear == 0)
        return tr("ended without an end date: the yearly report counts it only in the year it began");
    return {};
}

ReportRules::Statement ReportRules::EngagedActor::statement(const Context& c)
{
    return {
        QString::fromLatin1(kId), tr("Actors engaged"),
        tr("An actor is engaged in %1 when it is named, in any role, in a partnership or a project active "
           "in %1 (a dormant or suspended one does not engage its actors). Each actor counts once, whatever "
           "the number of its partnerships and projects. The part on actors counts only the actors of %2, "
           "those whose department is in the region, so that its totals agree with the table by "
           "department; the engaged actors of other regions, and those whose department is not given, "
           "are counted apart in its key figures. The families of the actors of a project, by zone, are "
           "those of its actors of the region. Partnerships and projects are counted whatever the place of "
           "their actors. Densities divide by the population of the department in the reference data. Where "
           "the map has one outline for two departments of the table (the Rhône and the Métropole de "
           "Lyon), it shows them together: their engaged actors divided by their population, as its "
           "legend says with their figures together; the table gives each apart.")
            .arg(yearOf(c))
            .arg(regionOf(c))};
}

ReportRules::Statement ReportRules::Places::statement(const Context&)
{
    return {QString::fromLatin1(kId), tr("Countries and zones"),
            tr("A partnership counts once in each country of its foreign partners; a project once in each of "
               "its countries. A project led in France (development and global citizenship education, "
               "awareness) counts in France, in the zone \"France (actions in France)\", whatever other "
               "countries it has: the tables of countries and zones, their bases and the budgets by zone all "
               "count it. Zones are those of the reference data. A partnership counts in the European Union "
               "when one of its partners is in a member country; otherwise in Europe outside the EU when one "
               "is there; otherwise in the rest of the world.")};
}

ReportRules::Statement ReportRules::SharedAmounts::statement(const Context&)
{
    return {QString::fromLatin1(kId), tr("Amounts by theme and by zone"),
            tr("A project's budget is shared equally among its themes, and among its countries (each share "
               "going to the country's zone). The budget of a project without a theme, or without a country, "
               "is shown on a line of its own, so that each of these tables adds up to the total of the "
               "declared budgets, give or take the rounding of each line to the euro.")};
}

ReportRules::Statement ReportRules::Budgets::statement(const Context& c)
{
    return {QString::fromLatin1(kId), tr("Budgets"),
            tr("The budgets are the total budgets declared for the projects active in %1, each counted whole "
               "in every year the project is active. Only budgets in euros are added up; the table gives the "
               "number of active projects whose budget is in another currency, left out. The median is that "
               "of the budgets in euros; a year without any has no median (n.d.).")
                .arg(yearOf(c))};
}

ReportRules::Statement ReportRules::ApdDeclared::statement(const Context& c)
{
    return {QString::fromLatin1(kId), tr("Local authorities that declared their ODA"),
            tr("The local authorities are the actors whose type is of the family « local authorities and "
               "groupings » (communes, intercommunal bodies, departments, the Region, the Métropole de "
               "Lyon, syndicates). The table of the engaged local authorities that declared their ODA "
               "takes as its base the local authorities of %2 engaged in %1 (rule on engaged actors) and "
               "counts those whose record holds a declaration of official development assistance for the "
               "year %1 marked as declared; a declaration marked as not made, or none recorded, does not "
               "count. The share is taken on that base; without an engaged local authority it is not "
               "defined (n.d.), not 0%.")
                .arg(yearOf(c))
                .arg(regionOf(c))};
}

QString ReportRules::Cofunding::countedSql(const QString& alias)
{
    return QStringLiteral("%1.status_code NOT IN (%2)")
        .arg(alias, quoted(kFundingLeftOut).join(QLatin1String(", ")));
}

ReportRules::Statement ReportRules::Cofunding::statement(const Context& c)
{
    return {
        QString::fromLatin1(kId), tr("Co-funding"),
        tr("The co-funding of %1 counts the funding lines of the year %1 (the year of their commitment or "
           "payment) that were requested, granted or paid; refused lines are left out. Each programme's "
           "share is taken on the total of these lines.")
            .arg(yearOf(c))};
}

QString ReportRules::Leverage::externalSql(const QString& a)
{
    // The programme's flag; without a programme, own money when the funder is one of the project's
    // actors.
    return QStringLiteral(
               "(CASE WHEN %1.programme_code IS NOT NULL THEN (SELECT x.external FROM "
               "ref_funding_programme x WHERE x.code = %1.programme_code) WHEN %1.funder_actor_id IN "
               "(SELECT y.actor_id FROM project_actor y WHERE y.project_id = %1.project_id) THEN 0 ELSE 1 "
               "END)")
        .arg(a);
}

ReportRules::Statement ReportRules::Leverage::statement(const Context& c)
{
    return {QString::fromLatin1(kId), tr("Leverage"),
            tr("The leverage divides the external co-funding of %1 by the actors' own funds and in-kind "
               "contributions, both taken from the funding lines that the co-funding counts. Whether a "
               "programme is external money is said by the reference data (the programmes' \"external\" "
               "column: own funds and in-kind contributions are not; an adviser who adds a programme says "
               "which it is). A line without a programme is the actors' own money when its funder is one of "
               "the project's actors, external money otherwise. Without own funds the ratio is not defined "
               "(n.d.).")
                .arg(yearOf(c))};
}

ReportRules::Statement ReportRules::SchemeFunding::statement(const Context& c)
{
    return {QString::fromLatin1(kId), tr("Funding obtained per support scheme"),
            tr("The funding obtained per support scheme adds up, for %1 and the year before, the amounts of "
               "the funding lines of that year (the year of their commitment or payment) that name a support "
               "scheme and were granted or paid. Requested and refused lines are not money obtained; lines "
               "that name no scheme are not counted here (their number is given under the table), as the "
               "co-funding table counts every line. Like the co-funding, the lines of every project of the "
               "observatory are counted, whatever the place of its actors.")
                    .arg(yearOf(c)) +
                QLatin1Char(' ') +
                tr("A programme, by which the co-funding table groups the lines, says where the money comes "
                   "from (the ministry, the Region, the European Union); a support scheme is the particular "
                   "call for projects, fund or prize a line was applied for (the ministry's general call for "
                   "projects, AFD's FICOL): a programme may have several schemes, and a line may give its "
                   "programme without naming a scheme.")};
}

ReportRules::Statement ReportRules::SchemeSuccess::statement(const Context& c)
{
    return {
        QString::fromLatin1(kId), tr("Success of applications per support scheme"),
        tr("The success rate of the applications to a support scheme takes as its base the funding lines "
           "of the year (%1 and the year before) that name the scheme and are decided: granted or paid "
           "(obtained), or refused. The rate is the share of them obtained. A requested line, or one of a "
           "status an adviser added, is still pending: it is left out of the base and counted apart. A "
           "scheme without a decided line in a year has no rate that year (n.d.), not 0%.")
            .arg(yearOf(c))};
}

ReportRules::Statement ReportRules::NotActive::statement(const Context& c)
{
    return {
        QString::fromLatin1(kId), tr("Dormant, suspended and ended partnerships"),
        tr("The table of dormant, suspended and ended partnerships of %1 counts the partnerships that "
           "existed in %1 (signed by its end and not ended before it) whose status recorded today is "
           "dormant or suspended, and the partnerships whose end date falls in %1, whatever their status "
           "(planned ones excepted). The reasons listed on each line are those given for the partnerships "
           "counted on that line, each once. A partnership ended without an end date is placed in no year "
           "of this table: it is counted with the records left out.")
            .arg(yearOf(c))};
}

ReportRules::Statement ReportRules::Signatures::statement(const Context&)
{
    return {
        QString::fromLatin1(kId), tr("New signatures"),
        tr("The new signatures of a year count the partnerships whose signature falls in that year, whatever "
           "has become of them since (ended, dormant), except planned ones, whose date is that of a "
           "signature to come. Twinnings are the partnerships of the nature \"Twinning\".")};
}

ReportRules::Statement ReportRules::Decades::statement(const Context& c)
{
    return {
        QString::fromLatin1(kId), tr("Decades of signature"),
        tr("The active partnerships of %1 are counted by the decade of their signature; every decade from "
           "that of the oldest one to that of %1 is listed, a decade without any with 0.")
            .arg(yearOf(c))};
}

ReportRules::Statement ReportRules::Themes::statement(const Context&)
{
    return {
        QString::fromLatin1(kId), tr("Themes and goals"),
        tr("A record may have several themes and several Sustainable Development Goals: it counts once in "
           "each. Shares are taken on the records whose theme (or goal) is given, so that they add up to "
           "more than 100%.")};
}

ReportRules::Statement ReportRules::Figures::statement(const Context&)
{
    return {
        QString::fromLatin1(kId), tr("Figures"),
        tr("Amounts are in euros, each rounded to the nearest euro. Shares are in percent with one decimal, "
           "each rounded on its own: the shares of a table may add up to 99.9 or 100.1%, which the "
           "table then says. A share, a median or a ratio whose base is empty is not defined: it is "
           "written \"n.d.\", never 0. Bases count records; a figure counts each record once in it, "
           "unless its base says otherwise.")};
}

ReportRules::Statement ReportRules::Years::statement(const Context&)
{
    return {
        QString::fromLatin1(kId), tr("Years"),
        tr("A table whose base is empty says \"No data\" rather than showing zeros; a year in which no "
           "partnership or project is active says so at the head of the report. The report of the current "
           "year is provisional, since the year is not over: its title page and each table say so. No "
           "report is made for a year to come.")};
}

ReportRules::Statement ReportRules::Charts::statement(const Context&)
{
    return {QString::fromLatin1(kId), tr("Charts"),
            tr("Each chart draws every row of its table; a line chart draws each column of its table as a "
               "line named in its legend. The figures of a chart are those of its table, written the same "
               "way; a map's outline that stands for several rows of its table shows them together, by the "
               "table's rule, and its legend says so.")};
}

ReportRules::Statement ReportRules::Quality::statement(const Context& c)
{
    return {
        QString::fromLatin1(kId), tr("Data quality"),
        tr("The data-quality tables cover every record of the observatory, whether the figures of %1 "
           "count it or not. A record is verified within 24 months when its last verification falls on or "
           "after 1 January %2.")
            .arg(yearOf(c))
            .arg(previousYearOf(c))};
}

QList<ReportRules::Statement> ReportRules::methodology(const Context& context)
{
    return {
        ActivePartnership::statement(context),
        ActiveProject::statement(context),
        LeftOut::statement(context),
        EngagedActor::statement(context),
        ApdDeclared::statement(context),
        Places::statement(context),
        SharedAmounts::statement(context),
        Budgets::statement(context),
        Cofunding::statement(context),
        Leverage::statement(context),
        SchemeFunding::statement(context),
        SchemeSuccess::statement(context),
        NotActive::statement(context),
        Signatures::statement(context),
        Decades::statement(context),
        Themes::statement(context),
        Figures::statement(context),
        Years::statement(context),
        Charts::statement(context),
        Quality::statement(context),
    };
}

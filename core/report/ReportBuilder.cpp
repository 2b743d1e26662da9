#include "ReportBuilder.h"

#include "ActorIndicators.h"
#include "MoneyIndicators.h"
#include "PartnershipIndicators.h"
#include "ProjectIndicators.h"
#include "QualityIndicators.h"
#include "ReportContext.h"
#include "database/ReadSnapshot.h"

#include <QSqlQuery>

#include <thread>

ReportBuilder::ReportBuilder(const QSqlDatabase& db)
    : m_db(db)
{
}

Result<Report> ReportBuilder::build(int year)
{
    if (year < kFirstYear || year > kLastYear)
        return Result<Report>::failure(
            tr("%1 is not a year the report can cover (%2 to %3).").arg(year).arg(kFirstYear).arg(kLastYear));
    Report report;
    report.year = year;
    report.computedOn = QDate::currentDate();
    {
        QSqlQuery region(m_db);
        if (region.exec(
                QStringLiteral("SELECT r.label_fr FROM ref_region r JOIN observatory_setting s ON s.value = "
                               "r.code WHERE s.key = 'region_code'")) &&
            region.next())
            report.regionName = region.value(0).toString();
    }
    // The whole report reads one state of the database, even while someone edits.
    const ReadSnapshot snapshot(m_db);
    {
        const Result<ReportRecords> records = ReportRecords::load(m_db, m_engine, snapshot.began());
        if (!records)
            return Result<Report>::failure(tr("The report cannot be computed: %1").arg(records.message()));
        const ReportContext context(m_db, year, records.value());
        // The partnerships' and projects' parts read only the records: a second thread counts
        // them while this one runs the parts that also query the reference tables (a connection
        // belongs to its thread).
        ReportSection partnerships;
        ReportSection projects;
        std::thread counting([&] {
            partnerships = PartnershipIndicators::build(context);
            projects = ProjectIndicators::build(context);
        });
        const ReportSection actors = ActorIndicators::build(context);
        const ReportSection money = MoneyIndicators::build(context);
        const ReportSection quality = QualityIndicators::build(context);
        counting.join();
        report.sections << actors << partnerships << projects << money << quality;
        if (!context.error().isEmpty())
            return Result<Report>::failure(tr("The report cannot be computed: %1").arg(context.error()));
    }
    report.methodology = methodology(year);
    return report;
}

QList<QPair<QString, QString>> ReportBuilder::methodology(int year)
{
    return {
        {tr("Active in %1").arg(year),
         tr("A partnership is active in %1 when it was signed by 31 December "
            "%1 (a signature known to the year or the month counts from its first day), is not only planned, "
            "and did not end before 1 January %1. A project is active when it started by 31 December %1 and "
            "did not end before 1 January %1. Records without a signature or start date are not counted. The "
            "lists' year filter applies the same rule, so a list filtered on %1 shows the records counted "
            "here.")
             .arg(year)},
        {tr("Actors engaged"), tr("An actor of the region is engaged in a year when it is named, in any "
                                  "role, in a partnership or a project active that year. Each actor counts "
                                  "once, whatever the number of its partnerships. Densities divide by the "
                                  "population of the département in the reference data.")},
        {tr("Countries and zones"),
         tr("A partnership counts once in each country of its foreign partners; a project once in each of "
            "its countries. Zones are those of the reference data. A partnership with a partner in the "
            "European Union counts in the Union; otherwise with one elsewhere in Europe, in Europe outside "
            "the EU.")},
        {tr("Themes and goals"),
         tr("A record may have several themes and several Sustainable Development Goals: it counts once in "
            "each. Shares are taken on the records whose theme (or goal) is given, so they add up to more "
            "than 100 %. For amounts, a project's budget is shared equally among its themes (or countries), "
            "so that the amounts add up to the total.")},
        {tr("Money"),
         tr("Budgets are those declared for the projects active in the year, in euros (other currencies are "
            "left out). Co-funding counts the funding lines of the year that were requested, granted or "
            "paid; refused ones are left out. Leverage divides the lines of external programmes by own "
            "funds.")},
        {tr("Status and signatures"),
         tr("Statuses (dormant, suspended, ended) are those recorded today, with the reasons given. New "
            "signatures count the partnerships whose signature falls in the year, whatever their status.")},
        {tr("Data quality"), tr("A record is verified within 24 months when its last verification falls on "
                                "or after 1 January %1.")
                                 .arg(year - 1)},
    };
}

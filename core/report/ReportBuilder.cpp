#include "ReportBuilder.h"

#include "ActorIndicators.h"
#include "MoneyIndicators.h"
#include "PartnershipIndicators.h"
#include "ProjectIndicators.h"
#include "QualityIndicators.h"
#include "ReportContext.h"
#include "ReportRules.h"
#include "database/Transaction.h"
#include "i18n/Translations.h"

#include <QSqlQuery>

#include <algorithm>
#include <thread>

ReportBuilder::ReportBuilder(const QSqlDatabase& db)
    : m_db(db)
    , m_english(Translations::current() == Translations::Language::English)
{
}

Result<Report> ReportBuilder::build(int year)
{
    if (year < kFirstYear)
        return Result<Report>::failure(tr("%1 is not a year the report can cover (%2 to %3).")
                                           .arg(year)
                                           .arg(kFirstYear)
                                           .arg(lastYear(m_today)));
    if (year > lastYear(m_today))
        return Result<Report>::failure(
            tr("%1 is a year to come: a report covers a year that has begun, up to %2.")
                .arg(year)
                .arg(lastYear(m_today)));
    Report report;
    report.year = year;
    report.computedOn = m_today;
    report.provisional = year == m_today.year();
    report.english = m_english;
    {
        QSqlQuery region(m_db);
        if (region.exec(
                QStringLiteral("SELECT r.label_fr FROM ref_region r JOIN observatory_setting s ON s.value = "
                               "r.code WHERE s.key = 'region_code'")) &&
            region.next())
            report.regionName = region.value(0).toString();
    }
    // The whole report reads one state of the database, even while someone edits.
    const Transaction snapshot(m_db, Transaction::Kind::Read);
    {
        const Result<ReportRecords> records =
            ReportRecords::load(m_db, m_engine, snapshot.began(), m_english);
        if (!records)
            return Result<Report>::failure(tr("The report cannot be computed: %1").arg(records.message()));
        const ReportContext context(m_db, year, records.value(), m_english);
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
        const ReportRecords& counted = records.value();
        report.noData =
            std::none_of(
                counted.partnerships.begin(), counted.partnerships.end(),
                [year](const ReportRecords::Partnership& p) { return ReportRecords::active(p, year); }) &&
            std::none_of(counted.projects.begin(), counted.projects.end(),
                         [year](const ReportRecords::Project& p) { return ReportRecords::active(p, year); });
        report.sections << actors << partnerships << projects << money << quality;
        if (!context.error().isEmpty())
            return Result<Report>::failure(tr("The report cannot be computed: %1").arg(context.error()));
    }
    // Rule Figures: shares rounded each on its own may not add up to 100; the table says so.
    for (ReportSection& section : report.sections) {
        for (ReportTable& table : section.tables) {
            if (table.shareColumn < 0)
                continue;
            double sum = 0;
            bool any = false;
            for (const QVariantList& row : std::as_const(table.rows)) {
                const QVariant share = row.value(table.shareColumn);
                any = any || share.isValid();
                sum += share.toDouble();
            }
            const qint64 tenths = qRound64(sum * 10);
            if (any && tenths != 1000)
                table.base += QLatin1Char(' ') + tr("Each share is rounded on its own: they add up to %1%.")
                                                     .arg(report.locale().toString(tenths / 10.0, 'f', 1));
        }
    }
    report.methodology = ReportRules::methodology({year, report.regionName});
    return report;
}

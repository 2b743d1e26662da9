#include "QualityIndicators.h"

#include "ReportContext.h"

#include <functional>

ReportSection QualityIndicators::build(const ReportContext& q)
{
    ReportSection section;
    section.title = tr("Data quality");
    section.introduction =
        tr("An internal annex: where the records of the year need completing or checking.");
    const int year = q.year();

    ReportTable completeness;
    completeness.id = QStringLiteral("completeness");
    completeness.title = tr("Completeness of the key fields");
    completeness.base = tr("Partnerships and projects active in %1.").arg(year);
    completeness.columns = {tr("Field"), tr("Given"), tr("Records"), tr("Share (%)")};
    const ReportRecords& records = q.records();
    // Each field: how many of the active records give it.
    const auto rows = [&](const auto& list,
                          const QList<QPair<QString, std::function<bool(size_t)>>>& fields) {
        qint64 count = 0;
        QList<qint64> given(fields.size(), 0);
        for (size_t i = 0; i < list.size(); ++i) {
            if (!ReportRecords::active(list[i], year))
                continue;
            ++count;
            for (qsizetype f = 0; f < fields.size(); ++f)
                given[f] += fields.at(f).second(i) ? 1 : 0;
        }
        for (qsizetype f = 0; f < fields.size(); ++f) {
            completeness.rows << QVariantList{
                fields.at(f).first, given.at(f), count,
                ReportContext::percent(static_cast<double>(given.at(f)), static_cast<double>(count))};
        }
    };
    const auto& partnerships = records.partnerships;
    const auto& projects = records.projects;
    rows(partnerships,
         {{tr("Partnerships: full signature date"), [&](size_t i) { return partnerships[i].fullSignature; }},
          {tr("Partnerships: theme"), [&](size_t i) { return partnerships[i].themed; }},
          {tr("Partnerships: description"), [&](size_t i) { return partnerships[i].described; }}});
    rows(projects, {{tr("Projects: country"),
                     [&](size_t i) {
                         return projects[i].inFrance ||
                                !records.projectCountries.of(static_cast<int>(i)).empty();
                     }},
                    {tr("Projects: theme"),
                     [&](size_t i) { return !records.projectThemes.of(static_cast<int>(i)).empty(); }},
                    {tr("Projects: end date"), [&](size_t i) { return projects[i].endedYear != 0; }},
                    {tr("Projects: budget"), [&](size_t i) { return projects[i].budgetCents >= 0; }}});
    section.tables << completeness;

    ReportTable verified;
    verified.id = QStringLiteral("verified");
    verified.title = tr("Records verified within 24 months");
    verified.base = tr("Verified on or after 1 January %1, within the 24 months before the end of %2.")
                        .arg(year - 1)
                        .arg(year);
    verified.columns = {tr("Kind of records"), tr("Verified"), tr("Records"), tr("Share (%)")};
    // The last verification falls on or after 1 January of the year before: its year is that
    // year or later.
    const auto isRecent = [year](short verifiedYear) {
        return verifiedYear != 0 && verifiedYear >= year - 1;
    };
    // The records that `counted` keeps, and how many of them were verified recently.
    const auto share = [&](const QString& label, const auto& list, const auto& counted) {
        qint64 all = 0;
        qint64 recent = 0;
        for (size_t i = 0; i < list.size(); ++i) {
            if (counted(i)) {
                ++all;
                recent += isRecent(list[i].verifiedYear) ? 1 : 0;
            }
        }
        verified.rows << QVariantList{
            label, recent, all,
            ReportContext::percent(static_cast<double>(recent), static_cast<double>(all))};
    };
    const std::vector<bool>& engaged = q.engagedActors(year);
    share(tr("Actors engaged"), records.actors, [&](size_t i) { return engaged[i]; });
    share(tr("Active partnerships"), partnerships,
          [&](size_t i) { return ReportRecords::active(partnerships[i], year); });
    share(tr("Active projects"), projects,
          [&](size_t i) { return ReportRecords::active(projects[i], year); });
    section.tables << verified;
    return section;
}

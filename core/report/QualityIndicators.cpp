#include "QualityIndicators.h"

#include "ReportContext.h"

#include <functional>

ReportSection QualityIndicators::build(const ReportContext& q)
{
    ReportSection section;
    section.title = tr("Data quality");
    section.introduction = tr("An internal annex: where the observatory's records need completing or "
                              "checking, and which of them the "
                              "figures of the year leave out.");
    const int year = q.year();

    ReportTable completeness;
    completeness.id = QStringLiteral("completeness");
    completeness.title = tr("Completeness of the key fields");
    const ReportRecords& records = q.records();
    completeness.base =
        tr("Every record of the observatory, counted in the year or not: %Ln partnership(s), ", nullptr,
           static_cast<int>(records.partnerships.size())) +
        tr("%Ln project(s).", nullptr, static_cast<int>(records.projects.size()));
    completeness.keepZeros = true;
    completeness.columnKinds = {ReportTable::Kind::Text, ReportTable::Kind::Count, ReportTable::Kind::Count,
                                ReportTable::Kind::Percent};
    completeness.columns = {tr("Field"), tr("Given"), tr("Records"), tr("Share (%)")};
    // Each field: how many of the records give it.
    const auto rows = [&](const auto& list,
                          const QList<QPair<QString, std::function<bool(size_t)>>>& fields) {
        const auto count = static_cast<qint64>(list.size());
        QList<qint64> given(fields.size(), 0);
        for (size_t i = 0; i < list.size(); ++i) {
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
         {{tr("Partnerships: signature date"), [&](size_t i) { return partnerships[i].signedYear != 0; }},
          {tr("Partnerships: full signature date"), [&](size_t i) { return partnerships[i].fullSignature; }},
          {tr("Partnerships: theme"), [&](size_t i) { return partnerships[i].themed; }},
          {tr("Partnerships: description"), [&](size_t i) { return partnerships[i].described; }}});
    rows(projects, {{tr("Projects: country"),
                     [&](size_t i) {
                         return projects[i].inFrance ||
                                !records.projectCountries.of(static_cast<int>(i)).empty();
                     }},
                    {tr("Projects: start date"), [&](size_t i) { return projects[i].startedYear != 0; }},
                    {tr("Projects: theme"),
                     [&](size_t i) { return !records.projectThemes.of(static_cast<int>(i)).empty(); }},
                    {tr("Projects: end date"), [&](size_t i) { return projects[i].endedYear != 0; }},
                    {tr("Projects: budget"), [&](size_t i) { return projects[i].budgetCents >= 0; }}});
    completeness.rules = {QString::fromLatin1(ReportRules::Quality::kId),
                          QString::fromLatin1(ReportRules::Figures::kId)};
    section.tables << completeness;

    ReportTable verified;
    verified.id = QStringLiteral("verified");
    verified.title = tr("Records verified within 24 months");
    verified.base =
        tr("Every record of the observatory, verified on or after 1 January %1, within the 24 months "
           "before the end of %2.")
            .arg(year - 1)
            .arg(year);
    verified.keepZeros = true;
    verified.columnKinds = {ReportTable::Kind::Text, ReportTable::Kind::Count, ReportTable::Kind::Count,
                            ReportTable::Kind::Percent};
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
    const auto every = [](size_t) { return true; };
    share(tr("Actors"), records.actors, every);
    share(tr("Partnerships"), partnerships, every);
    share(tr("Projects"), projects, every);
    verified.rules = {QString::fromLatin1(ReportRules::Quality::kId),
                      QString::fromLatin1(ReportRules::Figures::kId)};
    section.tables << verified;

    // The records that the figures of the year leave out, and why.
    ReportTable leftOut;
    leftOut.id = QStringLiteral("left_out");
    leftOut.title = tr("Records not counted in %1, and why").arg(year);
    leftOut.base =
        tr("The partnerships and projects that the figures of %1 do not count: without a date, ended "
           "without an end date, paused in the year, and every planned or cancelled one.")
            .arg(year);
    leftOut.keepZeros = true;
    leftOut.columnKinds = {ReportTable::Kind::Text, ReportTable::Kind::Count, ReportTable::Kind::Count};
    leftOut.columns = {tr("Reason"), tr("Partnerships"), tr("Projects")};
    leftOut.rules = {QString::fromLatin1(ReportRules::ActivePartnership::kId),
                     QString::fromLatin1(ReportRules::ActiveProject::kId),
                     QString::fromLatin1(ReportRules::LeftOut::kId)};
    {
        using S = ReportRules::Standing;
        // Reasons: no date, ended without end date, dormant or suspended, planned, cancelled.
        qint64 counts[5][2] = {};
        const auto count = [&](S standing, int column) {
            counts[0][column] += standing == S::Undated;
            counts[1][column] += standing == S::EndUnknown;
            counts[2][column] += standing == S::Paused;
            counts[3][column] += standing == S::Planned;
            counts[4][column] += standing == S::Cancelled;
        };
        for (const ReportRecords::Partnership& p : partnerships)
            count(ReportRecords::standing(p, year), 0);
        for (const ReportRecords::Project& p : projects)
            count(ReportRecords::standing(p, year), 1);
        const QStringList reasons = {
            tr("No signature or start date"),
            tr("Ended or closed without an end date, begun before %1").arg(year),
            tr("Dormant or suspended in %1 (counted apart)").arg(year),
            tr("Planned or in identification"),
            tr("Cancelled"),
        };
        for (int r = 0; r < reasons.size(); ++r)
            leftOut.rows << QVariantList{reasons.at(r), counts[r][0], counts[r][1]};
    }
    section.tables << leftOut;
    return section;
}

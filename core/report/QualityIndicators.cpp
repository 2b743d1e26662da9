#include "QualityIndicators.h"

#include "ReportQueries.h"
#include "common/SqlDates.h"

ReportSection QualityIndicators::build(const ReportQueries& q)
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
    const QString partnerships = QStringLiteral("FROM {partnerships} ap JOIN partnership p ON p.id = ap.id");
    const QString projects = QStringLiteral("FROM {projects} ap JOIN project j ON j.id = ap.id");
    // One query per kind of record, each field a sum: the active records are read once.
    const auto rows = [&](const QString& from, const QList<QPair<QString, QString>>& fields) {
        QStringList sums;
        for (const auto& field : fields)
            sums << QStringLiteral("coalesce(sum(CASE WHEN %1 THEN 1 ELSE 0 END), 0)").arg(field.second);
        const QVariantList found =
            q.rows(QStringLiteral("SELECT count(*), %1 %2").arg(sums.join(QLatin1String(", ")), from))
                .value(0);
        const qint64 records = found.value(0).toLongLong();
        for (int i = 0; i < fields.size(); ++i) {
            const qint64 filled = found.value(i + 1).toLongLong();
            completeness.rows << QVariantList{
                fields.at(i).first, filled, records,
                ReportQueries::percent(static_cast<double>(filled), static_cast<double>(records))};
        }
    };
    rows(partnerships,
         {{tr("Partnerships: full signature date"), QStringLiteral("length(p.signed_on) = 10")},
          {tr("Partnerships: theme"),
           QStringLiteral("EXISTS (SELECT 1 FROM partnership_theme t WHERE t.partnership_id = p.id)")},
          {tr("Partnerships: description"), QStringLiteral("coalesce(p.description, '') <> ''")}});
    rows(projects,
         {{tr("Projects: country"),
           QStringLiteral(
               "(j.in_france = 1 OR EXISTS (SELECT 1 FROM project_country c WHERE c.project_id = j.id))")},
          {tr("Projects: theme"),
           QStringLiteral("EXISTS (SELECT 1 FROM project_theme t WHERE t.project_id = j.id)")},
          {tr("Projects: end date"), QStringLiteral("j.ended_on IS NOT NULL")},
          {tr("Projects: budget"), QStringLiteral("j.budget_cents IS NOT NULL")}});
    section.tables << completeness;

    ReportTable verified;
    verified.id = QStringLiteral("verified");
    verified.title = tr("Records verified within 24 months");
    verified.base = tr("Verified on or after 1 January %1, within the 24 months before the end of %2.")
                        .arg(year - 1)
                        .arg(year);
    verified.columns = {tr("Kind of records"), tr("Verified"), tr("Records"), tr("Share (%)")};
    const QString recent = QStringLiteral("%1 >= '%2-01-01'")
                               .arg(SqlDates::latestDay(QStringLiteral("r.verified_on")))
                               .arg(year - 1);
    const auto share = [&](const QString& label, const QString& from) {
        const QList<QVariantList> found =
            q.rows(QStringLiteral("SELECT count(*), coalesce(sum(CASE WHEN r.verified_on IS NOT NULL AND %1 "
                                  "THEN 1 ELSE 0 END), 0) %2")
                       .arg(recent, from));
        const qint64 records = found.value(0).value(0).toLongLong();
        const qint64 recentCount = found.value(0).value(1).toLongLong();
        verified.rows << QVariantList{
            label, recentCount, records,
            ReportQueries::percent(static_cast<double>(recentCount), static_cast<double>(records))};
    };
    share(tr("Actors engaged"), QStringLiteral("FROM {actors} e JOIN actor r ON r.id = e.id"));
    share(tr("Active partnerships"),
          QStringLiteral("FROM {partnerships} ap JOIN partnership r ON r.id = ap.id"));
    share(tr("Active projects"), QStringLiteral("FROM {projects} ap JOIN project r ON r.id = ap.id"));
    section.tables << verified;
    return section;
}

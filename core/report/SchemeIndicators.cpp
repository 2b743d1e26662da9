#include "SchemeIndicators.h"

#include "ReportContext.h"

#include <QHash>

#include <algorithm>
#include <array>

namespace {

// What the lines of one scheme add up to in one year (index 0 the year before, 1 the year).
struct SchemeYears
{
    QString name;
    std::array<qint64, 2> obtainedCents{};
    std::array<qint64, 2> obtained{};
    std::array<qint64, 2> refused{};
    std::array<qint64, 2> pending{};
};

qint64 euros(qint64 cents)
{
    return qRound64(static_cast<double>(cents) / 100.0);
}

} // namespace

QList<ReportTable> SchemeIndicators::build(const ReportContext& q)
{
    const int year = q.year();
    // The lines of the two years by scheme and status: a few rows per scheme.
    const QList<QVariantList> sums = q.rows(QStringLiteral(
        "SELECT f.scheme_id, s.name, f.year, f.status_code, count(*), sum(f.amount_cents) FROM funding f "
        "LEFT JOIN scheme s ON s.id = f.scheme_id WHERE (:year - f.year) IN (0, 1) "
        "GROUP BY f.scheme_id, s.name, f.year, f.status_code"));
    QList<SchemeYears> schemes;
    QHash<qint64, qsizetype> schemeOf;
    qint64 obtainedWithout = 0;
    qint64 obtainedLines = 0;
    qint64 decidedLines = 0;
    for (const QVariantList& row : sums) {
        const qint64 schemeId = row.value(0).isNull() ? 0 : row.value(0).toLongLong();
        const size_t y = row.value(2).toInt() == year ? 1 : 0;
        const auto outcome = ReportRules::SchemeSuccess::outcomeOf(row.value(3).toString().toStdString());
        const qint64 lines = row.value(4).toLongLong();
        if (schemeId <= 0) {
            if (outcome == ReportRules::SchemeSuccess::Outcome::Obtained)
                obtainedWithout += lines;
            continue;
        }
        if (!schemeOf.contains(schemeId)) {
            schemeOf.insert(schemeId, schemes.size());
            schemes.append({row.value(1).toString()});
        }
        SchemeYears& scheme = schemes[schemeOf.value(schemeId)];
        switch (outcome) {
        case ReportRules::SchemeSuccess::Outcome::Obtained:
            scheme.obtained[y] += lines;
            scheme.obtainedCents[y] += row.value(5).toLongLong();
            obtainedLines += lines;
            decidedLines += lines;
            break;
        case ReportRules::SchemeSuccess::Outcome::Refused:
            scheme.refused[y] += lines;
            decidedLines += lines;
            break;
        case ReportRules::SchemeSuccess::Outcome::Pending:
            scheme.pending[y] += lines;
            break;
        }
    }
    // The largest amounts of the year first, then by name: the order of both tables.
    std::sort(schemes.begin(), schemes.end(), [](const SchemeYears& a, const SchemeYears& b) {
        return a.obtainedCents[1] != b.obtainedCents[1]   ? a.obtainedCents[1] > b.obtainedCents[1]
               : a.obtainedCents[0] != b.obtainedCents[0] ? a.obtainedCents[0] > b.obtainedCents[0]
                                                          : a.name < b.name;
    });

    ReportTable funding;
    funding.id = QStringLiteral("funding_by_scheme");
    funding.title = tr("Funding obtained per support scheme");
    funding.columnKinds = {ReportTable::Kind::Text, ReportTable::Kind::Euros, ReportTable::Kind::Euros};
    funding.columns = {tr("Support scheme"), tr("%1 (€)").arg(year - 1), tr("%1 (€)").arg(year)};
    funding.rules = {QString::fromLatin1(ReportRules::SchemeFunding::kId),
                     QString::fromLatin1(ReportRules::Figures::kId)};
    for (const SchemeYears& scheme : std::as_const(schemes)) {
        if (scheme.obtained[0] + scheme.obtained[1] > 0)
            funding.rows << QVariantList{scheme.name, euros(scheme.obtainedCents[0]),
                                         euros(scheme.obtainedCents[1])};
    }
    funding.base = tr("%Ln funding line(s) of %1 and %2 granted or paid through a support scheme.", nullptr,
                      static_cast<int>(obtainedLines))
                       .arg(year - 1)
                       .arg(year) +
                   QLatin1Char(' ') +
                   tr("%Ln granted or paid line(s) of those years without a scheme (not counted here).",
                      nullptr, static_cast<int>(obtainedWithout));
    funding.chart = ReportTable::Chart::Bars;
    funding.valueColumn = 2;

    ReportTable success;
    success.id = QStringLiteral("success_by_scheme");
    success.title = tr("Success rate of applications per support scheme");
    success.columnKinds = {ReportTable::Kind::Text,  ReportTable::Kind::Count,   ReportTable::Kind::Percent,
                           ReportTable::Kind::Count, ReportTable::Kind::Percent, ReportTable::Kind::Count};
    success.columns = {
        tr("Support scheme"),       tr("Decided %1").arg(year - 1), tr("Success %1 (%)").arg(year - 1),
        tr("Decided %1").arg(year), tr("Success %1 (%)").arg(year), tr("Pending %1").arg(year)};
    success.rules = {QString::fromLatin1(ReportRules::SchemeSuccess::kId),
                     QString::fromLatin1(ReportRules::Figures::kId)};
    for (const SchemeYears& scheme : std::as_const(schemes)) {
        QVariantList row{scheme.name};
        for (size_t y = 0; y < 2; ++y) {
            const qint64 decided = scheme.obtained[y] + scheme.refused[y];
            row << decided
                << ReportContext::percent(static_cast<double>(scheme.obtained[y]),
                                          static_cast<double>(decided));
        }
        row << scheme.pending[1];
        success.rows << row;
    }
    success.base =
        tr("%Ln decided application(s) of %1 and %2 (granted, paid or refused) naming a support scheme; "
           "requested ones are pending, outside the base.",
           nullptr, static_cast<int>(decidedLines))
            .arg(year - 1)
            .arg(year);
    return {funding, success};
}

#include "MoneyIndicators.h"

#include "ReportQueries.h"

#include <algorithm>

namespace {

double euros(const QVariant& cents)
{
    return qRound64(cents.toDouble()) / 100.0;
}

// The budgets of the active projects in euros, each shared equally among the project's `link`
// rows (themes or countries), summed by `label`.
QString sharedBudget(const QString& link, const QString& join, const QString& label)
{
    return QStringLiteral(
               "SELECT %3, sum(CAST(ap.budget_eur_cents AS REAL) / (SELECT count(*) FROM %1 x WHERE "
               "x.project_id = ap.id)) AS amount FROM {projects} ap JOIN %1 l ON l.project_id = ap.id %2 "
               "WHERE ap.budget_eur_cents IS NOT NULL GROUP BY %3 ORDER BY amount DESC")
        .arg(link, join, label);
}

} // namespace

double MoneyIndicators::medianEuros(QList<qint64> cents)
{
    if (cents.isEmpty())
        return 0;
    std::sort(cents.begin(), cents.end());
    const qsizetype middle = cents.size() / 2;
    const double median = cents.size() % 2 == 1 ? static_cast<double>(cents.at(middle))
                                                : (cents.at(middle - 1) + cents.at(middle)) / 2.0;
    return qRound64(median) / 100.0;
}

ReportSection MoneyIndicators::build(const ReportQueries& q)
{
    ReportSection section;
    section.title = tr("Money");
    const int year = q.year();

    ReportTable budgets;
    budgets.id = QStringLiteral("budgets");
    budgets.title = tr("Declared budgets of the active projects");
    budgets.columns = {tr("Indicator"), QString::number(year - 1), QString::number(year)};
    QVariantList total{tr("Total of the declared budgets (€)")};
    QVariantList counted{tr("Projects with a budget")};
    QVariantList median{tr("Median budget (€)")};
    qint64 withBudget = 0;
    for (int y = year - 1; y <= year; ++y) {
        QList<qint64> cents;
        for (const QVariantList& row : q.rows(
                 QStringLiteral("SELECT budget_eur_cents FROM {projects} WHERE budget_eur_cents IS NOT NULL"),
                 y))
            cents << row.value(0).toLongLong();
        qint64 sum = 0;
        for (const qint64 c : std::as_const(cents))
            sum += c;
        total << sum / 100.0;
        counted << static_cast<qint64>(cents.size());
        median << medianEuros(cents);
        withBudget = cents.size();
    }
    budgets.rows = {total, counted, median};
    budgets.base = tr("Based on %Ln active project(s) whose budget is given in euros.", nullptr,
                      static_cast<int>(withBudget));
    section.tables << budgets;

    ReportTable programmes;
    programmes.id = QStringLiteral("cofunding_by_programme");
    programmes.title = tr("Co-funding of %1 by programme").arg(year);
    programmes.columns = {tr("Programme"), tr("Amount (€)"), tr("Funding lines"), tr("Share (%)")};
    const QList<QVariantList> byProgramme =
        q.rows(QStringLiteral("SELECT coalesce(p.label_fr, 'Sans programme (financeur seul)'), "
                              "sum(f.amount_cents) AS amount, count(*) FROM funding f LEFT JOIN "
                              "ref_funding_programme p ON p.code = f.programme_code WHERE f.year = :year AND "
                              "f.status_code <> 'refuse' GROUP BY p.code, p.label_fr ORDER BY amount DESC"));
    double allFunding = 0;
    qint64 lines = 0;
    for (const QVariantList& row : byProgramme) {
        allFunding += euros(row.value(1));
        lines += row.value(2).toLongLong();
    }
    for (const QVariantList& row : byProgramme)
        programmes.rows << QVariantList{row.value(0), euros(row.value(1)), row.value(2).toLongLong(),
                                        ReportQueries::percent(euros(row.value(1)), allFunding)};
    programmes.base = tr("%Ln funding line(s) of %1 requested, granted or paid (refused ones left out).",
                         nullptr, static_cast<int>(lines))
                          .arg(year);
    programmes.chart = ReportTable::Chart::Donut;
    section.tables << programmes;

    ReportTable leverage;
    leverage.id = QStringLiteral("leverage");
    leverage.title = tr("Leverage of external funding, %1").arg(year);
    leverage.columns = {tr("Indicator"), tr("Value")};
    const QList<QVariantList> sides =
        q.rows(QStringLiteral("SELECT coalesce(sum(CASE WHEN p.external = 1 THEN f.amount_cents END), 0), "
                              "coalesce(sum(CASE WHEN f.programme_code = 'fonds_propres' THEN f.amount_cents "
                              "END), 0) FROM funding f LEFT JOIN ref_funding_programme p ON p.code = "
                              "f.programme_code WHERE f.year = :year AND f.status_code <> 'refuse'"));
    const double external = euros(sides.value(0).value(0));
    const double own = euros(sides.value(0).value(1));
    leverage.rows = {{tr("External co-funding (€)"), external},
                     {tr("Own funds (€)"), own},
                     {tr("Euros of external funding per euro of own funds"),
                      own > 0 ? qRound(external * 100.0 / own) / 100.0 : 0.0}};
    leverage.base = programmes.base;
    section.tables << leverage;

    const auto shared = [&](const QString& id, const QString& title, const QString& sql,
                            const QString& base) {
        ReportTable table;
        table.id = id;
        table.title = title;
        table.base = base;
        table.columns = {title.section(QLatin1Char(' '), -1), tr("Amount (€)")};
        for (const QVariantList& row : q.rows(sql))
            table.rows << QVariantList{row.value(0), qRound64(row.value(1).toDouble()) / 100.0};
        table.chart = ReportTable::Chart::Bars;
        return table;
    };
    ReportTable byTheme = shared(QStringLiteral("amounts_by_theme"), tr("Budgets by theme"),
                                 sharedBudget(QStringLiteral("project_theme"),
                                              QStringLiteral("JOIN ref_theme t ON t.code = l.theme_code"),
                                              QStringLiteral("t.label_fr")),
                                 tr("Budgets in euros of the active projects; a project's budget is shared "
                                    "equally among its themes."));
    byTheme.columns.first() = tr("Theme");
    ReportTable byZone =
        shared(QStringLiteral("amounts_by_zone"), tr("Budgets by zone"),
               sharedBudget(QStringLiteral("project_country"),
                            QStringLiteral("JOIN ref_country c ON c.code = l.country_code JOIN "
                                           "ref_zone z ON z.code = c.zone_code"),
                            QStringLiteral("z.label_fr")),
               tr("Budgets in euros of the active projects; a project's budget is shared "
                  "equally among its countries."));
    byZone.columns.first() = tr("Zone");
    section.tables << byTheme << byZone;
    return section;
}

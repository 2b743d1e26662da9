#include "MoneyIndicators.h"

#include "ReportContext.h"

#include <QHash>

#include <algorithm>
#include <functional>

namespace {

double euros(const QVariant& cents)
{
    return qRound64(cents.toDouble()) / 100.0;
}

// The budgets in euros of the projects active in `year`, each shared equally among the project's
// `links` (themes or countries), summed by the number that `key` gives a link (-1: left out);
// -1 for the numbers that no budget reached.
std::vector<double> sharedBudgets(const ReportRecords& records, int year, const LinkList& links, int keys,
                                  const std::function<int(int)>& key)
{
    std::vector<double> amounts(static_cast<size_t>(keys), -1.0);
    for (size_t i = 0; i < records.projects.size(); ++i) {
        const ReportRecords::Project& p = records.projects[i];
        if (!p.budgetInEuros() || !ReportRecords::active(p, year))
            continue;
        const auto shares = links.of(static_cast<int>(i));
        for (const int link : shares) {
            const int k = key(link);
            if (k < 0)
                continue;
            double& amount = amounts[static_cast<size_t>(k)];
            amount =
                qMax(amount, 0.0) + static_cast<double>(p.budgetCents) / static_cast<double>(shares.size());
        }
    }
    return amounts;
}

} // namespace

double MoneyIndicators::medianEuros(QList<qint64> cents)
{
    if (cents.isEmpty())
        return 0;
    // The middle value(s) without sorting the whole list (600,000 budgets at a million projects).
    const auto middle = cents.begin() + cents.size() / 2;
    std::nth_element(cents.begin(), middle, cents.end());
    const double median = cents.size() % 2 == 1 ? static_cast<double>(*middle)
                                                : (*std::max_element(cents.begin(), middle) + *middle) / 2.0;
    return qRound64(median) / 100.0;
}

ReportSection MoneyIndicators::build(const ReportContext& q)
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
    const ReportRecords& records = q.records();
    const ReportVocabulary& vocabulary = q.vocabulary();
    for (int y = year - 1; y <= year; ++y) {
        QList<qint64> cents;
        cents.reserve(static_cast<qsizetype>(records.projects.size()));
        for (const ReportRecords::Project& p : records.projects) {
            if (p.budgetInEuros() && ReportRecords::active(p, y))
                cents << p.budgetCents;
        }
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
    // Summed by programme code first, the labels joined to the few sums.
    const QList<QVariantList> byProgramme = q.rows(QStringLiteral(
        "SELECT coalesce(p.label_fr, 'Sans programme (financeur seul)'), g.amount, g.n, p.external, "
        "p.code FROM (SELECT programme_code AS code, sum(amount_cents) AS amount, count(*) AS n "
        "FROM funding WHERE year = :year AND status_code <> 'refuse' GROUP BY 1) g LEFT JOIN "
        "ref_funding_programme p ON p.code = g.code ORDER BY g.amount DESC"));
    double allFunding = 0;
    qint64 lines = 0;
    for (const QVariantList& row : byProgramme) {
        allFunding += euros(row.value(1));
        lines += row.value(2).toLongLong();
    }
    for (const QVariantList& row : byProgramme)
        programmes.rows << QVariantList{row.value(0), euros(row.value(1)), row.value(2).toLongLong(),
                                        ReportContext::percent(euros(row.value(1)), allFunding)};
    programmes.base = tr("%Ln funding line(s) of %1 requested, granted or paid (refused ones left out).",
                         nullptr, static_cast<int>(lines))
                          .arg(year);
    programmes.chart = ReportTable::Chart::Donut;
    section.tables << programmes;

    ReportTable leverage;
    leverage.id = QStringLiteral("leverage");
    leverage.title = tr("Leverage of external funding, %1").arg(year);
    leverage.columns = {tr("Indicator"), tr("Value")};
    // External programmes, and own funds, from the lines of the year by programme.
    qint64 externalCents = 0;
    qint64 ownCents = 0;
    for (const QVariantList& row : byProgramme) {
        externalCents += row.value(3).toInt() == 1 ? row.value(1).toLongLong() : 0;
        ownCents += row.value(4).toString() == QLatin1String("fonds_propres") ? row.value(1).toLongLong() : 0;
    }
    const double external = euros(externalCents);
    const double own = euros(ownCents);
    leverage.rows = {{tr("External co-funding (€)"), external},
                     {tr("Own funds (€)"), own},
                     {tr("Euros of external funding per euro of own funds"),
                      own > 0 ? qRound(external * 100.0 / own) / 100.0 : 0.0}};
    leverage.base = programmes.base;
    section.tables << leverage;

    const auto shared = [&](const QString& id, const QString& title, const QString& column,
                            const CodeList& keys, const std::vector<double>& amounts, const QString& base) {
        ReportTable table;
        table.id = id;
        table.title = title;
        table.base = base;
        table.columns = {column, tr("Amount (€)")};
        // Summed by label, as the reader sees them; largest first.
        QHash<QString, double> byLabel;
        for (size_t k = 0; k < amounts.size(); ++k) {
            if (amounts[k] >= 0)
                byLabel[keys.at(static_cast<int>(k)).label] += amounts[k];
        }
        QList<QPair<QString, double>> sorted;
        for (auto it = byLabel.cbegin(); it != byLabel.cend(); ++it)
            sorted.append({it.key(), it.value()});
        std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        for (const auto& [label, cents] : std::as_const(sorted))
            table.rows << QVariantList{label, qRound64(cents) / 100.0};
        table.chart = ReportTable::Chart::Bars;
        return table;
    };
    const ReportTable byTheme =
        shared(QStringLiteral("amounts_by_theme"), tr("Budgets by theme"), tr("Theme"), vocabulary.themes,
               sharedBudgets(records, year, records.projectThemes, vocabulary.themes.size(),
                             [&](int theme) { return vocabulary.themes.at(theme).known ? theme : -1; }),
               tr("Budgets in euros of the active projects; a project's budget is shared equally among its "
                  "themes."));
    const ReportTable byZone =
        shared(QStringLiteral("amounts_by_zone"), tr("Budgets by zone"), tr("Zone"), vocabulary.zones,
               sharedBudgets(records, year, records.projectCountries, vocabulary.zones.size(),
                             [&](int country) { return vocabulary.countries.at(country).group; }),
               tr("Budgets in euros of the active projects; a project's budget is shared equally among its "
                  "countries."));
    section.tables << byTheme << byZone;
    return section;
}

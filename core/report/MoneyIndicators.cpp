#include "MoneyIndicators.h"

#include "ReportContext.h"
#include "SchemeIndicators.h"

#include <QHash>

#include <algorithm>
#include <functional>

namespace {

// Amounts in whole euros, each rounded to the nearest (rule Figures): the table holds what it shows.
qint64 euros(double cents)
{
    return qRound64(cents / 100.0);
}

// The budgets in euros of the projects active in `year`, each shared equally among the project's
// `links` (themes or countries), summed by the number that `key` gives a link; -1 for the numbers
// that no budget reached. The shares of a link without a key, and the budgets of the projects
// without links, are summed apart (rule SharedAmounts), so that the whole adds up to the total.
struct SharedBudgets
{
    std::vector<double> amounts; // cents
    double withoutKey = 0;
    bool anyWithoutKey = false;
};

SharedBudgets sharedBudgets(const ReportRecords& records, int year, const LinkList& links, int keys,
                            const std::function<int(int)>& key)
{
    SharedBudgets shared;
    shared.amounts.assign(static_cast<size_t>(keys), -1.0);
    for (size_t i = 0; i < records.projects.size(); ++i) {
        const ReportRecords::Project& p = records.projects[i];
        if (!p.budgetInEuros() || !ReportRecords::active(p, year))
            continue;
        const auto shares = links.of(static_cast<int>(i));
        const auto budget = static_cast<double>(p.budgetCents);
        if (shares.empty()) {
            shared.withoutKey += budget;
            shared.anyWithoutKey = true;
        }
        for (const int link : shares) {
            const int k = key(link);
            const double part = budget / static_cast<double>(shares.size());
            if (k < 0) {
                shared.withoutKey += part;
                shared.anyWithoutKey = true;
                continue;
            }
            double& amount = shared.amounts[static_cast<size_t>(k)];
            amount = qMax(amount, 0.0) + part;
        }
    }
    return shared;
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
    budgets.columnKinds = {ReportTable::Kind::Text, ReportTable::Kind::Euros, ReportTable::Kind::Euros};
    budgets.columns = {tr("Indicator"), QString::number(year - 1), QString::number(year)};
    QVariantList total{tr("Total of the declared budgets (€)")};
    QVariantList counted{tr("Projects with a budget")};
    QVariantList median{tr("Median budget (€)")};
    QVariantList otherCurrency{tr("Active projects with a budget in another currency (left out)")};
    qint64 withBudget = 0;
    const ReportRecords& records = q.records();
    const ReportVocabulary& vocabulary = q.vocabulary();
    for (int y = year - 1; y <= year; ++y) {
        QList<qint64> cents;
        cents.reserve(static_cast<qsizetype>(records.projects.size()));
        qint64 others = 0;
        for (const ReportRecords::Project& p : records.projects) {
            if (!ReportRecords::active(p, y))
                continue;
            if (p.budgetInEuros())
                cents << p.budgetCents;
            else if (p.budgetCents >= 0)
                ++others;
        }
        qint64 sum = 0;
        for (const qint64 c : std::as_const(cents))
            sum += c;
        total << euros(static_cast<double>(sum));
        counted << static_cast<qint64>(cents.size());
        median << (cents.isEmpty() ? QVariant() : QVariant(qRound64(medianEuros(cents))));
        otherCurrency << others;
        withBudget = cents.size();
    }
    budgets.rows = {total, counted, median, otherCurrency};
    budgets.rowKinds = {ReportTable::Kind::Euros, ReportTable::Kind::Count, ReportTable::Kind::Euros,
                        ReportTable::Kind::Count};
    budgets.rules = {QString::fromLatin1(ReportRules::ActiveProject::kId),
                     QString::fromLatin1(ReportRules::Budgets::kId)};
    budgets.base = tr("Based on %Ln active project(s) whose budget is given in euros.", nullptr,
                      static_cast<int>(withBudget));
    section.tables << budgets;

    ReportTable programmes;
    programmes.id = QStringLiteral("cofunding_by_programme");
    programmes.title = tr("Co-funding of %1 by programme").arg(year);
    programmes.columnKinds = {ReportTable::Kind::Text, ReportTable::Kind::Euros, ReportTable::Kind::Count,
                              ReportTable::Kind::Percent};
    programmes.columns = {tr("Programme"), tr("Amount (€)"), tr("Funding lines"), tr("Share (%)")};
    programmes.rules = {QString::fromLatin1(ReportRules::Cofunding::kId),
                        QString::fromLatin1(ReportRules::Figures::kId)};
    // The lines of the year counted (rule Cofunding), summed by programme and by whether they are
    // external (rule Leverage); the labels joined to the few sums.
    const QList<QVariantList> sums =
        q.rows(QStringLiteral(
                   "SELECT p.%1, g.amount, g.n, g.external, g.code FROM (SELECT f.programme_code AS code, %2 "
                   "AS external, sum(f.amount_cents) AS amount, count(*) AS n FROM funding f WHERE f.year = "
                   ":year AND %3 GROUP BY 1, 2) g LEFT JOIN ref_funding_programme p ON p.code = g.code")
                   .arg(q.labelColumn(), ReportRules::Leverage::externalSql(QStringLiteral("f")),
                        ReportRules::Cofunding::countedSql(QStringLiteral("f"))));
    struct Programme
    {
        QString label;
        qint64 cents = 0;
        qint64 lines = 0;
    };
    QList<Programme> byProgramme;
    QHash<QString, qsizetype> programmeOf;
    qint64 allCents = 0;
    qint64 lines = 0;
    qint64 externalCents = 0;
    qint64 ownCents = 0;
    for (const QVariantList& row : sums) {
        const QString code = row.value(4).toString();
        if (!programmeOf.contains(code)) {
            programmeOf.insert(code, byProgramme.size());
            byProgramme.append(
                {row.value(0).isNull() ? tr("No programme (funder alone)") : row.value(0).toString()});
        }
        Programme& programme = byProgramme[programmeOf.value(code)];
        const qint64 cents = row.value(1).toLongLong();
        programme.cents += cents;
        programme.lines += row.value(2).toLongLong();
        allCents += cents;
        lines += row.value(2).toLongLong();
        (row.value(3).toInt() == 1 ? externalCents : ownCents) += cents;
    }
    std::sort(byProgramme.begin(), byProgramme.end(), [](const Programme& a, const Programme& b) {
        return a.cents != b.cents ? a.cents > b.cents : a.label < b.label;
    });
    for (const Programme& programme : std::as_const(byProgramme))
        programmes.rows << QVariantList{
            programme.label, euros(static_cast<double>(programme.cents)), programme.lines,
            ReportContext::percent(static_cast<double>(programme.cents), static_cast<double>(allCents))};
    programmes.base = tr("%Ln funding line(s) of %1 requested, granted or paid (refused ones left out).",
                         nullptr, static_cast<int>(lines))
                          .arg(year);
    programmes.shareColumn = 3;
    programmes.chart = ReportTable::Chart::Donut;
    section.tables << programmes;

    ReportTable leverage;
    leverage.id = QStringLiteral("leverage");
    leverage.title = tr("Leverage of external funding, %1").arg(year);
    leverage.columnKinds = {ReportTable::Kind::Text, ReportTable::Kind::Euros};
    leverage.columns = {tr("Indicator"), tr("Value")};
    leverage.rules = {QString::fromLatin1(ReportRules::Cofunding::kId),
                      QString::fromLatin1(ReportRules::Leverage::kId)};
    leverage.rows = {{tr("External co-funding (€)"), euros(static_cast<double>(externalCents))},
                     {tr("Own funds and in-kind contributions (€)"), euros(static_cast<double>(ownCents))},
                     {tr("Euros of external funding per euro of own funds"),
                      ownCents > 0 ? QVariant(qRound(static_cast<double>(externalCents) * 100.0 /
                                                     static_cast<double>(ownCents)) /
                                              100.0)
                                   : QVariant()}};
    leverage.rowKinds = {ReportTable::Kind::Euros, ReportTable::Kind::Euros, ReportTable::Kind::Ratio};
    leverage.base = programmes.base;
    section.tables << leverage;
    section.tables << SchemeIndicators::build(q);

    const auto shared = [&](const QString& id, const QString& title, const QString& column,
                            const CodeList& keys, const SharedBudgets& amounts, const QString& without,
                            const QString& base) {
        ReportTable table;
        table.id = id;
        table.title = title;
        table.base = base;
        table.columnKinds = {ReportTable::Kind::Text, ReportTable::Kind::Euros};
        table.columns = {column, tr("Amount (€)")};
        table.rules = {QString::fromLatin1(ReportRules::Budgets::kId),
                       QString::fromLatin1(ReportRules::SharedAmounts::kId)};
        // Summed by label, as the reader sees them; largest first.
        QHash<QString, double> byLabel;
        for (size_t k = 0; k < amounts.amounts.size(); ++k) {
            if (amounts.amounts[k] >= 0)
                byLabel[keys.at(static_cast<int>(k)).label] += amounts.amounts[k];
        }
        QList<QPair<QString, double>> sorted;
        for (auto it = byLabel.cbegin(); it != byLabel.cend(); ++it)
            sorted.append({it.key(), it.value()});
        std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        for (const auto& [label, cents] : std::as_const(sorted))
            table.rows << QVariantList{label, euros(cents)};
        // Last, whatever its size: what the breakdown cannot place.
        if (amounts.anyWithoutKey)
            table.rows << QVariantList{without, euros(amounts.withoutKey)};
        table.chart = ReportTable::Chart::Bars;
        return table;
    };
    const ReportTable byTheme =
        shared(QStringLiteral("amounts_by_theme"), tr("Budgets by theme"), tr("Theme"), vocabulary.themes,
               sharedBudgets(records, year, records.projectThemes, vocabulary.themes.size(),
                             [&](int theme) { return vocabulary.themes.at(theme).known ? theme : -1; }),
               tr("Theme not given"),
               tr("Budgets in euros of the active projects; a project's budget is shared equally among its "
                  "themes."));
    const ReportTable byZone =
        shared(QStringLiteral("amounts_by_zone"), tr("Budgets by zone"), tr("Zone"), vocabulary.zones,
               sharedBudgets(records, year, records.projectCountries, vocabulary.zones.size(),
                             [&](int country) { return vocabulary.countries.at(country).group; }),
               tr("Country not given"),
               tr("Budgets in euros of the active projects; a project's budget is shared equally among its "
                  "countries, a project led in France counting in France."));
    section.tables << byTheme << byZone;
    return section;
}

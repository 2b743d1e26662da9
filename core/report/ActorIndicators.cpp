#include "ActorIndicators.h"

#include "ReportQueries.h"

#include <functional>

namespace {

// The engaged actors of a year, counted by type (with its family), département and size: one
// query per year, from which every table of this part is summed.
struct ActorGroup
{
    QString type;
    QString typeLabel;
    int typeOrder = 0;
    QString family;
    QString familyLabel;
    int familyOrder = 0;
    QString departement;
    int sizeBracket = 0; // 1 under 2,000 … 4 50,000 and more, 5 unknown
    qint64 count = 0;
};

const QString kSizeBracket = QStringLiteral("CASE WHEN %1 IS NULL THEN 5 WHEN %1 < 2000 THEN 1 WHEN %1 < "
                                            "10000 THEN 2 WHEN %1 < 50000 THEN 3 ELSE 4 END");

QList<ActorGroup> engagedGroups(const ReportQueries& q, int year)
{
    QList<ActorGroup> groups;
    const QList<QVariantList> rows = q.rows(
        QStringLiteral(
            "SELECT coalesce(t.code, ''), coalesce(t.label_fr, 'Type non renseigné'), coalesce(t.sort_order, "
            "99), coalesce(f.code, ''), coalesce(f.label_fr, 'Type non renseigné'), coalesce(f.sort_order, "
            "99), g.departement, g.bracket, g.n FROM (SELECT a.actor_type_code AS type, "
            "coalesce(a.departement_code, '') AS departement, %1 AS bracket, count(*) AS n FROM {actors} e "
            "JOIN actor a ON a.id = e.id GROUP BY 1, 2, 3) g LEFT JOIN ref_actor_type t ON t.code = g.type "
            "LEFT JOIN ref_actor_family f ON f.code = t.family_code")
            .arg(kSizeBracket.arg(QStringLiteral("a.population"))),
        year);
    for (const QVariantList& row : rows) {
        groups.append({row.value(0).toString(), row.value(1).toString(), row.value(2).toInt(),
                       row.value(3).toString(), row.value(4).toString(), row.value(5).toInt(),
                       row.value(6).toString(), row.value(7).toInt(), row.value(8).toLongLong()});
    }
    return groups;
}

qint64 total(const QList<ActorGroup>& groups, const std::function<bool(const ActorGroup&)>& wanted = {})
{
    qint64 sum = 0;
    for (const ActorGroup& group : groups)
        sum += !wanted || wanted(group) ? group.count : 0;
    return sum;
}

// The groups counted under one of their keys: their family, or their type.
QList<ReportQueries::KeyedCount> byKey(const QList<ActorGroup>& groups, bool family)
{
    QList<ReportQueries::KeyedCount> counts;
    for (const ActorGroup& g : groups) {
        counts.append(family ? ReportQueries::KeyedCount{g.family, g.familyLabel, g.familyOrder, g.count}
                             : ReportQueries::KeyedCount{g.type, g.typeLabel, g.typeOrder, g.count});
    }
    return counts;
}

} // namespace

ReportSection ActorIndicators::build(const ReportQueries& q)
{
    ReportSection section;
    section.title = tr("The actors of the region");
    const int year = q.year();
    const QStringList yearColumns = {QString::number(year - 1), QString::number(year)};
    const QList<ActorGroup> before = engagedGroups(q, year - 1);
    const QList<ActorGroup> current = engagedGroups(q, year);
    const QString regionCode =
        QStringLiteral("(SELECT value FROM observatory_setting WHERE key = 'region_code')");
    const qint64 regionCommunes =
        q.value(QStringLiteral("SELECT count(*) FROM ref_commune WHERE region_code = %1").arg(regionCode))
            .toLongLong();
    const auto ofType = [](const char* type) {
        return [type](const ActorGroup& group) { return group.type == QLatin1String(type); };
    };

    ReportTable key;
    key.id = QStringLiteral("actors_key_figures");
    key.title = tr("Key figures on actors");
    key.base = tr("Actors named in a partnership or project active in the year.");
    key.columns = QStringList{tr("Indicator")} + yearColumns;
    key.rows = {
        {tr("Actors engaged"), total(before), total(current)},
        {tr("Communes engaged"), total(before, ofType("commune")), total(current, ofType("commune"))},
        {tr("Share of the region's communes engaged (%)"),
         ReportQueries::percent(static_cast<double>(total(before, ofType("commune"))),
                                static_cast<double>(regionCommunes)),
         ReportQueries::percent(static_cast<double>(total(current, ofType("commune"))),
                                static_cast<double>(regionCommunes))},
        {tr("Comités de jumelage"), total(before, ofType("comite_jumelage")),
         total(current, ofType("comite_jumelage"))},
        {tr("OSIM (migrant-led organisations)"), total(before, ofType("osim")),
         total(current, ofType("osim"))},
    };
    section.tables << key;

    const qint64 engaged = total(current);
    ReportTable families;
    families.id = QStringLiteral("actors_by_family");
    families.title = tr("Actors engaged by family");
    families.columns = QStringList{tr("Family")} + yearColumns + QStringList{tr("% in %1").arg(year)};
    families.rows = ReportQueries::sideBySide(byKey(before, true), byKey(current, true));
    for (QVariantList& row : families.rows)
        row << ReportQueries::percent(row.value(2).toDouble(), static_cast<double>(engaged));
    families.base = tr("%Ln actor(s) engaged in %1.", nullptr, static_cast<int>(engaged)).arg(year);
    families.chart = ReportTable::Chart::Donut;
    families.valueColumn = 2;
    section.tables << families;

    ReportTable types;
    types.id = QStringLiteral("actors_by_type");
    types.title = tr("Actors engaged by type");
    types.base = families.base;
    types.columns = QStringList{tr("Type")} + yearColumns;
    types.rows = ReportQueries::sideBySide(byKey(before, false), byKey(current, false));
    types.chart = ReportTable::Chart::Bars;
    types.valueColumn = 2;
    section.tables << types;

    ReportTable departements;
    departements.id = QStringLiteral("actors_by_departement");
    departements.title = tr("Actors engaged by département, per 100,000 inhabitants");
    departements.columns = {tr("Code"), tr("Département"), tr("Actors"), tr("Population"),
                            tr("Per 100,000 inhabitants")};
    qint64 located = 0;
    for (const QVariantList& row : q.rows(
             QStringLiteral("SELECT code, label_fr, population FROM ref_departement WHERE region_code = %1 "
                            "ORDER BY sort_order, code")
                 .arg(regionCode))) {
        const QString code = row.value(0).toString();
        const qint64 actors = total(current, [&code](const ActorGroup& g) { return g.departement == code; });
        const qint64 population = row.value(2).toLongLong();
        located += actors;
        departements.rows << QVariantList{code, row.value(1), actors, population,
                                          population > 0 ? qRound(actors * 1e6 / population) / 10.0 : 0.0};
    }
    departements.base =
        tr("%Ln actor(s) engaged in %1 whose département is known.", nullptr, static_cast<int>(located))
            .arg(year);
    // The map draws the Rhône and the Métropole de Lyon as one: their density is recomputed.
    qint64 lyonActors = 0;
    qint64 lyonPopulation = 0;
    for (const QVariantList& row : std::as_const(departements.rows)) {
        if (row.value(0).toString().startsWith(QLatin1String("69"))) {
            lyonActors += row.value(2).toLongLong();
            lyonPopulation += row.value(3).toLongLong();
        }
    }
    if (lyonPopulation > 0)
        departements.mapValues.insert(QStringLiteral("69"), qRound(lyonActors * 1e6 / lyonPopulation) / 10.0);
    departements.chart = ReportTable::Chart::DepartementMap;
    departements.valueColumn = 4;
    section.tables << departements;

    ReportTable communes;
    communes.id = QStringLiteral("communes_by_size");
    communes.title = tr("Communes engaged by size");
    communes.columns = {tr("Inhabitants"), tr("Communes engaged"), tr("Communes of the region"),
                        tr("Share (%)")};
    const QList<QVariantList> regionBySize =
        q.rows(QStringLiteral("SELECT %1 AS b, count(*) FROM ref_commune WHERE region_code = %2 GROUP BY b")
                   .arg(kSizeBracket.arg(QStringLiteral("population")), regionCode));
    const QStringList bracketLabels = {tr("under 2,000"), tr("2,000 to 9,999"), tr("10,000 to 49,999"),
                                       tr("50,000 and more"), tr("unknown")};
    qint64 communesEngaged = 0;
    for (int b = 1; b <= 5; ++b) {
        const qint64 engagedCommunes = total(current, [b](const ActorGroup& g) {
            return g.type == QLatin1String("commune") && g.sizeBracket == b;
        });
        qint64 inRegion = 0;
        for (const QVariantList& row : regionBySize)
            inRegion += row.value(0).toInt() == b ? row.value(1).toLongLong() : 0;
        if (b == 5 && engagedCommunes == 0 && inRegion == 0)
            continue;
        communesEngaged += engagedCommunes;
        communes.rows << QVariantList{
            bracketLabels.at(b - 1), engagedCommunes, inRegion,
            ReportQueries::percent(static_cast<double>(engagedCommunes), static_cast<double>(inRegion))};
    }
    communes.base = tr("%Ln commune(s) engaged in %1; sizes from the actor's record.", nullptr,
                       static_cast<int>(communesEngaged))
                        .arg(year);
    communes.chart = ReportTable::Chart::Bars;
    section.tables << communes;
    return section;
}

#include "ActorIndicators.h"

#include "ReportQueries.h"

namespace {

QString withEngaged(const QString& select)
{
    return QStringLiteral("WITH engaged AS (%1) %2").arg(ActorIndicators::engagedActors(), select);
}

} // namespace

QString ActorIndicators::engagedActors()
{
    return QStringLiteral("SELECT actor_id FROM partnership_actor WHERE partnership_id IN (SELECT id FROM "
                          "{partnerships}) UNION SELECT actor_id FROM project_actor WHERE project_id IN "
                          "(SELECT id FROM {projects})");
}

ReportSection ActorIndicators::build(const ReportQueries& q)
{
    ReportSection section;
    section.title = tr("The actors of the region");
    const int year = q.year();
    const QStringList yearColumns = {QString::number(year - 1), QString::number(year)};

    const QString regionCode =
        QStringLiteral("(SELECT value FROM observatory_setting WHERE key = 'region_code')");
    const QString engagedCount = withEngaged(QStringLiteral("SELECT count(*) FROM engaged"));
    const auto typeCount = [&](const QString& type, int y) {
        return q
            .value(withEngaged(QStringLiteral("SELECT count(*) FROM engaged e JOIN actor a ON a.id = "
                                              "e.actor_id WHERE a.actor_type_code = '%1'")
                                   .arg(type)),
                   y)
            .toLongLong();
    };
    const qint64 regionCommunes =
        q.value(QStringLiteral("SELECT count(*) FROM ref_commune WHERE region_code = %1").arg(regionCode))
            .toLongLong();
    ReportTable key;
    key.id = QStringLiteral("actors_key_figures");
    key.title = tr("Key figures on actors");
    key.base = tr("Actors named in a partnership or project active in the year.");
    key.columns = QStringList{tr("Indicator")} + yearColumns;
    const auto keyRow = [&](const QString& label, const std::function<QVariant(int)>& value) {
        key.rows << QVariantList{label, value(year - 1), value(year)};
    };
    keyRow(tr("Actors engaged"), [&](int y) { return q.value(engagedCount, y); });
    keyRow(tr("Communes engaged"), [&](int y) { return typeCount(QStringLiteral("commune"), y); });
    keyRow(tr("Share of the region's communes engaged (%)"), [&](int y) {
        return ReportQueries::percent(static_cast<double>(typeCount(QStringLiteral("commune"), y)),
                                      static_cast<double>(regionCommunes));
    });
    keyRow(tr("Comités de jumelage"), [&](int y) { return typeCount(QStringLiteral("comite_jumelage"), y); });
    keyRow(tr("OSIM (migrant-led organisations)"),
           [&](int y) { return typeCount(QStringLiteral("osim"), y); });
    section.tables << key;

    ReportTable families;
    families.id = QStringLiteral("actors_by_family");
    families.title = tr("Actors engaged by family");
    families.columns = QStringList{tr("Family")} + yearColumns + QStringList{tr("% in %1").arg(year)};
    families.rows = q.compareYears(withEngaged(QStringLiteral(
        "SELECT coalesce(f.code, ''), coalesce(f.label_fr, 'Type non renseigné'), count(*) FROM engaged e "
        "JOIN actor a ON a.id = e.actor_id LEFT JOIN ref_actor_type t ON t.code = a.actor_type_code "
        "LEFT JOIN ref_actor_family f ON f.code = t.family_code GROUP BY f.code, f.label_fr "
        "ORDER BY coalesce(f.sort_order, 99)")));
    double total = 0;
    for (const QVariantList& row : std::as_const(families.rows))
        total += row.value(2).toDouble();
    for (QVariantList& row : families.rows)
        row << ReportQueries::percent(row.value(2).toDouble(), total);
    families.base = tr("%Ln actor(s) engaged in %1.", nullptr, static_cast<int>(total)).arg(year);
    families.chart = ReportTable::Chart::Donut;
    families.valueColumn = 2;
    section.tables << families;

    ReportTable types;
    types.id = QStringLiteral("actors_by_type");
    types.title = tr("Actors engaged by type");
    types.base = families.base;
    types.columns = QStringList{tr("Type")} + yearColumns;
    types.rows = q.compareYears(withEngaged(QStringLiteral(
        "SELECT coalesce(t.code, ''), coalesce(t.label_fr, 'Type non renseigné'), count(*) FROM engaged e "
        "JOIN actor a ON a.id = e.actor_id LEFT JOIN ref_actor_type t ON t.code = a.actor_type_code "
        "GROUP BY t.code, t.label_fr ORDER BY coalesce(t.sort_order, 99)")));
    types.chart = ReportTable::Chart::Bars;
    types.valueColumn = 2;
    section.tables << types;

    ReportTable departements;
    departements.id = QStringLiteral("actors_by_departement");
    departements.title = tr("Actors engaged by département, per 100,000 inhabitants");
    departements.columns = {tr("Code"), tr("Département"), tr("Actors"), tr("Population"),
                            tr("Per 100,000 inhabitants")};
    const QList<QVariantList> byDepartement = q.rows(withEngaged(
        QStringLiteral("SELECT d.code, d.label_fr, (SELECT count(*) FROM engaged e JOIN actor a ON a.id = "
                       "e.actor_id WHERE a.departement_code = d.code), d.population FROM ref_departement d "
                       "WHERE d.region_code = %1 ORDER BY d.sort_order, d.code")
            .arg(regionCode)));
    qint64 located = 0;
    for (const QVariantList& row : byDepartement) {
        const qint64 actors = row.value(2).toLongLong();
        const qint64 population = row.value(3).toLongLong();
        located += actors;
        departements.rows << QVariantList{row.value(0), row.value(1), actors, population,
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
    const QString bracket = QStringLiteral(
        "CASE WHEN %1 IS NULL THEN 5 WHEN %1 < 2000 THEN 1 WHEN %1 < 10000 THEN 2 WHEN %1 < 50000 THEN 3 "
        "ELSE 4 END");
    const QList<QVariantList> engagedBySize = q.rows(withEngaged(
        QStringLiteral("SELECT %1 AS b, count(*) FROM engaged e JOIN actor a ON a.id = e.actor_id "
                       "WHERE a.actor_type_code = 'commune' GROUP BY b")
            .arg(bracket.arg(QStringLiteral("a.population")))));
    const QList<QVariantList> regionBySize =
        q.rows(QStringLiteral("SELECT %1 AS b, count(*) FROM ref_commune WHERE region_code = %2 GROUP BY b")
                   .arg(bracket.arg(QStringLiteral("population")), regionCode));
    const QStringList bracketLabels = {tr("under 2,000"), tr("2,000 to 9,999"), tr("10,000 to 49,999"),
                                       tr("50,000 and more"), tr("unknown")};
    qint64 communesEngaged = 0;
    for (int b = 1; b <= 5; ++b) {
        qint64 engaged = 0;
        qint64 inRegion = 0;
        for (const QVariantList& row : engagedBySize)
            engaged += row.value(0).toInt() == b ? row.value(1).toLongLong() : 0;
        for (const QVariantList& row : regionBySize)
            inRegion += row.value(0).toInt() == b ? row.value(1).toLongLong() : 0;
        if (b == 5 && engaged == 0 && inRegion == 0)
            continue;
        communesEngaged += engaged;
        communes.rows << QVariantList{
            bracketLabels.at(b - 1), engaged, inRegion,
            ReportQueries::percent(static_cast<double>(engaged), static_cast<double>(inRegion))};
    }
    communes.base = tr("%Ln commune(s) engaged in %1; sizes from the actor's record.", nullptr,
                       static_cast<int>(communesEngaged))
                        .arg(year);
    communes.chart = ReportTable::Chart::Bars;
    section.tables << communes;
    return section;
}

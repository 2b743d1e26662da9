#include "ProjectIndicators.h"

#include "ReportQueries.h"

#include <QHash>

ReportSection ProjectIndicators::build(const ReportQueries& q)
{
    ReportSection section;
    section.title = tr("Projects");
    const int year = q.year();
    ReportTable key;
    key.id = QStringLiteral("projects_key_figures");
    key.title = tr("Key figures on projects");
    key.base = tr("Projects whose start is known.");
    key.columns = {tr("Indicator"), QString::number(year - 1), QString::number(year)};
    // The active projects of each year read once: how many, in France, within a partnership.
    const QString activeCounts = QStringLiteral(
        "SELECT count(*), coalesce(sum(in_france = 1), 0), coalesce(sum(partnership_id IS NOT NULL), 0), "
        "(SELECT count(*) FROM project WHERE substr(started_on, 1, 4) = :year_text) FROM {projects}");
    const QVariantList before = q.rows(activeCounts, year - 1).value(0);
    const QVariantList current = q.rows(activeCounts, year).value(0);
    const auto keyRow = [&](const QString& label, int column) {
        key.rows << QVariantList{label, before.value(column).toLongLong(),
                                 current.value(column).toLongLong()};
    };
    keyRow(tr("Projects active"), 0);
    keyRow(tr("Projects started"), 3);
    keyRow(tr("Active projects led in France (ECSI)"), 1);
    keyRow(tr("Active projects within a partnership"), 2);
    section.tables << key;
    const qint64 active = current.value(0).toLongLong();
    const QString activeBase =
        tr("%Ln project(s) active in %1.", nullptr, static_cast<int>(active)).arg(year);

    ReportTable themes;
    themes.id = QStringLiteral("projects_by_theme");
    themes.title = tr("Active projects by theme");
    const qint64 withTheme =
        q.value(
             QStringLiteral("SELECT count(DISTINCT pt.project_id) FROM project_theme pt JOIN {projects} ap "
                            "ON ap.id = pt.project_id"))
            .toLongLong();
    themes.base =
        tr("Based on %Ln active project(s) whose theme is given; a project with several themes counts "
           "in each, so the shares add up to more than 100 %.",
           nullptr, static_cast<int>(withTheme));
    themes.columns = {tr("Theme"), tr("Projects"), tr("Share (%)")};
    for (const QVariantList& row : q.rows(
             QStringLiteral("SELECT t.label_fr, g.n FROM (SELECT pt.theme_code AS theme, count(*) AS n FROM "
                            "project_theme pt JOIN {projects} ap ON ap.id = pt.project_id GROUP BY 1) g JOIN "
                            "ref_theme t ON t.code = g.theme ORDER BY g.n DESC, t.sort_order"))) {
        themes.rows << QVariantList{
            row.value(0), row.value(1).toLongLong(),
            ReportQueries::percent(row.value(1).toDouble(), static_cast<double>(withTheme))};
    }
    themes.chart = ReportTable::Chart::Bars;
    section.tables << themes;

    ReportTable sdgs;
    sdgs.id = QStringLiteral("projects_by_sdg");
    sdgs.title = tr("Active projects by Sustainable Development Goal");
    const qint64 withSdg =
        q.value(QStringLiteral("SELECT count(DISTINCT ps.project_id) FROM project_sdg ps JOIN {projects} ap "
                               "ON ap.id = ps.project_id"))
            .toLongLong();
    sdgs.base =
        tr("Based on %Ln active project(s) whose goals are given; a project counts in each of its goals.",
           nullptr, static_cast<int>(withSdg));
    sdgs.columns = {tr("Goal"), tr("Projects")};
    QHash<int, qint64> bySdg;
    for (const QVariantList& row :
         q.rows(QStringLiteral("SELECT ps.sdg_goal, count(*) FROM project_sdg ps JOIN {projects} ap ON ap.id "
                               "= ps.project_id GROUP BY ps.sdg_goal")))
        bySdg.insert(row.value(0).toInt(), row.value(1).toLongLong());
    for (int goal = 1; goal <= 17; ++goal)
        sdgs.rows << QVariantList{tr("SDG %1").arg(goal), bySdg.value(goal)};
    sdgs.chart = ReportTable::Chart::Bars;
    section.tables << sdgs;

    const qint64 withCountry =
        q.value(
             QStringLiteral("SELECT count(DISTINCT pc.project_id) FROM project_country pc JOIN {projects} ap "
                            "ON ap.id = pc.project_id"))
            .toLongLong();
    const QString countryBase = tr(
        "Based on %Ln active project(s) whose country is given; a project counts in each of its countries.",
        nullptr, static_cast<int>(withCountry));
    ReportTable zones;
    zones.id = QStringLiteral("projects_by_zone");
    zones.title = tr("Active projects by zone");
    zones.base = countryBase;
    zones.columns = {tr("Zone"), tr("Projects")};
    for (const QVariantList& row :
         q.rows(QStringLiteral("SELECT z.label_fr, count(DISTINCT pc.project_id) AS n FROM project_country "
                               "pc JOIN {projects} ap ON ap.id = pc.project_id JOIN ref_country c ON c.code "
                               "= pc.country_code JOIN ref_zone z ON z.code = c.zone_code GROUP BY z.code, "
                               "z.label_fr ORDER BY n DESC, z.sort_order")))
        zones.rows << QVariantList{row.value(0), row.value(1).toLongLong()};
    zones.chart = ReportTable::Chart::Donut;
    section.tables << zones;

    ReportTable countries;
    countries.id = QStringLiteral("projects_by_country");
    countries.title = tr("Active projects by country");
    countries.base = countryBase;
    countries.columns = {tr("Code"), tr("Country"), tr("Projects")};
    for (const QVariantList& row : q.rows(QStringLiteral(
             "SELECT c.code, c.label_fr, g.n FROM (SELECT pc.country_code AS country, count(*) AS n FROM "
             "project_country pc JOIN {projects} ap ON ap.id = pc.project_id GROUP BY 1) g JOIN ref_country "
             "c ON c.code = g.country ORDER BY g.n DESC, c.label_fr")))
        countries.rows << QVariantList{row.value(0), row.value(1), row.value(2).toLongLong()};
    countries.labelColumn = 1;
    countries.valueColumn = 2;
    ReportTable top = countries;
    top.id = QStringLiteral("projects_top_countries");
    top.title = tr("Top 10 countries of the projects");
    top.rows = countries.rows.mid(0, 10);
    top.chart = ReportTable::Chart::Bars;
    countries.chart = ReportTable::Chart::WorldMap;
    section.tables << countries << top;

    ReportTable crossed;
    crossed.id = QStringLiteral("families_by_zone");
    crossed.title = tr("Active projects by family of actor and zone");
    crossed.base = countryBase + QLatin1Char(' ') + tr("A project counts once per family of its actors.");
    const QList<QVariantList> pairs = q.rows(QStringLiteral(
        "SELECT f.label_fr, z.label_fr, count(DISTINCT pa.project_id) FROM project_actor pa JOIN {projects} "
        "ap ON ap.id = pa.project_id JOIN actor a ON a.id = pa.actor_id JOIN ref_actor_type t ON t.code = "
        "a.actor_type_code JOIN ref_actor_family f ON f.code = t.family_code JOIN project_country pc ON "
        "pc.project_id = pa.project_id JOIN ref_country c ON c.code = pc.country_code JOIN ref_zone z ON "
        "z.code = c.zone_code GROUP BY f.code, f.label_fr, z.code, z.label_fr ORDER BY f.sort_order, "
        "z.sort_order"));
    // One row per family and zone (a wide table of zones does not fit a page).
    crossed.columns = {tr("Family"), tr("Zone"), tr("Projects")};
    for (const QVariantList& row : pairs)
        crossed.rows << QVariantList{row.value(0), row.value(1), row.value(2).toLongLong()};
    crossed.valueColumn = 2;
    section.tables << crossed;
    return section;
}

#include "ProjectIndicators.h"

#include "ReportContext.h"

#include <algorithm>
#include <string>

namespace {

// A goal as the table and its chart name it: its number and its short label (« ODD 4 – Éducation
// de qualité »), the number alone for a goal the vocabulary lacks.
QString sdgLabel(const CodeList& sdgs, int goal)
{
    const int found = sdgs.find(std::to_string(goal));
    return found < 0 ? ProjectIndicators::tr("SDG %1").arg(goal)
                     : ProjectIndicators::tr("SDG %1 – %2").arg(goal).arg(sdgs.at(found).label);
}

} // namespace

ReportSection ProjectIndicators::build(const ReportContext& q)
{
    ReportSection section;
    section.title = tr("Projects");
    const int year = q.year();
    ReportTable key;
    key.id = QStringLiteral("projects_key_figures");
    key.title = tr("Key figures on projects");
    key.base = tr("Every project of the observatory, by what it is in each year.");
    key.columnKinds = {ReportTable::Kind::Text, ReportTable::Kind::Count, ReportTable::Kind::Count};
    key.columns = {tr("Indicator"), QString::number(year - 1), QString::number(year)};
    key.keepZeros = true;
    key.rules = {QString::fromLatin1(ReportRules::ActiveProject::kId),
                 QString::fromLatin1(ReportRules::LeftOut::kId)};
    const ReportRecords& records = q.records();
    const ReportVocabulary& vocabulary = q.vocabulary();
    // Per year: active, started, active in France, active within a partnership, suspended, never
    // counted although their dates span the year, left out for want of a start or an end date.
    const auto keyFigures = [&](int y) {
        using S = ReportRules::Standing;
        using C = ReportRules::StatusClass;
        QList<qint64> counts(8, 0);
        for (const ReportRecords::Project& p : records.projects) {
            const S standing = ReportRecords::standing(p, y);
            counts[1] += p.startedYear == y && standing != S::Planned && standing != S::Cancelled ? 1 : 0;
            if (standing == S::Active) {
                ++counts[0];
                counts[2] += p.inFrance ? 1 : 0;
                counts[3] += p.inPartnership ? 1 : 0;
            }
            counts[4] += standing == S::Paused ? 1 : 0;
            counts[5] += (p.statusClass == C::Planned || p.statusClass == C::Cancelled) &&
                                 ReportRules::datesSpan(p.startedYear, p.endedYear, y)
                             ? 1
                             : 0;
            counts[6] += standing == S::Undated ? 1 : 0;
            counts[7] += standing == S::EndUnknown ? 1 : 0;
        }
        return counts;
    };
    const QList<qint64> before = keyFigures(year - 1);
    const QList<qint64> current = keyFigures(year);
    const auto keyRow = [&](const QString& label, int column) {
        key.rows << QVariantList{label, before.at(column), current.at(column)};
    };
    keyRow(tr("Projects active"), 0);
    keyRow(tr("Projects started"), 1);
    keyRow(tr("Active projects led in France (ECSI)"), 2);
    keyRow(tr("Active projects within a partnership"), 3);
    keyRow(tr("Suspended (not counted as active)"), 4);
    keyRow(tr("In identification or cancelled, dated in the year (never counted)"), 5);
    keyRow(tr("Left out: no start date"), 6);
    keyRow(tr("Left out: closed, end date not given"), 7);
    section.tables << key;

    // One pass over the active projects: each theme, goal, country and zone counts a project once,
    // and each pair of a family of its actors and a zone of its countries.
    const auto zoneCount = static_cast<size_t>(vocabulary.zones.size());
    std::vector<qint64> byTheme(static_cast<size_t>(vocabulary.themes.size()), 0);
    std::vector<qint64> bySdgGoal(18, 0);
    std::vector<qint64> byCountryCode(static_cast<size_t>(vocabulary.countries.size()), 0);
    std::vector<qint64> byZoneCode(zoneCount, 0);
    std::vector<qint64> byFamilyZone(static_cast<size_t>(vocabulary.families.size()) * zoneCount, 0);
    qint64 withTheme = 0;
    qint64 withSdg = 0;
    qint64 withCountry = 0;
    std::vector<int> projectZones;
    std::vector<int> projectFamilies;
    const auto addOnce = [](std::vector<int>& list, int value) {
        if (std::find(list.begin(), list.end(), value) == list.end())
            list.push_back(value);
    };
    for (size_t i = 0; i < records.projects.size(); ++i) {
        if (!ReportRecords::active(records.projects[i], year))
            continue;
        const int place = static_cast<int>(i);
        const auto themesOfProject = records.projectThemes.of(place);
        withTheme += themesOfProject.empty() ? 0 : 1;
        for (const int theme : themesOfProject) {
            if (vocabulary.themes.at(theme).known)
                ++byTheme[static_cast<size_t>(theme)];
        }
        const auto goals = records.projectSdgs.of(place);
        withSdg += goals.empty() ? 0 : 1;
        for (const int goal : goals) {
            if (goal >= 1 && goal <= 17)
                ++bySdgGoal[static_cast<size_t>(goal)];
        }
        projectZones.clear();
        const auto countriesOfProject = records.projectCountries.of(place);
        withCountry += countriesOfProject.empty() ? 0 : 1;
        for (const int country : countriesOfProject) {
            const CodeList::Code& code = vocabulary.countries.at(country);
            if (!code.known)
                continue;
            ++byCountryCode[static_cast<size_t>(country)];
            if (code.group >= 0)
                addOnce(projectZones, code.group);
        }
        for (const int zone : projectZones)
            ++byZoneCode[static_cast<size_t>(zone)];
        if (projectZones.empty())
            continue;
        projectFamilies.clear();
        for (const int actor : records.projectActors.of(place)) {
            const ReportRecords::Actor& a = records.actors[static_cast<size_t>(actor)];
            const CodeList::Code& departement = vocabulary.departements.at(a.departement);
            if (ReportRules::EngagedActor::placeOf(departement.known, departement.flag) !=
                ReportRules::EngagedActor::Place::Region)
                continue;
            const int type = a.type;
            if (type > 0)
                addOnce(projectFamilies, vocabulary.actorTypes.at(type).group);
        }
        for (const int family : projectFamilies) {
            if (family < 0)
                continue;
            for (const int zone : projectZones)
                ++byFamilyZone[static_cast<size_t>(family) * zoneCount + static_cast<size_t>(zone)];
        }
    }

    // The codes counted, by number of projects, then in the vocabulary's order (or by name).
    const auto sortedCodes = [](const CodeList& list, const std::vector<qint64>& counts, bool byLabel) {
        QList<int> codes;
        for (int code = 0; code < list.size(); ++code) {
            if (counts[static_cast<size_t>(code)] > 0 && list.at(code).known)
                codes << code;
        }
        std::sort(codes.begin(), codes.end(), [&](int a, int b) {
            const qint64 na = counts[static_cast<size_t>(a)];
            const qint64 nb = counts[static_cast<size_t>(b)];
            if (na != nb)
                return na > nb;
            return byLabel ? list.at(a).label < list.at(b).label : list.at(a).order < list.at(b).order;
        });
        return codes;
    };

    ReportTable themes;
    themes.id = QStringLiteral("projects_by_theme");
    themes.title = tr("Active projects by theme");
    themes.base =
        tr("Based on %Ln active project(s) whose theme is given; a project with several themes counts "
           "in each, so the shares add up to more than 100%.",
           nullptr, static_cast<int>(withTheme));
    themes.columnKinds = {ReportTable::Kind::Text, ReportTable::Kind::Count, ReportTable::Kind::Percent};
    themes.columns = {tr("Theme"), tr("Projects"), tr("Share (%)")};
    for (const int theme : sortedCodes(vocabulary.themes, byTheme, false)) {
        const qint64 n = byTheme[static_cast<size_t>(theme)];
        themes.rows << QVariantList{
            vocabulary.themes.at(theme).label, n,
            ReportContext::percent(static_cast<double>(n), static_cast<double>(withTheme))};
    }
    themes.chart = ReportTable::Chart::Bars;
    themes.rules = {QString::fromLatin1(ReportRules::ActiveProject::kId),
                    QString::fromLatin1(ReportRules::Themes::kId)};
    section.tables << themes;

    ReportTable sdgs;
    sdgs.id = QStringLiteral("projects_by_sdg");
    sdgs.title = tr("Active projects by Sustainable Development Goal");
    sdgs.base =
        tr("Based on %Ln active project(s) whose goals are given; a project counts in each of its goals.",
           nullptr, static_cast<int>(withSdg));
    sdgs.columnKinds = {ReportTable::Kind::Text, ReportTable::Kind::Count};
    sdgs.columns = {tr("Goal"), tr("Projects")};
    for (int goal = 1; goal <= 17; ++goal)
        sdgs.rows << QVariantList{sdgLabel(vocabulary.sdgs, goal), bySdgGoal[static_cast<size_t>(goal)]};
    sdgs.chart = ReportTable::Chart::Bars;
    sdgs.rules = {QString::fromLatin1(ReportRules::ActiveProject::kId),
                  QString::fromLatin1(ReportRules::Themes::kId)};
    section.tables << sdgs;

    const QString countryBase = tr(
        "Based on %Ln active project(s) whose country is given; a project counts in each of its countries.",
        nullptr, static_cast<int>(withCountry));
    ReportTable zones;
    zones.id = QStringLiteral("projects_by_zone");
    zones.title = tr("Active projects by zone");
    zones.base = countryBase;
    zones.columnKinds = {ReportTable::Kind::Text, ReportTable::Kind::Count};
    zones.columns = {tr("Zone"), tr("Projects")};
    for (const int zone : sortedCodes(vocabulary.zones, byZoneCode, false))
        zones.rows << QVariantList{vocabulary.zones.at(zone).label, byZoneCode[static_cast<size_t>(zone)]};
    zones.chart = ReportTable::Chart::Donut;
    zones.rules = {QString::fromLatin1(ReportRules::ActiveProject::kId),
                   QString::fromLatin1(ReportRules::Places::kId)};
    section.tables << zones;

    ReportTable countries;
    countries.id = QStringLiteral("projects_by_country");
    countries.title = tr("Active projects by country");
    countries.base = countryBase;
    countries.columnKinds = {ReportTable::Kind::Text, ReportTable::Kind::Text, ReportTable::Kind::Count};
    countries.columns = {tr("Code"), tr("Country"), tr("Projects")};
    for (const int country : sortedCodes(vocabulary.countries, byCountryCode, true)) {
        const CodeList::Code& code = vocabulary.countries.at(country);
        countries.rows << QVariantList{code.code, code.label, byCountryCode[static_cast<size_t>(country)]};
    }
    countries.labelColumn = 1;
    countries.valueColumn = 2;
    countries.rules = {QString::fromLatin1(ReportRules::ActiveProject::kId),
                       QString::fromLatin1(ReportRules::Places::kId)};
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
    crossed.base =
        countryBase + QLatin1Char(' ') + tr("A project counts once per family of its actors of the region.");
    crossed.rules = {QString::fromLatin1(ReportRules::ActiveProject::kId),
                     QString::fromLatin1(ReportRules::EngagedActor::kId),
                     QString::fromLatin1(ReportRules::Places::kId)};
    // One row per family and zone (a wide table of zones does not fit a page).
    crossed.columnKinds = {ReportTable::Kind::Text, ReportTable::Kind::Text, ReportTable::Kind::Count};
    crossed.columns = {tr("Family"), tr("Zone"), tr("Projects")};
    // In the vocabularies' order of families, then of zones.
    QList<int> familyOrder;
    for (int family = 0; family < vocabulary.families.size(); ++family)
        familyOrder << family;
    QList<int> zoneOrder;
    for (int zone = 0; zone < vocabulary.zones.size(); ++zone)
        zoneOrder << zone;
    const auto inOrder = [](const CodeList& list) {
        return [&list](int a, int b) { return list.at(a).order < list.at(b).order; };
    };
    std::stable_sort(familyOrder.begin(), familyOrder.end(), inOrder(vocabulary.families));
    std::stable_sort(zoneOrder.begin(), zoneOrder.end(), inOrder(vocabulary.zones));
    for (const int family : std::as_const(familyOrder)) {
        for (const int zone : std::as_const(zoneOrder)) {
            const qint64 n =
                byFamilyZone[static_cast<size_t>(family) * zoneCount + static_cast<size_t>(zone)];
            if (n > 0)
                crossed.rows << QVariantList{vocabulary.families.at(family).label,
                                             vocabulary.zones.at(zone).label, n};
        }
    }
    crossed.valueColumn = 2;
    section.tables << crossed;
    return section;
}

#include "PartnershipIndicators.h"

#include "ReportQueries.h"

#include <QHash>
#include <QMap>

#include <algorithm>

ReportSection PartnershipIndicators::build(const ReportQueries& q)
{
    ReportSection section;
    section.title = tr("Partnerships");
    const int year = q.year();
    const QStringList yearColumns = {QString::number(year - 1), QString::number(year)};
    ReportTable kinds;
    kinds.id = QStringLiteral("partnerships_by_kind");
    kinds.title = tr("Active partnerships by nature");
    kinds.columns = QStringList{tr("Nature")} + yearColumns;
    // One query per year, by nature and decade of signature: the natures of both years, the
    // decades and the twinnings of the year are summed from it.
    const QString byKindAndDecade = QStringLiteral(
        "SELECT k.code, k.label_fr, k.sort_order, g.decade, g.n FROM (SELECT kind_code AS kind, "
        "CAST(substr(signed_on, 1, 3) AS INTEGER) * 10 AS decade, count(*) AS n FROM {partnerships} GROUP BY "
        "1, 2) g JOIN ref_partnership_kind k ON k.code = g.kind ORDER BY 3, 4");
    const QList<QVariantList> currentKinds = q.rows(byKindAndDecade);
    const QList<QVariantList> previousKinds = q.rows(byKindAndDecade, year - 1);
    const auto byKind = [](const QList<QVariantList>& found) {
        QList<ReportQueries::KeyedCount> counts;
        for (const QVariantList& row : found)
            counts.append({row.value(0).toString(), row.value(1).toString(), row.value(2).toInt(),
                           row.value(4).toLongLong()});
        return counts;
    };
    kinds.rows = ReportQueries::sideBySide(byKind(previousKinds), byKind(currentKinds));
    qint64 active = 0;
    qint64 twinnings = 0;
    for (const QVariantList& row : currentKinds) {
        active += row.value(4).toLongLong();
        twinnings += row.value(0).toString() == QLatin1String("jumelage") ? row.value(4).toLongLong() : 0;
    }
    const QString activeBase =
        tr("%Ln partnership(s) active in %1.", nullptr, static_cast<int>(active)).arg(year);
    kinds.base = activeBase;
    kinds.chart = ReportTable::Chart::Bars;
    kinds.valueColumn = 2;
    section.tables << kinds;

    // Five years of active partnerships and projects: one pass over each table, a sum per year.
    ReportTable trend;
    trend.id = QStringLiteral("active_by_year");
    trend.title = tr("Active partnerships and projects, the last five years");
    trend.columns = {tr("Year"), tr("Partnerships"), tr("Projects")};
    QStringList partnershipSums;
    QStringList projectSums;
    for (int y = year - 4; y <= year; ++y) {
        partnershipSums << QStringLiteral("coalesce(sum(CASE WHEN %1 THEN 1 ELSE 0 END), 0)")
                               .arg(ReportQueries::activeCondition(QStringLiteral("signed_on"),
                                                                   QStringLiteral("ended_on"), y));
        projectSums << QStringLiteral("coalesce(sum(CASE WHEN %1 THEN 1 ELSE 0 END), 0)")
                           .arg(ReportQueries::activeCondition(QStringLiteral("started_on"),
                                                               QStringLiteral("ended_on"), y));
    }
    const QVariantList partnershipsByYear =
        q.rows(QStringLiteral("SELECT %1 FROM partnership WHERE status_code <> 'en_projet'")
                   .arg(partnershipSums.join(QLatin1String(", "))))
            .value(0);
    const QVariantList projectsByYear =
        q.rows(QStringLiteral("SELECT %1 FROM project").arg(projectSums.join(QLatin1String(", ")))).value(0);
    for (int i = 0; i < 5; ++i)
        trend.rows << QVariantList{QString::number(year - 4 + i), partnershipsByYear.value(i).toLongLong(),
                                   projectsByYear.value(i).toLongLong()};
    trend.base = tr("Records active each year, by the rule of the methodology.");
    trend.chart = ReportTable::Chart::Line;
    section.tables << trend;

    ReportTable signatures;
    signatures.id = QStringLiteral("signatures_by_year");
    signatures.title = tr("New signatures, the last five years");
    signatures.columns = {tr("Year"), tr("Partnerships signed"), tr("Of which twinnings")};
    // One query for the five years, on the index of signature dates: partial dates sort within
    // their year ("2020" < "2020-05" < "2020-05-12" < "2021").
    QHash<QString, QVariantList> signedByYear;
    for (const QVariantList& row :
         q.rows(QStringLiteral(
                    "SELECT substr(signed_on, 1, 4), count(*), coalesce(sum(kind_code = 'jumelage'), 0) "
                    "FROM partnership WHERE signed_on >= '%1' AND signed_on < '%2' GROUP BY 1")
                    .arg(year - 4, 4, 10, QLatin1Char('0'))
                    .arg(year + 1, 4, 10, QLatin1Char('0'))))
        signedByYear.insert(row.value(0).toString(), row);
    qint64 signedCount = 0;
    for (int y = year - 4; y <= year; ++y) {
        const QVariantList counts = signedByYear.value(QString::number(y));
        signedCount += counts.value(1).toLongLong();
        signatures.rows << QVariantList{QString::number(y), counts.value(1).toLongLong(),
                                        counts.value(2).toLongLong()};
    }
    signatures.base = tr("%Ln partnership(s) whose signature year is known, signed from %1 to %2.", nullptr,
                         static_cast<int>(signedCount))
                          .arg(year - 4)
                          .arg(year);
    signatures.chart = ReportTable::Chart::Line;
    section.tables << signatures;

    ReportTable statuses;
    statuses.id = QStringLiteral("partnerships_not_active");
    statuses.title = tr("Dormant, suspended and ended partnerships");
    statuses.columns = {tr("Status"), tr("Partnerships"), tr("Reasons given")};
    const QList<QVariantList> byStatus = q.rows(QStringLiteral(
        "SELECT s.label_fr, count(p.id), (SELECT group_concat(reason, ' ; ') FROM (SELECT DISTINCT "
        "status_reason AS reason FROM partnership WHERE status_code = s.code AND status_reason <> '' ORDER "
        "BY status_reason)) FROM ref_partnership_status s LEFT JOIN partnership p ON p.status_code = s.code "
        "AND (s.code <> 'termine' OR substr(p.ended_on, 1, 4) = :year_text) WHERE s.code IN ('en_sommeil', "
        "'suspendu', 'termine') GROUP BY s.code, s.label_fr ORDER BY s.sort_order"));
    for (const QVariantList& row : byStatus)
        statuses.rows << QVariantList{row.value(0), row.value(1).toLongLong(), row.value(2).toString()};
    statuses.base =
        tr("Statuses as recorded today; ended partnerships: those whose end falls in %1.").arg(year);
    section.tables << statuses;

    // One query by country, twinnings apart: the top 10, the twinnings' top 10 and the map.
    struct CountryCount
    {
        QString code;
        QString label;
        qint64 all = 0;
        qint64 twinnings = 0;
    };
    QHash<QString, CountryCount> byCountry;
    for (const QVariantList& row :
         q.rows(QStringLiteral("SELECT c.code, c.label_fr, g.twinning, g.n FROM (SELECT f.country_code AS "
                               "country, ap.kind_code = 'jumelage' AS twinning, count(DISTINCT "
                               "pp.partnership_id) AS n FROM partnership_partner pp JOIN {partnerships} ap "
                               "ON ap.id = pp.partnership_id JOIN foreign_partner f ON f.id = pp.partner_id "
                               "GROUP BY 1, 2) g JOIN ref_country c ON c.code = g.country"))) {
        CountryCount& country = byCountry[row.value(0).toString()];
        country.code = row.value(0).toString();
        country.label = row.value(1).toString();
        country.all += row.value(3).toLongLong();
        country.twinnings += row.value(2).toBool() ? row.value(3).toLongLong() : 0;
    }
    const auto countryTable = [&](const QString& id, const QString& title, bool twinningsOnly, int limit) {
        QList<CountryCount> countries = byCountry.values();
        const auto count = [twinningsOnly](const CountryCount& c) {
            return twinningsOnly ? c.twinnings : c.all;
        };
        std::sort(countries.begin(), countries.end(), [&](const CountryCount& a, const CountryCount& b) {
            return count(a) != count(b) ? count(a) > count(b) : a.label < b.label;
        });
        ReportTable table;
        table.id = id;
        table.title = title;
        table.columns = {tr("Code"), tr("Country"), tr("Partnerships")};
        for (const CountryCount& country : std::as_const(countries)) {
            if ((limit > 0 && table.rows.size() == limit) || count(country) == 0)
                break;
            table.rows << QVariantList{country.code, country.label, count(country)};
        }
        table.labelColumn = 1;
        table.valueColumn = 2;
        return table;
    };
    ReportTable top =
        countryTable(QStringLiteral("partnerships_top_countries"), tr("Top 10 partner countries"), false, 10);
    top.base =
        activeBase + QLatin1Char(' ') + tr("A partnership counts once in each country of its partners.");
    top.chart = ReportTable::Chart::Bars;
    section.tables << top;
    ReportTable topTwinnings = countryTable(QStringLiteral("twinnings_top_countries"),
                                            tr("Top 10 countries of the twinnings"), true, 10);
    topTwinnings.base = tr("%Ln twinning(s) active in %1.", nullptr, static_cast<int>(twinnings)).arg(year);
    topTwinnings.chart = ReportTable::Chart::Bars;
    section.tables << topTwinnings;
    ReportTable world = countryTable(QStringLiteral("partnerships_by_country"),
                                     tr("Active partnerships by country"), false, 0);
    world.base = top.base;
    world.chart = ReportTable::Chart::WorldMap;
    section.tables << world;

    ReportTable europe;
    europe.id = QStringLiteral("partnerships_europe");
    europe.title = tr("Partnerships in Europe and elsewhere");
    europe.columns = {tr("Area"), tr("Partnerships"), tr("Share (%)")};
    const QList<QVariantList> areas = q.rows(
        QStringLiteral("SELECT min(CASE c.zone_code WHEN 'union_europeenne' THEN 1 WHEN 'europe_hors_ue' "
                       "THEN 2 ELSE 3 END) FROM {partnerships} ap JOIN partnership_partner pp ON "
                       "pp.partnership_id = ap.id JOIN foreign_partner f ON f.id = pp.partner_id JOIN "
                       "ref_country c ON c.code = f.country_code GROUP BY ap.id"));
    qint64 areaCounts[3] = {0, 0, 0};
    for (const QVariantList& row : areas)
        ++areaCounts[qBound(1, row.value(0).toInt(), 3) - 1];
    const QStringList areaLabels = {tr("European Union"), tr("Europe outside the EU"),
                                    tr("Rest of the world")};
    const double withCountry = static_cast<double>(areaCounts[0] + areaCounts[1] + areaCounts[2]);
    for (int i = 0; i < 3; ++i)
        europe.rows << QVariantList{areaLabels.at(i), areaCounts[i],
                                    ReportQueries::percent(static_cast<double>(areaCounts[i]), withCountry)};
    europe.base = tr("%Ln active partnership(s) with a partner's country; one with partners in the EU counts "
                     "in the EU.",
                     nullptr, static_cast<int>(withCountry));
    europe.chart = ReportTable::Chart::Donut;
    section.tables << europe;

    ReportTable decades;
    decades.id = QStringLiteral("partnerships_by_decade");
    decades.title = tr("Active partnerships by decade of signature");
    decades.base = activeBase;
    decades.columns = {tr("Decade"), tr("Partnerships")};
    QMap<int, qint64> byDecade;
    for (const QVariantList& row : currentKinds)
        byDecade[row.value(3).toInt()] += row.value(4).toLongLong();
    for (auto it = byDecade.cbegin(); it != byDecade.cend(); ++it)
        decades.rows << QVariantList{tr("%1s").arg(it.key()), it.value()};
    decades.chart = ReportTable::Chart::Bars;
    section.tables << decades;
    return section;
}

#include "PartnershipIndicators.h"

#include "ReportQueries.h"

namespace {

// Countries of the active partnerships (a partnership counts once per country of its partners).
QString byCountry(const QString& where)
{
    return QStringLiteral("SELECT c.code, c.label_fr, count(DISTINCT pp.partnership_id) AS n FROM "
                          "partnership_partner pp JOIN {partnerships} ap ON ap.id = pp.partnership_id "
                          "JOIN foreign_partner f ON f.id = pp.partner_id JOIN ref_country c ON c.code = "
                          "f.country_code JOIN partnership p ON p.id = pp.partnership_id %1 "
                          "GROUP BY c.code, c.label_fr ORDER BY n DESC, c.label_fr")
        .arg(where);
}

} // namespace

ReportSection PartnershipIndicators::build(const ReportQueries& q)
{
    ReportSection section;
    section.title = tr("Partnerships");
    const int year = q.year();
    const QStringList yearColumns = {QString::number(year - 1), QString::number(year)};
    const qint64 active = q.value(QStringLiteral("SELECT count(*) FROM {partnerships}")).toLongLong();
    const QString activeBase =
        tr("%Ln partnership(s) active in %1.", nullptr, static_cast<int>(active)).arg(year);

    ReportTable kinds;
    kinds.id = QStringLiteral("partnerships_by_kind");
    kinds.title = tr("Active partnerships by nature");
    kinds.base = activeBase;
    kinds.columns = QStringList{tr("Nature")} + yearColumns;
    kinds.rows = q.compareYears(QStringLiteral(
        "SELECT k.code, k.label_fr, count(*) FROM {partnerships} ap JOIN partnership p ON p.id = ap.id "
        "JOIN ref_partnership_kind k ON k.code = p.kind_code GROUP BY k.code, k.label_fr ORDER BY "
        "k.sort_order"));
    kinds.chart = ReportTable::Chart::Bars;
    kinds.valueColumn = 2;
    section.tables << kinds;

    ReportTable signatures;
    signatures.id = QStringLiteral("signatures_by_year");
    signatures.title = tr("New signatures, the last five years");
    signatures.columns = {tr("Year"), tr("Partnerships signed"), tr("Of which twinnings")};
    qint64 signedCount = 0;
    for (int y = year - 4; y <= year; ++y) {
        const QList<QVariantList> found = q.rows(
            QStringLiteral(
                "SELECT count(*), coalesce(sum(CASE WHEN kind_code = 'jumelage' THEN 1 ELSE 0 END), 0) "
                "FROM partnership WHERE substr(signed_on, 1, 4) = :year_text"),
            y);
        const QVariantList counts = found.value(0);
        signedCount += counts.value(0).toLongLong();
        signatures.rows << QVariantList{QString::number(y), counts.value(0).toLongLong(),
                                        counts.value(1).toLongLong()};
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
        "BY "
        "status_reason)) FROM ref_partnership_status s LEFT JOIN partnership p ON p.status_code = s.code AND "
        "(s.code <> 'termine' OR substr(p.ended_on, 1, 4) = :year_text) WHERE s.code IN ('en_sommeil', "
        "'suspendu', 'termine') GROUP BY s.code, s.label_fr ORDER BY s.sort_order"));
    for (const QVariantList& row : byStatus)
        statuses.rows << QVariantList{row.value(0), row.value(1).toLongLong(), row.value(2).toString()};
    statuses.base =
        tr("Statuses as recorded today; ended partnerships: those whose end falls in %1.").arg(year);
    section.tables << statuses;

    const auto countryTable = [&](const QString& id, const QString& title, const QString& where, int limit) {
        ReportTable table;
        table.id = id;
        table.title = title;
        table.columns = {tr("Code"), tr("Country"), tr("Partnerships")};
        const QList<QVariantList> found = q.rows(byCountry(where));
        for (const QVariantList& row : found) {
            if (limit > 0 && table.rows.size() == limit)
                break;
            table.rows << QVariantList{row.value(0), row.value(1), row.value(2).toLongLong()};
        }
        table.labelColumn = 1;
        table.valueColumn = 2;
        return table;
    };
    ReportTable top = countryTable(QStringLiteral("partnerships_top_countries"),
                                   tr("Top 10 partner countries"), QString(), 10);
    top.base =
        activeBase + QLatin1Char(' ') + tr("A partnership counts once in each country of its partners.");
    top.chart = ReportTable::Chart::Bars;
    section.tables << top;
    const qint64 twinnings =
        q.value(QStringLiteral("SELECT count(*) FROM {partnerships} ap JOIN partnership p ON p.id = ap.id "
                               "WHERE p.kind_code = 'jumelage'"))
            .toLongLong();
    ReportTable topTwinnings =
        countryTable(QStringLiteral("twinnings_top_countries"), tr("Top 10 countries of the twinnings"),
                     QStringLiteral("WHERE p.kind_code = 'jumelage'"), 10);
    topTwinnings.base = tr("%Ln twinning(s) active in %1.", nullptr, static_cast<int>(twinnings)).arg(year);
    topTwinnings.chart = ReportTable::Chart::Bars;
    section.tables << topTwinnings;
    ReportTable world = countryTable(QStringLiteral("partnerships_by_country"),
                                     tr("Active partnerships by country"), QString(), 0);
    world.base = top.base;
    world.chart = ReportTable::Chart::WorldMap;
    section.tables << world;

    ReportTable europe;
    europe.id = QStringLiteral("partnerships_europe");
    europe.title = tr("Partnerships in Europe and elsewhere");
    europe.columns = {tr("Area"), tr("Partnerships"), tr("Share (%)")};
    const QList<QVariantList> areas = q.rows(QStringLiteral(
        "SELECT min(CASE c.zone_code WHEN 'union_europeenne' THEN 1 WHEN 'europe_hors_ue' THEN 2 ELSE 3 END) "
        "FROM {partnerships} ap JOIN partnership_partner pp ON pp.partnership_id = ap.id JOIN "
        "foreign_partner f ON f.id = pp.partner_id JOIN ref_country c ON c.code = f.country_code GROUP BY "
        "ap.id"));
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
    const QList<QVariantList> byDecade = q.rows(QStringLiteral(
        "SELECT CAST(substr(p.signed_on, 1, 3) AS INTEGER) * 10 AS decade, count(*) FROM {partnerships} ap "
        "JOIN partnership p ON p.id = ap.id GROUP BY decade ORDER BY decade"));
    for (const QVariantList& row : byDecade)
        decades.rows << QVariantList{tr("%1s").arg(row.value(0).toInt()), row.value(1).toLongLong()};
    decades.chart = ReportTable::Chart::Bars;
    section.tables << decades;
    return section;
}

#include "PartnershipIndicators.h"

#include "ReportContext.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <set>

ReportSection PartnershipIndicators::build(const ReportContext& q)
{
    ReportSection section;
    section.title = tr("Partnerships");
    const int year = q.year();
    const QStringList yearColumns = {QString::number(year - 1), QString::number(year)};
    const ReportRecords& records = q.records();
    const ReportVocabulary& vocabulary = q.vocabulary();
    const int twinning = vocabulary.kinds.find("jumelage");

    // What each partnership is in each year: active, paused, or left out and why.
    ReportTable key;
    key.id = QStringLiteral("partnerships_key_figures");
    key.title = tr("Key figures on partnerships");
    key.base = tr("Every partnership of the observatory, by what it is in each year.");
    key.columnKinds = {ReportTable::Kind::Text, ReportTable::Kind::Count, ReportTable::Kind::Count};
    key.columns = QStringList{tr("Indicator")} + yearColumns;
    key.keepZeros = true;
    key.rules = {QString::fromLatin1(ReportRules::ActivePartnership::kId),
                 QString::fromLatin1(ReportRules::LeftOut::kId)};
    {
        using S = ReportRules::Standing;
        qint64 counts[2][6] = {};
        for (const ReportRecords::Partnership& p : records.partnerships) {
            for (int y = 0; y < 2; ++y) {
                const S standing = ReportRecords::standing(p, year - 1 + y);
                counts[y][0] += standing == S::Active ? 1 : 0;
                counts[y][1] += standing == S::Active && p.kind == twinning ? 1 : 0;
                counts[y][2] += standing == S::Paused ? 1 : 0;
                // Planned and dated in the year or before it: a signature planned for a later year,
                // or without a date, is not shown in this one (as the projects' key figures do).
                counts[y][3] +=
                    standing == S::Planned && ReportRules::datesSpan(p.signedYear, p.endedYear, year - 1 + y)
                        ? 1
                        : 0;
                counts[y][4] += standing == S::Undated ? 1 : 0;
                counts[y][5] += standing == S::EndUnknown ? 1 : 0;
            }
        }
        const QStringList labels = {tr("Active partnerships"),
                                    tr("Of which twinnings"),
                                    tr("Dormant or suspended (not counted as active)"),
                                    tr("Planned, dated in the year (never counted)"),
                                    tr("Left out: no signature date"),
                                    tr("Left out: ended, end date not given")};
        for (int i = 0; i < labels.size(); ++i)
            key.rows << QVariantList{labels.at(i), counts[0][i], counts[1][i]};
    }
    section.tables << key;

    ReportTable kinds;
    kinds.id = QStringLiteral("partnerships_by_kind");
    kinds.title = tr("Active partnerships by nature");
    kinds.columnKinds = {ReportTable::Kind::Text, ReportTable::Kind::Count, ReportTable::Kind::Count};
    kinds.columns = QStringList{tr("Nature")} + yearColumns;
    // The active partnerships of each year by nature, and by decade of signature for the year.
    const auto byKind = [&](int y) {
        std::vector<qint64> counts(static_cast<size_t>(vocabulary.kinds.size()), 0);
        for (const ReportRecords::Partnership& p : records.partnerships) {
            if (ReportRecords::active(p, y))
                ++counts[static_cast<size_t>(p.kind)];
        }
        return ReportContext::keyed(vocabulary.kinds, counts);
    };
    const QList<ReportContext::KeyedCount> currentKinds = byKind(year);
    kinds.rows = ReportContext::sideBySide(byKind(year - 1), currentKinds);
    qint64 active = 0;
    qint64 twinnings = 0;
    for (const ReportContext::KeyedCount& kind : currentKinds) {
        active += kind.count;
        twinnings += kind.key == QLatin1String("jumelage") ? kind.count : 0;
    }
    const QString activeBase =
        tr("%Ln partnership(s) active in %1.", nullptr, static_cast<int>(active)).arg(year);
    kinds.base = activeBase;
    kinds.chart = ReportTable::Chart::Bars;
    kinds.valueColumn = 2;
    kinds.rules = {QString::fromLatin1(ReportRules::ActivePartnership::kId)};
    section.tables << kinds;

    // Five years of active partnerships and projects.
    ReportTable trend;
    trend.id = QStringLiteral("active_by_year");
    trend.title = tr("Active partnerships and projects, the last five years");
    trend.columnKinds = {ReportTable::Kind::Text, ReportTable::Kind::Count, ReportTable::Kind::Count};
    trend.columns = {tr("Year"), tr("Partnerships"), tr("Projects")};
    qint64 activeByYear[5][2] = {};
    const auto countActive = [&](const auto& list, int column) {
        for (const auto& record : list) {
            for (int y = 0; y < 5; ++y)
                activeByYear[y][column] += ReportRecords::active(record, year - 4 + y) ? 1 : 0;
        }
    };
    countActive(records.partnerships, 0);
    countActive(records.projects, 1);
    for (int y = 0; y < 5; ++y)
        trend.rows << QVariantList{QString::number(year - 4 + y), activeByYear[y][0], activeByYear[y][1]};
    trend.base = tr("Records active each year, by the rule of the methodology.");
    trend.chart = ReportTable::Chart::Line;
    trend.rules = {QString::fromLatin1(ReportRules::ActivePartnership::kId),
                   QString::fromLatin1(ReportRules::ActiveProject::kId)};
    section.tables << trend;

    ReportTable signatures;
    signatures.id = QStringLiteral("signatures_by_year");
    signatures.title = tr("New signatures, the last five years");
    signatures.columnKinds = {ReportTable::Kind::Text, ReportTable::Kind::Count, ReportTable::Kind::Count};
    signatures.columns = {tr("Year"), tr("Partnerships signed"), tr("Of which twinnings")};
    // Every partnership signed in the five years, whatever has become of it (rule Signatures).
    signatures.rules = {QString::fromLatin1(ReportRules::Signatures::kId)};
    qint64 signedByYear[5][2] = {};
    for (const ReportRecords::Partnership& p : records.partnerships) {
        if (p.signedYear > year - 5 && p.signedYear <= year &&
            ReportRules::Signatures::counts(p.statusClass)) {
            ++signedByYear[p.signedYear - year + 4][0];
            signedByYear[p.signedYear - year + 4][1] += p.kind == twinning ? 1 : 0;
        }
    }
    qint64 signedCount = 0;
    for (int y = 0; y < 5; ++y) {
        signedCount += signedByYear[y][0];
        signatures.rows << QVariantList{QString::number(year - 4 + y), signedByYear[y][0],
                                        signedByYear[y][1]};
    }
    signatures.base = tr("%Ln partnership(s) signed from %1 to %2, planned ones excepted.", nullptr,
                         static_cast<int>(signedCount))
                          .arg(year - 4)
                          .arg(year);
    signatures.chart = ReportTable::Chart::Line;
    section.tables << signatures;

    // Rule NotActive: the paused statuses of the partnerships that ran in the year, and the
    // partnerships whose end falls in it; the reasons of those counted on each line.
    ReportTable statuses;
    statuses.id = QStringLiteral("partnerships_not_active");
    statuses.title = tr("Dormant, suspended and ended partnerships");
    statuses.columnKinds = {ReportTable::Kind::Text, ReportTable::Kind::Count, ReportTable::Kind::Text};
    statuses.columns = {tr("Status"), tr("Partnerships"), tr("Reasons given")};
    statuses.rules = {QString::fromLatin1(ReportRules::NotActive::kId)};
    QList<int> pausedStatuses;
    for (int status = 0; status < vocabulary.statuses.size(); ++status) {
        const CodeList::Code& code = vocabulary.statuses.at(status);
        if (code.known && ReportRules::ActivePartnership::classOf(code.code.toStdString()) ==
                              ReportRules::StatusClass::Paused)
            pausedStatuses << status;
    }
    std::stable_sort(pausedStatuses.begin(), pausedStatuses.end(), [&](int a, int b) {
        return vocabulary.statuses.at(a).order < vocabulary.statuses.at(b).order;
    });
    // One line per paused status, then the ended ones; the reasons by their place (in order of text).
    QList<qint64> lineCounts(pausedStatuses.size() + 1, 0);
    QList<std::set<int>> lineReasons(pausedStatuses.size() + 1);
    for (const ReportRecords::Partnership& p : records.partnerships) {
        qsizetype line = -1;
        if (ReportRecords::standing(p, year) == ReportRules::Standing::Paused)
            line = pausedStatuses.indexOf(p.status);
        else if (p.endedYear == year && p.statusClass != ReportRules::StatusClass::Planned)
            line = pausedStatuses.size();
        if (line < 0)
            continue;
        ++lineCounts[line];
        if (p.reason >= 0)
            lineReasons[line].insert(p.reason);
    }
    const auto reasonsOf = [&](qsizetype line) {
        QStringList texts;
        for (const int reason : lineReasons.at(line))
            texts << records.reasons.at(reason);
        return texts.join(tr("; ", "between the reasons of a status"));
    };
    for (qsizetype line = 0; line < pausedStatuses.size(); ++line)
        statuses.rows << QVariantList{vocabulary.statuses.at(pausedStatuses.at(line)).label,
                                      lineCounts.at(line), reasonsOf(line)};
    statuses.rows << QVariantList{tr("Ended in %1").arg(year), lineCounts.last(),
                                  reasonsOf(pausedStatuses.size())};
    statuses.base = tr("Partnerships that ran in %1 and are dormant or suspended today, and those whose end "
                       "falls in %1.")
                        .arg(year);
    section.tables << statuses;

    // One query by country, twinnings apart: the top 10, the twinnings' top 10 and the map.
    struct CountryCount
    {
        QString code;
        QString label;
        qint64 all = 0;
        qint64 twinnings = 0;
    };
    // The active partnerships by country (each country of their partners once), and by area: in
    // the EU when a partner is, otherwise in Europe outside the EU when a partner is, otherwise
    // elsewhere.
    QHash<QString, CountryCount> byCountry;
    std::vector<qint64> countryCounts(static_cast<size_t>(vocabulary.countries.size()), 0);
    std::vector<qint64> countryTwinnings(countryCounts.size(), 0);
    const int europeZone = vocabulary.zones.find("europe_hors_ue");
    qint64 areaCounts[3] = {0, 0, 0};
    for (size_t i = 0; i < records.partnerships.size(); ++i) {
        const ReportRecords::Partnership& p = records.partnerships[i];
        if (!ReportRecords::active(p, year))
            continue;
        int area = 0;
        for (const int country : records.partnershipCountries.of(static_cast<int>(i))) {
            const CodeList::Code& code = vocabulary.countries.at(country);
            if (!code.known)
                continue;
            ++countryCounts[static_cast<size_t>(country)];
            countryTwinnings[static_cast<size_t>(country)] += p.kind == twinning ? 1 : 0;
            const int rank =
                ReportRules::Places::areaOf(code.flag, code.group >= 0 && code.group == europeZone);
            area = area == 0 ? rank : qMin(area, rank);
        }
        if (area > 0)
            ++areaCounts[area - 1];
    }
    for (size_t country = 0; country < countryCounts.size(); ++country) {
        if (countryCounts[country] == 0)
            continue;
        const CodeList::Code& code = vocabulary.countries.at(static_cast<int>(country));
        byCountry.insert(code.code,
                         {code.code, code.label, countryCounts[country], countryTwinnings[country]});
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
        table.columnKinds = {ReportTable::Kind::Text, ReportTable::Kind::Text, ReportTable::Kind::Count};
        // The column says what it counts: twinnings are partnerships, but a reader of the table of
        // twinnings should not wonder whether the other partnerships are in it.
        table.columns = {tr("Code"), tr("Country"), twinningsOnly ? tr("Twinnings") : tr("Partnerships")};
        for (const CountryCount& country : std::as_const(countries)) {
            if ((limit > 0 && table.rows.size() == limit) || count(country) == 0)
                break;
            table.rows << QVariantList{country.code, country.label, count(country)};
        }
        table.rules = {QString::fromLatin1(ReportRules::ActivePartnership::kId),
                       QString::fromLatin1(ReportRules::Places::kId)};
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
    europe.columnKinds = {ReportTable::Kind::Text, ReportTable::Kind::Count, ReportTable::Kind::Percent};
    europe.columns = {tr("Area"), tr("Partnerships"), tr("Share (%)")};
    const QStringList areaLabels = {tr("European Union"), tr("Europe outside the EU"),
                                    tr("Rest of the world")};
    const double withCountry = static_cast<double>(areaCounts[0] + areaCounts[1] + areaCounts[2]);
    for (int i = 0; i < 3; ++i)
        europe.rows << QVariantList{areaLabels.at(i), areaCounts[i],
                                    ReportContext::percent(static_cast<double>(areaCounts[i]), withCountry)};
    europe.base = tr("%Ln active partnership(s) with a partner's country; one with partners in the EU counts "
                     "in the EU.",
                     nullptr, static_cast<int>(withCountry));
    europe.shareColumn = 2;
    europe.chart = ReportTable::Chart::Donut;
    europe.rules = {QString::fromLatin1(ReportRules::ActivePartnership::kId),
                    QString::fromLatin1(ReportRules::Places::kId),
                    QString::fromLatin1(ReportRules::Figures::kId)};
    section.tables << europe;

    ReportTable decades;
    decades.id = QStringLiteral("partnerships_by_decade");
    decades.title = tr("Active partnerships by decade of signature");
    decades.base = activeBase;
    decades.columnKinds = {ReportTable::Kind::Text, ReportTable::Kind::Count};
    decades.columns = {tr("Decade"), tr("Partnerships")};
    decades.rules = {QString::fromLatin1(ReportRules::ActivePartnership::kId),
                     QString::fromLatin1(ReportRules::Decades::kId)};
    // Every decade from the oldest signature to the year's, empty ones with 0 (rule Decades).
    QMap<int, qint64> byDecade;
    for (const ReportRecords::Partnership& p : records.partnerships) {
        if (ReportRecords::active(p, year))
            ++byDecade[p.signedYear / 10 * 10];
    }
    if (!byDecade.isEmpty()) {
        for (int decade = byDecade.firstKey(); decade <= year / 10 * 10; decade += 10)
            decades.rows << QVariantList{tr("%1s").arg(decade), byDecade.value(decade)};
    }
    decades.chart = ReportTable::Chart::Bars;
    section.tables << decades;
    return section;
}

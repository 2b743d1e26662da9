#include "ActorIndicators.h"

#include "MapOutlines.h"
#include "ReportContext.h"
#include "ReportFormat.h"

#include <QMap>

#include <functional>

namespace {

// The engaged actors of a year, counted by type (with its family), département and size: every
// table of this part is summed from these groups.
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

ReportRules::EngagedActor::Place placeOf(const ReportVocabulary& vocabulary,
                                         const ReportRecords::Actor& actor)
{
    const CodeList::Code& departement = vocabulary.departements.at(actor.departement);
    return ReportRules::EngagedActor::placeOf(departement.known, departement.flag);
}

// The engaged actors of a year from outside the region, and those whose département is not given.
std::pair<qint64, qint64> engagedApart(const ReportContext& q, int year)
{
    using Place = ReportRules::EngagedActor::Place;
    const std::vector<bool>& engaged = q.engagedActors(year);
    std::pair<qint64, qint64> apart{0, 0};
    for (size_t i = 0; i < q.records().actors.size(); ++i) {
        if (!engaged[i])
            continue;
        const Place place = placeOf(q.vocabulary(), q.records().actors[i]);
        apart.first += place == Place::Outside ? 1 : 0;
        apart.second += place == Place::Unknown ? 1 : 0;
    }
    return apart;
}

// The engaged actors of the region in a year (rule EngagedActor).
QList<ActorGroup> engagedGroups(const ReportContext& q, int year)
{
    const ReportRecords& records = q.records();
    const ReportVocabulary& vocabulary = q.vocabulary();
    // Counted by type, département and size bracket: (type × départements + département) × 6 + bracket.
    const auto departements = static_cast<size_t>(vocabulary.departements.size());
    std::vector<qint64> counts(static_cast<size_t>(vocabulary.actorTypes.size()) * departements * 6, 0);
    const std::vector<bool>& engaged = q.engagedActors(year);
    for (size_t i = 0; i < records.actors.size(); ++i) {
        if (engaged[i] &&
            placeOf(vocabulary, records.actors[i]) == ReportRules::EngagedActor::Place::Region) {
            const ReportRecords::Actor& a = records.actors[i];
            ++counts[(static_cast<size_t>(a.type) * departements + static_cast<size_t>(a.departement)) * 6 +
                     static_cast<size_t>(a.sizeBracket)];
        }
    }
    QList<ActorGroup> groups;
    for (size_t slot = 0; slot < counts.size(); ++slot) {
        if (counts[slot] == 0)
            continue;
        const CodeList::Code& type = vocabulary.actorTypes.at(static_cast<int>(slot / 6 / departements));
        const CodeList::Code& family = vocabulary.families.at(qMax(type.group, 0));
        groups.append({type.code, type.label, type.order, family.code, family.label, family.order,
                       vocabulary.departements.at(static_cast<int>(slot / 6 % departements)).code,
                       static_cast<int>(slot % 6), counts[slot]});
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
QList<ReportContext::KeyedCount> byKey(const QList<ActorGroup>& groups, bool family)
{
    QList<ReportContext::KeyedCount> counts;
    for (const ActorGroup& g : groups) {
        counts.append(family ? ReportContext::KeyedCount{g.family, g.familyLabel, g.familyOrder, g.count}
                             : ReportContext::KeyedCount{g.type, g.typeLabel, g.typeOrder, g.count});
    }
    return counts;
}

// The local authorities of the region engaged in `year`, and those of them that declared their APD
// for it (rule ApdDeclared).
std::pair<qint64, qint64> apdDeclared(const ReportContext& q, int year)
{
    const ReportRecords& records = q.records();
    const ReportVocabulary& vocabulary = q.vocabulary();
    const std::vector<bool>& engaged = q.engagedActors(year);
    std::pair<qint64, qint64> counted{0, 0};
    for (size_t i = 0; i < records.actors.size(); ++i) {
        const ReportRecords::Actor& a = records.actors[i];
        if (!engaged[i] || placeOf(vocabulary, a) != ReportRules::EngagedActor::Place::Region)
            continue;
        const int family = vocabulary.actorTypes.at(a.type).group;
        if (family < 0 ||
            !ReportRules::ApdDeclared::isLocalAuthority(vocabulary.families.at(family).code.toStdString()))
            continue;
        ++counted.first;
        if (ReportRules::ApdDeclared::declared(records.actorApdYears.of(static_cast<int>(i)), year))
            ++counted.second;
    }
    return counted;
}

} // namespace

ReportSection ActorIndicators::build(const ReportContext& q)
{
    ReportSection section;
    section.title = tr("The actors of the region");
    const int year = q.year();
    const QStringList yearColumns = {QString::number(year - 1), QString::number(year)};
    const QList<ActorGroup> before = engagedGroups(q, year - 1);
    const QList<ActorGroup> current = engagedGroups(q, year);
    const QString regionCode =
        QStringLiteral("(SELECT value FROM observatory_setting WHERE key = 'region_code')");
    // The region's communes by size bracket (1 to 5), and all of them.
    qint64 regionBySize[6] = {0, 0, 0, 0, 0, 0};
    for (const QVariantList& row :
         q.rows(QStringLiteral("SELECT population FROM ref_commune WHERE region_code = %1").arg(regionCode)))
        ++regionBySize[ReportRecords::sizeBracket(row.value(0).toLongLong(), !row.value(0).isNull())];
    qint64 regionCommunes = 0;
    for (const qint64 communes : regionBySize)
        regionCommunes += communes;
    const auto ofType = [](const char* type) {
        return [type](const ActorGroup& group) { return group.type == QLatin1String(type); };
    };

    ReportTable key;
    key.id = QStringLiteral("actors_key_figures");
    key.title = tr("Key figures on actors");
    key.base = tr("Actors of the region named in a partnership or project active in the year; the last "
                  "lines count the others apart.");
    key.columnKinds = {ReportTable::Kind::Text, ReportTable::Kind::Count, ReportTable::Kind::Count};
    key.columns = QStringList{tr("Indicator")} + yearColumns;
    key.rows = {
        {tr("Actors of the region engaged"), total(before), total(current)},
        {tr("Communes engaged"), total(before, ofType("commune")), total(current, ofType("commune"))},
        {tr("Share of the region's communes engaged (%)"),
         ReportContext::percent(static_cast<double>(total(before, ofType("commune"))),
                                static_cast<double>(regionCommunes)),
         ReportContext::percent(static_cast<double>(total(current, ofType("commune"))),
                                static_cast<double>(regionCommunes))},
        {tr("Twinning committees"), total(before, ofType("comite_jumelage")),
         total(current, ofType("comite_jumelage"))},
        {tr("OSIM (migrant-led organisations)"), total(before, ofType("osim")),
         total(current, ofType("osim"))},
    };
    // The actors counted apart: from other regions, or whose département is not given.
    const std::pair<qint64, qint64> apartBefore = engagedApart(q, year - 1);
    const std::pair<qint64, qint64> apartCurrent = engagedApart(q, year);
    key.rows << QVariantList{tr("Engaged actors from other regions (counted apart)"), apartBefore.first,
                             apartCurrent.first};
    key.rows << QVariantList{tr("Engaged actors whose department is not given (counted apart)"),
                             apartBefore.second, apartCurrent.second};
    // The actors that a missing date keeps out of the count, so that a reader sees what is missing.
    QVariantList onlyLeftOut{tr("Actors named only in records left out for want of a date")};
    for (int y = year - 1; y <= year; ++y) {
        const std::vector<bool>& engagedThen = q.engagedActors(y);
        const std::vector<bool> leftOut = q.records().actorsOfLeftOut(y);
        qint64 count = 0;
        for (size_t i = 0; i < leftOut.size(); ++i)
            count += leftOut[i] && !engagedThen[i] ? 1 : 0;
        onlyLeftOut << count;
    }
    key.rows << onlyLeftOut;
    key.rowKinds = QList<ReportTable::Kind>(key.rows.size(), ReportTable::Kind::Count);
    key.rowKinds[2] = ReportTable::Kind::Percent; // the share of the region's communes
    key.keepZeros = true;
    key.rules = {QString::fromLatin1(ReportRules::EngagedActor::kId),
                 QString::fromLatin1(ReportRules::LeftOut::kId)};
    section.tables << key;

    const qint64 engaged = total(current);
    ReportTable families;
    families.id = QStringLiteral("actors_by_family");
    families.title = tr("Actors engaged by family");
    families.columnKinds = {ReportTable::Kind::Text, ReportTable::Kind::Count, ReportTable::Kind::Count,
                            ReportTable::Kind::Percent};
    families.columns = QStringList{tr("Family")} + yearColumns + QStringList{tr("% in %1").arg(year)};
    families.rows = ReportContext::sideBySide(byKey(before, true), byKey(current, true));
    for (QVariantList& row : families.rows)
        row << ReportContext::percent(row.value(2).toDouble(), static_cast<double>(engaged));
    families.base =
        tr("%Ln actor(s) of the region engaged in %1.", nullptr, static_cast<int>(engaged)).arg(year);
    families.rules = {QString::fromLatin1(ReportRules::EngagedActor::kId)};
    families.shareColumn = 3;
    families.chart = ReportTable::Chart::Donut;
    families.valueColumn = 2;
    section.tables << families;

    ReportTable types;
    types.id = QStringLiteral("actors_by_type");
    types.title = tr("Actors engaged by type");
    types.base = families.base;
    types.rules = families.rules;
    types.columnKinds = {ReportTable::Kind::Text, ReportTable::Kind::Count, ReportTable::Kind::Count};
    types.columns = QStringList{tr("Type")} + yearColumns;
    types.rows = ReportContext::sideBySide(byKey(before, false), byKey(current, false));
    types.chart = ReportTable::Chart::Bars;
    types.valueColumn = 2;
    section.tables << types;

    ReportTable departements;
    departements.id = QStringLiteral("actors_by_departement");
    departements.title = tr("Actors engaged by department, per 100,000 inhabitants");
    departements.columnKinds = {ReportTable::Kind::Text, ReportTable::Kind::Text, ReportTable::Kind::Count,
                                ReportTable::Kind::Count, ReportTable::Kind::Density};
    departements.columns = {tr("Code"), tr("Department"), tr("Actors"), tr("Population"),
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
                                          ReportRules::EngagedActor::perHundredThousand(actors, population)};
    }
    departements.base =
        tr("%Ln actor(s) of the region engaged in %1.", nullptr, static_cast<int>(located)).arg(year);
    departements.rules = families.rules;
    // The map has one outline for départements it cannot draw apart (the Rhône and the Métropole de
    // Lyon): it shows them together by the table's rule, and its legend says so with their figures
    // together, so that the map's figure is found from the table's (rule EngagedActor).
    QMap<QString, QList<int>> rowsOfOutline;
    for (int row = 0; row < departements.rows.size(); ++row)
        rowsOfOutline[MapOutlines::departementOutlineCode(departements.rows.at(row).value(0).toString())]
            << row;
    const QLocale locale = q.locale();
    for (auto outline = rowsOfOutline.cbegin(); outline != rowsOfOutline.cend(); ++outline) {
        if (outline.value().size() < 2)
            continue;
        qint64 actors = 0;
        qint64 population = 0;
        QStringList names;
        for (const int row : outline.value()) {
            const QVariantList& figures = departements.rows.at(row);
            actors += figures.value(2).toLongLong();
            population += figures.value(3).toLongLong();
            names << QStringLiteral("%1 (%2)").arg(figures.value(1).toString(), figures.value(0).toString());
        }
        const double density = ReportRules::EngagedActor::perHundredThousand(actors, population);
        departements.mapValues.insert(outline.key(), density);
        departements.mapNotes << tr("On the map, %1 are one outline: %2 engaged actors for %3 inhabitants "
                                    "together, %4 per 100,000 inhabitants.")
                                     .arg(locale.createSeparatedList(names),
                                          ReportFormat::cell(actors, ReportTable::Kind::Count, locale),
                                          ReportFormat::cell(population, ReportTable::Kind::Count, locale),
                                          ReportFormat::cell(density, ReportTable::Kind::Density, locale));
    }
    departements.chart = ReportTable::Chart::DepartementMap;
    departements.valueColumn = 4;
    departements.referenceColumns = {3}; // the population
    section.tables << departements;

    ReportTable communes;
    communes.id = QStringLiteral("communes_by_size");
    communes.title = tr("Communes engaged by size");
    communes.columnKinds = {ReportTable::Kind::Text, ReportTable::Kind::Count, ReportTable::Kind::Count,
                            ReportTable::Kind::Percent};
    communes.columns = {tr("Inhabitants"), tr("Communes engaged"), tr("Communes of the region"),
                        tr("Share (%)")};
    const QStringList bracketLabels = {tr("under 2,000"), tr("2,000 to 9,999"), tr("10,000 to 49,999"),
                                       tr("50,000 and more"), tr("unknown")};
    qint64 communesEngaged = 0;
    for (int b = 1; b <= 5; ++b) {
        const qint64 engagedCommunes = total(current, [b](const ActorGroup& g) {
            return g.type == QLatin1String("commune") && g.sizeBracket == b;
        });
        const qint64 inRegion = regionBySize[b];
        if (b == 5 && engagedCommunes == 0 && inRegion == 0)
            continue;
        communesEngaged += engagedCommunes;
        communes.rows << QVariantList{
            bracketLabels.at(b - 1), engagedCommunes, inRegion,
            ReportContext::percent(static_cast<double>(engagedCommunes), static_cast<double>(inRegion))};
    }
    communes.base = tr("%Ln commune(s) engaged in %1; sizes from the actor's record.", nullptr,
                       static_cast<int>(communesEngaged))
                        .arg(year);
    communes.rules = families.rules;
    communes.chart = ReportTable::Chart::Bars;
    communes.referenceColumns = {2}; // the region's communes
    section.tables << communes;

    ReportTable apd;
    apd.id = QStringLiteral("local_authorities_apd");
    apd.title = tr("Engaged local authorities that declared their ODA");
    apd.columnKinds = {ReportTable::Kind::Text, ReportTable::Kind::Count, ReportTable::Kind::Count};
    apd.columns = QStringList{tr("Indicator")} + yearColumns;
    QVariantList authorities{tr("Local authorities of the region engaged")};
    QVariantList declared{tr("of which declared their ODA for the year")};
    QVariantList share{tr("Share that declared (%)")};
    qint64 base = 0;
    for (int y = year - 1; y <= year; ++y) {
        const auto [engagedAuthorities, declaring] = apdDeclared(q, y);
        authorities << engagedAuthorities;
        declared << declaring;
        share << ReportContext::percent(static_cast<double>(declaring),
                                        static_cast<double>(engagedAuthorities));
        base = engagedAuthorities;
    }
    apd.rows = {authorities, declared, share};
    apd.rowKinds = {ReportTable::Kind::Count, ReportTable::Kind::Count, ReportTable::Kind::Percent};
    apd.base = tr("%Ln local authority(ies) or grouping(s) of the region engaged in %1; declarations as "
                  "recorded in the actors' records.",
                  nullptr, static_cast<int>(base))
                   .arg(year);
    apd.rules = {QString::fromLatin1(ReportRules::EngagedActor::kId),
                 QString::fromLatin1(ReportRules::ApdDeclared::kId)};
    section.tables << apd;
    return section;
}

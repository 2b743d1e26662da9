#include "RecordQuery.h"

#include "common/SqlDates.h"
#include "database/IdSet.h"
#include "database/SqlEngine.h"
#include "database/Statement.h"
#include "records/Partnership.h"
#include "report/ReportRules.h"
#include "search/SearchIndex.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <functional>
#include <utility>

namespace {

// The alias of the family's own table in every query.
QString alias(RecordList::Family family)
{
    switch (family) {
    case RecordList::Family::Actors:
        return QStringLiteral("a");
    case RecordList::Family::Partners:
        return QStringLiteral("f");
    case RecordList::Family::Partnerships:
        return QStringLiteral("p");
    case RecordList::Family::Projects:
        return QStringLiteral("j");
    case RecordList::Family::Schemes:
        return QStringLiteral("d");
    }
    return {};
}

// The table of the family's records, as the search index names it.
QString tableName(RecordList::Family family)
{
    switch (family) {
    case RecordList::Family::Actors:
        return QStringLiteral("actor");
    case RecordList::Family::Partners:
        return QStringLiteral("foreign_partner");
    case RecordList::Family::Partnerships:
        return QStringLiteral("partnership");
    case RecordList::Family::Projects:
        return QStringLiteral("project");
    case RecordList::Family::Schemes:
        return QStringLiteral("scheme");
    }
    return {};
}

QString staleCutoff()
{
    return QDate::currentDate().addYears(-2).toString(Qt::ISODate);
}

} // namespace

RecordQuery::RecordQuery(const QSqlDatabase& db, RecordList::Family family, bool englishLabels)
    : m_db(db)
    , m_family(family)
    , m_label(englishLabels ? QStringLiteral("label_en") : QStringLiteral("label_fr"))
{
}

QList<RecordQuery::FilterField> RecordQuery::filterFields(RecordList::Family family)
{
    using F = FilterField;
    switch (family) {
    case RecordList::Family::Actors:
        return {F::Search, F::Kind, F::Country, F::Zone, F::Departement, F::ActorType, F::Theme, F::Stale};
    case RecordList::Family::Partners:
        return {F::Search, F::Kind, F::Country, F::Zone, F::Stale};
    case RecordList::Family::Partnerships:
        return {F::Search,    F::Kind,  F::Status,     F::Country, F::Zone,     F::Departement,
                F::ActorType, F::Theme, F::ActiveYear, F::Stale,   F::Twinnings};
    case RecordList::Family::Projects:
        return {F::Search,    F::Status, F::Country,    F::Zone, F::Departement,
                F::ActorType, F::Theme,  F::ActiveYear, F::Stale};
    case RecordList::Family::Schemes:
        return {F::Search, F::Country, F::Zone, F::ActorType, F::Theme, F::Stale};
    }
    return {};
}

void RecordQuery::setSort(int column, Qt::SortOrder order)
{
    // The natural order's column in its direction is the natural order itself, with its ties by
    // ascending id (orderClause()).
    if (RecordList::naturalOrder(m_family) == RecordList::Sorting{column, order})
        column = -1;
    m_sortColumn = column;
    m_sortOrder = order;
}

QStringList RecordQuery::columnExpressions() const
{
    const QString label = m_label;
    const SqlEngine& engine = SqlEngine::of(m_db);
    // The columns a list hides by default (RecordList::Column::shownByDefault) come after those it
    // shows. No single-letter alias k, t, c or s in them: matchingIds() joins the reference tables
    // only when the order names one.
    const QString updated = QStringLiteral("substr(%1.updated_at, 1, 10)");
    switch (m_family) {
    case RecordList::Family::Actors:
        return {QStringLiteral("a.name"),
                QStringLiteral("t.") + label,
                QStringLiteral("a.departement_code"),
                QStringLiteral("coalesce(a.insee_code, a.siren)"),
                QStringLiteral("(SELECT count(*) FROM partnership_actor pa WHERE pa.actor_id = a.id)"),
                QStringLiteral("a.verified_on"),
                QStringLiteral("a.acronym"),
                QStringLiteral("(SELECT rc.name FROM ref_commune rc WHERE rc.code = "
                               "coalesce(a.commune_insee, a.insee_code))"),
                QStringLiteral("a.siren"),
                QStringLiteral("a.rna"),
                QStringLiteral("a.population"),
                QStringLiteral("(SELECT count(*) FROM project_actor ja WHERE ja.actor_id = a.id)"),
                QStringLiteral("a.email"),
                QStringLiteral("a.website"),
                QStringLiteral("a.phone"),
                QStringLiteral("a.source"),
                updated.arg(QStringLiteral("a"))};
    case RecordList::Family::Partners:
        return {QStringLiteral("f.name"),
                QStringLiteral("c.") + label,
                QStringLiteral("f.admin_area"),
                QStringLiteral("t.") + label,
                QStringLiteral("(SELECT count(*) FROM partnership_partner pp WHERE pp.partner_id = f.id)"),
                QStringLiteral("(SELECT count(*) FROM project_partner jp WHERE jp.partner_id = f.id)"),
                QStringLiteral("f.source"),
                QStringLiteral("f.verified_on"),
                updated.arg(QStringLiteral("f"))};
    case RecordList::Family::Partnerships:
        return {
            QStringLiteral("k.") + label,
            QStringLiteral("(SELECT %1 FROM partnership_actor pa "
                           "JOIN actor a ON a.id = pa.actor_id WHERE pa.partnership_id = p.id)")
                .arg(engine.aggregateList(QStringLiteral("a.name"), QStringLiteral(" | "))),
            QStringLiteral("(SELECT %1 FROM partnership_partner pp "
                           "JOIN foreign_partner f ON f.id = pp.partner_id WHERE pp.partnership_id = p.id)")
                .arg(engine.aggregateList(QStringLiteral("f.name"), QStringLiteral(" | "))),
            QStringLiteral("(SELECT %1 FROM partnership_partner pp "
                           "JOIN foreign_partner f ON f.id = pp.partner_id JOIN ref_country c ON c.code = "
                           "f.country_code "
                           "WHERE pp.partnership_id = p.id)")
                .arg(engine.aggregateDistinctList(QStringLiteral("c.") + label)),
            QStringLiteral("s.") + label,
            QStringLiteral("p.signed_on"),
            QStringLiteral("p.title"),
            QStringLiteral("p.ended_on"),
            QStringLiteral("(SELECT %1 FROM partnership_theme pt JOIN ref_theme rt "
                           "ON rt.code = pt.theme_code WHERE pt.partnership_id = p.id)")
                .arg(engine.aggregateList(QStringLiteral("rt.") + label, QStringLiteral(" | "))),
            QStringLiteral("(SELECT %1 FROM partnership_actor pa "
                           "JOIN actor a ON a.id = pa.actor_id WHERE pa.partnership_id = p.id)")
                .arg(engine.aggregateDistinctList(QStringLiteral("a.departement_code"))),
            QStringLiteral("(SELECT count(*) FROM project pj WHERE pj.partnership_id = p.id)"),
            QStringLiteral("p.source"),
            QStringLiteral("p.verified_on"),
            updated.arg(QStringLiteral("p"))};
    case RecordList::Family::Projects:
        return {QStringLiteral("j.title"),
                QStringLiteral("(SELECT %1 FROM project_actor pa JOIN actor a ON "
                               "a.id = pa.actor_id "
                               "WHERE pa.project_id = j.id AND pa.role_code = 'porteur')")
                    .arg(engine.aggregateList(QStringLiteral("a.name"), QStringLiteral(" | "))),
                QStringLiteral("(SELECT %1 FROM project_country pc JOIN ref_country c "
                               "ON c.code = pc.country_code WHERE pc.project_id = j.id)")
                    .arg(engine.aggregateList(QStringLiteral("c.") + label, QStringLiteral(" | "))),
                QStringLiteral("s.") + label,
                QStringLiteral("j.started_on"),
                QStringLiteral("j.ended_on"),
                QStringLiteral("j.budget_cents"),
                QStringLiteral("(SELECT %1 FROM project_partner jp "
                               "JOIN foreign_partner f ON f.id = jp.partner_id WHERE jp.project_id = j.id)")
                    .arg(engine.aggregateList(QStringLiteral("f.name"), QStringLiteral(" | "))),
                QStringLiteral("(SELECT %1 FROM project_theme jt JOIN ref_theme rt "
                               "ON rt.code = jt.theme_code WHERE jt.project_id = j.id)")
                    .arg(engine.aggregateList(QStringLiteral("rt.") + label, QStringLiteral(" | "))),
                QStringLiteral("(SELECT sum(g.amount_cents) FROM funding g WHERE g.project_id = j.id)"),
                QStringLiteral("j.source"),
                QStringLiteral("j.verified_on"),
                updated.arg(QStringLiteral("j"))};
    case RecordList::Family::Schemes:
        // Today's date is written in: the rows' query binds nothing.
        return {
            QStringLiteral("d.name"),
            QStringLiteral("d.funder"),
            QStringLiteral("k.") + label,
            QStringLiteral("(SELECT min(closes_on) FROM scheme_call WHERE scheme_id = d.id AND %1 >= '%2')")
                .arg(SqlDates::latestDay(QStringLiteral("closes_on")),
                     QDate::currentDate().toString(Qt::ISODate)),
            QStringLiteral("d.amount_max_cents"),
            QStringLiteral("d.verified_on"),
            QStringLiteral("(SELECT %1 FROM scheme_theme dt JOIN ref_theme rt ON rt.code = dt.theme_code "
                           "WHERE dt.scheme_id = d.id)")
                .arg(engine.aggregateList(QStringLiteral("rt.") + label, QStringLiteral(" | "))),
            QStringLiteral("d.amount_min_cents"),
            updated.arg(QStringLiteral("d"))};
    }
    return {};
}

QString RecordQuery::fromClause() const
{
    switch (m_family) {
    case RecordList::Family::Actors:
        return QStringLiteral(" FROM actor a LEFT JOIN ref_actor_type t ON t.code = a.actor_type_code");
    case RecordList::Family::Partners:
        return QStringLiteral(" FROM foreign_partner f LEFT JOIN ref_country c ON c.code = f.country_code "
                              "LEFT JOIN ref_partner_type t ON t.code = f.partner_type_code");
    case RecordList::Family::Partnerships:
        return QStringLiteral(" FROM partnership p JOIN ref_partnership_kind k ON k.code = p.kind_code "
                              "JOIN ref_partnership_status s ON s.code = p.status_code");
    case RecordList::Family::Projects:
        return QStringLiteral(" FROM project j JOIN ref_project_status s ON s.code = j.status_code");
    case RecordList::Family::Schemes:
        return QStringLiteral(" FROM scheme d JOIN ref_scheme_kind k ON k.code = d.kind_code");
    }
    return {};
}

QString RecordQuery::whereClause(SearchWay way) const
{
    // Every condition is "id IN (a set)": SQLite builds each set once, where a correlated
    // EXISTS would run once per record (tests/bench/bench_lists).
    const QString r = alias(m_family);
    const QString id = r + QLatin1String(".id");
    const QList<FilterField> fields = filterFields(m_family);
    const auto wanted = [&fields](FilterField field) { return fields.contains(field); };
    const bool actors = m_family == RecordList::Family::Actors;
    const bool partners = m_family == RecordList::Family::Partners;
    const bool partnerships = m_family == RecordList::Family::Partnerships;
    const bool projects = m_family == RecordList::Family::Projects;
    const bool schemes = m_family == RecordList::Family::Schemes;
    const QString zoneCountries = QStringLiteral("SELECT code FROM ref_country WHERE zone_code = :zone");
    QStringList conditions;
    // A scheme that sets no list of a kind (no countries…) is open to all of it: it passes.
    const auto schemeOpenTo = [&](const QString& link, const QString& column, const QString& values) {
        conditions << QStringLiteral("(d.id IN (SELECT scheme_id FROM %1 WHERE %2 IN (%3)) OR d.id NOT IN "
                                     "(SELECT scheme_id FROM %1))")
                          .arg(link, column, values);
    };
    const auto in = [&conditions, &id](const QString& set) {
        conditions << id + QLatin1String(" IN (") + set + QLatin1Char(')');
    };

    if (!SearchIndex::matchExpression(m_filter.search).isEmpty()) {
        const QString table = tableName(m_family);
        const SearchHits hits = searchHits();
        QString own = way == SearchWay::WalkProbes
                          ? probeCondition(id)
                          : id + QLatin1String(" IN (") + hits.own + QLatin1Char(')');
        // The walk against the set of matching ids: the '+' keeps SQLite from reading the rows of
        // the set's ids (the set's way) instead of walking the list's index.
        if (way == SearchWay::WalkIdSet)
            own = m_matches ? IdSet::condition(id, QStringLiteral(":matches"))
                            : QLatin1Char('+') + id + QLatin1String(" IN (") + matchingIdsQuery() +
                                  QLatin1Char(')');
        // A partnership or project is also found by the names of its actors and partners.
        // The walk against the sets of hits tests each record walked in them: read into IdSets
        // where statements can test one (bindFilter()), SQLite's `IN` otherwise.
        const bool hitSets = way == SearchWay::WalkSets && IdSet::available(m_db);
        if (hitSets)
            own = IdSet::condition(id, QStringLiteral(":own_hits"));
        if ((partnerships || projects) && way != SearchWay::WalkProbes && way != SearchWay::WalkIdSet) {
            const QString link = table;
            if (hitSets) {
                own += QStringLiteral(" OR EXISTS (SELECT 1 FROM %2_actor x WHERE x.%2_id = %1 AND %3)"
                                      " OR EXISTS (SELECT 1 FROM %2_partner x WHERE x.%2_id = %1 AND %4)")
                           .arg(id, link,
                                IdSet::condition(QStringLiteral("x.actor_id"), QStringLiteral(":actor_hits")),
                                IdSet::condition(QStringLiteral("x.partner_id"),
                                                 QStringLiteral(":partner_hits")));
            } else if (way == SearchWay::WalkSets) {
                // Each record's own links, looked up by its id: the '+' keeps SQLite from looking
                // up every matching actor in each record's links instead (one probe per actor
                // found, for each record walked).
                own += QStringLiteral(" OR EXISTS (SELECT 1 FROM %2_actor x WHERE x.%2_id = %1 AND "
                                      "+x.actor_id IN (%3))"
                                      " OR EXISTS (SELECT 1 FROM %2_partner x WHERE x.%2_id = %1 AND "
                                      "+x.partner_id IN (%4))")
                           .arg(id, link, hits.actors, hits.partners);
            } else {
                own += QStringLiteral(" OR %1 IN (SELECT %2_id FROM %2_actor WHERE actor_id IN (%3))"
                                      " OR %1 IN (SELECT %2_id FROM %2_partner WHERE partner_id IN (%4))")
                           .arg(id, link, hits.actors, hits.partners);
            }
        }
        conditions << QLatin1Char('(') + own + QLatin1Char(')');
    }
    if (wanted(FilterField::Kind) && !m_filter.kindCode.isEmpty()) {
        if (partnerships)
            conditions << QStringLiteral("p.kind_code = :kind");
        else if (actors)
            in(QStringLiteral(
                "SELECT pa.actor_id FROM partnership_actor pa JOIN partnership x ON x.id = pa.partnership_id "
                "WHERE x.kind_code = :kind"));
        else
            in(QStringLiteral("SELECT pp.partner_id FROM partnership_partner pp JOIN partnership x "
                              "ON x.id = pp.partnership_id WHERE x.kind_code = :kind"));
    }
    if (wanted(FilterField::Twinnings) && m_filter.twinningsOnly)
        conditions << QStringLiteral("p.kind_code = 'jumelage'");
    if (wanted(FilterField::Status) && !m_filter.statusCode.isEmpty()) {
        // A status of the other family (a partnership status on projects) does not narrow.
        const QString table =
            partnerships ? QStringLiteral("ref_partnership_status") : QStringLiteral("ref_project_status");
        conditions << QStringLiteral("(%1.status_code = :status OR :status NOT IN (SELECT code FROM %2))")
                          .arg(r, table);
    }
    // Countries a record reaches: its partners' (partnerships), its own (projects), through its
    // partnerships and projects (actors).
    const auto countryCondition = [&](const QString& countries) {
        if (schemes) {
            conditions << QStringLiteral(
                              "(d.id IN (SELECT scheme_id FROM scheme_country WHERE country_code IN (%1)) "
                              "OR d.id IN (SELECT scheme_id FROM scheme_zone WHERE zone_code IN "
                              "(SELECT zone_code FROM ref_country WHERE code IN (%1))) "
                              "OR d.id NOT IN (SELECT scheme_id FROM scheme_country UNION "
                              "SELECT scheme_id FROM scheme_zone))")
                              .arg(countries);
        } else if (partners) {
            conditions << QStringLiteral("f.country_code IN (%1)").arg(countries);
        } else if (partnerships) {
            in(QStringLiteral("SELECT pp.partnership_id FROM partnership_partner pp JOIN foreign_partner f "
                              "ON f.id = pp.partner_id WHERE f.country_code IN (%1)")
                   .arg(countries));
        } else if (projects) {
            in(QStringLiteral("SELECT project_id FROM project_country WHERE country_code IN (%1)")
                   .arg(countries));
        } else {
            in(QStringLiteral(
                   "SELECT pa.actor_id FROM partnership_actor pa JOIN partnership_partner pp "
                   "ON pp.partnership_id = pa.partnership_id JOIN foreign_partner f ON f.id = pp.partner_id "
                   "WHERE f.country_code IN (%1) UNION SELECT y.actor_id FROM project_actor y "
                   "JOIN project_country pc ON pc.project_id = y.project_id WHERE pc.country_code IN (%1)")
                   .arg(countries));
        }
    };
    if (wanted(FilterField::Country) && !m_filter.countryCode.isEmpty())
        countryCondition(QStringLiteral(":country"));
    if (wanted(FilterField::Zone) && !m_filter.zoneCode.isEmpty())
        countryCondition(zoneCountries);
    // The actors of a partnership or project, for conditions on actors.
    const auto actorCondition = [&](const QString& actorSet) {
        if (actors)
            conditions << QStringLiteral("a.id IN (%1)").arg(actorSet);
        else if (partnerships)
            in(QStringLiteral("SELECT partnership_id FROM partnership_actor WHERE actor_id IN (%1)")
                   .arg(actorSet));
        else
            in(QStringLiteral("SELECT project_id FROM project_actor WHERE actor_id IN (%1)").arg(actorSet));
    };
    if (wanted(FilterField::Departement) && !m_filter.departementCode.isEmpty())
        actorCondition(QStringLiteral("SELECT id FROM actor WHERE departement_code = :departement"));
    if (wanted(FilterField::ActorType) && !m_filter.actorTypeCode.isEmpty() && schemes)
        schemeOpenTo(QStringLiteral("scheme_actor_type"), QStringLiteral("actor_type_code"),
                     QStringLiteral(":actor_type"));
    else if (wanted(FilterField::ActorType) && !m_filter.actorTypeCode.isEmpty())
        actorCondition(QStringLiteral("SELECT id FROM actor WHERE actor_type_code = :actor_type"));
    if (wanted(FilterField::Theme) && !m_filter.themeCode.isEmpty()) {
        if (schemes)
            schemeOpenTo(QStringLiteral("scheme_theme"), QStringLiteral("theme_code"),
                         QStringLiteral(":theme"));
        else if (partnerships)
            in(QStringLiteral("SELECT partnership_id FROM partnership_theme WHERE theme_code = :theme"));
        else if (projects)
            in(QStringLiteral("SELECT project_id FROM project_theme WHERE theme_code = :theme"));
        else
            in(QStringLiteral("SELECT pa.actor_id FROM partnership_actor pa JOIN partnership_theme t "
                              "ON t.partnership_id = pa.partnership_id WHERE t.theme_code = :theme "
                              "UNION SELECT y.actor_id FROM project_actor y JOIN project_theme t "
                              "ON t.project_id = y.project_id WHERE t.theme_code = :theme"));
    }
    if (wanted(FilterField::ActiveYear) && m_filter.activeYear > 0) {
        // The report's own rules: a list filtered on a year shows the records the report counts.
        conditions << (partnerships ? ReportRules::ActivePartnership::sql(QStringLiteral("p"))
                                    : ReportRules::ActiveProject::sql(QStringLiteral("j")));
    }
    if (wanted(FilterField::Stale) && m_filter.staleOnly) {
        conditions << QStringLiteral("(%1.verified_on IS NULL OR %2 < :stale_cutoff)")
                          .arg(r, SqlDates::latestDay(r + QLatin1String(".verified_on")));
    }
    return conditions.isEmpty() ? QString()
                                : QLatin1String(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

QString RecordQuery::orderClause() const
{
    const QString r = alias(m_family);
    const QStringList expressions = columnExpressions();
    if (m_sortColumn < 0 || m_sortColumn >= expressions.size()) {
        // RecordList::naturalOrder()'s column and direction. Ties go by ascending id, the order in which an
        // import creates the rows of an export: so that an export imported into another database exports the
        // same file again.
        switch (m_family) {
        case RecordList::Family::Actors:
            return QStringLiteral(" ORDER BY a.name_normalized, a.id");
        case RecordList::Family::Partners:
            return QStringLiteral(" ORDER BY f.name_normalized, f.id");
        case RecordList::Family::Partnerships:
            return QStringLiteral(" ORDER BY %1, p.id")
                .arg(SqlEngine::of(m_db).descendingEmptyLast(QStringLiteral("p.signed_on")));
        case RecordList::Family::Projects:
            return QStringLiteral(" ORDER BY %1, j.id")
                .arg(SqlEngine::of(m_db).descendingEmptyLast(QStringLiteral("j.started_on")));
        case RecordList::Family::Schemes:
            return QStringLiteral(" ORDER BY %1, d.id")
                .arg(SqlEngine::of(m_db).caseInsensitive(QStringLiteral("d.name")));
        }
    }
    const QString direction =
        m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // A stored key: ties go by id in the same direction, so that its index, walked either way,
    // gives the whole order (firstByStoredKey()).
    if (const QString key = storedSortKey(); !key.isEmpty())
        return QStringLiteral(" ORDER BY %1 IS NULL, %1%2, %3.id%2").arg(key, direction, r);
    // Text sorts without regard to case; empty values go last either way.
    // A copy: columns() returns its list by value, and a reference into the temporary dangled.
    const RecordList::Column column = RecordList::columns(m_family).at(m_sortColumn);
    const QString expression = expressions.at(m_sortColumn);
    const QString key = column.kind == RecordList::ColumnKind::Text
                            ? SqlEngine::of(m_db).caseInsensitive(expression)
                            : expression;
    return QStringLiteral(" ORDER BY (%1) IS NULL, %2%3, %4.id").arg(expression, key, direction, r);
}

QString RecordQuery::storedSortKey() const
{
    if (m_sortColumn < 0 || m_sortColumn >= RecordList::columns(m_family).size())
        return {};
    const QString column = RecordList::columns(m_family).at(m_sortColumn).key;
    // Countries sort by their label in the interface's language: one key per language.
    const QString countries = m_label == QLatin1String("label_en") ? QStringLiteral("sort_countries_en")
                                                                   : QStringLiteral("sort_countries_fr");
    QString key;
    // A name sorts as the natural order does (accents, case and « Ville de » ignored), both ways:
    // Z to A is A to Z turned round.
    if ((m_family == RecordList::Family::Actors && column == QLatin1String("name")) ||
        (m_family == RecordList::Family::Partners && column == QLatin1String("partner")))
        key = QStringLiteral("name_normalized");
    if (m_family == RecordList::Family::Partnerships) {
        if (column == QLatin1String("actor"))
            key = QStringLiteral("sort_actors");
        else if (column == QLatin1String("partner"))
            key = QStringLiteral("sort_partners");
        else if (column == QLatin1String("country"))
            key = countries;
    } else if (m_family == RecordList::Family::Projects) {
        if (column == QLatin1String("actor"))
            key = QStringLiteral("sort_carriers");
        else if (column == QLatin1String("country"))
            key = countries;
    }
    return key.isEmpty() ? key : alias(m_family) + QLatin1Char('.') + key;
}

QString RecordQuery::firstByStoredKey(const QString& key, const QString& where, int limit) const
{
    const QString r = alias(m_family);
    const QString direction =
        m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString from = QStringLiteral(" FROM %1 %2").arg(tableName(m_family), r);
    const QString narrowed = where.isEmpty() ? QStringLiteral(" WHERE ") : where + QLatin1String(" AND ");
    // Each part is walked in its index's order and stops at `limit`; the two together (at most
    // twice `limit` rows) are then put in the list's order.
    return QStringLiteral("SELECT id FROM ("
                          "SELECT * FROM (SELECT %1.id AS id, 0 AS part, %2 AS k%3%4%2 IS NOT NULL "
                          "ORDER BY %2%5, %1.id%5 LIMIT %6) AS keyed "
                          "UNION ALL "
                          "SELECT * FROM (SELECT %1.id AS id, 1 AS part, %2 AS k%3%4%2 IS NULL "
                          "ORDER BY %1.id%5 LIMIT %6) AS unkeyed"
                          ") AS firsts ORDER BY part, k%5, id%5 LIMIT %6")
        .arg(r, key, from, narrowed, direction)
        .arg(limit);
}

std::optional<RecordQuery::LabelColumn> RecordQuery::labelColumn() const
{
    if (m_sortColumn < 0 || m_sortColumn >= RecordList::columns(m_family).size())
        return std::nullopt;
    const QString column = RecordList::columns(m_family).at(m_sortColumn).key;
    // As fromClause() joins them: a record's type may be empty (a LEFT JOIN), the others not.
    switch (m_family) {
    case RecordList::Family::Actors:
        if (column == QLatin1String("actor_type"))
            return LabelColumn{QStringLiteral("actor_type_code"), QStringLiteral("ref_actor_type"), true};
        break;
    case RecordList::Family::Partners:
        if (column == QLatin1String("country"))
            return LabelColumn{QStringLiteral("country_code"), QStringLiteral("ref_country"), true};
        if (column == QLatin1String("partner_type"))
            return LabelColumn{QStringLiteral("partner_type_code"), QStringLiteral("ref_partner_type"), true};
        break;
    case RecordList::Family::Partnerships:
        if (column == QLatin1String("kind"))
            return LabelColumn{QStringLiteral("kind_code"), QStringLiteral("ref_partnership_kind")};
        if (column == QLatin1String("status"))
            return LabelColumn{QStringLiteral("status_code"), QStringLiteral("ref_partnership_status")};
        break;
    case RecordList::Family::Projects:
        if (column == QLatin1String("status"))
            return LabelColumn{QStringLiteral("status_code"), QStringLiteral("ref_project_status")};
        break;
    case RecordList::Family::Schemes:
        if (column == QLatin1String("kind"))
            return LabelColumn{QStringLiteral("kind_code"), QStringLiteral("ref_scheme_kind")};
        break;
    }
    return std::nullopt;
}

QList<qint64> RecordQuery::firstByLabel(const LabelColumn& column, SearchWay way, int limit,
                                        QString* error) const
{
    const QString direction =
        m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // The codes in their labels' order as the engine orders the labels in orderClause() (its
    // case rule, its collation); codes whose labels the order cannot tell apart share a rank, and
    // their records are walked together, by id as the whole list has them.
    const QString rankSql =
        QStringLiteral("SELECT code, dense_rank() OVER (ORDER BY %1%2) AS label_rank FROM %3 "
                       "ORDER BY label_rank, code")
            .arg(SqlEngine::of(m_db).caseInsensitive(m_label), direction, column.table);
    QList<QStringList> ranks;
    Statement ranked(m_db, rankSql);
    qint64 lastRank = -1;
    while (ranked.next()) {
        if (ranked.integer(1) != lastRank)
            ranks.append(QStringList());
        lastRank = ranked.integer(1);
        ranks.last() << ranked.string(0);
    }
    if (!ranked.error().isEmpty()) {
        if (error)
            *error = ranked.error();
        return {};
    }
    const QString r = alias(m_family);
    const QString where = whereClause(way);
    const QString narrowed = QStringLiteral("SELECT %1.id FROM %2 %1").arg(r, tableName(m_family)) +
                             (where.isEmpty() ? QStringLiteral(" WHERE ") : where + QLatin1String(" AND "));
    const QString code = r + QLatin1Char('.') + column.code;
    // Each code's records in id order, along the index on (code, id), no further than needed: a
    // code without records costs one look into the index; SQLite's sets of a filter (`IN`) are
    // built only for a code that has records to test (the search's IdSets are read once for all).
    QList<qint64> ids;
    const auto readPart = [&](const QString& condition, const QStringList& codes) {
        const QString sql =
            narrowed + condition + QStringLiteral(" ORDER BY %1.id LIMIT %2").arg(r).arg(limit - ids.size());
        Statement part(m_db, sql);
        bindFilter(part, sql);
        for (int i = 0; i < codes.size(); ++i)
            part.bind(QStringLiteral(":label_code%1").arg(i), codes.at(i));
        while (part.next())
            ids << part.integer(0);
        if (part.error().isEmpty())
            return true;
        if (error)
            *error = part.error();
        ids.clear();
        return false;
    };
    for (const QStringList& codes : std::as_const(ranks)) {
        if (ids.size() >= limit)
            return ids;
        QStringList placeholders;
        for (int i = 0; i < codes.size(); ++i)
            placeholders << QStringLiteral(":label_code%1").arg(i);
        if (!readPart(QStringLiteral("%1 IN (%2)").arg(code, placeholders.join(QLatin1String(", "))), codes))
            return {};
    }
    // Those without a label (no code, or one the table lacks), last either way, as the whole
    // list's LEFT JOIN has them.
    if (column.optional && ids.size() < limit &&
        !readPart(QStringLiteral("(%1 IS NULL OR %1 NOT IN (SELECT code FROM %2))").arg(code, column.table),
                  {}))
        return {};
    return ids;
}

void RecordQuery::bindFilter(Statement& query, const QString& sql) const
{
    const auto bindIfUsed = [&](const char* name, const QVariant& value) {
        const QString placeholder = QLatin1Char(':') + QLatin1String(name);
        if (sql.contains(placeholder))
            query.bind(placeholder, value);
    };
    // The same records match both expressions; where the index's words are read (SQLite), a long
    // word's indexed words stream (an OR), where its prefix made FTS5 merge every list it
    // begins before the first hit: « jume » at a million, 385,000 entries before the count that
    // chooses the way could stop at its first thousands.
    const QString expression = sql.contains(QLatin1String(":search")) ? probe().expression : QString();
    bindIfUsed("search", expression.isEmpty() ? SearchIndex::matchExpression(m_filter.search) : expression);
    if (sql.contains(QLatin1String(":probe")))
        bindIfUsed("probe", probe().lookup);
    // A set not bound makes the statement fail (IdSet), not match nothing. The sets a reading
    // reads from the index (the rare words' entries, the search's hits) are read the first time a
    // statement of that reading tests them, then kept until the next (forgetReading()).
    const auto bindSetOnce = [&](const char* name, std::optional<IdSet>& set,
                                 const std::function<std::optional<IdSet>()>& read) {
        const QString placeholder = QLatin1Char(':') + QLatin1String(name);
        if (!sql.contains(placeholder))
            return;
        if (!set)
            set = read();
        if (set)
            query.bind(placeholder, *set);
    };
    bindSetOnce("rare", m_rareEntries, [&] { return SearchIndex::matchingEntries(m_db, probe().rare); });
    const auto hitsOf = [&](QString SearchHits::*stream) {
        const QString hitsQuery = searchHits().*stream;
        Statement read(m_db, hitsQuery);
        bindFilter(read, hitsQuery);
        return IdSet::read(read);
    };
    bindSetOnce("own_hits", m_ownHits, [&] { return hitsOf(&SearchHits::own); });
    bindSetOnce("actor_hits", m_actorHits, [&] { return hitsOf(&SearchHits::actors); });
    bindSetOnce("partner_hits", m_partnerHits, [&] { return hitsOf(&SearchHits::partners); });
    if (m_matches && sql.contains(QLatin1String(":matches")))
        query.bind(QStringLiteral(":matches"), *m_matches);
    bindIfUsed("kind", m_filter.kindCode);
    bindIfUsed("status", m_filter.statusCode);
    bindIfUsed("country", m_filter.countryCode);
    bindIfUsed("zone", m_filter.zoneCode);
    bindIfUsed("departement", m_filter.departementCode);
    bindIfUsed("actor_type", m_filter.actorTypeCode);
    bindIfUsed("theme", m_filter.themeCode);
    bindIfUsed("year_start", QStringLiteral("%1-01-01").arg(m_filter.activeYear));
    bindIfUsed("year_end", QStringLiteral("%1-12-31").arg(m_filter.activeYear));
    bindIfUsed("stale_cutoff", staleCutoff());
}

QList<qint64> RecordQuery::matchingIds(QString* error) const
{
    forgetReading();
    return readIds(SearchWay::Set, 0, error);
}

QList<qint64> RecordQuery::firstIds(int count, QString* error) const
{
    forgetReading();
    return readIds(searchWay(count), count, error);
}

void RecordQuery::forgetReading() const
{
    // The index's words and entries, and the records, change as records are written: a query
    // kept from one reading to the next reads them again, or a word written since would not be
    // searched.
    m_probe.reset();
    m_rareEntries.reset();
    m_matches.reset();
    m_ownHits.reset();
    m_actorHits.reset();
    m_partnerHits.reset();
}

RecordQuery::SearchWay RecordQuery::searchWay(int firstCount) const
{
    if (SearchIndex::matchExpression(m_filter.search).isEmpty() ||
        (m_family != RecordList::Family::Partnerships && m_family != RecordList::Family::Projects))
        return SearchWay::Set;
    double records = 0;
    if (m_walkThreshold <= 0 || m_commonThreshold <= 0 || m_probeThreshold <= 0) {
        QSqlQuery last(m_db);
        if (!last.exec(QStringLiteral("SELECT max(id) FROM %1").arg(tableName(m_family))) || !last.next())
            return SearchWay::Set;
        records = std::max(1.0, last.value(0).toDouble());
    }
    // Walking the list costs about firstCount / d records looked at, d being the share of records
    // found; building the set of matches, about d × records. Walking without that set (testing
    // each record against sets of the hits) and building the set are equal at
    // d = sqrt(firstCount / records), that is at sqrt(firstCount × records) matches. The walk
    // against the set of matches builds it (a link looked up per match) but reads no row but those
    // walked along an index, where the set's way reads and sorts every match's row: « ouag » at a
    // million records (12,533 matches) took 160 ms of CPU so, 55 ms walked against the set. It
    // wins from about a quarter of `common` (docs/performance.md).
    const int common =
        m_commonThreshold > 0 ? m_commonThreshold : static_cast<int>(std::sqrt(firstCount * records));
    const int walk = m_walkThreshold > 0 ? m_walkThreshold : common / 4;
    // The search's hits in the index (own, actors', partners'), counted no further than `limit`:
    // a stream, where a one-letter search has hundreds of thousands.
    const SearchHits hits = searchHits();
    const auto hitsReach = [&](qint64 limit) {
        const std::optional<qint64> counted =
            countRows(QStringLiteral("SELECT * FROM (%1) AS o UNION ALL SELECT * FROM (%2) AS a "
                                     "UNION ALL SELECT * FROM (%3) AS f")
                          .arg(hits.own, hits.actors, hits.partners),
                      limit);
        return counted && *counted >= limit;
    };
    // The hits are fewer than the matches (an actor found is linked to several records), and
    // cheaper to count: only when they are under `common` are the matches counted, through the
    // links, to choose between the set and the walk against it (and read for that walk:
    // countMatches()). That walk reads a link per match (about 1 µs, migration 20) and tests each
    // record walked in a bitmap; the walk against sets of the hits tests each record's links
    // (about 5 µs, measured when those sets were SQLite's `IN`; they are IdSets since, and the
    // limits were kept: docs/performance.md, thirteenth step). They are equal at
    // m² ≈ records × firstCount × 5, some 2.2 times `common`: the matches are read up to twice
    // `common` (« oua » at a million records, 26,479 matches: 25–42 ms of CPU so, 56–94 against
    // the sets of hits; docs/performance.md). PostgreSQL has no such set (a count, then `IN`),
    // and was not measured so: up to `common` there.
    const qint64 matchLimit = IdSet::available(m_db) ? 2 * qint64(common) : common;
    if (!hitsReach(common)) {
        const std::optional<qint64> matchCount = countMatches(matchLimit);
        if (!matchCount)
            return SearchWay::Set;
        if (*matchCount < matchLimit)
            return *matchCount < walk ? SearchWay::Set : SearchWay::WalkIdSet;
    }
    // Looking records up in the index one by one (probeCondition()) builds no set, but costs
    // some 130 times what a hit put in a set costs (docs/performance.md): it pays when the walk
    // meets its first screen soon, that is when many records match. The share is measured on the
    // family's latest records, looked up so: half of them, or at least 64 × sqrt(26,600 / records)
    // of 64 (11 at a million records) when the sets of hits would be large: the walk then looks
    // up about 200 × 64 / m records at some 40 µs, the sets cost 0.3 µs a hit, so from
    // 1,700,000 / m hits.
    constexpr int kSample = 64;
    const QString condition = probeCondition(QStringLiteral("latest.id"));
    if (condition.isEmpty() || probe().expression.isEmpty())
        return SearchWay::WalkSets;
    const QString sample =
        QStringLiteral("SELECT count(*) FROM (SELECT id FROM %1 ORDER BY id DESC LIMIT %2) "
                       "AS latest WHERE %3")
            .arg(tableName(m_family))
            .arg(kSample)
            .arg(condition);
    Statement matched(m_db, sample);
    bindFilter(matched, sample);
    if (!matched.next())
        return SearchWay::WalkSets;
    const qint64 m = matched.integer(0);
    if (m_probeThreshold > 0)
        return m >= m_probeThreshold ? SearchWay::WalkProbes : SearchWay::WalkSets;
    const int atScale =
        std::clamp(static_cast<int>(std::ceil(kSample * std::sqrt(26600 / records))), 8, kSample / 2);
    if (m >= kSample / 2 || (m >= atScale && hitsReach(1700000 / m)))
        return SearchWay::WalkProbes;
    return SearchWay::WalkSets;
}

const SearchIndex::Probe& RecordQuery::probe() const
{
    if (!m_probe)
        m_probe = SearchIndex::probe(m_db, m_filter.search);
    return *m_probe;
}

RecordQuery::SearchHits RecordQuery::searchHits() const
{
    return {SearchIndex::matchingIds(m_db, tableName(m_family)),
            SearchIndex::matchingIds(m_db, QStringLiteral("actor")),
            SearchIndex::matchingIds(m_db, QStringLiteral("foreign_partner"))};
}

QString RecordQuery::matchingIdsQuery() const
{
    const QString table = tableName(m_family);
    const SearchHits hits = searchHits();
    // The hits of the virtual table first, each looked up in the links: SQLite would otherwise
    // build the whole list of hits before the first id (an IN).
    return QStringLiteral("SELECT * FROM (%1) AS o UNION ALL "
                          "SELECT x.%2_id FROM (%3) AS a CROSS JOIN %2_actor x WHERE x.actor_id = a.id "
                          "UNION ALL "
                          "SELECT x.%2_id FROM (%4) AS f CROSS JOIN %2_partner x WHERE x.partner_id = f.id")
        .arg(hits.own, table, hits.actors, hits.partners);
}

QString RecordQuery::probeCondition(const QString& id) const
{
    const QString table = tableName(m_family);
    const QString own = SearchIndex::recordMatches(m_db, table, id, probe());
    if (own.isEmpty())
        return {};
    // Its own entry, then each of its actors' and partners' (through its own links).
    return own + QStringLiteral(" OR EXISTS (SELECT 1 FROM %2_actor x WHERE x.%2_id = %1 AND %3)"
                                " OR EXISTS (SELECT 1 FROM %2_partner x WHERE x.%2_id = %1 AND %4)")
                     .arg(id, table,
                          SearchIndex::recordMatches(m_db, QStringLiteral("actor"),
                                                     QStringLiteral("x.actor_id"), probe()),
                          SearchIndex::recordMatches(m_db, QStringLiteral("foreign_partner"),
                                                     QStringLiteral("x.partner_id"), probe()));
}

std::optional<qint64> RecordQuery::countRows(const QString& query, qint64 limit) const
{
    const QString sql = QStringLiteral("SELECT count(*) FROM (%1 LIMIT %2) AS counted").arg(query).arg(limit);
    Statement count(m_db, sql);
    bindFilter(count, sql);
    if (!count.next())
        return std::nullopt;
    return count.integer(0);
}

std::optional<qint64> RecordQuery::countMatches(qint64 limit) const
{
    if (!IdSet::available(m_db))
        return countRows(matchingIdsQuery(), limit);
    // Read into the set the walk tests them in as they are counted: counted, then read again
    // for the walk, « ouag » at a million records looked up its 12,533 matches' links twice.
    const QString sql = QStringLiteral("%1 LIMIT %2").arg(matchingIdsQuery()).arg(limit);
    Statement matches(m_db, sql);
    bindFilter(matches, sql);
    qint64 counted = 0;
    m_matches = IdSet::read(matches, &counted);
    if (!m_matches)
        return std::nullopt;
    // Reaching `limit`, the set is not whole: of no use.
    if (counted >= limit)
        m_matches.reset();
    return counted;
}

QList<qint64> RecordQuery::readIds(SearchWay way, int limit, QString* error) const
{
    if (limit > 0) {
        if (const std::optional<LabelColumn> labelled = labelColumn())
            return firstByLabel(*labelled, way, limit, error);
    }
    QList<qint64> ids;
    const QString key = storedSortKey();
    // The reference tables are joined only when the order needs one of their labels: the ids
    // of 100,000 partnerships come 15 times faster from the table alone.
    const QString order = orderClause();
    const bool needsLabels = order.contains(QRegularExpression(QStringLiteral("\\b[ktcs]\\.")));
    const QString from =
        needsLabels ? fromClause() : QStringLiteral(" FROM %1 %2").arg(tableName(m_family), alias(m_family));
    QString sql;
    if (limit > 0 && !key.isEmpty()) {
        sql = firstByStoredKey(key, whereClause(way), limit);
    } else {
        sql = QStringLiteral("SELECT %1.id").arg(alias(m_family)) + from + whereClause(way) + order;
        if (limit > 0)
            sql += QStringLiteral(" LIMIT %1").arg(limit);
    }
    // Read through SQLite's C API: a million ids through QSqlQuery took 0.7 s of an export.
    Statement query(m_db, sql);
    bindFilter(query, sql);
    while (query.next())
        ids << query.integer(0);
    if (!query.error().isEmpty()) {
        if (error)
            *error = query.error();
        return {};
    }
    return ids;
}

int RecordQuery::total() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(tableName(m_family))) || !query.next())
        return 0;
    return query.value(0).toInt();
}

RecordList::Rows RecordQuery::rows(const QList<qint64>& ids) const
{
    RecordList::Rows rows;
    if (ids.isEmpty())
        return rows;
    QStringList idList;
    idList.reserve(ids.size());
    for (const qint64 id : ids)
        idList << QString::number(id);
    const QString r = alias(m_family);
    // After the columns, what names a partnership's first date (RecordList::FirstDate).
    const bool firstDates = m_family == RecordList::Family::Partnerships;
    const QString sql =
        QStringLiteral("SELECT %1.id, ").arg(r) + columnExpressions().join(QLatin1String(", ")) +
        (firstDates ? QStringLiteral(", p.status_code, p.kind_code, p.formalized") : QString()) +
        fromClause() + QStringLiteral(" WHERE %1.id IN (%2)").arg(r, idList.join(QLatin1Char(',')));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        rows.error = query.lastError().text();
        return rows;
    }
    const int columnCount = static_cast<int>(RecordList::columns(m_family).size());
    QHash<qint64, QVariantList> byId;
    QHash<qint64, RecordList::FirstDate> firstDateById;
    while (query.next()) {
        QVariantList values;
        values.reserve(columnCount);
        for (int i = 1; i <= columnCount; ++i)
            values << query.value(i);
        const qint64 id = query.value(0).toLongLong();
        byId.insert(id, std::move(values));
        if (firstDates) {
            firstDateById.insert(id,
                                 {Partnership::isPlanned(query.value(columnCount + 1).toString()),
                                  Partnership::isSignedAgreement(query.value(columnCount + 2).toString(),
                                                                 query.value(columnCount + 3).toInt() != 0)});
        }
    }
    // In the order asked for; a record deleted meanwhile shows as an empty row.
    for (const qint64 id : ids) {
        rows.ids << id;
        rows.values << byId.value(id, QVariantList(columnCount));
        if (firstDates)
            rows.firstDates << firstDateById.value(id);
    }
    return rows;
}

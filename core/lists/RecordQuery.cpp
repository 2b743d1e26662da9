#include "RecordQuery.h"

#include "common/SqlDates.h"
#include "search/SearchIndex.h"

#include <QDate>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

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
    }
    return {};
}

QString staleCutoff()
{
    return QDate::currentDate().addYears(-2).toString(Qt::ISODate);
}

// Active during the year :year: begun by its end, not ended before its start.
QString activeIn(const QString& start, const QString& end)
{
    return QStringLiteral("(%1 IS NOT NULL AND %2 <= :year_end AND (%3 IS NULL OR %4 >= :year_start))")
        .arg(start, SqlDates::earliestDay(start), end, SqlDates::latestDay(end));
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
        return {F::Search, F::Kind, F::Status, F::Country, F::Zone, F::Departement, F::ActorType, F::Theme,
                F::ActiveYear, F::Stale, F::Twinnings};
    case RecordList::Family::Projects:
        return {F::Search, F::Status, F::Country, F::Zone, F::Departement, F::ActorType, F::Theme, F::ActiveYear, F::Stale};
    }
    return {};
}

void RecordQuery::setSort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
}

QStringList RecordQuery::columnExpressions() const
{
    const QString label = m_label;
    switch (m_family) {
    case RecordList::Family::Actors:
        return {QStringLiteral("a.name"), QStringLiteral("t.") + label, QStringLiteral("a.departement_code"),
                QStringLiteral("coalesce(a.insee_code, a.siren)"),
                QStringLiteral("(SELECT count(*) FROM partnership_actor pa WHERE pa.actor_id = a.id)"),
                QStringLiteral("a.verified_on")};
    case RecordList::Family::Partners:
        return {QStringLiteral("f.name"), QStringLiteral("c.") + label, QStringLiteral("f.admin_area"),
                QStringLiteral("t.") + label,
                QStringLiteral("(SELECT count(*) FROM partnership_partner pp WHERE pp.partner_id = f.id)")};
    case RecordList::Family::Partnerships:
        return {QStringLiteral("k.") + label,
                QStringLiteral("(SELECT group_concat(a.name, ' | ') FROM partnership_actor pa "
                               "JOIN actor a ON a.id = pa.actor_id WHERE pa.partnership_id = p.id)"),
                QStringLiteral("(SELECT group_concat(f.name, ' | ') FROM partnership_partner pp "
                               "JOIN foreign_partner f ON f.id = pp.partner_id WHERE pp.partnership_id = p.id)"),
                QStringLiteral("(SELECT group_concat(DISTINCT c.%1) FROM partnership_partner pp "
                               "JOIN foreign_partner f ON f.id = pp.partner_id JOIN ref_country c ON c.code = f.country_code "
                               "WHERE pp.partnership_id = p.id)")
                    .arg(label),
                QStringLiteral("s.") + label, QStringLiteral("p.signed_on")};
    case RecordList::Family::Projects:
        return {QStringLiteral("j.title"),
                QStringLiteral("(SELECT group_concat(a.name, ' | ') FROM project_actor pa JOIN actor a ON a.id = pa.actor_id "
                               "WHERE pa.project_id = j.id AND pa.role_code = 'porteur')"),
                QStringLiteral("(SELECT group_concat(c.%1, ' | ') FROM project_country pc JOIN ref_country c "
                               "ON c.code = pc.country_code WHERE pc.project_id = j.id)")
                    .arg(label),
                QStringLiteral("s.") + label, QStringLiteral("j.started_on"), QStringLiteral("j.ended_on"),
                QStringLiteral("j.budget_cents")};
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
    }
    return {};
}

QString RecordQuery::whereClause() const
{
    const QString r = alias(m_family);
    const QString id = r + QLatin1String(".id");
    const QList<FilterField> fields = filterFields(m_family);
    const auto has = [&fields](FilterField field) { return fields.contains(field); };
    QStringList conditions;

    // Partnerships and projects of an actor, and the countries they reach, seen from each family.
    QString partnershipsOf;   // partnership ids of the record
    QString countriesOf;      // country codes the record reaches
    QString actorsOf;         // actor ids of the record
    switch (m_family) {
    case RecordList::Family::Actors:
        partnershipsOf = QStringLiteral("(SELECT partnership_id FROM partnership_actor WHERE actor_id = a.id)");
        countriesOf = QStringLiteral("(SELECT f.country_code FROM partnership_actor x JOIN partnership_partner pp "
                                     "ON pp.partnership_id = x.partnership_id JOIN foreign_partner f ON f.id = pp.partner_id "
                                     "WHERE x.actor_id = a.id UNION SELECT pc.country_code FROM project_actor y "
                                     "JOIN project_country pc ON pc.project_id = y.project_id WHERE y.actor_id = a.id)");
        actorsOf = QStringLiteral("(SELECT a.id)");
        break;
    case RecordList::Family::Partners:
        partnershipsOf = QStringLiteral("(SELECT partnership_id FROM partnership_partner WHERE partner_id = f.id)");
        countriesOf = QStringLiteral("(SELECT f.country_code)");
        break;
    case RecordList::Family::Partnerships:
        partnershipsOf = QStringLiteral("(SELECT p.id)");
        countriesOf = QStringLiteral("(SELECT f.country_code FROM partnership_partner pp JOIN foreign_partner f "
                                     "ON f.id = pp.partner_id WHERE pp.partnership_id = p.id)");
        actorsOf = QStringLiteral("(SELECT actor_id FROM partnership_actor WHERE partnership_id = p.id)");
        break;
    case RecordList::Family::Projects:
        countriesOf = QStringLiteral("(SELECT country_code FROM project_country WHERE project_id = j.id)");
        actorsOf = QStringLiteral("(SELECT actor_id FROM project_actor WHERE project_id = j.id)");
        break;
    }

    if (!SearchIndex::matchExpression(m_filter.search).isEmpty()) {
        QString own = id + QLatin1String(" IN (") + SearchIndex::matchingIds(tableName(m_family)) + QLatin1Char(')');
        // A partnership or project is also found by the names of its actors and partners.
        if (m_family == RecordList::Family::Partnerships || m_family == RecordList::Family::Projects) {
            const QString link = m_family == RecordList::Family::Partnerships ? QStringLiteral("partnership") : QStringLiteral("project");
            own += QStringLiteral(" OR %1 IN (SELECT %2_id FROM %2_actor WHERE actor_id IN (%3))"
                                  " OR %1 IN (SELECT %2_id FROM %2_partner WHERE partner_id IN (%4))")
                       .arg(id, link, SearchIndex::matchingIds(QStringLiteral("actor")),
                            SearchIndex::matchingIds(QStringLiteral("foreign_partner")));
        }
        conditions << QLatin1Char('(') + own + QLatin1Char(')');
    }
    if (has(FilterField::Kind) && !m_filter.kindCode.isEmpty()) {
        conditions << (m_family == RecordList::Family::Partnerships
                           ? QStringLiteral("p.kind_code = :kind")
                           : QStringLiteral("EXISTS (SELECT 1 FROM partnership x WHERE x.kind_code = :kind AND x.id IN %1)")
                                 .arg(partnershipsOf));
    }
    if (has(FilterField::Twinnings) && m_filter.twinningsOnly)
        conditions << QStringLiteral("p.kind_code = 'jumelage'");
    if (has(FilterField::Status) && !m_filter.statusCode.isEmpty()) {
        // A status of the other family (a partnership status on projects) does not narrow.
        const QString table = m_family == RecordList::Family::Partnerships ? QStringLiteral("ref_partnership_status")
                                                                           : QStringLiteral("ref_project_status");
        conditions << QStringLiteral("(%1.status_code = :status OR :status NOT IN (SELECT code FROM %2))").arg(r, table);
    }
    if (has(FilterField::Country) && !m_filter.countryCode.isEmpty())
        conditions << QStringLiteral(":country IN %1").arg(countriesOf);
    if (has(FilterField::Zone) && !m_filter.zoneCode.isEmpty())
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM ref_country z WHERE z.zone_code = :zone AND z.code IN %1)")
                          .arg(countriesOf);
    if (has(FilterField::Departement) && !m_filter.departementCode.isEmpty()) {
        conditions << (m_family == RecordList::Family::Actors
                           ? QStringLiteral("a.departement_code = :departement")
                           : QStringLiteral("EXISTS (SELECT 1 FROM actor d WHERE d.departement_code = :departement "
                                            "AND d.id IN %1)")
                                 .arg(actorsOf));
    }
    if (has(FilterField::ActorType) && !m_filter.actorTypeCode.isEmpty()) {
        conditions << (m_family == RecordList::Family::Actors
                           ? QStringLiteral("a.actor_type_code = :actor_type")
                           : QStringLiteral("EXISTS (SELECT 1 FROM actor d WHERE d.actor_type_code = :actor_type "
                                            "AND d.id IN %1)")
                                 .arg(actorsOf));
    }
    if (has(FilterField::Theme) && !m_filter.themeCode.isEmpty()) {
        switch (m_family) {
        case RecordList::Family::Partnerships:
            conditions << QStringLiteral("EXISTS (SELECT 1 FROM partnership_theme t2 WHERE t2.partnership_id = p.id "
                                         "AND t2.theme_code = :theme)");
            break;
        case RecordList::Family::Projects:
            conditions << QStringLiteral("EXISTS (SELECT 1 FROM project_theme t2 WHERE t2.project_id = j.id "
                                         "AND t2.theme_code = :theme)");
            break;
        default:
            conditions << QStringLiteral(
                "(EXISTS (SELECT 1 FROM partnership_theme t2 WHERE t2.theme_code = :theme AND t2.partnership_id IN %1) "
                "OR EXISTS (SELECT 1 FROM project_actor y JOIN project_theme t3 ON t3.project_id = y.project_id "
                "WHERE y.actor_id = a.id AND t3.theme_code = :theme))")
                              .arg(partnershipsOf);
        }
    }
    if (has(FilterField::ActiveYear) && m_filter.activeYear > 0) {
        conditions << (m_family == RecordList::Family::Partnerships
                           ? activeIn(QStringLiteral("p.signed_on"), QStringLiteral("p.ended_on"))
                                 + QLatin1String(" AND p.status_code <> 'en_projet'")
                           : activeIn(QStringLiteral("j.started_on"), QStringLiteral("j.ended_on")));
    }
    if (has(FilterField::Stale) && m_filter.staleOnly) {
        conditions << QStringLiteral("(%1.verified_on IS NULL OR %2 < :stale_cutoff)")
                          .arg(r, SqlDates::latestDay(r + QLatin1String(".verified_on")));
    }
    return conditions.isEmpty() ? QString() : QLatin1String(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

QString RecordQuery::orderClause() const
{
    const QString r = alias(m_family);
    const QStringList expressions = columnExpressions();
    if (m_sortColumn < 0 || m_sortColumn >= expressions.size()) {
        switch (m_family) {
        case RecordList::Family::Actors:
            return QStringLiteral(" ORDER BY a.name_normalized, a.id");
        case RecordList::Family::Partners:
            return QStringLiteral(" ORDER BY f.name_normalized, f.id");
        case RecordList::Family::Partnerships:
            return QStringLiteral(" ORDER BY p.signed_on DESC, p.id");
        case RecordList::Family::Projects:
            return QStringLiteral(" ORDER BY j.started_on DESC, j.id");
        }
    }
    // Text sorts without regard to case; empty values go last either way.
    const RecordList::Column& column = RecordList::columns(m_family).at(m_sortColumn);
    const QString expression = expressions.at(m_sortColumn);
    const QString key = column.kind == RecordList::ColumnKind::Text ? expression + QLatin1String(" COLLATE NOCASE")
                                                                    : expression;
    const QString direction = m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    return QStringLiteral(" ORDER BY (%1) IS NULL, %2%3, %4.id").arg(expression, key, direction, r);
}

void RecordQuery::bindFilter(QSqlQuery& query, const QString& sql) const
{
    const auto bindIfUsed = [&](const char* name, const QVariant& value) {
        const QString placeholder = QLatin1Char(':') + QLatin1String(name);
        if (sql.contains(placeholder))
            query.bindValue(placeholder, value);
    };
    bindIfUsed("search", SearchIndex::matchExpression(m_filter.search));
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
    QList<qint64> ids;
    const QString sql = QStringLiteral("SELECT %1.id").arg(alias(m_family)) + fromClause() + whereClause() + orderClause();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    bindFilter(query, sql);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return ids;
    }
    while (query.next())
        ids << query.value(0).toLongLong();
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
    const QString sql = QStringLiteral("SELECT %1.id, ").arg(r) + columnExpressions().join(QLatin1String(", "))
                        + fromClause() + QStringLiteral(" WHERE %1.id IN (%2)").arg(r, idList.join(QLatin1Char(',')));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        rows.error = query.lastError().text();
        return rows;
    }
    const int columnCount = static_cast<int>(RecordList::columns(m_family).size());
    QHash<qint64, QVariantList> byId;
    while (query.next()) {
        QVariantList values;
        values.reserve(columnCount);
        for (int i = 1; i <= columnCount; ++i)
            values << query.value(i);
        byId.insert(query.value(0).toLongLong(), std::move(values));
    }
    // In the order asked for; a record deleted meanwhile shows as an empty row.
    for (const qint64 id : ids) {
        rows.ids << id;
        rows.values << byId.value(id, QVariantList(columnCount));
    }
    return rows;
}

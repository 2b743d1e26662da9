#include "LinkCandidates.h"

#include "common/LabelList.h"
#include "common/TextFolding.h"
#include "database/SqlEngine.h"
#include "search/SearchIndex.h"

#include <QSqlQuery>

namespace LinkCandidates {

namespace {

// A partnership is named by its actors, then its partners.
QString partnershipName(const QSqlDatabase& db)
{
    const SqlEngine& engine = SqlEngine::of(db);
    return QStringLiteral("(SELECT %1 FROM partnership_actor pa "
                          "JOIN actor a ON a.id = pa.actor_id WHERE pa.partnership_id = p.id) || ' – ' || "
                          "(SELECT %2 FROM partnership_partner pp "
                          "JOIN foreign_partner f ON f.id = pp.partner_id WHERE pp.partnership_id = p.id)")
        .arg(engine.aggregateList(QStringLiteral("a.name"), LabelList::separator()),
             engine.aggregateList(QStringLiteral("f.name"), LabelList::separator()));
}

} // namespace

QList<RecordSheet::Linked> matching(const QSqlDatabase& db, RecordList::Family family, const QString& typed,
                                    int limit, bool englishLabels)
{
    const QString match = SearchIndex::matchExpression(typed);
    if (match.isEmpty())
        return {};
    QString sql;
    switch (family) {
    case RecordList::Family::Partnerships:
        // A partnership is found by its own words or by its actors' and partners' names.
        sql = QStringLiteral(
                  "SELECT p.id, %1 FROM partnership p WHERE p.id IN (%2) "
                  "OR p.id IN (SELECT partnership_id FROM partnership_actor WHERE actor_id IN (%3)) "
                  "OR p.id IN (SELECT partnership_id FROM partnership_partner WHERE partner_id IN (%4)) "
                  "ORDER BY %5, p.id LIMIT %6")
                  .arg(partnershipName(db), SearchIndex::matchingIds(db, QStringLiteral("partnership")),
                       SearchIndex::matchingIds(db, QStringLiteral("actor")),
                       SearchIndex::matchingIds(db, QStringLiteral("foreign_partner")),
                       SqlEngine::of(db).descendingEmptyLast(QStringLiteral("p.signed_on")))
                  .arg(limit);
        break;
    case RecordList::Family::Actors:
        // The name as typed first (« Lyon » before « Albigny-sur-Saône », in the Métropole de Lyon),
        // then the names that begin so, then the others.
        sql = QStringLiteral("SELECT r.id, r.name || coalesce(' (' || r.departement_code || ')', '') "
                             "FROM actor r WHERE r.id IN (%1) ORDER BY r.name_normalized = :exact DESC, "
                             "r.name_normalized LIKE :prefix DESC, r.name_normalized LIMIT %2")
                  .arg(SearchIndex::matchingIds(db, QStringLiteral("actor")))
                  .arg(limit);
        break;
    case RecordList::Family::Partners:
        sql = QStringLiteral("SELECT r.id, r.name || ' (' || c.%3 || ')' FROM foreign_partner r "
                             "JOIN ref_country c ON c.code = r.country_code WHERE r.id IN (%1) "
                             "ORDER BY r.name_normalized = :exact DESC, r.name_normalized LIKE :prefix DESC, "
                             "r.name_normalized LIMIT %2")
                  .arg(SearchIndex::matchingIds(db, QStringLiteral("foreign_partner")))
                  .arg(limit)
                  .arg(englishLabels ? QStringLiteral("label_en") : QStringLiteral("label_fr"));
        break;
    case RecordList::Family::Projects:
    case RecordList::Family::Schemes:
        return {};
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    query.bindValue(QStringLiteral(":search"), match);
    if (family != RecordList::Family::Partnerships) {
        const QString exact = TextFolding::normalizedName(typed);
        query.bindValue(QStringLiteral(":exact"), exact);
        query.bindValue(QStringLiteral(":prefix"), QString(exact + QLatin1Char('%')));
    }
    QList<RecordSheet::Linked> records;
    if (query.exec()) {
        while (query.next())
            records.append({query.value(0).toLongLong(), query.value(1).toString()});
    }
    return records;
}

QString name(const QSqlDatabase& db, RecordList::Family family, qint64 id, bool englishLabels)
{
    QString sql;
    switch (family) {
    case RecordList::Family::Partnerships:
        sql = QStringLiteral("SELECT %1 FROM partnership p WHERE p.id = ?").arg(partnershipName(db));
        break;
    case RecordList::Family::Actors:
        sql = QStringLiteral("SELECT name FROM actor WHERE id = ?");
        break;
    case RecordList::Family::Partners:
        sql = QStringLiteral("SELECT f.name || ' (' || c.%1 || ')' FROM foreign_partner f "
                             "JOIN ref_country c ON c.code = f.country_code WHERE f.id = ?")
                  .arg(englishLabels ? QStringLiteral("label_en") : QStringLiteral("label_fr"));
        break;
    case RecordList::Family::Projects:
        sql = QStringLiteral("SELECT title FROM project WHERE id = ?");
        break;
    case RecordList::Family::Schemes:
        sql = QStringLiteral("SELECT name FROM scheme WHERE id = ?");
        break;
    }
    QSqlQuery query(db);
    query.prepare(sql);
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toString() : QStringLiteral("#%1").arg(id);
}

} // namespace LinkCandidates

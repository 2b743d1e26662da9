#include "RecordSheet.h"

#include "common/LabelList.h"
#include "database/SqlEngine.h"
#include "records/Partnership.h"

#include <QSqlQuery>

namespace RecordSheet {

namespace {

QString labelColumn(bool english)
{
    return english ? QStringLiteral("label_en") : QStringLiteral("label_fr");
}

// `sql` run for one record (`?`): the query on its row, or nullopt.
std::optional<QSqlQuery> recordRow(const QSqlDatabase& db, const QString& sql, qint64 id)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query;
}

// Linked records from a query giving (id, text) for the record `:id`.
QList<Linked> linked(const QSqlDatabase& db, const QString& sql, qint64 id)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    query.bindValue(QStringLiteral(":id"), id);
    QList<Linked> records;
    if (query.exec()) {
        while (query.next())
            records.append({query.value(0).toLongLong(), query.value(1).toString()});
    }
    return records;
}

std::optional<qint64> optionalInteger(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

} // namespace

std::optional<Actor> actor(const QSqlDatabase& db, qint64 id, bool english)
{
    const QString label = labelColumn(english);
    const SqlEngine& engine = SqlEngine::of(db);
    const std::optional<QSqlQuery> row = recordRow(
        db,
        QStringLiteral(
            "SELECT a.name, t.%1, a.insee_code, a.siren, a.rna, d.label_fr, c.name, a.population, "
            "a.email, a.website, a.phone, a.source, a.verified_on, a.notes, a.acronym "
            "FROM actor a LEFT JOIN ref_actor_type t ON t.code = a.actor_type_code "
            "LEFT JOIN ref_departement d ON d.code = a.departement_code "
            "LEFT JOIN ref_commune c ON c.code = coalesce(a.commune_insee, a.insee_code) WHERE a.id = ?")
            .arg(label),
        id);
    if (!row)
        return std::nullopt;
    const auto text = [&](int column) { return row->value(column).toString(); };
    Actor sheet;
    sheet.name = text(0);
    sheet.type = text(1);
    sheet.inseeCode = text(2);
    sheet.siren = text(3);
    sheet.rna = text(4);
    sheet.departement = text(5);
    sheet.commune = text(6);
    sheet.population = optionalInteger(row->value(7));
    sheet.email = text(8);
    sheet.website = text(9);
    sheet.phone = text(10);
    sheet.source = text(11);
    sheet.verifiedOn = text(12);
    sheet.notes = text(13);
    sheet.acronym = text(14);
    sheet.partnerships =
        linked(db,
               QStringLiteral("SELECT p.id, k.%1 || ' – ' || coalesce((SELECT %2 "
                              "FROM partnership_partner pp JOIN foreign_partner f ON f.id = pp.partner_id "
                              "WHERE pp.partnership_id = p.id), '') FROM partnership p "
                              "JOIN partnership_actor pa ON pa.partnership_id = p.id "
                              "JOIN ref_partnership_kind k ON k.code = p.kind_code WHERE pa.actor_id = :id "
                              "ORDER BY p.signed_on")
                   .arg(label, engine.aggregateList(QStringLiteral("f.name"), LabelList::separator())),
               id);
    sheet.projects =
        linked(db,
               QStringLiteral("SELECT j.id, j.title FROM project j JOIN project_actor pa ON "
                              "pa.project_id = j.id WHERE pa.actor_id = :id ORDER BY j.started_on"),
               id);
    return sheet;
}

std::optional<Partner> partner(const QSqlDatabase& db, qint64 id, bool english)
{
    const QString label = labelColumn(english);
    const SqlEngine& engine = SqlEngine::of(db);
    const std::optional<QSqlQuery> row = recordRow(
        db,
        QStringLiteral("SELECT f.name, c.%1, f.admin_area, t.%1, f.source, f.verified_on, f.notes "
                       "FROM foreign_partner f JOIN ref_country c ON c.code = f.country_code "
                       "LEFT JOIN ref_partner_type t ON t.code = f.partner_type_code WHERE f.id = ?")
            .arg(label),
        id);
    if (!row)
        return std::nullopt;
    const auto text = [&](int column) { return row->value(column).toString(); };
    Partner sheet;
    sheet.name = text(0);
    sheet.country = text(1);
    sheet.adminArea = text(2);
    sheet.type = text(3);
    sheet.source = text(4);
    sheet.verifiedOn = text(5);
    sheet.notes = text(6);
    sheet.partnerships =
        linked(db,
               QStringLiteral("SELECT p.id, k.%1 || ' – ' || coalesce((SELECT %2 "
                              "FROM partnership_actor pa JOIN actor a ON a.id = pa.actor_id "
                              "WHERE pa.partnership_id = p.id), '') FROM partnership p "
                              "JOIN partnership_partner pp ON pp.partnership_id = p.id "
                              "JOIN ref_partnership_kind k ON k.code = p.kind_code WHERE pp.partner_id = :id")
                   .arg(label, engine.aggregateList(QStringLiteral("a.name"), LabelList::separator())),
               id);
    sheet.projects = linked(db,
                            QStringLiteral("SELECT j.id, j.title FROM project j JOIN project_partner pp ON "
                                           "pp.project_id = j.id WHERE pp.partner_id = :id"),
                            id);
    return sheet;
}

std::optional<Partnership> partnership(const QSqlDatabase& db, qint64 id, bool english)
{
    const QString label = labelColumn(english);
    const SqlEngine& engine = SqlEngine::of(db);
    const std::optional<QSqlQuery> row =
        recordRow(db,
                  QStringLiteral(
                      "SELECT p.title, k.%1, s.%1, p.status_reason, p.signed_on, p.ended_on, p.formalized, "
                      "p.description, p.source, p.verified_on, "
                      "(SELECT %2 FROM partnership_theme pt JOIN ref_theme t "
                      "ON t.code = pt.theme_code WHERE pt.partnership_id = p.id), p.kind_code, p.status_code "
                      "FROM partnership p JOIN ref_partnership_kind k ON k.code = p.kind_code "
                      "JOIN ref_partnership_status s ON s.code = p.status_code WHERE p.id = ?")
                      .arg(label, engine.aggregateList(QStringLiteral("t.") + label, LabelList::separator())),
                  id);
    if (!row)
        return std::nullopt;
    const auto text = [&](int column) { return row->value(column).toString(); };
    Partnership sheet;
    sheet.title = text(0);
    sheet.kind = text(1);
    sheet.status = text(2);
    sheet.statusReason = text(3);
    sheet.signedOn = text(4);
    sheet.endedOn = text(5);
    sheet.formalized = row->value(6).toInt() != 0;
    sheet.description = text(7);
    sheet.source = text(8);
    sheet.verifiedOn = text(9);
    sheet.themes = text(10);
    sheet.signedAgreement = ::Partnership::isSignedAgreement(text(11), sheet.formalized);
    sheet.planned = ::Partnership::isPlanned(text(12));
    sheet.actors =
        linked(db,
               QStringLiteral("SELECT a.id, a.name || ' — ' || r.%1 FROM partnership_actor pa "
                              "JOIN actor a ON a.id = pa.actor_id JOIN ref_org_role r ON r.code = "
                              "pa.role_code WHERE pa.partnership_id = :id ORDER BY a.name_normalized")
                   .arg(label),
               id);
    sheet.partners =
        linked(db,
               QStringLiteral("SELECT f.id, f.name || ' — ' || c.%1 FROM partnership_partner pp "
                              "JOIN foreign_partner f ON f.id = pp.partner_id JOIN ref_country c ON "
                              "c.code = f.country_code WHERE pp.partnership_id = :id "
                              "ORDER BY f.name_normalized")
                   .arg(label),
               id);
    sheet.projects = linked(
        db, QStringLiteral("SELECT id, title FROM project WHERE partnership_id = :id ORDER BY started_on"),
        id);
    return sheet;
}

std::optional<Project> project(const QSqlDatabase& db, qint64 id, bool english)
{
    const QString label = labelColumn(english);
    const SqlEngine& engine = SqlEngine::of(db);
    const std::optional<QSqlQuery> row = recordRow(
        db,
        QStringLiteral("SELECT j.title, s.%1, j.started_on, j.ended_on, j.budget_cents, j.description, "
                       "j.source, j.verified_on, j.partnership_id, "
                       "(SELECT %2 FROM project_theme pt JOIN ref_theme t "
                       "ON t.code = pt.theme_code WHERE pt.project_id = j.id), "
                       "(SELECT %3 FROM project_country pc JOIN ref_country c "
                       "ON c.code = pc.country_code WHERE pc.project_id = j.id) "
                       "FROM project j JOIN ref_project_status s ON s.code = j.status_code WHERE j.id = ?")
            .arg(label, engine.aggregateList(QStringLiteral("t.") + label, LabelList::separator()),
                 engine.aggregateList(QStringLiteral("c.") + label, LabelList::separator())),
        id);
    if (!row)
        return std::nullopt;
    const auto text = [&](int column) { return row->value(column).toString(); };
    Project sheet;
    sheet.title = text(0);
    sheet.status = text(1);
    sheet.startedOn = text(2);
    sheet.endedOn = text(3);
    sheet.budgetCents = optionalInteger(row->value(4));
    sheet.description = text(5);
    sheet.source = text(6);
    sheet.verifiedOn = text(7);
    sheet.partnershipId = row->value(8).toLongLong();
    sheet.themes = text(9);
    sheet.countries = text(10);
    sheet.actors = linked(db,
                          QStringLiteral("SELECT a.id, a.name || ' — ' || r.%1 FROM project_actor pa "
                                         "JOIN actor a ON a.id = pa.actor_id JOIN ref_org_role r ON r.code = "
                                         "pa.role_code WHERE pa.project_id = :id")
                              .arg(label),
                          id);
    sheet.partners =
        linked(db,
               QStringLiteral("SELECT f.id, f.name FROM project_partner pp JOIN foreign_partner f "
                              "ON f.id = pp.partner_id WHERE pp.project_id = :id"),
               id);
    QSqlQuery fundings(db);
    fundings.setForwardOnly(true);
    fundings.prepare(
        QStringLiteral("SELECT coalesce(a.name, p.%1), f.year, f.amount_cents, s.%1 FROM funding f "
                       "LEFT JOIN actor a ON a.id = f.funder_actor_id "
                       "LEFT JOIN ref_funding_programme p ON p.code = f.programme_code "
                       "JOIN ref_funding_status s ON s.code = f.status_code WHERE f.project_id = ? "
                       "ORDER BY f.id")
            .arg(label));
    fundings.addBindValue(id);
    if (fundings.exec()) {
        while (fundings.next()) {
            sheet.funding.append({fundings.value(0).toString(), fundings.value(1).toString(),
                                  fundings.value(2).toLongLong(), fundings.value(3).toString()});
        }
    }
    return sheet;
}

std::optional<Scheme> scheme(const QSqlDatabase& db, qint64 id, bool english)
{
    const QString label = labelColumn(english);
    const SqlEngine& engine = SqlEngine::of(db);
    // The labels of one of the scheme's lists, in the vocabulary's order.
    const auto labels = [&](const QString& link, const QString& column, const QString& table) {
        return QStringLiteral("(SELECT %1 FROM (SELECT v.%2 AS label FROM %3 l JOIN %4 v ON v.code = l.%5 "
                              "WHERE l.scheme_id = d.id ORDER BY v.sort_order, v.%2) AS x)")
            .arg(engine.aggregateList(QStringLiteral("x.label"), LabelList::separator()), label, link, table,
                 column);
    };
    const std::optional<QSqlQuery> row = recordRow(
        db,
        QStringLiteral("SELECT d.name, d.funder, p.%1, k.%1, %2, %3, %4, %5, %6, d.amount_min_cents, "
                       "d.amount_max_cents, d.cofunding_max_percent, d.url, d.contact, d.description, "
                       "d.source, d.verified_on FROM scheme d JOIN ref_scheme_kind k ON k.code = d.kind_code "
                       "LEFT JOIN ref_funding_programme p ON p.code = d.programme_code WHERE d.id = ?")
            .arg(label,
                 labels(QStringLiteral("scheme_actor_type"), QStringLiteral("actor_type_code"),
                        QStringLiteral("ref_actor_type")),
                 labels(QStringLiteral("scheme_zone"), QStringLiteral("zone_code"),
                        QStringLiteral("ref_zone")),
                 labels(QStringLiteral("scheme_country"), QStringLiteral("country_code"),
                        QStringLiteral("ref_country")),
                 labels(QStringLiteral("scheme_theme"), QStringLiteral("theme_code"),
                        QStringLiteral("ref_theme")),
                 labels(QStringLiteral("scheme_condition"), QStringLiteral("condition_code"),
                        QStringLiteral("ref_scheme_condition"))),
        id);
    if (!row)
        return std::nullopt;
    const auto text = [&](int column) { return row->value(column).toString(); };
    Scheme sheet;
    sheet.name = text(0);
    sheet.funder = text(1);
    sheet.programme = text(2);
    sheet.kind = text(3);
    sheet.actorTypes = text(4);
    sheet.zones = text(5);
    sheet.countries = text(6);
    sheet.themes = text(7);
    sheet.conditions = text(8);
    sheet.amountMinCents = optionalInteger(row->value(9));
    sheet.amountMaxCents = optionalInteger(row->value(10));
    sheet.cofundingMaxPercent = optionalInteger(row->value(11));
    sheet.url = text(12);
    sheet.contact = text(13);
    sheet.description = text(14);
    sheet.source = text(15);
    sheet.verifiedOn = text(16);
    QSqlQuery calls(db);
    calls.setForwardOnly(true);
    calls.prepare(QStringLiteral("SELECT label, opens_on, closes_on FROM scheme_call WHERE scheme_id = ? "
                                 "ORDER BY closes_on"));
    calls.addBindValue(id);
    if (calls.exec()) {
        while (calls.next())
            sheet.calls.append(
                {calls.value(0).toString(), calls.value(1).toString(), calls.value(2).toString()});
    }
    return sheet;
}

QString partnershipByFirstNames(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT (SELECT a.name FROM partnership_actor pa JOIN actor a ON a.id = pa.actor_id "
                       "WHERE pa.partnership_id = :id ORDER BY a.id LIMIT 1) || ' – ' || "
                       "(SELECT f.name FROM partnership_partner pp JOIN foreign_partner f "
                       "ON f.id = pp.partner_id WHERE pp.partnership_id = :id ORDER BY f.id LIMIT 1)"));
    query.bindValue(QStringLiteral(":id"), id);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

} // namespace RecordSheet

#include "RecordList.h"

#include <QSqlError>
#include <QSqlQuery>

QList<RecordList::Family> RecordList::families()
{
    return {Family::Actors, Family::Partners, Family::Partnerships, Family::Projects};
}

QString RecordList::familyTitle(Family family)
{
    switch (family) {
    case Family::Actors:
        return tr("Actors");
    case Family::Partners:
        return tr("Foreign partners");
    case Family::Partnerships:
        return tr("Partnerships");
    case Family::Projects:
        return tr("Projects");
    }
    return {};
}

QString RecordList::countText(Family family, int count)
{
    switch (family) {
    case Family::Actors:
        return tr("%n actor(s)", nullptr, count);
    case Family::Partners:
        return tr("%n foreign partner(s)", nullptr, count);
    case Family::Partnerships:
        return tr("%n partnership(s)", nullptr, count);
    case Family::Projects:
        return tr("%n project(s)", nullptr, count);
    }
    return {};
}

QList<RecordList::Column> RecordList::columns(Family family)
{
    switch (family) {
    case Family::Actors:
        return {
            {QStringLiteral("name"), QT_TR_NOOP("Name"), ColumnKind::Text},
            {QStringLiteral("actor_type"), QT_TR_NOOP("Type"), ColumnKind::Text},
            {QStringLiteral("departement"), QT_TR_NOOP("Département"), ColumnKind::Text},
            {QStringLiteral("actor_code"), QT_TR_NOOP("INSEE code / SIREN"), ColumnKind::Text},
            {QStringLiteral("partnerships"), QT_TR_NOOP("Partnerships"), ColumnKind::Integer},
            {QStringLiteral("verified_on"), QT_TR_NOOP("Verified on"), ColumnKind::Date},
        };
    case Family::Partners:
        return {
            {QStringLiteral("partner"), QT_TR_NOOP("Name"), ColumnKind::Text},
            {QStringLiteral("country"), QT_TR_NOOP("Country"), ColumnKind::Text},
            {QStringLiteral("partner_area"), QT_TR_NOOP("Region"), ColumnKind::Text},
            {QStringLiteral("partner_type"), QT_TR_NOOP("Type"), ColumnKind::Text},
            {QStringLiteral("partnerships"), QT_TR_NOOP("Partnerships"), ColumnKind::Integer},
        };
    case Family::Partnerships:
        return {
            {QStringLiteral("kind"), QT_TR_NOOP("Nature"), ColumnKind::Text},
            {QStringLiteral("actor"), QT_TR_NOOP("Actors"), ColumnKind::Text},
            {QStringLiteral("partner"), QT_TR_NOOP("Partners"), ColumnKind::Text},
            {QStringLiteral("country"), QT_TR_NOOP("Country"), ColumnKind::Text},
            {QStringLiteral("status"), QT_TR_NOOP("Status"), ColumnKind::Text},
            {QStringLiteral("signed_on"), QT_TR_NOOP("Signed on"), ColumnKind::Date},
        };
    case Family::Projects:
        return {
            {QStringLiteral("title"), QT_TR_NOOP("Title"), ColumnKind::Text},
            {QStringLiteral("actor"), QT_TR_NOOP("Lead actor"), ColumnKind::Text},
            {QStringLiteral("country"), QT_TR_NOOP("Countries"), ColumnKind::Text},
            {QStringLiteral("status"), QT_TR_NOOP("Status"), ColumnKind::Text},
            {QStringLiteral("started_on"), QT_TR_NOOP("Start"), ColumnKind::Date},
            {QStringLiteral("ended_on"), QT_TR_NOOP("End"), ColumnKind::Date},
            {QStringLiteral("budget"), QT_TR_NOOP("Budget"), ColumnKind::Money},
        };
    }
    return {};
}

QString RecordList::columnTitle(const Column& column)
{
    return tr(column.title);
}

QString RecordList::query(Family family, const QString& label)
{
    switch (family) {
    case Family::Actors:
        return QStringLiteral(
                   "SELECT a.id, a.name, t.%1, a.departement_code, coalesce(a.insee_code, a.siren), "
                   "(SELECT count(*) FROM partnership_actor pa WHERE pa.actor_id = a.id), a.verified_on "
                   "FROM actor a LEFT JOIN ref_actor_type t ON t.code = a.actor_type_code "
                   "ORDER BY a.name_normalized, a.id")
            .arg(label);
    case Family::Partners:
        return QStringLiteral("SELECT f.id, f.name, c.%1, f.admin_area, t.%1, "
                              "(SELECT count(*) FROM partnership_partner pp WHERE pp.partner_id = f.id) "
                              "FROM foreign_partner f LEFT JOIN ref_country c ON c.code = f.country_code "
                              "LEFT JOIN ref_partner_type t ON t.code = f.partner_type_code "
                              "ORDER BY f.name_normalized, f.id")
            .arg(label);
    case Family::Partnerships:
        return QStringLiteral(
                   "SELECT p.id, k.%1, "
                   "(SELECT group_concat(a.name, ' | ') FROM partnership_actor pa JOIN actor a ON a.id = "
                   "pa.actor_id "
                   " WHERE pa.partnership_id = p.id), "
                   "(SELECT group_concat(f.name, ' | ') FROM partnership_partner pp "
                   " JOIN foreign_partner f ON f.id = pp.partner_id WHERE pp.partnership_id = p.id), "
                   "(SELECT group_concat(DISTINCT c.%1) FROM partnership_partner pp "
                   " JOIN foreign_partner f ON f.id = pp.partner_id JOIN ref_country c ON c.code = "
                   "f.country_code "
                   " WHERE pp.partnership_id = p.id), "
                   "s.%1, p.signed_on "
                   "FROM partnership p JOIN ref_partnership_kind k ON k.code = p.kind_code "
                   "JOIN ref_partnership_status s ON s.code = p.status_code "
                   "ORDER BY p.signed_on DESC, p.id")
            .arg(label);
    case Family::Projects:
        return QStringLiteral("SELECT p.id, p.title, "
                              "(SELECT group_concat(a.name, ' | ') FROM project_actor pa JOIN actor a ON "
                              "a.id = pa.actor_id "
                              " WHERE pa.project_id = p.id AND pa.role_code = 'porteur'), "
                              "(SELECT group_concat(c.%1, ' | ') FROM project_country pc JOIN ref_country c "
                              " ON c.code = pc.country_code WHERE pc.project_id = p.id), "
                              "s.%1, p.started_on, p.ended_on, p.budget_cents "
                              "FROM project p JOIN ref_project_status s ON s.code = p.status_code "
                              "ORDER BY p.started_on DESC, p.id")
            .arg(label);
    }
    return {};
}

RecordList::Rows RecordList::load(const QSqlDatabase& db, Family family, bool englishLabels)
{
    Rows rows;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(RecordList::query(family, englishLabels ? QStringLiteral("label_en")
                                                            : QStringLiteral("label_fr")))) {
        rows.error = query.lastError().text();
        return rows;
    }
    const int columnCount = static_cast<int>(columns(family).size());
    while (query.next()) {
        rows.ids << query.value(0).toLongLong();
        QVariantList values;
        values.reserve(columnCount);
        for (int i = 1; i <= columnCount; ++i)
            values << query.value(i);
        rows.values << std::move(values);
    }
    return rows;
}

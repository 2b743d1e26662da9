#include "ReferenceEntries.h"

#include "common/PartialDate.h"

#include <QSqlQuery>

namespace ReferenceEntries {

namespace {

QString labelColumn(bool english)
{
    return english ? QStringLiteral("label_en") : QStringLiteral("label_fr");
}

// The (code, label) pairs `query`, run already, gives.
Entries pairs(QSqlQuery& query)
{
    Entries entries;
    while (query.next())
        entries.append({query.value(0).toString(), query.value(1).toString()});
    return entries;
}

Entries pairs(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    return query.exec(sql) ? pairs(query) : Entries();
}

} // namespace

Entries ofTable(const QSqlDatabase& db, const QString& table, bool english, const QString& keepCode)
{
    if (!db.isOpen())
        return {};
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT code, %1 FROM %2 WHERE active = 1 OR code = ? ORDER BY sort_order, %1")
            .arg(labelColumn(english), table));
    query.addBindValue(keepCode);
    return query.exec() ? pairs(query) : Entries();
}

Entries departements(const QSqlDatabase& db)
{
    return pairs(db, QStringLiteral(
                         "SELECT code, code || ' – ' || label_fr FROM ref_departement ORDER BY sort_order"));
}

Entries sdgGoals(const QSqlDatabase& db, bool english)
{
    return pairs(db, QStringLiteral("SELECT goal, goal || ' – ' || %1 FROM ref_sdg ORDER BY goal")
                         .arg(labelColumn(english)));
}

QStringList sdgGoalsOfTheme(const QSqlDatabase& db, const QString& themeCode)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT sdg_goal FROM ref_theme_sdg WHERE theme_code = ?"));
    query.addBindValue(themeCode);
    QStringList goals;
    if (query.exec()) {
        while (query.next())
            goals << query.value(0).toString();
    }
    return goals;
}

Entries funders(const QSqlDatabase& db)
{
    return pairs(
        db,
        QStringLiteral("SELECT id, name FROM actor WHERE actor_type_code IN ('region', 'departement', "
                       "'metropole_lyon', 'epci', 'etat', 'fondation') ORDER BY name_normalized LIMIT 300"));
}

std::optional<QString> actorName(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT name FROM actor WHERE id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return std::nullopt;
}

Entries schemes(const QSqlDatabase& db)
{
    return pairs(db, QStringLiteral("SELECT id, name FROM scheme ORDER BY name"));
}

Entries schemeCalls(const QSqlDatabase& db, qint64 schemeId)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT closes_on, label FROM scheme_call WHERE scheme_id = ? ORDER BY closes_on"));
    query.addBindValue(schemeId);
    Entries entries;
    if (!query.exec())
        return entries;
    while (query.next()) {
        const QString iso = query.value(0).toString();
        const QString date = PartialDate::fromIso(iso).value_or(PartialDate()).toFrench();
        const QString label = query.value(1).toString();
        entries.append(
            {iso, label.isEmpty() ? date : label + QStringLiteral(" (") + date + QLatin1Char(')')});
    }
    return entries;
}

} // namespace ReferenceEntries

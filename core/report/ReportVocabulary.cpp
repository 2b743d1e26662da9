#include "ReportVocabulary.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

// Adds the rows of `sql` (code, label, order[, group code][, flag]) to `list`; `groups` gives the
// numbers of the group codes, when there are.
Status addCodes(const QSqlDatabase& db, CodeList& list, const QString& sql, const CodeList* groups = nullptr)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return Status::failure(query.lastError().text());
    while (query.next()) {
        CodeList::Code code{
            query.value(0).toString(), query.value(1).toString(), query.value(2).toInt(), -1, false, true};
        const int flagColumn = groups ? 4 : 3;
        if (groups)
            code.group = groups->find(query.value(3).toString().toStdString());
        if (query.record().count() > flagColumn)
            code.flag = query.value(flagColumn).toBool();
        list.add(code);
    }
    return {};
}

} // namespace

Result<ReportVocabulary> ReportVocabulary::load(const QSqlDatabase& db, bool english)
{
    ReportVocabulary v;
    // The label of actors whose type is not given (their type and family are the code "").
    const QString noType = tr("Type not given");
    const QString label = english ? QStringLiteral("label_en") : QStringLiteral("label_fr");
    v.families.add({QString(), noType, 99, -1, false, true});
    v.actorTypes.add({QString(), noType, 99, 0, false, true});
    const Status loaded[] = {
        addCodes(db, v.kinds,
                 QStringLiteral("SELECT code, %1, sort_order FROM ref_partnership_kind").arg(label)),
        addCodes(db, v.statuses,
                 QStringLiteral("SELECT code, %1, sort_order FROM ref_partnership_status").arg(label)),
        addCodes(db, v.themes, QStringLiteral("SELECT code, %1, sort_order FROM ref_theme").arg(label)),
        addCodes(db, v.zones, QStringLiteral("SELECT code, %1, sort_order FROM ref_zone").arg(label)),
        addCodes(
            db, v.countries,
            QStringLiteral("SELECT code, %1, sort_order, zone_code, eu_member FROM ref_country").arg(label),
            &v.zones),
        addCodes(db, v.families,
                 QStringLiteral("SELECT code, %1, sort_order FROM ref_actor_family").arg(label)),
        addCodes(db, v.actorTypes,
                 QStringLiteral("SELECT code, %1, sort_order, family_code FROM ref_actor_type").arg(label),
                 &v.families),
        addCodes(
            db, v.programmes,
            QStringLiteral("SELECT code, %1, sort_order, external FROM ref_funding_programme").arg(label)),
        addCodes(db, v.sdgs, QStringLiteral("SELECT goal, %1, goal FROM ref_sdg").arg(label)),
        // Flagged: in the observatory's region.
        addCodes(
            db, v.departements,
            QStringLiteral(
                "SELECT code, label_fr, sort_order, CASE WHEN region_code = (SELECT value FROM "
                "observatory_setting WHERE key = 'region_code') THEN 1 ELSE 0 END FROM ref_departement")),
    };
    for (const Status& status : loaded) {
        if (!status)
            return status.problems();
    }
    for (CodeList* list : {&v.kinds, &v.statuses, &v.themes, &v.zones, &v.countries, &v.families,
                           &v.actorTypes, &v.programmes, &v.departements, &v.sdgs})
        list->addUnknown();
    return v;
}

#include "ReportVocabulary.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

// Adds the rows of `sql` (code, label, order[, group code][, flag]) to `list`; `groups` gives the
// numbers of the group codes.
Status addCodes(const QSqlDatabase& db, CodeList& list, const QString& sql, const CodeList* groups = nullptr)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return Status::failure(query.lastError().text());
    while (query.next()) {
        CodeList::Code code{
            query.value(0).toString(), query.value(1).toString(), query.value(2).toInt(), -1, false, true};
        if (groups)
            code.group = groups->find(query.value(3).toString().toStdString());
        else if (query.record().count() > 3)
            code.flag = query.value(3).toBool();
        list.add(code);
    }
    return {};
}

} // namespace

Result<ReportVocabulary> ReportVocabulary::load(const QSqlDatabase& db)
{
    ReportVocabulary v;
    const QString noType = QString::fromUtf8(kNoType);
    v.families.add({QString(), noType, 99, -1, false, true});
    v.actorTypes.add({QString(), noType, 99, 0, false, true});
    const Status loaded[] = {
        addCodes(db, v.kinds, QStringLiteral("SELECT code, label_fr, sort_order FROM ref_partnership_kind")),
        addCodes(db, v.statuses,
                 QStringLiteral("SELECT code, label_fr, sort_order FROM ref_partnership_status")),
        addCodes(db, v.themes, QStringLiteral("SELECT code, label_fr, sort_order FROM ref_theme")),
        addCodes(db, v.zones, QStringLiteral("SELECT code, label_fr, sort_order FROM ref_zone")),
        addCodes(db, v.countries,
                 QStringLiteral("SELECT code, label_fr, sort_order, zone_code FROM ref_country"), &v.zones),
        addCodes(db, v.families, QStringLiteral("SELECT code, label_fr, sort_order FROM ref_actor_family")),
        addCodes(db, v.actorTypes,
                 QStringLiteral("SELECT code, label_fr, sort_order, family_code FROM ref_actor_type"),
                 &v.families),
        addCodes(db, v.programmes,
                 QStringLiteral("SELECT code, label_fr, sort_order, external FROM ref_funding_programme")),
        addCodes(db, v.departements,
                 QStringLiteral("SELECT code, label_fr, sort_order FROM ref_departement")),
    };
    for (const Status& status : loaded) {
        if (!status)
            return status.problems();
    }
    for (CodeList* list : {&v.kinds, &v.statuses, &v.themes, &v.zones, &v.countries, &v.families,
                           &v.actorTypes, &v.programmes, &v.departements})
        list->addUnknown();
    return v;
}

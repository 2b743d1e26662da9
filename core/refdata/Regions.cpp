#include "Regions.h"

#include <QSqlQuery>

QList<std::pair<QString, QString>> Regions::all(const QSqlDatabase& db)
{
    QList<std::pair<QString, QString>> regions;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT code, label_fr FROM ref_region ORDER BY label_fr")))
        return regions;
    while (query.next())
        regions.append({query.value(0).toString(), query.value(1).toString()});
    return regions;
}

#pragma once

#include "records/ActorLink.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <algorithm>

// Conversions between a record's lists (actors with roles, ids, codes) and link-table rows.
namespace LinkValues {

QList<QVariantList> fromActors(const QList<ActorLink>& actors, const QString& defaultRole);
QList<QVariantList> fromIds(const QList<qint64>& ids);
QList<QVariantList> fromCodes(const QStringList& codes);
QList<QVariantList> fromNumbers(const QList<int>& numbers);

QList<ActorLink> toActors(const QList<QVariantList>& rows);
QList<qint64> toIds(const QList<QVariantList>& rows);
QStringList toCodes(const QList<QVariantList>& rows);
QList<int> toNumbers(const QList<QVariantList>& rows);

// The ids of the actors, in order.
QList<qint64> actorIds(const QList<ActorLink>& actors);

// Links in a canonical order (actors by id, codes alphabetically): the order a list was typed
// in is not a change of the record.
QList<ActorLink> canonical(QList<ActorLink> actors);
template <typename T> QList<T> canonical(QList<T> values)
{
    std::sort(values.begin(), values.end());
    return values;
}

// True when a value appears twice.
template <typename T> bool hasDuplicates(const QList<T>& values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values.indexOf(values.at(i), i + 1) >= 0)
            return true;
    }
    return false;
}

} // namespace LinkValues

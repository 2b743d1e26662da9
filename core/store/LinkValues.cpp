#include "LinkValues.h"

namespace LinkValues {

QList<QVariantList> fromActors(const QList<ActorLink>& actors, const QString& defaultRole)
{
    QList<QVariantList> rows;
    for (const ActorLink& link : actors)
        rows.append({link.actorId, link.roleCode.isEmpty() ? defaultRole : link.roleCode});
    return rows;
}

QList<QVariantList> fromIds(const QList<qint64>& ids)
{
    QList<QVariantList> rows;
    for (const qint64 id : ids)
        rows.append(QVariantList{id});
    return rows;
}

QList<QVariantList> fromCodes(const QStringList& codes)
{
    QList<QVariantList> rows;
    for (const QString& code : codes)
        rows.append(QVariantList{code});
    return rows;
}

QList<QVariantList> fromNumbers(const QList<int>& numbers)
{
    QList<QVariantList> rows;
    for (const int number : numbers)
        rows.append(QVariantList{number});
    return rows;
}

QList<ActorLink> toActors(const QList<QVariantList>& rows)
{
    QList<ActorLink> actors;
    for (const QVariantList& row : rows)
        actors.append({row.at(0).toLongLong(), row.at(1).toString()});
    return actors;
}

QList<qint64> toIds(const QList<QVariantList>& rows)
{
    QList<qint64> ids;
    for (const QVariantList& row : rows)
        ids.append(row.at(0).toLongLong());
    return ids;
}

QStringList toCodes(const QList<QVariantList>& rows)
{
    QStringList codes;
    for (const QVariantList& row : rows)
        codes.append(row.at(0).toString());
    return codes;
}

QList<int> toNumbers(const QList<QVariantList>& rows)
{
    QList<int> numbers;
    for (const QVariantList& row : rows)
        numbers.append(row.at(0).toInt());
    return numbers;
}

QList<ActorLink> canonical(QList<ActorLink> actors)
{
    std::sort(actors.begin(), actors.end(),
              [](const ActorLink& a, const ActorLink& b) { return a.actorId < b.actorId; });
    return actors;
}

QList<qint64> actorIds(const QList<ActorLink>& actors)
{
    QList<qint64> ids;
    for (const ActorLink& link : actors)
        ids.append(link.actorId);
    return ids;
}

} // namespace LinkValues

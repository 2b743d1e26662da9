#include "SqlRow.h"

#include <QVariant>

namespace SqlRow {

QString text(const QSqlQuery& query, const QString& column)
{
    return query.value(column).toString();
}

qint64 id(const QSqlQuery& query, const QString& column)
{
    return query.value(column).toLongLong();
}

bool flag(const QSqlQuery& query, const QString& column)
{
    return query.value(column).toInt() != 0;
}

PartialDate date(const QSqlQuery& query, const QString& column)
{
    return PartialDate::fromIso(query.value(column).toString()).value_or(PartialDate());
}

std::optional<qint64> optionalInteger(const QSqlQuery& query, const QString& column)
{
    const QVariant value = query.value(column);
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

std::optional<double> optionalReal(const QSqlQuery& query, const QString& column)
{
    const QVariant value = query.value(column);
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

std::optional<qint64> onlyId(QSqlQuery& query)
{
    if (!query.exec() || !query.next())
        return std::nullopt;
    const qint64 id = query.value(0).toLongLong();
    return query.next() ? std::nullopt : std::optional<qint64>(id);
}

} // namespace SqlRow

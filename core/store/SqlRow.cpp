#include "SqlRow.h"

#include "database/Statement.h"

#include <QVariant>

namespace SqlRow {

namespace {

// A column the table lacks is a store's mistake, not the data's: it stops a debug build.
int positionOf(const Statement& row, const QString& column)
{
    const int position = row.positions().value(column, -1);
    Q_ASSERT_X(position >= 0, "SqlRow", qPrintable(column));
    return position;
}

} // namespace

QString text(const Statement& row, const QString& column)
{
    const int position = positionOf(row, column);
    return position < 0 ? QString() : row.string(position);
}

qint64 id(const Statement& row, const QString& column)
{
    const int position = positionOf(row, column);
    return position < 0 ? 0 : row.integer(position);
}

bool flag(const Statement& row, const QString& column)
{
    return id(row, column) != 0;
}

PartialDate date(const Statement& row, const QString& column)
{
    return PartialDate::fromIso(text(row, column)).value_or(PartialDate());
}

std::optional<qint64> optionalInteger(const Statement& row, const QString& column)
{
    const int position = positionOf(row, column);
    if (position < 0 || row.isNull(position))
        return std::nullopt;
    return row.integer(position);
}

std::optional<double> optionalReal(const Statement& row, const QString& column)
{
    const int position = positionOf(row, column);
    if (position < 0 || row.isNull(position))
        return std::nullopt;
    return row.real(position);
}

std::optional<qint64> onlyId(QSqlQuery& query)
{
    if (!query.exec() || !query.next())
        return std::nullopt;
    const qint64 id = query.value(0).toLongLong();
    return query.next() ? std::nullopt : std::optional<qint64>(id);
}

} // namespace SqlRow

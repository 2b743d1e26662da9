#pragma once

#include "common/PartialDate.h"

#include <QSqlQuery>
#include <QString>

#include <optional>

// Typed reads of the current row of a query, by column name; NULL gives the empty value.
namespace SqlRow {

QString text(const QSqlQuery& query, const QString& column);
qint64 id(const QSqlQuery& query, const QString& column);
bool flag(const QSqlQuery& query, const QString& column);
PartialDate date(const QSqlQuery& query, const QString& column);
std::optional<qint64> optionalInteger(const QSqlQuery& query, const QString& column);
std::optional<double> optionalReal(const QSqlQuery& query, const QString& column);

// Runs a prepared query of ids and gives the id of its only row; nullopt when it finds none, or
// several (a match that is not unique is no match), or fails.
std::optional<qint64> onlyId(QSqlQuery& query);

} // namespace SqlRow

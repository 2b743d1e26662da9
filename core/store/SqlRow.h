#pragma once

#include "common/PartialDate.h"

#include <QSqlQuery>
#include <QString>

#include <optional>

class Statement;

// Typed reads of a record's row (its table's `SELECT *`) through the statement layer, by column
// name at the position the statement found once (Statement::positions()), without a QVariant as a
// million-row import needs; NULL gives the empty value.
namespace SqlRow {

QString text(const Statement& row, const QString& column);
qint64 id(const Statement& row, const QString& column);
bool flag(const Statement& row, const QString& column);
PartialDate date(const Statement& row, const QString& column);
std::optional<qint64> optionalInteger(const Statement& row, const QString& column);
std::optional<double> optionalReal(const Statement& row, const QString& column);

// Runs a prepared query of ids and gives the id of its only row; nullopt when it finds none, or
// several (a match that is not unique is no match), or fails.
std::optional<qint64> onlyId(QSqlQuery& query);

} // namespace SqlRow

#pragma once

#include "common/PartialDate.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>
#include <utility>

// A record as columns and values, in a fixed order: what the stores write, and what the change
// history compares field by field.
using FieldValues = QList<std::pair<QString, QVariant>>;

namespace FieldValue {

// Empty text, a null date, a zero id and an empty optional all become SQL NULL.
QVariant text(const QString& value);
QVariant date(const PartialDate& value);
QVariant id(qint64 value);
QVariant flag(bool value);
template <typename T> QVariant optional(const std::optional<T>& value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

// The fields people read in the change history: derived columns (*_normalized) left out.
FieldValues readable(FieldValues values);

// How a value reads in the change history: NULL as empty text, numbers and text as written.
QString historyText(const QVariant& value);

} // namespace FieldValue

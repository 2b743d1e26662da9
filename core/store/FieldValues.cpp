#include "FieldValues.h"

namespace FieldValue {

QVariant text(const QString& value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isEmpty() ? QVariant() : QVariant(trimmed);
}

QVariant date(const PartialDate& value)
{
    return value.isNull() ? QVariant() : QVariant(value.toIso());
}

QVariant id(qint64 value)
{
    return value > 0 ? QVariant(value) : QVariant();
}

QVariant flag(bool value)
{
    return QVariant(value ? 1 : 0);
}

FieldValues readable(FieldValues values)
{
    values.removeIf([](const auto& field) { return field.first.endsWith(QLatin1String("_normalized")); });
    return values;
}

QString historyText(const QVariant& value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 12);
    return value.toString();
}

} // namespace FieldValue

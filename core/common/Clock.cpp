#include "Clock.h"

#include <QDateTime>

namespace Clock {

namespace {

QString& overrideIso()
{
    static QString iso;
    return iso;
}

} // namespace

QString nowIso()
{
    if (!overrideIso().isEmpty())
        return overrideIso();
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

void setOverride(const QString& iso)
{
    overrideIso() = iso;
}

} // namespace Clock

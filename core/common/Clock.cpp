#include "Clock.h"

#include <QDateTime>

namespace Clock {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace Clock

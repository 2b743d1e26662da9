#include "CurrentUser.h"

#include <QtGlobal>

namespace {
QString& overrideName()
{
    static QString name;
    return name;
}
} // namespace

namespace CurrentUser {

QString name()
{
    if (!overrideName().isEmpty())
        return overrideName();
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("unknown");
}

void setOverride(const QString& name)
{
    overrideName() = name;
}

} // namespace CurrentUser

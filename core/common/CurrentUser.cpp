#include "CurrentUser.h"

#include <QDir>
#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace {
QString& overrideName()
{
    static QString name;
    return name;
}

// The account's full name (« Claire Martin »), from the system's user database: the first field
// of its comment, where Debian's adduser writes it.
QString fullName()
{
#ifdef Q_OS_UNIX
    if (const passwd* account = getpwuid(getuid()); account && account->pw_gecos)
        return QString::fromLocal8Bit(account->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed();
#endif
    return {};
}

} // namespace

namespace CurrentUser {

QString name()
{
    return overrideName().isEmpty() ? systemName() : overrideName();
}

QString chosenName()
{
    return overrideName();
}

QString systemName()
{
    // Read once: the account does not change while the program runs, and every line of history
    // an import writes names its author (reading the user database each time was 5 % of an
    // import that updates records).
    static const QString name = [] {
        if (const QString full = fullName(); !full.isEmpty())
            return full;
        for (const char* variable : {"USER", "USERNAME", "LOGNAME"}) {
            const QString value = qEnvironmentVariable(variable);
            if (!value.isEmpty())
                return value;
        }
        // The home folder is named after the account everywhere the variables are missing.
        return QDir::home().dirName();
    }();
    return name;
}

void setOverride(const QString& name)
{
    overrideName() = name.trimmed();
}

} // namespace CurrentUser

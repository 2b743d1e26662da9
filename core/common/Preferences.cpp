#include "Preferences.h"

#include <QSettings>

#include <algorithm>

namespace {

const QString kBackupsKept = QStringLiteral("Backups/kept");
const QString kAdviserName = QStringLiteral("History/adviserName");
const QString kLanguage = QStringLiteral("Interface/language");

} // namespace

Preferences::Preferences()
    : m_settings(std::make_unique<QSettings>())
{
}

Preferences::Preferences(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

Preferences::~Preferences() = default;

int Preferences::backupsKept() const
{
    bool ok = false;
    const int kept = m_settings->value(kBackupsKept, kDefaultBackupsKept).toInt(&ok);
    return ok ? std::max(1, kept) : kDefaultBackupsKept;
}

void Preferences::setBackupsKept(int count)
{
    m_settings->setValue(kBackupsKept, std::max(1, count));
}

QString Preferences::adviserName() const
{
    return m_settings->value(kAdviserName).toString().trimmed();
}

void Preferences::setAdviserName(const QString& name)
{
    m_settings->setValue(kAdviserName, name.trimmed());
}

QString Preferences::language() const
{
    const QString language = m_settings->value(kLanguage).toString();
    return language == QLatin1String("fr") || language == QLatin1String("en") ? language : QString();
}

void Preferences::setLanguage(const QString& language)
{
    m_settings->setValue(kLanguage, language);
}

void Preferences::sync()
{
    m_settings->sync();
}

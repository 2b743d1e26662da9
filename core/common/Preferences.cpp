#include "Preferences.h"

#include <QSettings>

#include <algorithm>

namespace {

const QString kBackupsKept = QStringLiteral("Backups/kept");

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

void Preferences::sync()
{
    m_settings->sync();
}

#include "AppSettings.h"

#include <QDate>
#include <QSettings>
#include <QStandardPaths>

namespace {

const QString kGeometry = QStringLiteral("MainWindow/geometry");
const QString kState = QStringLiteral("MainWindow/state");
const QString kLastDatabase = QStringLiteral("Database/last");
const QString kRecentDatabases = QStringLiteral("Database/recent");
const QString kExportFormat = QStringLiteral("Export/format");
const QString kExportFolder = QStringLiteral("Export/folder");
const QString kImportEntity = QStringLiteral("Import/entity");
const QString kImportFolder = QStringLiteral("Import/folder");
const QString kImportMapping = QStringLiteral("Import/mapping/");
const QString kImportEncoding = QStringLiteral("Import/encoding");
const QString kImportDelimiter = QStringLiteral("Import/delimiter");
const QString kReportYear = QStringLiteral("Report/year");
const QString kReportFormat = QStringLiteral("Report/format");
const QString kReportFolder = QStringLiteral("Report/folder");

} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{
}

AppSettings::AppSettings(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

QByteArray AppSettings::mainWindowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

QByteArray AppSettings::mainWindowState() const
{
    return m_settings->value(kState).toByteArray();
}

void AppSettings::setMainWindowState(const QByteArray& state)
{
    m_settings->setValue(kState, state);
}

QByteArray AppSettings::listHeaderState(const QString& list) const
{
    return m_settings->value(QStringLiteral("Lists/%1/header").arg(list)).toByteArray();
}

void AppSettings::setListHeaderState(const QString& list, const QByteArray& state)
{
    m_settings->setValue(QStringLiteral("Lists/%1/header").arg(list), state);
}

QString AppSettings::exportFormat() const
{
    return m_settings->value(kExportFormat, QStringLiteral("excel")).toString();
}

void AppSettings::setExportFormat(const QString& format)
{
    m_settings->setValue(kExportFormat, format);
}

QString AppSettings::exportFolder() const
{
    return m_settings->value(kExportFolder).toString();
}

void AppSettings::setExportFolder(const QString& folder)
{
    m_settings->setValue(kExportFolder, folder);
}

QString AppSettings::importEntity() const
{
    return m_settings->value(kImportEntity, QStringLiteral("partnerships")).toString();
}

void AppSettings::setImportEntity(const QString& entity)
{
    m_settings->setValue(kImportEntity, entity);
}

QString AppSettings::importFolder() const
{
    return m_settings->value(kImportFolder).toString();
}

void AppSettings::setImportFolder(const QString& folder)
{
    m_settings->setValue(kImportFolder, folder);
}

QString AppSettings::importEncoding() const
{
    return m_settings->value(kImportEncoding, QStringLiteral("auto")).toString();
}

void AppSettings::setImportEncoding(const QString& encoding)
{
    m_settings->setValue(kImportEncoding, encoding);
}

QString AppSettings::importDelimiter() const
{
    return m_settings->value(kImportDelimiter, QStringLiteral("auto")).toString();
}

void AppSettings::setImportDelimiter(const QString& delimiter)
{
    m_settings->setValue(kImportDelimiter, delimiter);
}

QHash<QString, QString> AppSettings::importMapping(const QString& entity) const
{
    QHash<QString, QString> mapping;
    const QVariantMap stored = m_settings->value(kImportMapping + entity).toMap();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        mapping.insert(it.key(), it.value().toString());
    return mapping;
}

void AppSettings::setImportMapping(const QString& entity, const QHash<QString, QString>& mapping)
{
    QVariantMap stored;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        stored.insert(it.key(), it.value());
    m_settings->setValue(kImportMapping + entity, stored);
}

int AppSettings::reportYear() const
{
    return m_settings->value(kReportYear, QDate::currentDate().year() - 1).toInt();
}

void AppSettings::setReportYear(int year)
{
    m_settings->setValue(kReportYear, year);
}

QString AppSettings::reportFormat() const
{
    return m_settings->value(kReportFormat, QStringLiteral("pdf")).toString();
}

void AppSettings::setReportFormat(const QString& format)
{
    m_settings->setValue(kReportFormat, format);
}

QString AppSettings::reportFolder() const
{
    return m_settings
        ->value(kReportFolder, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void AppSettings::setReportFolder(const QString& folder)
{
    m_settings->setValue(kReportFolder, folder);
}

QString AppSettings::lastDatabase() const
{
    return m_settings->value(kLastDatabase).toString();
}

void AppSettings::setLastDatabase(const QString& location)
{
    m_settings->setValue(kLastDatabase, location);
}

QStringList AppSettings::recentDatabases() const
{
    return m_settings->value(kRecentDatabases).toStringList();
}

void AppSettings::addRecentDatabase(const QString& location)
{
    QStringList recent = recentDatabases();
    recent.removeAll(location);
    recent.prepend(location);
    while (recent.size() > kMaxRecentDatabases)
        recent.removeLast();
    m_settings->setValue(kRecentDatabases, recent);
}

void AppSettings::removeRecentDatabase(const QString& location)
{
    QStringList recent = recentDatabases();
    recent.removeAll(location);
    m_settings->setValue(kRecentDatabases, recent);
}

void AppSettings::sync()
{
    m_settings->sync();
}

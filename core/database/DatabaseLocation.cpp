#include "DatabaseLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

DatabaseLocation DatabaseLocation::sqliteFile(const QString& path)
{
    DatabaseLocation location;
    location.m_backend = Backend::Sqlite;
    location.m_filePath = QFileInfo(path).absoluteFilePath();
    return location;
}

std::optional<DatabaseLocation> DatabaseLocation::parse(const QString& text, QString* error)
{
    // Spaces around a URL are no part of it; a path is taken as given (" x.sqlite " is a file
    // name of its own, and trimming it would open another database).
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        if (error)
            *error = tr("The database location is empty.");
        return std::nullopt;
    }
    if (trimmed.startsWith(QLatin1String("postgresql://")) ||
        trimmed.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()) {
            if (error)
                *error = tr("\"%1\" is not a valid PostgreSQL URL (postgresql://user@host/database).")
                             .arg(url.toDisplayString(QUrl::RemovePassword));
            return std::nullopt;
        }
        DatabaseLocation location;
        location.m_backend = Backend::Postgres;
        location.m_url = url;
        return location;
    }
    return sqliteFile(text);
}

DatabaseLocation DatabaseLocation::defaultLocation()
{
    const QString fromEnvironment = qEnvironmentVariable("OBSERVATOIRE_DB");
    if (!fromEnvironment.isEmpty()) {
        if (auto location = parse(fromEnvironment))
            return *location;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return sqliteFile(QDir(folder).filePath(QStringLiteral("observatoire.sqlite")));
}

QString DatabaseLocation::displayName() const
{
    if (m_backend == Backend::Postgres)
        return m_url.toDisplayString(QUrl::RemovePassword);
    return QDir::toNativeSeparators(m_filePath);
}

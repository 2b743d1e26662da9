#include "DatabaseLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrlQuery>

namespace {

// The libpq connection parameters a URL may carry (the others, host, port, user and database,
// are the URL's own parts). A password in the URL is not among them: it would be kept in clear
// in shell histories and recent connections; libpq reads PGPASSWORD and ~/.pgpass.
const QStringList& postgresOptions()
{
    static const QStringList options = {
        QStringLiteral("sslmode"),          QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),          QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),           QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
        QStringLiteral("service"),          QStringLiteral("passfile"),
        QStringLiteral("channel_binding"),  QStringLiteral("gssencmode"),
    };
    return options;
}

} // namespace

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
        if (url.path().mid(1).isEmpty() || url.path().mid(1).contains(QLatin1Char('/'))) {
            if (error)
                *error = tr("\"%1\" names no database: write postgresql://user@host:port/database.")
                             .arg(url.toDisplayString(QUrl::RemovePassword));
            return std::nullopt;
        }
        for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
            if (!postgresOptions().contains(key)) {
                if (error)
                    *error = tr("\"%1\": unknown connection option \"%2\" (known: %3).")
                                 .arg(url.toDisplayString(QUrl::RemovePassword), key,
                                      postgresOptions().join(QLatin1String(", ")));
                return std::nullopt;
            }
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

QString DatabaseLocation::connectOptions() const
{
    QStringList options;
    for (const auto& [key, value] : QUrlQuery(m_url).queryItems(QUrl::FullyDecoded))
        options << key + QLatin1Char('=') + value;
    return options.join(QLatin1Char(';'));
}

QString DatabaseLocation::rememberedName() const
{
    return m_backend == Backend::Postgres ? m_url.toString(QUrl::RemovePassword) : m_filePath;
}

DatabaseLocation DatabaseLocation::withPassword(const QString& password) const
{
    DatabaseLocation location = *this;
    location.m_url.setPassword(password.isEmpty() ? QString() : password);
    return location;
}

QString DatabaseLocation::displayName() const
{
    if (m_backend == Backend::Postgres)
        return m_url.toDisplayString(QUrl::RemovePassword);
    return QDir::toNativeSeparators(m_filePath);
}

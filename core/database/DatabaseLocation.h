#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

// Where the database lives: a SQLite file (the embedded default) or a PostgreSQL server given
// as a postgresql:// URL.
class DatabaseLocation
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)

public:
    enum class Backend
    {
        Sqlite,
        Postgres
    };

    static DatabaseLocation sqliteFile(const QString& path);

    // A path or a postgresql:// (or postgres://) URL; nullopt and a reason when unusable.
    static std::optional<DatabaseLocation> parse(const QString& text, QString* error = nullptr);

    // $OBSERVATOIRE_DB if set, else observatoire.sqlite in the user's application-data folder.
    static DatabaseLocation defaultLocation();

    Backend backend() const { return m_backend; }
    QString filePath() const { return m_filePath; }
    QUrl url() const { return m_url; }

    // The libpq options of a PostgreSQL URL's query (sslmode=require, connect_timeout=10…), as
    // Qt's QPSQL driver takes them ("key=value;key=value"); those libpq does not know are refused
    // by parse().
    QString connectOptions() const;

    // What to show people: the file path, or the URL without its password.
    QString displayName() const;
    // What is remembered (recent databases, the keyring's key): the file path, or the URL without
    // its password.
    QString rememberedName() const;
    // The same server location with the password the adviser typed (never remembered nor shown).
    DatabaseLocation withPassword(const QString& password) const;

    friend bool operator==(const DatabaseLocation&, const DatabaseLocation&) = default;

private:
    Backend m_backend = Backend::Sqlite;
    QString m_filePath;
    QUrl m_url;
};

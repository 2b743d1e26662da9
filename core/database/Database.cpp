#include "Database.h"

#include "PreparedQuery.h"

#include "DatabaseFiles.h"
#include "IdSet.h"
#include "Migrator.h"
#include "SchemaIdentity.h"
#include "SqlErrors.h"
#include "SqliteFileHeader.h"
#include "SqliteHandle.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace {

constexpr int kDefaultBusyTimeoutMs = 5000;

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("observatoire-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database()
    : m_connectionName(nextConnectionName())
{
}

Database::~Database()
{
    close();
}

int Database::busyTimeoutMs()
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("OBSERVATOIRE_BUSY_TIMEOUT_MS", &ok);
    return ok && fromEnvironment >= 0 ? fromEnvironment : kDefaultBusyTimeoutMs;
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    PreparedQuery::release(m_connectionName);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_schemaVersion = 0;
    m_readOnly = false;
    if (!m_registeredPath.isEmpty()) {
        DatabaseFiles::unregisterOpen(m_registeredPath);
        m_registeredPath.clear();
    }
}

QString Database::newerSchemaMessage(const QString& name, int version)
{
    return tr("%1 was written by a newer version of Observatoire (schema version %2; this program knows "
              "up to %3). Install the newer version to open it; the file was left untouched.")
        .arg(name)
        .arg(version)
        .arg(Migrator::latestVersion());
}

// The opening steps return their failure instead of closing: their own handles on the connection
// (a QSqlDatabase, a QSqlQuery) are gone only once they have returned, and removing a connection
// still in use leaves those handles dead and makes Qt warn.
DatabaseStatus Database::closedOnFailure(DatabaseStatus status)
{
    if (!status.ok())
        close();
    return status;
}

DatabaseStatus Database::open(const DatabaseLocation& location, OpenMode mode, Access access)
{
    close();
    m_location = location;
    return closedOnFailure(location.backend() == DatabaseLocation::Backend::Postgres
                               ? openPostgres(mode, access)
                               : openSqlite(mode, access));
}

DatabaseStatus Database::openCopyOf(const QString& sourceConnection, Access access)
{
    close();
    return closedOnFailure(openClone(sourceConnection, access));
}

DatabaseStatus Database::openClone(const QString& sourceConnection, Access access)
{
    {
        QSqlDatabase db = QSqlDatabase::cloneDatabase(sourceConnection, m_connectionName);
        if (!db.isValid())
            return DatabaseStatus{DatabaseFailure::Unavailable, tr("The database is no longer open.")};
        const bool sqlite = db.driverName() == QLatin1String("QSQLITE");
        m_location = sqlite ? DatabaseLocation::sqliteFile(db.databaseName()) : DatabaseLocation();
        const QString options = db.connectOptions();
        m_readOnly = access != Access::ReadWrite || options.contains(QLatin1String("QSQLITE_OPEN_READONLY"));
        if (sqlite && m_readOnly && !options.contains(QLatin1String("QSQLITE_OPEN_READONLY")))
            db.setConnectOptions(options + QLatin1String(";QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return DatabaseStatus{
                DatabaseFailure::Unavailable,
                tr("%1: cannot open the database: %2").arg(m_location.displayName(), db.lastError().text())};
    }
    configureConnection();
    m_schemaVersion = Migrator::latestVersion();
    return DatabaseStatus::success();
}

void Database::configureConnection()
{
    QSqlQuery query(connection());
    if (connection().driverName() == QLatin1String("QSQLITE")) {
        query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        IdSet::install(connection());
        return;
    }
    // A row another adviser holds locked is waited for as long as SQLite waits for its file; the
    // notices of "IF NOT EXISTS" are no news.
    query.exec(QStringLiteral("SET lock_timeout = %1").arg(busyTimeoutMs()));
    query.exec(QStringLiteral("SET client_min_messages = warning"));
    if (m_readOnly)
        query.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
}

DatabaseStatus Database::checkHeader(const QString& path, OpenMode mode) const
{
    const QString name = QDir::toNativeSeparators(path);
    // A file this process has open already passed these checks; reading its header with a QFile
    // would drop the open connection's locks (DatabaseFiles.h).
    if (!DatabaseFiles::openDatabaseOf(path).isEmpty())
        return {};
    const SqliteFileHeader header = SqliteFileHeader::read(path);
    if (!header.exists) {
        if (mode == OpenMode::MustExist) {
            return {DatabaseFailure::Missing,
                    tr("%1: no database here. Create it with \"observatoire --db %1 init\".").arg(name)};
        }
        return {};
    }
    if (QFileInfo(path).isDir())
        return {DatabaseFailure::Unavailable, tr("%1 is a folder, not a database file.").arg(name)};
    if (!header.readable)
        return {DatabaseFailure::Unavailable,
                tr("%1: the file cannot be read (check its permissions).").arg(name)};
    if (header.size > 0 && !header.isSqlite)
        return {DatabaseFailure::NotSqlite,
                tr("%1 is not an SQLite database; it was left untouched.").arg(name)};
    if (header.isBlank()) {
        if (mode == OpenMode::Initialize)
            return {};
        return {DatabaseFailure::Empty,
                tr("%1 is empty: it holds no observatory. If it should become a new one, run "
                   "\"observatoire --db %1 init\" (or File › New database); it was left untouched.")
                    .arg(name)};
    }
    if (header.applicationId != SchemaIdentity::kApplicationId) {
        return {DatabaseFailure::NotObservatoire,
                tr("%1 is an SQLite database of another program, not an Observatoire database; "
                   "it was left untouched.")
                    .arg(name)};
    }
    if (header.userVersion > static_cast<quint32>(Migrator::latestVersion())) {
        return {DatabaseFailure::NewerSchema, newerSchemaMessage(name, static_cast<int>(header.userVersion))};
    }
    return {};
}

DatabaseStatus Database::openSqlite(OpenMode mode, Access access)
{
    const QString path = m_location.filePath();
    const QString name = m_location.displayName();
    if (DatabaseStatus status = checkHeader(path, mode); !status.ok())
        return status;

    const QFileInfo info(path);
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        return DatabaseStatus{DatabaseFailure::Unavailable,
                              tr("%1: cannot create the folder %2.").arg(name, info.absolutePath())};
    // A file or folder that cannot be written opens read-only: reading, exporting and reporting
    // work, and nothing fails at the first save. In WAL mode SQLite needs to create the -wal and
    // -shm files beside the database; in a read-only folder without them, the file is read as
    // unchanging (immutable), which is what it is for this program.
    const QFileInfo folder(info.absolutePath());
    m_access = access;
    m_readOnly = info.exists() && (access != Access::ReadWrite || !info.isWritable() || !folder.isWritable());
    if (!info.exists() && access != Access::ReadWrite)
        return DatabaseStatus{DatabaseFailure::Missing, tr("%1: no database here.").arg(name)};
    if (!info.exists() && !folder.isWritable())
        return DatabaseStatus{DatabaseFailure::Unavailable,
                              tr("%1: the folder %2 cannot be written; the database cannot be created there.")
                                  .arg(name, QDir::toNativeSeparators(info.absolutePath()))};

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs())};
        db.setDatabaseName(path);
        if (m_readOnly) {
            options << QStringLiteral("QSQLITE_OPEN_READONLY");
            if (!folder.isWritable() && !QFileInfo::exists(path + QLatin1String("-shm"))) {
                options << QStringLiteral("QSQLITE_OPEN_URI");
                db.setDatabaseName(QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded) +
                                   QLatin1String("?immutable=1"));
            }
        }
        db.setConnectOptions(options.join(QLatin1Char(';')));
        if (!db.open())
            return DatabaseStatus{DatabaseFailure::Unavailable,
                                  tr("%1: cannot open the database: %2").arg(name, db.lastError().text())};
    }
    DatabaseFiles::registerOpen(path);
    m_registeredPath = path;
    // The checks' queries are gone by now, so the connection can be removed cleanly on failure.
    if (DatabaseStatus status = prepareConnection(); !status.ok())
        return status;
    return DatabaseStatus::success();
}

DatabaseStatus Database::openPostgres(OpenMode mode, Access access)
{
    const QString name = m_location.displayName();
    const QUrl url = m_location.url();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        if (!db.isValid())
            return DatabaseStatus{
                DatabaseFailure::Unavailable,
                tr("%1: this installation cannot reach PostgreSQL servers (Qt's PostgreSQL driver, "
                   "package libqt6sql6-psql, is missing).")
                    .arg(name)};
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(url.userName());
        // No password in the URL, as advised: libpq reads PGPASSWORD or ~/.pgpass itself.
        db.setPassword(url.password());
        db.setConnectOptions(m_location.connectOptions());
        if (!db.open()) {
            const QString cause = db.lastError().text().trimmed();
            // libpq's words (no SQLSTATE reaches Qt before a session exists): a wrong password,
            // none given where one is needed, a role the server does not know.
            if (cause.contains(QLatin1String("password authentication failed")) ||
                cause.contains(QLatin1String("no password supplied")) ||
                cause.contains(QLatin1String("authentication failed for user")) ||
                (cause.contains(QLatin1String("role \"")) && cause.contains(QLatin1String("does not exist"))))
                return DatabaseStatus{
                    DatabaseFailure::Refused,
                    tr("%1: the server refused user %2 or the password: %3")
                        .arg(name, url.userName().isEmpty() ? tr("(the system account)") : url.userName(),
                             cause),
                    cause};
            // The host name resolved to no address (libpq, then the system's resolver).
            if (cause.contains(QLatin1String("could not translate host name")))
                return DatabaseStatus{
                    DatabaseFailure::UnknownServer,
                    tr("%1: no server is known by the name %2: %3").arg(name, url.host(), cause), cause};
            if (cause.contains(QLatin1String("database \"")) &&
                cause.contains(QLatin1String("does not exist")))
                return DatabaseStatus{
                    DatabaseFailure::NoSuchDatabase,
                    tr("%1: the server has no database named %2: %3").arg(name, url.path().mid(1), cause),
                    cause};
            return DatabaseStatus{DatabaseFailure::Unavailable,
                                  tr("%1: cannot connect to the PostgreSQL server: %2").arg(name, cause),
                                  cause};
        }
    }
    m_access = access;
    m_readOnly = access != Access::ReadWrite;
    configureConnection();
    QSqlDatabase db = connection();

    const Result<int> version = Migrator::currentVersion(db);
    if (!version)
        return DatabaseStatus{DatabaseFailure::Unavailable,
                              tr("%1: cannot read the schema version: %2").arg(name, version.message())};
    if (version.value() > Migrator::latestVersion())
        return DatabaseStatus{DatabaseFailure::NewerSchema, newerSchemaMessage(name, version.value())};
    if (version.value() == 0) {
        // No schema_version table: a new, empty database becomes an observatory; one with tables
        // of its own belongs to another program, and is left alone.
        QSqlQuery tables(db);
        if (!tables.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                        "WHERE table_schema = current_schema()")) ||
            !tables.next())
            return DatabaseStatus{
                DatabaseFailure::Unavailable,
                tr("%1: cannot read the database: %2").arg(name, tables.lastError().text())};
        if (tables.value(0).toInt() > 0)
            return DatabaseStatus{
                DatabaseFailure::NotObservatoire,
                tr("%1 holds the tables of another program, not an Observatoire database; it was "
                   "left untouched.")
                    .arg(name)};
        if (mode == OpenMode::MustExist)
            return DatabaseStatus{
                DatabaseFailure::Empty,
                tr("%1 is empty: it holds no observatory. If it should become a new one, run "
                   "\"observatoire --db %1 init\"; it was left untouched.")
                    .arg(name)};
    }
    if (version.value() < Migrator::latestVersion()) {
        if (m_readOnly && access != Access::Inspect)
            return DatabaseStatus{
                DatabaseFailure::ReadOnly,
                tr("%1 is from an older version of Observatoire (schema version %2) and cannot be "
                   "upgraded when opened read-only.")
                    .arg(name)
                    .arg(version.value())};
        if (!m_readOnly) {
            // A server's copies are its administrator's (pg_dump, docs/team.md); the guard is
            // given the chance all the same.
            if (version.value() > 0 && m_upgradeGuard) {
                if (Status guarded = m_upgradeGuard(*this); !guarded)
                    return DatabaseStatus{
                        DatabaseFailure::MigrationFailed,
                        tr("%1 was not upgraded, and was left as it was: %2").arg(name, guarded.message())};
            }
            if (version.value() == 0 && m_beforeSchemaCreation) {
                if (Status begun = m_beforeSchemaCreation(*this); !begun)
                    return DatabaseStatus{
                        DatabaseFailure::MigrationFailed,
                        tr("%1: the schema could not be created: %2").arg(name, begun.message())};
            }
            if (Status migrated =
                    Migrator::migrate(db, m_location.backend(), version.value(), m_migrationCode);
                !migrated)
                return DatabaseStatus{
                    DatabaseFailure::MigrationFailed,
                    tr("%1: the database could not be upgraded and was left at schema version %2.\n%3")
                        .arg(name)
                        .arg(version.value())
                        .arg(migrated.message())};
            m_schemaVersion = Migrator::latestVersion();
            return DatabaseStatus::success();
        }
    }
    m_schemaVersion = version.value();
    return DatabaseStatus::success();
}

DatabaseStatus Database::writableOrWhy() const
{
    if (!m_readOnly)
        return DatabaseStatus::success();
    return {DatabaseFailure::ReadOnly, tr("%1 is open read-only (the file or its folder cannot be written): "
                                          "nothing can be saved into it.")
                                           .arg(m_location.displayName())};
}

// Every page of every table and index read once: a damaged page that ordinary reads would skip
// (an export of 274 of 300 records, exit 0) shows here, before anything is read or written.
// Some milliseconds per megabyte (docs/performance.md).
DatabaseStatus Database::quickCheck()
{
    QSqlQuery check(connection());
    if (!check.exec(QStringLiteral("PRAGMA quick_check(1)")) || !check.next()) {
        return DatabaseStatus{DatabaseFailure::Corrupt,
                              tr("%1 is damaged (%2). Restore it from a backup copy; it was left untouched.")
                                  .arg(m_location.displayName(), check.lastError().databaseText())};
    }
    const QString result = check.value(0).toString();
    if (result == QLatin1String("ok"))
        return DatabaseStatus::success();
    return DatabaseStatus{DatabaseFailure::Corrupt,
                          tr("%1 is damaged (%2). Restore it from a backup copy; it was left untouched.")
                              .arg(m_location.displayName(), result)};
}

DatabaseStatus Database::prepareConnection()
{
    const QString name = m_location.displayName();
    QSqlDatabase db = connection();
    QSqlQuery query(db);

    // The first read: a locked or damaged file shows here, before anything is written.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next()) {
        const QSqlError error = query.lastError();
        switch (SqlErrors::classify(error)) {
        case DatabaseFailure::Locked:
            return DatabaseStatus{
                DatabaseFailure::Locked,
                tr("%1 is locked by another program (waited %2 s). Close the other program or try "
                   "again later.")
                    .arg(name)
                    .arg(busyTimeoutMs() / 1000.0, 0, 'g', 3)};
        case DatabaseFailure::Corrupt:
        case DatabaseFailure::NotSqlite:
            return DatabaseStatus{DatabaseFailure::Corrupt,
                                  tr("%1 is damaged (%2). Restore it from a backup; it was left untouched.")
                                      .arg(name, error.databaseText())};
        default:
            return DatabaseStatus{DatabaseFailure::Unavailable,
                                  tr("%1: cannot read the database: %2").arg(name, error.text())};
        }
    }

    // A statement left reading would lock the tables a migration drops.
    query.finish();
    if (DatabaseStatus checked = quickCheck(); !checked.ok())
        return checked;
    // At the first connection: may SQLite's C API be used on the driver's connections?
    sqliteApiMatches(db);

    // Checked again through SQLite: a journal left by a crash may hold a newer header.
    const Result<int> version = Migrator::currentVersion(db);
    if (!version)
        return DatabaseStatus{DatabaseFailure::Unavailable,
                              tr("%1: cannot read the schema version: %2").arg(name, version.message())};
    if (version.value() > Migrator::latestVersion()) {
        return DatabaseStatus{DatabaseFailure::NewerSchema, newerSchemaMessage(name, version.value())};
    }

    configureConnection();
    if (m_readOnly) {
        if (version.value() < Migrator::latestVersion() && m_access != Access::Inspect) {
            return DatabaseStatus{DatabaseFailure::ReadOnly,
                                  tr("%1 is from an older version of Observatoire (schema version %2) and "
                                     "cannot be upgraded: the file or its folder cannot be written.")
                                      .arg(name)
                                      .arg(version.value())};
        }
        // No upgrade of the reference data and no change of journal: nothing may be written.
        m_schemaVersion = version.value();
        return DatabaseStatus::success();
    }
    if (version.value() < Migrator::latestVersion()) {
        // A database with a schema already (not one being created) is copied first.
        if (version.value() > 0 && m_upgradeGuard) {
            if (Status guarded = m_upgradeGuard(*this); !guarded) {
                return DatabaseStatus{
                    DatabaseFailure::MigrationFailed,
                    tr("%1 was not upgraded, and was left as it was: %2").arg(name, guarded.message())};
            }
        }
        if (Status migrated = Migrator::migrate(db, m_location.backend(), version.value(), m_migrationCode);
            !migrated) {
            return DatabaseStatus{
                DatabaseFailure::MigrationFailed,
                tr("%1: the database could not be upgraded and was left at schema version %2.\n%3")
                    .arg(name)
                    .arg(version.value())
                    .arg(migrated.message())};
        }
    }
    // Only now, with the file known to be ours and current: these may rewrite its header.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
        return DatabaseStatus{
            SqlErrors::classify(query.lastError()),
            tr("%1: cannot switch to WAL journaling: %2").arg(name, query.lastError().text())};
    }
    query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    m_schemaVersion = Migrator::latestVersion();
    return DatabaseStatus::success();
}

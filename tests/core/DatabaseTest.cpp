#include "support/QtPrinting.h"
#include "support/TestDatabase.h"

#include "database/Database.h"
#include "database/IdRanges.h"
#include "database/Migrator.h"
#include "database/SchemaIdentity.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <thread>

namespace {

QString sidecar(const QString& path, const char* suffix)
{
    return path + QString::fromLatin1(suffix);
}

} // namespace

TEST_CASE("A new database gets the whole schema, seeded vocabularies and its settings", "[database]")
{
    TestDatabase db;
    CHECK(db.database().schemaVersion() == Migrator::latestVersion());
    CHECK(Migrator::latestVersion() >= 1);
    CHECK(db.scalar(QStringLiteral("PRAGMA user_version")).toInt() == Migrator::latestVersion());
    CHECK(db.scalar(QStringLiteral("PRAGMA application_id")).toUInt() == SchemaIdentity::kApplicationId);
    CHECK(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(db.scalar(QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));

    for (const char* table : {"actor",
                              "foreign_partner",
                              "partnership",
                              "partnership_actor",
                              "partnership_partner",
                              "partnership_theme",
                              "project",
                              "project_actor",
                              "project_partner",
                              "project_country",
                              "project_theme",
                              "project_sdg",
                              "funding",
                              "change_log",
                              "import_batch",
                              "import_row",
                              "ref_country",
                              "ref_departement",
                              "ref_zone",
                              "ref_theme",
                              "ref_sdg"}) {
        INFO(table);
        CHECK(db.scalar(
                    QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                        .arg(QString::fromLatin1(table)))
                  .toInt() == 1);
    }
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM ref_theme")).toInt() == 23);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM ref_sdg")).toInt() == 17);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM ref_project_status")).toInt() == 6);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM ref_partnership_status")).toInt() == 6);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM ref_actor_type")).toInt() == 20);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM ref_zone")).toInt() == 15);
    CHECK(db.scalar(QStringLiteral("SELECT label_fr FROM ref_partnership_kind WHERE code = 'jumelage'"))
              .toString() == QStringLiteral("Jumelage"));
    // Every seeded actor type belongs to a family the reports know.
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM ref_actor_type t LEFT JOIN ref_actor_family f "
                                   "ON f.code = t.family_code WHERE f.code IS NULL"))
              .toInt() == 0);
}

TEST_CASE("Migrations are numbered from 1 without gaps", "[database]")
{
    const QList<Migrator::Migration> migrations = Migrator::available();
    REQUIRE_FALSE(migrations.isEmpty());
    for (qsizetype i = 0; i < migrations.size(); ++i)
        CHECK(migrations.at(i).version == i + 1);
}

TEST_CASE("An upgrade is whole or not at all: a migration that fails undoes the earlier ones", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("older.sqlite"));
    {
        Database current;
        REQUIRE(current.open(DatabaseLocation::sqliteFile(path), Database::OpenMode::CreateIfMissing).ok());
        current.close();
    }
    makeSchemaSix(path); // no records' versions, no trash…
    Database upgraded;
    // The last migration fails after the earlier ones have run.
    upgraded.setMigrationCode(Migrator::latestVersion(), [](const QSqlDatabase&) {
        return Status::failure(QStringLiteral("stopped here"));
    });
    const DatabaseStatus opened =
        upgraded.open(DatabaseLocation::sqliteFile(path), Database::OpenMode::MustExist);
    REQUIRE_FALSE(opened.ok());
    INFO(opened.message.toStdString());
    CHECK(opened.message.contains(QStringLiteral("stopped here")));
    CHECK(opened.message.contains(QStringLiteral("schema version 6")));
    upgraded.close();

    Database reopened;
    reopened.setMigrationCode(Migrator::latestVersion(), [](const QSqlDatabase&) {
        return Status::failure(QStringLiteral("stopped again"));
    });
    REQUIRE_FALSE(reopened.open(DatabaseLocation::sqliteFile(path), Database::OpenMode::MustExist).ok());
    reopened.close();
    const QString name = QStringLiteral("whole-upgrade");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery query(raw);
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 6);
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'trash_entry'")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 0); // migration 008 undone with the rest
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_CASE("Reopening a current database changes nothing", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("again.sqlite"));
    {
        Database first;
        REQUIRE(first.open(DatabaseLocation::sqliteFile(path), Database::OpenMode::CreateIfMissing).ok());
    }
    const QByteArray before = fileBytes(path);
    Database second;
    REQUIRE(second.open(DatabaseLocation::sqliteFile(path), Database::OpenMode::MustExist).ok());
    CHECK(second.schemaVersion() == Migrator::latestVersion());
    second.close();
    CHECK(fileBytes(path) == before);
}

TEST_CASE("A copy of a connection, opened on another thread, reads the same database", "[database][copy]")
{
    TestDatabase db;
    QSqlQuery(db.connection())
        .exec(QStringLiteral("INSERT INTO observatory_setting (key, value) VALUES ('copy-test', 'seen')"));
    const QString source = db.connection().connectionName();
    QString seen;
    int foreignKeys = -1;
    bool written = true;
    bool readOnly = false;
    bool opened = false;
    std::thread([&] { // Catch2 asserts on the test's thread only
        Database copy;
        opened = copy.openCopyOf(source, Database::Access::ReadOnly).ok();
        readOnly = copy.isReadOnly();
        QSqlQuery query(copy.connection());
        if (query.exec(QStringLiteral("SELECT value FROM observatory_setting WHERE key = 'copy-test'")) &&
            query.next())
            seen = query.value(0).toString();
        if (query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next())
            foreignKeys = query.value(0).toInt();
        written = query.exec(QStringLiteral("DELETE FROM observatory_setting WHERE key = 'copy-test'"));
    })
        .join();
    REQUIRE(opened);
    CHECK(seen == QStringLiteral("seen"));
    CHECK(foreignKeys == 1);
    CHECK(readOnly);
    CHECK_FALSE(written);
    CHECK(db.scalar(QStringLiteral("SELECT value FROM observatory_setting WHERE key = 'copy-test'"))
              .toString() == QStringLiteral("seen"));

    Database orphan;
    const DatabaseStatus refused =
        orphan.openCopyOf(QStringLiteral("no-such-connection"), Database::Access::ReadOnly);
    CHECK(refused.failure == DatabaseFailure::Unavailable);
    CHECK_FALSE(orphan.isOpen());
}

TEST_CASE("A copy kept from before an upgrade is inspected as it is, never upgraded", "[database][copy]")
{
    TestDatabase db;
    const QString path = db.path();
    db.database().close();
    runSql(path, {QStringLiteral("PRAGMA user_version = 3")});
    const QByteArray before = fileBytes(path);
    Database copy;
    CHECK(copy.open(DatabaseLocation::sqliteFile(path), Database::OpenMode::MustExist,
                    Database::Access::ReadOnly)
              .failure == DatabaseFailure::ReadOnly);
    REQUIRE(copy.open(DatabaseLocation::sqliteFile(path), Database::OpenMode::MustExist,
                      Database::Access::Inspect)
                .ok());
    CHECK(copy.schemaVersion() == 3);
    CHECK(copy.isReadOnly());
    copy.close();
    CHECK(fileBytes(path) == before);
}

TEST_CASE("A migration that needs the layers' code refuses to run without it on a database with records",
          "[database][migration]")
{
    TestDatabase db;
    const QString path = db.path();
    db.database().close();
    // Back to before the search index (migration 3), as a database of that version was.
    runSql(path, {QStringLiteral("DROP TABLE search_index"), QStringLiteral("PRAGMA user_version = 2")});
    Database reopened;
    const DatabaseStatus refused =
        reopened.open(DatabaseLocation::sqliteFile(path), Database::OpenMode::MustExist);
    CHECK(refused.failure == DatabaseFailure::MigrationFailed);
    CHECK(refused.message.contains(QStringLiteral("search index")));
    CHECK_FALSE(reopened.isOpen());
    Database plain;
    REQUIRE(plain
                .open(DatabaseLocation::sqliteFile(path), Database::OpenMode::MustExist,
                      Database::Access::Inspect)
                .ok());
    CHECK(plain.schemaVersion() == 2);
}

TEST_CASE("An empty file becomes a database only when initialised", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blank.sqlite"));
    QFile blank(path);
    REQUIRE(blank.open(QIODevice::WriteOnly));
    blank.close();
    Database db;
    for (const Database::OpenMode mode :
         {Database::OpenMode::MustExist, Database::OpenMode::CreateIfMissing}) {
        const DatabaseStatus refused = db.open(DatabaseLocation::sqliteFile(path), mode);
        CHECK(refused.failure == DatabaseFailure::Empty);
        CHECK(QFileInfo(path).size() == 0);
    }
    REQUIRE(db.open(DatabaseLocation::sqliteFile(path), Database::OpenMode::Initialize).ok());
    CHECK(db.schemaVersion() == Migrator::latestVersion());
}

TEST_CASE("A database from a newer version is refused and left byte for byte", "[database][refusal]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        Database db;
        REQUIRE(db.open(DatabaseLocation::sqliteFile(path), Database::OpenMode::CreateIfMissing).ok());
    }
    runSql(path, {QStringLiteral("PRAGMA user_version = %1").arg(Migrator::latestVersion() + 5)});
    const QByteArray before = fileBytes(path);
    REQUIRE_FALSE(before.isEmpty());

    Database db;
    const DatabaseStatus status = db.open(DatabaseLocation::sqliteFile(path), Database::OpenMode::MustExist);
    CHECK(status.failure == DatabaseFailure::NewerSchema);
    CHECK(status.message.contains(QStringLiteral("newer version")));
    CHECK(status.message.contains(path));
    CHECK_FALSE(db.isOpen());
    CHECK(fileBytes(path) == before);
    CHECK_FALSE(QFile::exists(sidecar(path, "-wal")));
    CHECK_FALSE(QFile::exists(sidecar(path, "-shm")));
}

TEST_CASE("A file that is not SQLite is refused and left untouched", "[database][refusal]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Nom;Pays\nLyon;Allemagne\n" + QByteArray(200, 'x'));
    file.close();
    const QByteArray before = fileBytes(path);

    Database db;
    const DatabaseStatus status =
        db.open(DatabaseLocation::sqliteFile(path), Database::OpenMode::CreateIfMissing);
    CHECK(status.failure == DatabaseFailure::NotSqlite);
    CHECK(status.message.contains(QStringLiteral("not an SQLite database")));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("Another program's SQLite database is refused and left untouched", "[database][refusal]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    runSql(path, {QStringLiteral("CREATE TABLE contacts (name TEXT)"),
                  QStringLiteral("INSERT INTO contacts VALUES ('Lyon')")});
    const QByteArray before = fileBytes(path);

    Database db;
    const DatabaseStatus status =
        db.open(DatabaseLocation::sqliteFile(path), Database::OpenMode::CreateIfMissing);
    CHECK(status.failure == DatabaseFailure::NotObservatoire);
    CHECK(fileBytes(path) == before);
}

TEST_CASE("A damaged database is refused and left untouched", "[database][refusal]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        Database db;
        REQUIRE(db.open(DatabaseLocation::sqliteFile(path), Database::OpenMode::CreateIfMissing).ok());
    }
    // Keep the 100-byte header (it says "ours, current") and scramble the pages behind it.
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.seek(100);
    file.write(QByteArray(static_cast<int>(file.size() - 100), '\xA5'));
    file.close();
    const QByteArray before = fileBytes(path);

    Database db;
    const DatabaseStatus status = db.open(DatabaseLocation::sqliteFile(path), Database::OpenMode::MustExist);
    CHECK(status.failure == DatabaseFailure::Corrupt);
    CHECK(status.message.contains(QStringLiteral("damaged")));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("A database locked by another program is reported after the busy timeout", "[database][refusal]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
    {
        Database db;
        REQUIRE(db.open(DatabaseLocation::sqliteFile(path), Database::OpenMode::CreateIfMissing).ok());
    }
    {
        ExclusiveLock lock(path);
        QElapsedTimer timer;
        timer.start();
        Database db;
        const DatabaseStatus status =
            db.open(DatabaseLocation::sqliteFile(path), Database::OpenMode::MustExist);
        CHECK(status.failure == DatabaseFailure::Locked);
        CHECK(status.message.contains(QStringLiteral("locked")));
        CHECK_FALSE(db.isOpen());
        // Waited for the lock rather than giving up at once (the busy timeout is 300 ms in tests).
        CHECK(timer.elapsed() >= Database::busyTimeoutMs() / 2);
    }

    Database db;
    CHECK(db.open(DatabaseLocation::sqliteFile(path), Database::OpenMode::MustExist).ok());
}

TEST_CASE("A missing database is reported when it must exist", "[database][refusal]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    Database db;
    const DatabaseStatus status = db.open(DatabaseLocation::sqliteFile(path), Database::OpenMode::MustExist);
    CHECK(status.failure == DatabaseFailure::Missing);
    CHECK(status.message.contains(QStringLiteral("init")));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("A folder is not a database", "[database][refusal]")
{
    QTemporaryDir dir;
    Database db;
    const DatabaseStatus status =
        db.open(DatabaseLocation::sqliteFile(dir.path()), Database::OpenMode::CreateIfMissing);
    CHECK(status.failure == DatabaseFailure::Unavailable);
}

TEST_CASE("Database locations are files or PostgreSQL URLs", "[database][location]")
{
    const auto file = DatabaseLocation::parse(QStringLiteral("data/obs.sqlite"));
    REQUIRE(file);
    CHECK(file->backend() == DatabaseLocation::Backend::Sqlite);
    CHECK(file->filePath().endsWith(QStringLiteral("data/obs.sqlite")));

    const auto server =
        DatabaseLocation::parse(QStringLiteral("postgresql://adviser:secret@db.example/observatoire"));
    REQUIRE(server);
    CHECK(server->backend() == DatabaseLocation::Backend::Postgres);
    CHECK_FALSE(server->displayName().contains(QStringLiteral("secret")));

    QString error;
    CHECK_FALSE(DatabaseLocation::parse(QStringLiteral("postgresql:///nohost"), &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(DatabaseLocation::parse(QStringLiteral("  ")));

    // libpq's TLS and timeout options pass on to the driver; a database name is needed, and an
    // option libpq does not know is refused by name rather than ignored.
    const auto tls = DatabaseLocation::parse(QStringLiteral(
        "postgresql://adviser@db.example:5433/observatoire?sslmode=require&connect_timeout=5"));
    REQUIRE(tls);
    CHECK(tls->connectOptions() == QStringLiteral("sslmode=require;connect_timeout=5"));
    CHECK(tls->url().port() == 5433);
    CHECK_FALSE(DatabaseLocation::parse(QStringLiteral("postgresql://adviser@db.example/"), &error));
    CHECK(error.contains(QStringLiteral("names no database")));
    CHECK_FALSE(
        DatabaseLocation::parse(QStringLiteral("postgresql://adviser@db.example/o?sslmod=require"), &error));
    CHECK(error.contains(QStringLiteral("sslmod")));

    // No server answers on port 1 of this machine: refused with the cause, nothing hidden.
    Database db;
    const DatabaseStatus status =
        db.open(*DatabaseLocation::parse(QStringLiteral("postgresql://adviser@127.0.0.1:1/o")),
                Database::OpenMode::MustExist);
    CHECK(status.failure == DatabaseFailure::Unavailable);
    CHECK(status.message.contains(QStringLiteral("cannot connect to the PostgreSQL server")));
}

TEST_CASE("docs/schema.md documents every table and column, and nothing else", "[database][docs]")
{
    QFile file(QStringLiteral(OBSERVATOIRE_SOURCE_DIR "/docs/schema.md"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    // "### table" starts a section; "| `column` |" rows list its columns.
    QMap<QString, QStringList> documented;
    QString table;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    static const QRegularExpression heading(QStringLiteral("^### (\\w+)$"));
    static const QRegularExpression column(QStringLiteral("^\\| `(\\w+)` \\|"));
    for (const QString& line : lines) {
        if (const auto match = heading.match(line); match.hasMatch())
            table = match.captured(1);
        else if (const auto match2 = column.match(line); match2.hasMatch() && !table.isEmpty())
            documented[table] << match2.captured(1);
    }

    TestDatabase db;
    QMap<QString, QStringList> actual;
    QSqlQuery tables(db.connection());
    // FTS5 keeps its data in shadow tables (search_index_data…): SQLite's business, not documented.
    REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index_%' "
                                       "ORDER BY name")));
    while (tables.next()) {
        const QString name = tables.value(0).toString();
        QSqlQuery columns(db.connection());
        REQUIRE(columns.exec(QStringLiteral("PRAGMA table_info(%1)").arg(name)));
        while (columns.next())
            actual[name] << columns.value(1).toString();
    }
    CHECK(documented.keys() == actual.keys());
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(documented.value(it.key()) == it.value());
    }
}

namespace {

// The source files under `folder` of the project (relative path → text), with `suffixes`.
QMap<QString, QString> sources(const QString& folder, const QStringList& suffixes)
{
    const QDir root(QStringLiteral(OBSERVATOIRE_SOURCE_DIR));
    QMap<QString, QString> texts;
    QDirIterator files(root.filePath(folder), suffixes, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            texts.insert(root.relativeFilePath(file.fileName()), QString::fromUtf8(file.readAll()));
    }
    return texts;
}

// No file under `folder` with one of `suffixes` (but `except`) holds `forbidden`.
void checkNoneHolds(const QString& folder, const QStringList& suffixes, const QString& forbidden,
                    const QString& except = QString())
{
    const QRegularExpression pattern(forbidden);
    const QMap<QString, QString> files = sources(folder, suffixes);
    REQUIRE(files.size() > 5);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it.key() == except)
            continue;
        INFO(it.key().toStdString());
        CHECK_FALSE(pattern.match(it.value()).hasMatch());
    }
}

} // namespace

TEST_CASE("One front door: the window holds no SQL, no public header includes SQLite's, database/ only opens "
          "and migrates",
          "[database][layers]")
{
    const QStringList code{QStringLiteral("*.cpp"), QStringLiteral("*.h")};
    checkNoneHolds(QStringLiteral("ui"), code,
                   QStringLiteral("QSqlQuery|\\b(SELECT|INSERT INTO|UPDATE \\w+ SET|DELETE FROM|PRAGMA)\\b|"
                                  "addDatabase|cloneDatabase"));
    // SqliteHandle.h is private to database/ and the backup's restore.
    checkNoneHolds(QStringLiteral("core"), {QStringLiteral("*.h")}, QStringLiteral("<sqlite3\\.h>"),
                   QStringLiteral("core/database/SqliteHandle.h"));
    checkNoneHolds(QStringLiteral("core/database"), code,
                   QStringLiteral("#include \"(refdata|search|store|lists|csv|report|cli|observatory)/"));
    // The reference data is below the stores: it never writes records (observatory/ does, through one).
    checkNoneHolds(QStringLiteral("core/refdata"), code,
                   QStringLiteral("#include \"(store|search|lists|csv|report|cli|observatory)/"));
    // Every connection is opened by Database.
    checkNoneHolds(QStringLiteral("core"), {QStringLiteral("*.cpp")},
                   QStringLiteral("addDatabase\\(|cloneDatabase\\("),
                   QStringLiteral("core/database/Database.cpp"));
}

TEST_CASE("A table's ids walked in ranges: each id once, no range wider than asked, the gaps skipped",
          "[database]")
{
    // A write of a million rows as one statement held 130 MB of SQLite's statement journal
    // (docs/performance.md): the import writes them a range at a time.
    TestDatabase db;
    REQUIRE(QSqlQuery(db.connection()).exec(QStringLiteral("CREATE TABLE walked (id BIGINT PRIMARY KEY)")));
    const QList<qint64> ids = {3, 4, 5, 6, 7, 20, 1'000'000'000'000};
    for (const qint64 id : ids)
        REQUIRE(
            QSqlQuery(db.connection()).exec(QStringLiteral("INSERT INTO walked (id) VALUES (%1)").arg(id)));

    QList<std::pair<qint64, qint64>> ranges;
    const Status walked = forEachIdRange(db.connection(), QStringLiteral("walked"), 4, 3,
                                         QStringLiteral("failed"), [&](qint64 from, qint64 to) {
                                             ranges.append({from, to});
                                             return Status();
                                         });
    REQUIRE(walked.ok());
    // From 4 on: [4, 7), [7, 10), then the next ids there are, not the ranges between.
    const QList<std::pair<qint64, qint64>> expected = {
        {4, 7}, {7, 10}, {20, 23}, {1'000'000'000'000, 1'000'000'000'003}};
    CHECK(ranges == expected);

    // A failing range ends the walk with its status; an unknown table, with the message given.
    int called = 0;
    const Status stopped = forEachIdRange(db.connection(), QStringLiteral("walked"), 0, 2,
                                          QStringLiteral("failed"), [&](qint64, qint64) {
                                              ++called;
                                              return Status::failure(QStringLiteral("the range failed"));
                                          });
    CHECK(called == 1);
    CHECK(stopped.message() == QStringLiteral("the range failed"));
    const Status unknown = forEachIdRange(db.connection(), QStringLiteral("nowhere"), 0, 2,
                                          QStringLiteral("failed"), [](qint64, qint64) { return Status(); });
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.message().startsWith(QStringLiteral("failed")));
}

#include "Migrator.h"

#include "SqlEngine.h"
#include "SqlScript.h"
#include "Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

QList<Migrator::Migration> Migrator::available()
{
    static const QRegularExpression fileName(QStringLiteral("^(\\d{3})_(\\w+)\\.sql$"));
    QList<Migration> migrations;
    const QDir folder(QStringLiteral(":/migrations"));
    const QStringList files = folder.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QRegularExpressionMatch match = fileName.match(file);
        if (!match.hasMatch())
            continue;
        migrations.append({match.captured(1).toInt(), match.captured(2), folder.filePath(file)});
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return migrations;
}

QString Migrator::resourcePath(const Migration& migration, DatabaseLocation::Backend backend)
{
    // A step written differently on PostgreSQL has its own file of the same name under pg/
    // (docs/architecture.md); the others are shared.
    if (backend == DatabaseLocation::Backend::Postgres) {
        const QFileInfo shared(migration.resourcePath);
        const QString own = shared.dir().filePath(QStringLiteral("pg/") + shared.fileName());
        if (QFile::exists(own))
            return own;
    }
    return migration.resourcePath;
}

int Migrator::latestVersion()
{
    static const int latest = [] {
        const QList<Migration> all = available();
        return all.isEmpty() ? 0 : all.last().version;
    }();
    return latest;
}

Result<int> Migrator::currentVersion(const QSqlDatabase& db)
{
    return SqlEngine::of(db).schemaVersion(db);
}

Status Migrator::migrate(const QSqlDatabase& db, DatabaseLocation::Backend backend, int fromVersion,
                         const QHash<int, Code>& code)
{
    // A new database (version 0) has no records for a migration's code to work on.
    const bool hasRecords = fromVersion > 0;
    // The whole upgrade in one transaction (each migration a savepoint inside it): stopped by a
    // failure or a kill between two migrations, the database stays at the version it had, never
    // between two (found by tests/crash/KillTest.sh: a kill left a schema-6 database at 8).
    Transaction upgrade(db);
    if (!upgrade.started())
        return upgrade.started();
    for (const Migration& migration : available()) {
        if (migration.version <= fromVersion)
            continue;
        if (Status status = apply(db, backend, migration, code.value(migration.version), hasRecords); !status)
            return status;
    }
    return upgrade.commit();
}

Status Migrator::apply(const QSqlDatabase& db, DatabaseLocation::Backend backend, const Migration& migration,
                       const Code& code, bool hasRecords)
{
    QFile file(resourcePath(migration, backend));
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("Migration %1 is missing from the program.").arg(migration.version));
    const QString script = SqlScript::forBackend(QString::fromUtf8(file.readAll()), backend);

    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    QSqlQuery query(db);
    for (const QString& statement : SqlScript::statements(script)) {
        if (!query.exec(statement)) {
            return Status::failure(tr("Migration %1 (%2) failed: %3\nStatement: %4")
                                       .arg(migration.version)
                                       .arg(migration.name, query.lastError().text(), statement.left(200)));
        }
    }
    // Some versions need code as well as SQL; it runs in the same transaction.
    if (code) {
        if (Status done = code(db); !done)
            return Status::failure(tr("Migration %1 (%2) failed: %3")
                                       .arg(migration.version)
                                       .arg(migration.name, done.message()));
    } else if (migration.version == kSearchIndexVersion && hasRecords) {
        return Status::failure(tr("Migration %1 (%2) needs the program's code to fill the search index, "
                                  "which was not given; the database was left as it was.")
                                   .arg(migration.version)
                                   .arg(migration.name));
    }
    // Inside the transaction: the version moves with the schema or not at all.
    if (Status recorded = SqlEngine::of(db).setSchemaVersion(db, migration.version); !recorded) {
        return Status::failure(tr("Migration %1 could not record the schema version: %2")
                                   .arg(migration.version)
                                   .arg(recorded.message()));
    }
    return transaction.commit();
}

#include "Migrator.h"

#include "SchemaIdentity.h"
#include "SqlScript.h"
#include "Transaction.h"
#include "search/SearchIndex.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

// The migration that creates search_index: existing records are indexed right after it.
constexpr int kSearchIndexVersion = 3;

} // namespace

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
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return Result<int>::failure(query.lastError().text());
    return query.value(0).toInt();
}

Status Migrator::migrate(const QSqlDatabase& db, DatabaseLocation::Backend backend, int fromVersion)
{
    for (const Migration& migration : available()) {
        if (migration.version <= fromVersion)
            continue;
        if (Status status = apply(db, backend, migration); !status)
            return status;
    }
    return {};
}

Status Migrator::apply(const QSqlDatabase& db, DatabaseLocation::Backend backend, const Migration& migration)
{
    QFile file(migration.resourcePath);
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
    if (migration.version == kSearchIndexVersion) {
        if (Status filled = SearchIndex::rebuild(db, migration.version); !filled)
            return Status::failure(tr("Migration %1 could not fill the search index: %2")
                                       .arg(migration.version)
                                       .arg(filled.message()));
    }
    // Inside the transaction: the version moves with the schema or not at all.
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)) ||
        !query.exec(QStringLiteral("PRAGMA application_id = %1").arg(SchemaIdentity::kApplicationId))) {
        return Status::failure(tr("Migration %1 could not record the schema version: %2")
                                   .arg(migration.version)
                                   .arg(query.lastError().text()));
    }
    return transaction.commit();
}

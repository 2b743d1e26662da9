#include "TestDatabase.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

TestDatabase::TestDatabase()
    : m_path(m_dir.filePath(QStringLiteral("test.sqlite")))
    , m_database(std::make_unique<Database>())
{
    const DatabaseStatus status =
        m_database->open(DatabaseLocation::sqliteFile(m_path), Database::OpenMode::CreateIfMissing);
    INFO(status.message.toStdString());
    REQUIRE(status.ok());
}

void TestDatabase::addCountry(const QString& code, const QString& iso3, const QString& labelFr,
                              const QString& zone)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral(
        "INSERT INTO ref_country (code, iso3, label_fr, label_en, zone_code) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(code);
    query.addBindValue(iso3);
    query.addBindValue(labelFr);
    query.addBindValue(labelFr);
    query.addBindValue(zone);
    INFO(query.lastError().text().toStdString());
    REQUIRE(query.exec());
}

void TestDatabase::addDepartement(const QString& code, const QString& label)
{
    QSqlQuery query(connection());
    query.prepare(
        QStringLiteral("INSERT INTO ref_departement (code, label_fr, region_code) VALUES (?, ?, '84')"));
    query.addBindValue(code);
    query.addBindValue(label);
    REQUIRE(query.exec());
}

QVariant TestDatabase::scalar(const QString& sql) const
{
    QSqlQuery query(connection());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0);
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void runSql(const QString& path, const QStringList& statements)
{
    static int counter = 0;
    const QString name = QStringLiteral("test-raw-%1").arg(++counter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        for (const QString& statement : statements) {
            INFO(statement.toStdString());
            REQUIRE(query.exec(statement));
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

ExclusiveLock::ExclusiveLock(const QString& path)
{
    static int counter = 0;
    m_connectionName = QStringLiteral("test-lock-%1").arg(++counter);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    REQUIRE(db.open());
    QSqlQuery query(db);
    // In WAL mode only an exclusive locking mode with a write keeps other readers out.
    REQUIRE(query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
    REQUIRE(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    REQUIRE(query.exec(QStringLiteral("UPDATE ref_zone SET sort_order = sort_order + 1")));
}

ExclusiveLock::~ExclusiveLock()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QStringList problemFields(const Problems& problems)
{
    QStringList fields;
    for (const Problem& problem : problems)
        fields << problem.field;
    return fields;
}

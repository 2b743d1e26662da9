#include "TestDatabase.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

TestDatabase::TestDatabase()
    : m_path(m_dir.filePath(QStringLiteral("test.sqlite")))
    , m_database(std::make_unique<Database>())
{
    const DatabaseStatus status = m_database->open(DatabaseLocation::sqliteFile(m_path), Database::OpenMode::CreateIfMissing);
    INFO(status.message.toStdString());
    REQUIRE(status.ok());
}

void TestDatabase::addCountry(const QString& code, const QString& iso3, const QString& labelFr, const QString& zone)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("INSERT INTO ref_country (code, iso3, label_fr, label_en, zone_code) VALUES (?, ?, ?, ?, ?)"));
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
    query.prepare(QStringLiteral("INSERT INTO ref_departement (code, label_fr, region_code) VALUES (?, ?, '84')"));
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

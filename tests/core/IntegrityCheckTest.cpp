#include "support/QtPrinting.h"

#include "support/StoreFixture.h"

#include "check/IntegrityCheck.h"

#include <QSqlQuery>

namespace {

QStringList messages(const QList<IntegrityProblem>& problems)
{
    QStringList list;
    for (const IntegrityProblem& problem : problems)
        list << problem.table + QLatin1String(": ") + problem.message;
    return list;
}

} // namespace

TEST_CASE("A database written through the stores passes the check", "[check]")
{
    StoreFixture db;
    const qint64 actor = db.addActor(QStringLiteral("Lyon"));
    db.addPartnership(actor, db.addPartner(QStringLiteral("Leipzig"), QStringLiteral("DE")));
    db.addProject(QStringLiteral("Échanges scolaires"), actor);
    CHECK(messages(IntegrityCheck(db.connection()).run()).isEmpty());
}

// [sqlite]: PostgreSQL lets no foreign key point nowhere, even for a moment, so its check does not
// look for them.
TEST_CASE("The check finds data written around the stores", "[check][sqlite]")
{
    StoreFixture db;
    const qint64 actor = db.addActor(QStringLiteral("Lyon"));
    db.addPartnership(actor, db.addPartner(QStringLiteral("Leipzig"), QStringLiteral("DE")));
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("DELETE FROM partnership_partner")));
    REQUIRE(query.exec(QStringLiteral(
        "INSERT INTO project (uuid, title, status_code, started_on, ended_on, created_at, updated_at) "
        "VALUES ('p-1', 'Sans porteur', 'en_cours', '2022-05', '2021', 'now', 'now')")));
    REQUIRE(query.exec(QStringLiteral("UPDATE actor SET siren = '123456789'")));
    REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    REQUIRE(query.exec(QStringLiteral("UPDATE foreign_partner SET country_code = 'QQ'")));
    REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_keys = ON")));

    const QStringList found = messages(IntegrityCheck(db.connection()).run());
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.contains(QStringLiteral("partnership: the partnership has no foreign partner")));
    CHECK(found.contains(QStringLiteral("project: the project has no lead actor")));
    CHECK(found.contains(QStringLiteral("project: the project ends before it starts")));
    CHECK(found.contains(QStringLiteral("actor: \"123456789\" is not a valid SIREN number")));
    bool foreignKey = false;
    for (const QString& line : found)
        foreignKey = foreignKey || (line.startsWith(QStringLiteral("foreign_partner:")) &&
                                    line.contains(QStringLiteral("ref_country")));
    CHECK(foreignKey);
    CHECK(found.size() == 5);
}

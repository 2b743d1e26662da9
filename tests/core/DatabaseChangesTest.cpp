#include "support/StoreFixture.h"
#include "support/WaitFor.h"

#include <catch2/catch.hpp>

#include "database/Database.h"
#include "database/DatabaseChanges.h"
#include "store/ActorStore.h"

// A colleague's change seen without a restart: another connection's commit is told to this one
// (PostgreSQL's notification, SQLite's data_version), this connection's own writes are not.

namespace {

void addActorOn(const QSqlDatabase& connection, const QString& name)
{
    Actor actor;
    actor.name = name;
    actor.typeCode = QStringLiteral("commune");
    const Result<Actor> created = ActorStore(connection).create(actor);
    INFO(created.message().toStdString());
    REQUIRE(created.ok());
}

} // namespace

TEST_CASE("Another connection's commit is told to this one; its own writes are not",
          "[stores][concurrency][changes]")
{
    StoreFixture db;
    DatabaseChanges changes(db.connection(), nullptr, 50);
    REQUIRE(changes.watching());
    int told = 0;
    QObject::connect(&changes, &DatabaseChanges::changedElsewhere, [&told] { ++told; });

    // A colleague, on a connection of their own, adds an actor.
    Database colleague;
    REQUIRE(colleague.openCopyOf(db.connection().connectionName(), Database::Access::ReadWrite).ok());
    addActorOn(colleague.connection(), QStringLiteral("Grenoble"));
    REQUIRE_EVENTUALLY(told == 1);

    // This connection's own save is not news to it: only the colleague's next one is told.
    addActorOn(db.connection(), QStringLiteral("Lyon"));
    CHECK_FALSE(QTest::qWaitFor([&told] { return told > 1; }, 600));
    addActorOn(colleague.connection(), QStringLiteral("Vienne"));
    REQUIRE_EVENTUALLY(told == 2);

    // A transaction rolled back is no change.
    {
        Transaction transaction(colleague.connection());
        REQUIRE(transaction.started().ok());
        QSqlQuery(colleague.connection()).exec(QStringLiteral("DELETE FROM actor"));
        transaction.rollback();
    }
    CHECK_FALSE(QTest::qWaitFor([&told] { return told > 2; }, 600));
    colleague.close();
}

#include "support/StoreFixture.h"

#include <catch2/catch.hpp>

#include "common/CurrentUser.h"
#include "common/StableId.h"
#include "database/Database.h"
#include "database/SqlEngine.h"
#include "store/ActorStore.h"
#include "store/Trash.h"

#include <QSqlQuery>
#include <QUrl>

// Who the change history, the trash and import batches name (common/CurrentUser.h): the name set
// in the preferences when there is one; else on PostgreSQL the adviser's database role, on SQLite
// the system account.

namespace {

// The name the preferences give, for the length of a test (the tests' main sets "tester").
class ChosenName
{
public:
    explicit ChosenName(const QString& name) { CurrentUser::setOverride(name); }
    ~ChosenName() { CurrentUser::setOverride(QStringLiteral("tester")); }
    ChosenName(const ChosenName&) = delete;
    ChosenName& operator=(const ChosenName&) = delete;
};

QString trashAuthor(const StoreFixture& db, qint64 entry)
{
    return db.scalar(QStringLiteral("SELECT deleted_by FROM trash_entry WHERE id = %1").arg(entry))
        .toString();
}

} // namespace

TEST_CASE("History names the adviser set in the preferences, else the database's user or the system's",
          "[store][history]")
{
    StoreFixture db;
    // What the engine names: the session's role on PostgreSQL, the system account on SQLite.
    const QString engineAuthor = TestEngine::isPostgres()
                                     ? db.scalar(QStringLiteral("SELECT current_user")).toString()
                                     : CurrentUser::systemName();
    REQUIRE_FALSE(engineAuthor.isEmpty());
    // What the preferences show where the name is left empty.
    CHECK(SqlEngine::of(db.connection()).unnamedAuthor(db.connection()) == engineAuthor);
    // (Both records are put in the trash at the end: SQLite gives a deleted record's id again.)
    const QString name = QStringLiteral("Claire Martin-Dupont, chargée de mission coopération décentralisée");
    qint64 lyon = 0;
    qint64 grenoble = 0;
    {
        const ChosenName nobody{QString()};
        lyon = db.addActor(QStringLiteral("Lyon"));
        CHECK(entryFor(db.history(QStringLiteral("actor"), lyon), QStringLiteral("name")).userName ==
              engineAuthor);
    }
    {
        // A name longer than PostgreSQL's role names (63 bytes) is kept whole.
        const ChosenName claire(name);
        grenoble = db.addActor(QStringLiteral("Grenoble"));
        CHECK(entryFor(db.history(QStringLiteral("actor"), grenoble), QStringLiteral("name")).userName ==
              name);
    }
    {
        const ChosenName nobody{QString()};
        const Result<qint64> trashed = ActorStore(db.connection()).moveToTrash(lyon, QStringLiteral("Lyon"));
        REQUIRE(trashed.ok());
        CHECK(trashAuthor(db, trashed.value()) == engineAuthor);
    }
    {
        const ChosenName claire(name);
        const Result<qint64> trashed =
            ActorStore(db.connection()).moveToTrash(grenoble, QStringLiteral("Grenoble"));
        REQUIRE(trashed.ok());
        CHECK(trashAuthor(db, trashed.value()) == name);
    }
}

TEST_CASE("On PostgreSQL each adviser's role names their changes; on SQLite the system account does",
          "[store][history]")
{
    StoreFixture db;
    const ChosenName nobody{QString()};
    if (!TestEngine::isPostgres()) {
        // SQLite has no users: two connections of the same account write the same name.
        Database second;
        REQUIRE(second.open(db.location(), Database::OpenMode::MustExist).ok());
        Actor actor;
        actor.name = QStringLiteral("Annecy");
        actor.typeCode = QStringLiteral("commune");
        const Result<Actor> created = ActorStore(second.connection()).create(actor);
        REQUIRE(created.ok());
        CHECK(entryFor(db.history(QStringLiteral("actor"), created.value().id), QStringLiteral("name"))
                  .userName == CurrentUser::systemName());
        return;
    }
    // Claire logs in with a role of her own, given the rights on the observatory's tables as
    // docs/team.md says (a role per adviser; roles belong to the whole server, hence a unique name).
    const QString role = QStringLiteral("claire_") + StableId::create().left(8).toLower();
    REQUIRE(TestEngine::runOnServer({QStringLiteral("CREATE ROLE %1 LOGIN").arg(role)}).isEmpty());
    QSqlQuery grant(db.connection());
    REQUIRE(
        grant.exec(QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1")
                       .arg(role)));
    REQUIRE(grant.exec(QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(role)));
    qint64 id = 0;
    {
        QUrl url = db.location().url();
        url.setUserName(role);
        const auto location = DatabaseLocation::parse(url.toString());
        REQUIRE(location);
        Database claire;
        const DatabaseStatus opened = claire.open(*location, Database::OpenMode::MustExist);
        INFO(opened.message.toStdString());
        REQUIRE(opened.ok());
        Actor actor;
        actor.name = QStringLiteral("Annecy");
        actor.typeCode = QStringLiteral("commune");
        const Result<Actor> created = ActorStore(claire.connection()).create(actor);
        INFO(created.message().toStdString());
        REQUIRE(created.ok());
        id = created.value().id;
    }
    CHECK(entryFor(db.history(QStringLiteral("actor"), id), QStringLiteral("name")).userName == role);
    // The test's own connection, as the server's administrator, is named as such.
    const qint64 lyon = db.addActor(QStringLiteral("Lyon"));
    CHECK(entryFor(db.history(QStringLiteral("actor"), lyon), QStringLiteral("name")).userName ==
          QUrl(TestEngine::postgresServerUrl()).userName());
    REQUIRE(grant.exec(QStringLiteral("DROP OWNED BY %1").arg(role)));
    CHECK(TestEngine::runOnServer({QStringLiteral("DROP ROLE %1").arg(role)}).isEmpty());
}

#include "support/QtPrinting.h"

#include "support/StatementCounter.h"
#include "support/StoreFixture.h"

#include "store/ActorStore.h"

#include <QRegularExpression>
#include <QUuid>

TEST_CASE("Creating an actor stores it with a stable id, times and a normalised name", "[stores][actors]")
{
    StoreFixture db;
    ActorStore store(db.connection());
    Actor actor;
    actor.name = QStringLiteral("Ville de Saint-Étienne");
    actor.typeCode = QStringLiteral("commune");
    actor.inseeCode = QStringLiteral("42218");
    actor.siren = QStringLiteral("214202186");
    actor.population = 172565;
    actor.verifiedOn = *PartialDate::parse(QStringLiteral("03/2024"));

    const Result<Actor> created = store.create(actor);
    INFO(created.message().toStdString());
    REQUIRE(created.ok());
    const Actor& stored = created.value();
    CHECK(stored.id > 0);
    CHECK_FALSE(QUuid::fromString(stored.uuid).isNull());
    CHECK_FALSE(stored.createdAt.isEmpty());
    CHECK(stored.createdAt == stored.updatedAt);
    CHECK(stored.population == 172565);
    CHECK(stored.verifiedOn.toIso() == QStringLiteral("2024-03"));
    CHECK(db.scalar(QStringLiteral("SELECT name_normalized FROM actor")).toString() ==
          QStringLiteral("saint etienne"));
    CHECK(store.findByUuid(stored.uuid)->id == stored.id);

    const QList<ChangeEntry> history = db.history(QStringLiteral("actor"), stored.id);
    CHECK(entryFor(history, QStringLiteral("name")).newValue == QStringLiteral("Ville de Saint-Étienne"));
    CHECK(entryFor(history, QStringLiteral("name")).action == QStringLiteral("create"));
    CHECK(entryFor(history, QStringLiteral("name")).userName == QStringLiteral("tester"));
    CHECK(entryFor(history, QStringLiteral("name_normalized")).field.isEmpty());
}

TEST_CASE("Invalid actors are refused with one problem per field and nothing written", "[stores][actors]")
{
    StoreFixture db;
    ActorStore store(db.connection());
    Actor actor;
    actor.name = QStringLiteral("   ");
    actor.typeCode = QStringLiteral("martian");
    actor.inseeCode = QStringLiteral("6912");
    actor.siren = QStringLiteral("123456789");
    actor.rna = QStringLiteral("12345");
    actor.departementCode = QStringLiteral("99");
    actor.population = -3;
    actor.email = QStringLiteral("mairie.fr");
    actor.parentActorId = 4242;

    const Result<Actor> created = store.create(actor);
    REQUIRE_FALSE(created.ok());
    const QStringList fields = problemFields(created.problems());
    for (const char* field : {"name", "actor_type", "actor_code", "siren", "rna", "departement", "population",
                              "email", "parent"}) {
        INFO(field);
        CHECK(fields.contains(QString::fromLatin1(field)));
    }
    CHECK(db.count(QStringLiteral("actor")) == 0);
    CHECK(db.count(QStringLiteral("change_log")) == 0);
}

TEST_CASE("An actor's INSEE code must name a commune, current or former", "[stores][actors]")
{
    StoreFixture db;
    ActorStore store(db.connection());
    Actor actor;
    actor.name = QStringLiteral("Commune imaginaire");
    actor.inseeCode = QStringLiteral("69999");
    Result<Actor> created = store.create(actor);
    REQUIRE_FALSE(created.ok());
    CHECK(created.problems().first().field == QStringLiteral("actor_code"));
    CHECK(created.message().contains(QStringLiteral("69999")));

    actor.name = QStringLiteral("Meythet");
    actor.inseeCode = QStringLiteral("74182");
    actor.communeInsee = QStringLiteral("74010");
    created = store.create(actor);
    INFO(created.message().toStdString());
    CHECK(created.ok());
}

TEST_CASE("An actor store reads each commune's code once, however many actors it checks",
          "[stores][actors][sqlite]")
{
    // Each check of an actor made a GeoLookup of its own, which read the commune of its code and
    // of its commune again: an import checks every actor it brings twice (its first pass, then
    // the writing). One store, one lookup: a code is read once.
    StoreFixture db;
    ActorStore store(db.connection());
    Actor actor;
    actor.name = QStringLiteral("Comité de jumelage");
    actor.typeCode = QStringLiteral("asso_si");
    StatementCounter statements(db.connection());
    for (int i = 0; i < 10; ++i) {
        actor.inseeCode = QStringLiteral("69123");
        actor.communeInsee = QStringLiteral("69123");
        CHECK(store.validate(actor).isEmpty());
        actor.inseeCode = QStringLiteral("74011"); // a former code: read in two tables
        actor.communeInsee = QStringLiteral("74010");
        CHECK(store.validate(actor).isEmpty());
        actor.inseeCode = QStringLiteral("69999"); // no commune: its absence is kept too
        CHECK_FALSE(store.validate(actor).isEmpty());
    }
    statements.stop();
    const QStringList reads =
        statements.statements().filter(QRegularExpression(QStringLiteral("WHERE [cf]\\.code = ")));
    INFO(reads.join(QLatin1Char('\n')).toStdString());
    // 69123 and 74010 once each; 74011 and 69999 each in the current communes, then the former.
    CHECK(reads.size() == 6);
}

TEST_CASE("An INSEE code and a département that contradict each other are refused with the reason",
          "[stores][actors][places]")
{
    StoreFixture db;
    ActorStore store(db.connection());
    Actor actor;
    actor.name = QStringLiteral("Lyon");
    actor.typeCode = QStringLiteral("commune");
    actor.departementCode = QStringLiteral("69M");
    actor.inseeCode = QStringLiteral("74011"); // Annecy-le-Vieux, in Haute-Savoie
    const Problems problems = store.validate(actor);
    REQUIRE(problems.size() == 2);
    CHECK(problems.first().field == QStringLiteral("departement"));
    CHECK(problems.first().message ==
          QStringLiteral("74011 is the INSEE code of Annecy, in department 74, not 69M."));
    CHECK(problems.last().field == QStringLiteral("actor_code"));
    CHECK(
        problems.last().message ==
        QStringLiteral("\"Lyon\" names the commune of Lyon (69123), but 74011 is the INSEE code of Annecy."));
    // The Rhône written 69D for a commune of the Métropole is the same place.
    actor.inseeCode = QStringLiteral("69123");
    actor.departementCode = QStringLiteral("69D");
    CHECK(store.validate(actor).isEmpty());
}

TEST_CASE("A commune whose name designates another commune than its code is refused; a former name agrees",
          "[stores][actors][places]")
{
    StoreFixture db;
    ActorStore store(db.connection());
    Actor actor;
    actor.typeCode = QStringLiteral("commune");
    actor.name = QStringLiteral("Ville de Grenoble");
    actor.inseeCode = QStringLiteral("69266"); // Villeurbanne
    Problems problems = store.validate(actor);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().field == QStringLiteral("actor_code"));
    CHECK(problems.first().message.contains(QStringLiteral("Grenoble (38185)")));
    CHECK(problems.first().message.contains(QStringLiteral("Villeurbanne")));

    // The same commune under its former name and its former code, or its current code.
    actor.name = QStringLiteral("Annecy-le-Vieux");
    actor.inseeCode = QStringLiteral("74011");
    CHECK(store.validate(actor).isEmpty());
    actor.inseeCode = QStringLiteral("74010");
    CHECK(store.validate(actor).isEmpty());
    // An actor that only bears a commune's name without being it is not checked against it.
    actor.typeCode = QStringLiteral("asso_si");
    actor.name = QStringLiteral("Grenoble");
    actor.inseeCode = QStringLiteral("69266");
    CHECK(store.validate(actor).isEmpty());
    // Nor a name that designates no single place.
    actor.typeCode = QStringLiteral("commune");
    actor.name = QStringLiteral("Lyon Solidarité");
    CHECK(store.validate(actor).isEmpty());
}

TEST_CASE("Updating an actor records each changed field in the history", "[stores][actors]")
{
    StoreFixture db;
    ActorStore store(db.connection());
    const qint64 id = db.addActor(QStringLiteral("Grenoble"));
    Actor actor = *store.find(id);
    actor.name = QStringLiteral("Ville de Grenoble");
    actor.departementCode = QStringLiteral("38");

    const Result<Actor> updated = store.update(actor);
    REQUIRE(updated.ok());
    CHECK(updated.value().name == QStringLiteral("Ville de Grenoble"));
    CHECK(updated.value().updatedAt >= updated.value().createdAt);

    const QList<ChangeEntry> history = db.history(QStringLiteral("actor"), id);
    QList<ChangeEntry> updates;
    for (const ChangeEntry& entry : history) {
        if (entry.action == QLatin1String("update"))
            updates << entry;
    }
    REQUIRE(updates.size() == 2);
    CHECK(entryFor(updates, QStringLiteral("name")).oldValue == QStringLiteral("Grenoble"));
    CHECK(entryFor(updates, QStringLiteral("name")).newValue == QStringLiteral("Ville de Grenoble"));
    CHECK(entryFor(updates, QStringLiteral("departement_code")).oldValue.isEmpty());
    CHECK(entryFor(updates, QStringLiteral("departement_code")).newValue == QStringLiteral("38"));
}

TEST_CASE("Saving an unchanged actor writes nothing", "[stores][actors]")
{
    StoreFixture db;
    ActorStore store(db.connection());
    const qint64 id = db.addActor(QStringLiteral("Annecy"));
    const Actor before = *store.find(id);
    const int historyRows = db.count(QStringLiteral("change_log"));

    const Result<Actor> saved = store.update(before);
    REQUIRE(saved.ok());
    CHECK(saved.value().updatedAt == before.updatedAt);
    CHECK(db.count(QStringLiteral("change_log")) == historyRows);
}

TEST_CASE("An invalid update leaves the stored actor as it was", "[stores][actors]")
{
    StoreFixture db;
    ActorStore store(db.connection());
    const qint64 id = db.addActor(QStringLiteral("Chambéry"));
    Actor actor = *store.find(id);
    actor.name.clear();
    CHECK_FALSE(store.update(actor).ok());
    CHECK(store.find(id)->name == QStringLiteral("Chambéry"));
}

TEST_CASE("Deleting an actor keeps its last values in the history", "[stores][actors]")
{
    StoreFixture db;
    ActorStore store(db.connection());
    const qint64 id = db.addActor(QStringLiteral("Valence"));
    REQUIRE(store.remove(id).ok());
    CHECK_FALSE(store.find(id).has_value());
    const ChangeEntry deletion = entryFor(
        [&] {
            QList<ChangeEntry> deletions;
            for (const ChangeEntry& entry : db.history(QStringLiteral("actor"), id)) {
                if (entry.action == QLatin1String("delete"))
                    deletions << entry;
            }
            return deletions;
        }(),
        QStringLiteral("name"));
    CHECK(deletion.oldValue == QStringLiteral("Valence"));
    CHECK(deletion.newValue.isEmpty());
    CHECK_FALSE(store.remove(id).ok());
}

TEST_CASE("An actor still in use cannot be deleted", "[stores][actors]")
{
    StoreFixture db;
    ActorStore store(db.connection());
    const qint64 actorId = db.addActor(QStringLiteral("Lyon"));
    db.addPartnership(actorId, db.addPartner(QStringLiteral("Leipzig"), QStringLiteral("DE")));

    const ActorStore::Usage usage = store.usage(actorId);
    CHECK(usage.partnerships == 1);
    const Status removed = store.remove(actorId);
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.message().contains(QStringLiteral("Lyon")));
    CHECK(store.find(actorId).has_value());
}

TEST_CASE("A deleted actor can be restored as it was, for undo", "[stores][actors]")
{
    StoreFixture db;
    ActorStore store(db.connection());
    const qint64 id = db.addActor(QStringLiteral("Roanne"));
    const Actor before = *store.find(id);
    REQUIRE(store.remove(id).ok());
    const Result<Actor> restored = store.restore(before);
    INFO(restored.message().toStdString());
    REQUIRE(restored.ok());
    CHECK(restored.value().id == id);
    CHECK(restored.value().uuid == before.uuid);
    CHECK(restored.value().createdAt == before.createdAt);
    CHECK(restored.value().name == QStringLiteral("Roanne"));
    // Restoring what exists is refused.
    CHECK_FALSE(store.restore(before).ok());
    int creations = 0;
    for (const ChangeEntry& entry : db.history(QStringLiteral("actor"), id))
        creations += entry.action == QLatin1String("create") && entry.field == QLatin1String("name") ? 1 : 0;
    CHECK(creations == 2);
}

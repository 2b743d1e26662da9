// A local authority's APD declarations: written with the actor as one of its lists, validated,
// in its history, and carried by the trash and by a merge of duplicates (and its undo).
#include "support/QtPrinting.h"

#include "support/StoreFixture.h"

#include "store/ActorStore.h"
#include "store/DuplicateMerge.h"
#include "store/Trash.h"

namespace {

ApdDeclaration declared(int year, std::optional<qint64> cents = std::nullopt, const char* on = nullptr)
{
    ApdDeclaration d;
    d.year = year;
    d.amountCents = cents;
    if (on)
        d.declaredOn = *PartialDate::parse(QString::fromLatin1(on));
    return d;
}

ApdDeclaration notDeclared(int year)
{
    ApdDeclaration d;
    d.year = year;
    d.declared = false;
    return d;
}

qint64 rows(StoreFixture& db, qint64 actorId)
{
    return db
        .scalar(QStringLiteral("SELECT count(*) FROM actor_apd_declaration WHERE actor_id = %1").arg(actorId))
        .toLongLong();
}

// French amounts group their digits with a narrow no-break space: compared as ordinary spaces.
QString spaced(QString text)
{
    return text.replace(QChar(0x202F), QLatin1Char(' ')).replace(QChar(0x00A0), QLatin1Char(' '));
}

// The latest change of a field (the history lists the oldest first).
ChangeEntry latest(const QList<ChangeEntry>& entries, const QString& field)
{
    ChangeEntry found;
    for (const ChangeEntry& entry : entries) {
        if (entry.field == field)
            found = entry;
    }
    return found;
}

} // namespace

TEST_CASE("APD declarations are stored with the actor, latest year first, and in its history",
          "[stores][actors][apd]")
{
    StoreFixture db;
    ActorStore store(db.connection());
    Actor grenoble = *store.find(db.addActor(QStringLiteral("Grenoble")));
    grenoble.apdDeclarations = {notDeclared(2023), declared(2024, 1'234'550, "15/04/2025")};
    const Result<Actor> saved = store.update(grenoble);
    INFO(saved.message().toStdString());
    REQUIRE(saved.ok());
    REQUIRE(saved.value().apdDeclarations.size() == 2);
    CHECK(saved.value().apdDeclarations.first() == declared(2024, 1'234'550, "15/04/2025"));
    CHECK(saved.value().apdDeclarations.last() == notDeclared(2023));
    const ChangeEntry entry =
        latest(db.history(QStringLiteral("actor"), grenoble.id), QStringLiteral("apd_declarations"));
    CHECK(entry.oldValue.isEmpty());
    CHECK(spaced(entry.newValue) == QStringLiteral("2024 ✓ 12 345,50 € 2025-04-15 | 2023 ✗"));

    // The same declarations in another order are no change.
    Actor same = saved.value();
    std::reverse(same.apdDeclarations.begin(), same.apdDeclarations.end());
    CHECK(store.update(same).value().version == saved.value().version);
}

TEST_CASE("APD declarations are refused with the reason: twice a year, not a local authority, a 'no' with "
          "an amount",
          "[stores][actors][apd]")
{
    StoreFixture db;
    ActorStore store(db.connection());
    Actor commune;
    commune.name = QStringLiteral("Voiron");
    commune.typeCode = QStringLiteral("commune");
    commune.apdDeclarations = {declared(2024), declared(2024)};
    CHECK(store.validate(commune).first().field == QStringLiteral("apd_years"));
    commune.apdDeclarations = {notDeclared(2024)};
    commune.apdDeclarations.first().amountCents = 100;
    CHECK(store.validate(commune).first().field == QStringLiteral("apd_declared"));
    commune.apdDeclarations = {declared(1850)};
    CHECK(store.validate(commune).first().field == QStringLiteral("apd_years"));
    // Every type of the local authorities' family may declare; another may not.
    for (const char* type : {"commune", "epci", "departement", "region", "metropole_lyon", "syndicat"}) {
        commune.typeCode = QString::fromLatin1(type);
        commune.apdDeclarations = {declared(2024)};
        INFO(type);
        CHECK(store.validate(commune).isEmpty());
    }
    Actor association;
    association.name = QStringLiteral("Eau Vive");
    association.typeCode = QStringLiteral("asso_si");
    association.apdDeclarations = {declared(2024)};
    const Problems problems = store.validate(association);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().message.contains(QStringLiteral("local authorities")));
    CHECK_FALSE(store.create(association).ok());
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM actor_apd_declaration")).toLongLong() == 0);
}

TEST_CASE("A deleted local authority goes to the trash with its APD declarations and comes back with them",
          "[stores][trash][apd]")
{
    StoreFixture db;
    ActorStore store(db.connection());
    Actor annecy = *store.find(db.addActor(QStringLiteral("Annecy")));
    annecy.apdDeclarations = {declared(2024, 500'000), notDeclared(2023)};
    REQUIRE(store.update(annecy).ok());
    const Result<qint64> entry = store.moveToTrash(annecy.id, annecy.name);
    REQUIRE(entry.ok());
    CHECK(rows(db, annecy.id) == 0);
    const Result<qint64> restored = Trash(db.connection()).restore(entry.value());
    INFO(restored.message().toStdString());
    REQUIRE(restored.ok());
    CHECK(rows(db, restored.value()) == 2);
    CHECK(store.find(restored.value())->apdDeclarations ==
          QList<ApdDeclaration>{declared(2024, 500'000), notDeclared(2023)});
}

TEST_CASE("Merging two records of one authority gives the kept one the other's years; undo takes them back",
          "[merge][apd]")
{
    StoreFixture db;
    ActorStore store(db.connection());
    Actor kept = *store.find(db.addActor(QStringLiteral("Ville de Vienne")));
    kept.apdDeclarations = {declared(2024, 100'000)};
    kept = store.update(kept).value();
    Actor other = *store.find(db.addActor(QStringLiteral("Mairie de Viennes")));
    other.apdDeclarations = {declared(2024, 999'900), declared(2023, 80'000)};
    other = store.update(other).value();

    const DuplicateMerge<Actor> merge(db.connection());
    MergeRequest request;
    request.keptId = kept.id;
    request.otherId = other.id;
    request.keptVersion = kept.version;
    request.otherVersion = other.version;
    const auto merged = merge.merge(request);
    INFO(merged.message().toStdString());
    REQUIRE(merged.ok());
    // The kept one's own 2024 stays; the other's 2023 comes.
    CHECK(store.find(kept.id)->apdDeclarations ==
          QList<ApdDeclaration>{declared(2024, 100'000), declared(2023, 80'000)});
    CHECK(spaced(latest(db.history(QStringLiteral("actor"), kept.id), QStringLiteral("apd_declarations"))
                     .newValue) == QStringLiteral("2024 ✓ 1 000 € | 2023 ✓ 800 €"));

    // Undone: the kept one as it was, the other back from the trash with its two years.
    const auto undone = merge.undo(merged.value());
    INFO(undone.message().toStdString());
    REQUIRE(undone.ok());
    CHECK(store.find(kept.id)->apdDeclarations == QList<ApdDeclaration>{declared(2024, 100'000)});
    CHECK(store.find(undone.value().otherId)->apdDeclarations == other.apdDeclarations);

    // The adviser takes the other's list: its 2024 wins, the kept one keeps nothing of its own
    // that the other has too.
    MergeRequest again = undone.value();
    again.fromOther = {QStringLiteral("apd_declarations")};
    const auto mergedAgain = merge.merge(again);
    REQUIRE(mergedAgain.ok());
    CHECK(store.find(kept.id)->apdDeclarations ==
          QList<ApdDeclaration>{declared(2024, 999'900), declared(2023, 80'000)});
}

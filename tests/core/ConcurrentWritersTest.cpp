#include "support/StoreFixture.h"
#include "support/TemporaryFile.h"

#include <catch2/catch.hpp>

#include "csv/PartnershipImporter.h"
#include "database/Database.h"
#include "database/Transaction.h"
#include "store/PartnershipStore.h"

#include <QSqlQuery>

#include <QThread>

#include <algorithm>
#include <functional>

// Several advisers writing at once, each on a connection of their own (a Qt Sql connection belongs
// to its thread: each adviser is a thread here, as each would be a process). Every save compares
// the version it read; a save over a newer version is a conflict, merged as the window merges it
// (the colleague's record with the adviser's changes over it), and a busy database (SQLite's
// lock, a row PostgreSQL holds past lock_timeout) is tried again. Nothing may be lost: at the end
// every adviser's last value is there and each record's version counts every save.

namespace {

// The field adviser `client` changes (four advisers, four fields).
void setField(Partnership& partnership, int client, int round)
{
    const QString value = QStringLiteral("adviser %1, round %2").arg(client).arg(round);
    switch (client) {
    case 0:
        partnership.title = value;
        break;
    case 1:
        partnership.description = value;
        break;
    case 2:
        partnership.source = value;
        break;
    default:
        // A link list: the saves delete and insert rows of partnership_theme at once.
        partnership.themeCodes = round % 2 == 0 ? QStringList{QStringLiteral("culture_sport")}
                                                : QStringList{QStringLiteral("jeunesse_mobilite")};
        break;
    }
}

struct Tally
{
    int saves = 0;
    int conflicts = 0;
    int busy = 0;
    QString failure;
};

// A thread (started) that opens a connection of its own to the tests' database, as the window's
// second connections do, and runs `work` on it; the caller waits for it and deletes it.
QThread* onOwnConnection(const TestDatabase& db, Tally& tally,
                         std::function<void(const QSqlDatabase&, Tally&)> work)
{
    const QString source = db.connection().connectionName();
    QThread* thread = QThread::create([source, &tally, work = std::move(work)] {
        Database database;
        if (const DatabaseStatus opened = database.openCopyOf(source, Database::Access::ReadWrite);
            !opened.ok()) {
            tally.failure = opened.message;
            return;
        }
        work(database.connection(), tally);
        database.close();
    });
    thread->start();
    return thread;
}

// `count` partnerships of Lyon, each with a partner of its own.
QList<qint64> addPartnerships(StoreFixture& db, int count)
{
    const qint64 actor = db.addActor(QStringLiteral("Lyon"));
    QList<qint64> ids;
    for (int i = 0; i < count; ++i)
        ids << db.addPartnership(actor,
                                 db.addPartner(QStringLiteral("Partenaire %1").arg(i), QStringLiteral("DE")));
    return ids;
}

void finish(QThread* thread)
{
    thread->wait();
    delete thread;
}

// Saves `mine` (read as `base`) until it is written: a conflict merges it onto the current version,
// a busy database is tried again. Any other failure ends the adviser's work.
bool saveUntilWritten(PartnershipStore& store, const Partnership& base, const Partnership& mine, Tally& tally)
{
    Partnership attempt = mine;
    for (int tries = 0; tries < 200; ++tries) {
        const Result<Partnership> saved = store.update(attempt);
        if (saved.ok()) {
            ++tally.saves;
            return true;
        }
        if (hasConflict(saved.problems())) {
            ++tally.conflicts;
            // Always the adviser's own changes (mine against what they read) over the current record:
            // merging an earlier merge would write back a colleague's older value.
            const std::optional<Partnership> merged = store.mergeOntoCurrent(base, mine);
            if (!merged)
                break;
            attempt = *merged;
        } else if (std::all_of(saved.problems().cbegin(), saved.problems().cend(),
                               [](const Problem& problem) { return problem.isStorage(); })) {
            // The database was busy (the command line's exit code 3: "try again").
            ++tally.busy;
        } else {
            tally.failure = saved.message();
            return false;
        }
    }
    if (tally.failure.isEmpty())
        tally.failure = QStringLiteral("not written after 200 tries");
    return false;
}

} // namespace

TEST_CASE("On two connections, a save over a version another connection wrote is a conflict, and the merge "
          "keeps both changes",
          "[stores][conflict][concurrency]")
{
    StoreFixture db;
    const qint64 id = db.addPartnership(db.addActor(QStringLiteral("Lyon")),
                                        db.addPartner(QStringLiteral("Leipzig"), QStringLiteral("DE")));
    PartnershipStore store(db.connection());
    const Partnership read = *store.find(id);

    // A colleague, on another connection, saves the same record first.
    Tally colleague;
    finish(onOwnConnection(db, colleague, [&](const QSqlDatabase& connection, Tally& tally) {
        PartnershipStore theirStore(connection);
        Partnership theirs = *theirStore.find(id);
        theirs.source = QStringLiteral("Annuaire 2026");
        if (const Result<Partnership> saved = theirStore.update(theirs); saved.ok())
            ++tally.saves;
        else
            tally.failure = saved.message();
    }));
    REQUIRE(colleague.failure.toStdString().empty());
    REQUIRE(colleague.saves == 1);

    // This connection's save of the version it read is refused: nothing overwritten.
    Partnership mine = read;
    mine.title = QStringLiteral("Lyon – Leipzig");
    const Result<Partnership> refused = store.update(mine);
    REQUIRE_FALSE(refused.ok());
    CHECK(hasConflict(refused.problems()));
    CHECK(store.find(id)->source == QStringLiteral("Annuaire 2026"));
    CHECK(store.find(id)->title.isEmpty());

    const std::optional<Partnership> merged = store.mergeOntoCurrent(read, mine);
    REQUIRE(merged);
    REQUIRE(store.update(*merged).ok());
    const Partnership now = *store.find(id);
    CHECK(now.source == QStringLiteral("Annuaire 2026"));
    CHECK(now.title == QStringLiteral("Lyon – Leipzig"));
    CHECK(now.version == 3);
}

TEST_CASE("A save while another connection holds the record waits, then is refused as busy, to try again",
          "[stores][concurrency]")
{
    StoreFixture db;
    const QList<qint64> ids = addPartnerships(db, 1);
    // This connection is in the middle of writing the record (SQLite: the file's write lock;
    // PostgreSQL: the row's lock), longer than the busy timeout.
    Transaction holding(db.connection());
    REQUIRE(holding.started().ok());
    QSqlQuery hold(db.connection());
    REQUIRE(hold.exec(
        QStringLiteral("UPDATE partnership SET source = 'en cours' WHERE id = %1").arg(ids.first())));

    Tally colleague;
    finish(onOwnConnection(db, colleague, [&ids](const QSqlDatabase& connection, Tally& tally) {
        PartnershipStore store(connection);
        Partnership theirs = *store.find(ids.first());
        theirs.title = QStringLiteral("Lyon – Partenaire 0");
        const Result<Partnership> saved = store.update(theirs);
        if (saved.ok())
            ++tally.saves;
        else if (saved.problems().first().isStorage())
            ++tally.busy;
        tally.failure = saved.message();
    }));
    holding.rollback();
    INFO(colleague.failure.toStdString());
    CHECK(colleague.saves == 0);
    CHECK(colleague.busy == 1);
    CHECK(colleague.failure.contains(QStringLiteral("try again")));
    CHECK(PartnershipStore(db.connection()).find(ids.first())->version == 1);
}

TEST_CASE("Four advisers saving the same records at once lose no change", "[stores][conflict][concurrency]")
{
    StoreFixture db;
    const QList<qint64> ids = addPartnerships(db, 6);
    constexpr int kAdvisers = 4;
    constexpr int kRounds = 5;

    QList<Tally> tallies(kAdvisers);
    QList<QThread*> advisers;
    for (int client = 0; client < kAdvisers; ++client) {
        advisers << onOwnConnection(
            db, tallies[client], [&ids, client](const QSqlDatabase& connection, Tally& tally) {
                PartnershipStore store(connection);
                for (int round = 0; round < kRounds && tally.failure.isEmpty(); ++round) {
                    for (qint64 id : ids) {
                        const std::optional<Partnership> base = store.find(id);
                        if (!base) {
                            tally.failure = QStringLiteral("record %1 not found").arg(id);
                            return;
                        }
                        Partnership mine = *base;
                        setField(mine, client, round);
                        if (!saveUntilWritten(store, *base, mine, tally))
                            return;
                    }
                }
            });
    }
    for (QThread* adviser : advisers)
        finish(adviser);

    int conflicts = 0;
    for (int client = 0; client < kAdvisers; ++client) {
        INFO("adviser " << client << ": " << tallies[client].failure.toStdString());
        CHECK(tallies[client].failure.isEmpty());
        CHECK(tallies[client].saves == kRounds * ids.size());
        conflicts += tallies[client].conflicts;
    }
    UNSCOPED_INFO("conflicts merged: " << conflicts);

    // Each adviser's last value is there, and every save raised the version once: none was lost
    // or written over another.
    PartnershipStore store(db.connection());
    for (qint64 id : ids) {
        const Partnership partnership = *store.find(id);
        Partnership expected = partnership;
        for (int client = 0; client < kAdvisers; ++client)
            setField(expected, client, kRounds - 1);
        CHECK(partnership.title == expected.title);
        CHECK(partnership.description == expected.description);
        CHECK(partnership.source == expected.source);
        CHECK(partnership.themeCodes == expected.themeCodes);
        CHECK(partnership.version == 1 + kAdvisers * kRounds);
    }
}

TEST_CASE("An import running while another adviser saves, both are written and nothing is lost",
          "[stores][import][concurrency]")
{
    StoreFixture db;
    const QList<qint64> ids = addPartnerships(db, 5);

    QByteArray rows = "Nature;Acteur;Code INSEE/SIREN;Pays;Partenaire;Date de signature\n";
    constexpr int kImported = 300;
    for (int i = 1; i <= kImported; ++i)
        rows += "Jumelage;Lyon;69123;Burkina Faso;Importé " + QByteArray::number(i) + ";1998\n";
    const TemporaryFile file(rows);

    Tally import;
    QThread* importer = onOwnConnection(db, import, [&file](const QSqlDatabase& connection, Tally& tally) {
        // An import stopped by a busy database wrote nothing (all or nothing): it is run again.
        for (int run = 0; run < 50; ++run) {
            const ImportReport report = PartnershipImporter(connection).run(file.path(), {});
            if (report.written) {
                tally.failure.clear();
                ++tally.saves;
                return;
            }
            tally.failure =
                report.errors.isEmpty() ? QStringLiteral("not written") : report.errors.first().message;
            if (!report.hasStorageFailure())
                return;
            ++tally.busy;
        }
    });

    // Meanwhile, this adviser saves the other records again and again until the import is done.
    PartnershipStore store(db.connection());
    Tally tally;
    int round = 0;
    while (!importer->isFinished() || round < 2) {
        for (qint64 id : ids) {
            const Partnership base = *store.find(id);
            Partnership mine = base;
            mine.description = QStringLiteral("edit %1").arg(round);
            REQUIRE(saveUntilWritten(store, base, mine, tally));
        }
        ++round;
    }
    finish(importer);

    INFO(import.failure.toStdString());
    CHECK(import.failure.isEmpty());
    CHECK(import.saves == 1);
    CHECK(db.count(QStringLiteral("partnership")) == ids.size() + kImported);
    for (qint64 id : ids) {
        const Partnership partnership = *store.find(id);
        CHECK(partnership.description == QStringLiteral("edit %1").arg(round - 1));
        CHECK(partnership.version == 1 + round);
    }
}

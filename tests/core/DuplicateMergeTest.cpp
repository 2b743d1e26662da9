// Merging duplicates: every row that refers to the other record moves to the kept one, the merge
// is in the history of both, and undo gives back exactly what was there — or it is refused.
#include "support/QtPrinting.h"
#include "support/StoreFixture.h"
#include "support/TestDatabase.h"

#include "backup/AutomaticBackups.h"
#include "store/ActorStore.h"
#include "store/DuplicateMerge.h"
#include "store/FundingStore.h"
#include "store/PartnerStore.h"
#include "store/PartnershipStore.h"
#include "store/Trash.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace {

// Every row of `sql`, as text, sorted: two states of the database compare as lists.
QStringList rowsOf(const QSqlDatabase& db, const QString& sql)
{
    QStringList rows;
    QSqlQuery query(db);
    REQUIRE(query.exec(sql));
    while (query.next()) {
        QStringList cells;
        for (int i = 0; i < query.record().count(); ++i)
            cells << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
        rows << cells.join(QLatin1Char('|'));
    }
    rows.sort();
    return rows;
}

// What a merge changes and its undo must give back: every row that refers to an actor, and the
// actors' fields (not their version, which rises with each change, nor their change time).
QStringList actorState(const QSqlDatabase& db, qint64 lastHistoryRow)
{
    QStringList state;
    state << rowsOf(
        db, QStringLiteral("SELECT 'pa', partnership_id, actor_id, role_code FROM partnership_actor"));
    state << rowsOf(db, QStringLiteral("SELECT 'pj', project_id, actor_id, role_code FROM project_actor"));
    state << rowsOf(db, QStringLiteral("SELECT 'f', id, funder_actor_id FROM funding"));
    state << rowsOf(db, QStringLiteral("SELECT 'ir', batch_id, entity, record_id, line FROM import_row"));
    state << rowsOf(
        db, QStringLiteral("SELECT 'cl', id, entity, record_id, record_uuid FROM change_log WHERE id <= %1")
                .arg(lastHistoryRow));
    state << rowsOf(
        db, QStringLiteral("SELECT 'a', id, uuid, name, acronym, actor_type_code, siren, rna, "
                           "departement_code, parent_actor_id, email, phone, notes, created_at FROM actor"));
    return state;
}

qint64 addBatch(TestDatabase& db, const QString& uuid)
{
    return db
        .scalar(QStringLiteral("INSERT INTO import_batch (uuid, entity, file_name, file_sha256, user_name, "
                               "started_at) VALUES ('%1', 'actors', 'acteurs.csv', 'x', 'test', "
                               "'2026-01-01T00:00:00Z') RETURNING id")
                    .arg(uuid))
        .toLongLong();
}

} // namespace

TEST_CASE("Merging two actors moves every row that refers to the other, records it and can be undone exactly",
          "[merge]")
{
    StoreFixture db;
    const QSqlDatabase connection = db.connection();
    ActorStore actors(connection);

    // The kept actor and its duplicate, each with links of its own, one partnership and one import
    // batch shared (the other's row there is deleted, then written back by undo).
    const qint64 kept = db.addActor(QStringLiteral("Ville de Vienne"));
    Actor duplicate = *actors.find(db.addActor(QStringLiteral("Mairie de Viennes")));
    duplicate.email = QStringLiteral("jumelage@vienne.example");
    duplicate.notes = QStringLiteral("Service des relations internationales");
    duplicate = actors.update(duplicate).value();
    const qint64 other = duplicate.id;
    Actor child = *actors.find(
        db.addActor(QStringLiteral("Comité de jumelage de Vienne"), QStringLiteral("comite_jumelage")));
    child.parentActorId = other;
    REQUIRE(actors.update(child));

    const qint64 partner = db.addPartner(QStringLiteral("Esslingen"), QStringLiteral("DE"));
    const qint64 keptPartnership = db.addPartnership(kept, partner);
    const qint64 otherPartnership =
        db.addPartnership(other, db.addPartner(QStringLiteral("Velletri"), QStringLiteral("IT")));
    Partnership shared = *PartnershipStore(connection).find(keptPartnership);
    shared.actors << ActorLink{other, QStringLiteral("animateur")};
    REQUIRE(PartnershipStore(connection).update(shared));
    const qint64 project = db.addProject(QStringLiteral("Échanges scolaires"), other);
    Funding funding;
    funding.projectId = project;
    funding.funderActorId = other;
    funding.programmeCode = QStringLiteral("region_aura");
    funding.amountCents = 150'000;
    const qint64 fundingId = FundingStore(connection).create(funding).value().id;
    const qint64 firstBatch = addBatch(db, QStringLiteral("b1"));
    const qint64 secondBatch = addBatch(db, QStringLiteral("b2"));
    QSqlQuery importRows(connection);
    REQUIRE(importRows.exec(
        QStringLiteral("INSERT INTO import_row (batch_id, entity, record_id, line) VALUES (%1, "
                       "'actor', %2, 2), (%1, 'actor', %3, 3), (%4, 'actor', %3, 7)")
            .arg(firstBatch)
            .arg(kept)
            .arg(other)
            .arg(secondBatch)));
    const qint64 otherHistoryRows =
        db.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'actor' AND record_id = %1")
                      .arg(other))
            .toLongLong();
    REQUIRE(otherHistoryRows > 0);
    const qint64 lastHistoryRow = db.scalar(QStringLiteral("SELECT max(id) FROM change_log")).toLongLong();
    const QStringList before = actorState(connection, lastHistoryRow);
    const Actor keptBefore = *actors.find(kept);
    const qint64 partnershipVersion = PartnershipStore(connection).find(otherPartnership)->version;

    const DuplicateMerge<Actor> merge(connection);
    MergeRequest request;
    request.keptId = kept;
    request.otherId = other;
    request.fromOther = {QStringLiteral("email"), QStringLiteral("notes")};
    request.keptVersion = keptBefore.version;
    request.otherVersion = duplicate.version;
    const auto merged = merge.merge(request);
    INFO(merged.message().toStdString());
    REQUIRE(merged.ok());

    // The kept actor has its own name and the other's e-mail and notes, at a new version.
    const Actor after = *actors.find(kept);
    CHECK(after.name == QStringLiteral("Ville de Vienne"));
    CHECK(after.email == duplicate.email);
    CHECK(after.notes == duplicate.notes);
    CHECK(after.version > keptBefore.version);
    // The other is in the trash, found there by its name.
    CHECK_FALSE(actors.find(other));
    const std::optional<TrashEntry> trashed = Trash(connection).entry(merged.value().trashEntry);
    REQUIRE(trashed);
    CHECK(trashed->name == QStringLiteral("Mairie de Viennes"));
    // Every row that referred to it refers to the kept one.
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM partnership_actor WHERE actor_id = %1").arg(other))
              .toInt() == 0);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM partnership_actor WHERE actor_id = %1").arg(kept))
              .toInt() == 2);
    CHECK(db.scalar(QStringLiteral("SELECT actor_id FROM project_actor WHERE project_id = %1").arg(project))
              .toLongLong() == kept);
    CHECK(FundingStore(connection).find(fundingId)->funderActorId == kept);
    CHECK(actors.find(child.id)->parentActorId == kept);
    CHECK(
        db.scalar(QStringLiteral("SELECT count(*) FROM import_row WHERE record_id = %1").arg(kept)).toInt() ==
        2);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM import_row WHERE record_id = %1").arg(other))
              .toInt() == 0);
    CHECK(db.scalar(
                QStringLiteral(
                    "SELECT count(*) FROM change_log WHERE entity = 'actor' AND record_id = %1 AND id <= %2")
                    .arg(kept)
                    .arg(lastHistoryRow))
              .toLongLong() >= otherHistoryRows);
    // A partnership whose actor changed is at a new version: an editor open on it cannot write the
    // old actor back.
    CHECK(PartnershipStore(connection).find(otherPartnership)->version > partnershipVersion);
    // The history of both says so.
    CHECK(entryFor(db.history(QStringLiteral("actor"), kept), QStringLiteral("merged_from")).newValue ==
          QStringLiteral("Mairie de Viennes (#%1)").arg(other));
    CHECK(db.scalar(QStringLiteral(
                        "SELECT new_value FROM change_log WHERE record_id = %1 AND field = 'merged_into'")
                        .arg(other))
              .toString() == QStringLiteral("Ville de Vienne (#%1)").arg(kept));
    // A copy of the database was made first (on SQLite: a PostgreSQL server is saved with
    // pg_dump, docs/team.md).
    if (!TestEngine::isPostgres()) {
        const QList<BackupCopy> copies = AutomaticBackups(db.path(), 5).list();
        REQUIRE_FALSE(copies.isEmpty());
        CHECK(copies.first().reason == QStringLiteral("merge"));
    }

    // Undo: every row, field and history row as before.
    const Result<MergeRequest> undone = merge.undo(merged.value());
    INFO(undone.message().toStdString());
    REQUIRE(undone.ok());
    CHECK(actorState(connection, lastHistoryRow) == before);
    CHECK(Trash(connection).count() == 0);
    // The undo is in the history of both too: the other's last word on the merge is its end.
    QList<ChangeEntry> merges;
    for (const ChangeEntry& entry : db.history(QStringLiteral("actor"), other)) {
        if (entry.field == QLatin1String("merged_into"))
            merges << entry;
    }
    REQUIRE(merges.size() == 2);
    CHECK(merges.last().oldValue == QStringLiteral("Ville de Vienne (#%1)").arg(kept));
    CHECK(merges.last().newValue.isEmpty());
}

TEST_CASE("A merge is refused with its reason, nothing changed, when it cannot be one", "[merge]")
{
    StoreFixture db;
    const QSqlDatabase connection = db.connection();
    const DuplicateMerge<Actor> merge(connection);
    const qint64 commune = db.addActor(QStringLiteral("Vienne"));
    const qint64 association = db.addActor(QStringLiteral("Vienne Solidarité"), QStringLiteral("asso_si"));
    const qint64 twin = db.addActor(QStringLiteral("Ville de Vienne"));
    const qint64 historyRows = db.count(QStringLiteral("change_log"));

    MergeRequest request{commune, association, {}, 0, 0};
    auto refused = merge.merge(request);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("not of the same family")));

    request.otherId = commune;
    refused = merge.merge(request);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("itself")));

    request.otherId = 999'999;
    refused = merge.merge(request);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("#999999 no longer exists")));

    // Changed since the adviser compared them: a conflict.
    request = MergeRequest{commune, twin, {}, 1, 99};
    refused = merge.merge(request);
    REQUIRE_FALSE(refused.ok());
    CHECK(hasConflict(refused.problems()));

    CHECK(db.count(QStringLiteral("actor")) == 3);
    CHECK(db.count(QStringLiteral("change_log")) == historyRows);
    CHECK(Trash(connection).count() == 0);
}

TEST_CASE(
    "Merging two foreign partners moves their partnerships and projects; undo refuses after a later change",
    "[merge]")
{
    StoreFixture db;
    const QSqlDatabase connection = db.connection();
    const qint64 actor = db.addActor(QStringLiteral("Villeurbanne"));
    const qint64 kept = db.addPartner(QStringLiteral("Bamako"), QStringLiteral("ML"));
    const qint64 other = db.addPartner(QStringLiteral("Commune de Bamako"), QStringLiteral("ML"));
    const qint64 partnership = db.addPartnership(actor, other);
    const qint64 lastHistoryRow = db.scalar(QStringLiteral("SELECT max(id) FROM change_log")).toLongLong();
    const QStringList before =
        rowsOf(connection, QStringLiteral("SELECT partnership_id, partner_id FROM partnership_partner"));

    const DuplicateMerge<ForeignPartner> merge(connection);
    const auto merged = merge.merge({kept, other, {QStringLiteral("name")}, 0, 0});
    INFO(merged.message().toStdString());
    REQUIRE(merged.ok());
    CHECK(PartnershipStore(connection).find(partnership)->partnerIds == QList<qint64>{kept});
    CHECK(PartnerStore(connection).find(kept)->name == QStringLiteral("Commune de Bamako"));
    CHECK(lastHistoryRow > 0);

    // Someone edits the kept partner after the merge: undoing it would overwrite that edit.
    ForeignPartner edited = *PartnerStore(connection).find(kept);
    edited.notes = QStringLiteral("Vérifié");
    REQUIRE(PartnerStore(connection).update(edited));
    const Result<MergeRequest> undone = merge.undo(merged.value());
    REQUIRE_FALSE(undone.ok());
    CHECK(hasConflict(undone.problems()));
    CHECK(PartnerStore(connection).find(kept)->notes == QStringLiteral("Vérifié"));
    CHECK(rowsOf(connection, QStringLiteral("SELECT partnership_id, partner_id FROM partnership_partner")) !=
          before);
}

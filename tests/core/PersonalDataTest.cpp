// Personal data (RGPD): everything held about one person is found, exported and erased, the
// change history and the trash included; nothing else is touched.
#include "support/QtPrinting.h"
#include "support/StoreFixture.h"

#include "store/ActorStore.h"
#include "store/PartnerStore.h"
#include "store/PersonalData.h"
#include "store/Trash.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

TEST_CASE("What is held about one person is found everywhere, exported, and erased everywhere",
          "[personal-data]")
{
    StoreFixture db;
    const QSqlDatabase connection = db.connection();
    ActorStore actors(connection);
    // A nominative e-mail and phone typed as an association's contact, then changed (the old ones
    // stay in the history), and a note naming the person.
    Actor actor =
        *actors.find(db.addActor(QStringLiteral("Solidarité Isère Sahel"), QStringLiteral("asso_si")));
    actor.email = QStringLiteral("jeanne.dupont@example.org");
    actor.phone = QStringLiteral("06 12 34 56 78");
    actor = actors.update(actor).value();
    actor.email = QStringLiteral("j.dupont@example.org");
    actor.notes = QStringLiteral("Présidente : Jeanne DUPONT (jusqu'en 2025)");
    actor = actors.update(actor).value();
    // A partner whose note names her, deleted: the trash keeps the note.
    ForeignPartner partner =
        *PartnerStore(connection).find(db.addPartner(QStringLiteral("Kaya"), QStringLiteral("BF")));
    partner.notes = QStringLiteral("Contact sur place grâce à Jeanne Dupont");
    partner = PartnerStore(connection).update(partner).value();
    REQUIRE(PartnerStore(connection).moveToTrash(partner.id, partner.name));
    const qint64 other = db.addActor(QStringLiteral("Grenoble"));

    const PersonalData data(connection);
    CHECK_FALSE(data.find(QStringLiteral("du")).ok());
    const auto found = data.find(QStringLiteral("jeanne dupont"));
    REQUIRE(found.ok());
    QStringList where;
    for (const PersonalData::Place& place : found.value())
        where << place.table + QLatin1Char('.') + place.column;
    CHECK(where.contains(QStringLiteral("actor.notes")));
    CHECK(where.contains(QStringLiteral("change_log.new_value")));
    CHECK(where.contains(QStringLiteral("trash_entry.content")));
    CHECK(data.find(QStringLiteral("dupont@example")).value().size() >= 3); // the e-mail, and its history

    const auto exported = data.exportJson(QStringLiteral("Jeanne Dupont"));
    REQUIRE(exported.ok());
    const QJsonObject document = QJsonDocument::fromJson(exported.value()).object();
    CHECK(document[QStringLiteral("person")].toString() == QStringLiteral("Jeanne Dupont"));
    CHECK(document[QStringLiteral("held")].toArray().size() == found.value().size());

    const qint64 version = actors.find(actor.id)->version;
    for (const QString& who : {QStringLiteral("Jeanne Dupont"), QStringLiteral("dupont@example.org"),
                               QStringLiteral("06 12 34 56 78")}) {
        const auto erased = data.erase(who);
        INFO(erased.message().toStdString());
        REQUIRE(erased.ok());
        CHECK(erased.value() > 0);
        CHECK(data.find(who).value().isEmpty());
    }
    // Nowhere left: not in the record, its history, nor the trash (which still restores).
    CHECK(
        db.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE lower(old_value) LIKE '%dupont%' OR "
                                 "lower(new_value) LIKE '%dupont%' OR new_value LIKE '%34 56%'"))
            .toInt() == 0);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM trash_entry WHERE lower(content) LIKE '%dupont%'"))
              .toInt() == 0);
    const Actor after = *actors.find(actor.id);
    CHECK(after.email.isEmpty());
    CHECK(after.phone.isEmpty());
    CHECK(after.notes == QStringLiteral("Présidente : [erased] (jusqu'en 2025)"));
    CHECK(after.name == QStringLiteral("Solidarité Isère Sahel"));
    CHECK(after.version > version);
    CHECK(actors.find(other)->name == QStringLiteral("Grenoble"));
    const auto restored = Trash(connection).restore(Trash(connection).entries().value().first().id);
    REQUIRE(restored.ok());
    CHECK(PartnerStore(connection).find(restored.value())->notes ==
          QStringLiteral("Contact sur place grâce à [erased]"));
}

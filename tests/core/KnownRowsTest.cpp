#include "support/QtPrinting.h"

#include "support/StoreFixture.h"
#include "support/TemporaryFile.h"

#include "csv/ImportBatch.h"
#include "csv/ImportReport.h"
#include "csv/OrganisationMatcher.h"
#include "store/ActorStore.h"
#include "store/BulkRecordWriter.h"
#include "store/ImportSession.h"
#include "store/KnownRows.h"
#include "store/PartnershipStore.h"
#include "store/RecordValidator.h"

#include <QSqlQuery>

namespace {

Partnership twinning(StoreFixture& db)
{
    Partnership partnership;
    partnership.kindCode = QStringLiteral("jumelage");
    partnership.actors = {{db.addActor(QStringLiteral("Romans-sur-Isère")), QString()}};
    partnership.partnerIds = {db.addPartner(QStringLiteral("Waldkirch"), QStringLiteral("DE"))};
    partnership.themeCodes = {QStringLiteral("culture_sport")};
    return partnership;
}

void execute(const StoreFixture& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(sql));
}

} // namespace

TEST_CASE("Validation with the rows an import has seen asks the database only about the others",
          "[stores][known]")
{
    StoreFixture db;
    const Partnership partnership = twinning(db);
    KnownRows known;
    {
        RecordValidator check(db.connection(), &known);
        check.codeExists(QStringLiteral("themes"), QStringLiteral("ref_theme"),
                         QStringLiteral("culture_sport"), QStringLiteral("unknown theme"));
        check.codeExists(QStringLiteral("themes"), QStringLiteral("ref_theme"), QStringLiteral("astrologie"),
                         QStringLiteral("unknown theme"));
        check.actorLinks(partnership.actors);
        check.partnerLinks(partnership.partnerIds);
        REQUIRE(check.problems().size() == 1);
        CHECK(check.problems().first().field == QStringLiteral("themes"));
    }
    CHECK(known.contains(QStringLiteral("ref_theme"), QStringLiteral("culture_sport")));
    CHECK_FALSE(known.contains(QStringLiteral("ref_theme"), QStringLiteral("astrologie")));
    CHECK(known.contains(QStringLiteral("actor"), partnership.actors.first().actorId));
    CHECK(known.contains(QStringLiteral("foreign_partner"), partnership.partnerIds.first()));
    CHECK_FALSE(known.contains(QStringLiteral("actor"), 9999));

    // Within an import nothing is deleted; here the rows go behind its back, to show that what it
    // has seen is not asked again while what it has not seen still is.
    db.enforceForeignKeys(false);
    execute(db, QStringLiteral("DELETE FROM partnership_theme"));
    execute(db, QStringLiteral("DELETE FROM ref_theme WHERE code IN ('culture_sport', 'sante')"));
    RecordValidator seen(db.connection(), &known);
    seen.themeCodes({QStringLiteral("culture_sport")});
    seen.actorLinks(partnership.actors);
    CHECK(seen.problems().isEmpty());
    seen.themeCodes({QStringLiteral("sante")});
    CHECK(seen.problems().size() == 1);
    RecordValidator unaided(db.connection());
    unaided.themeCodes({QStringLiteral("culture_sport")});
    CHECK(unaided.problems().size() == 1);
}

TEST_CASE("The records an import writes are known to its validation at once", "[stores][known]")
{
    StoreFixture db;
    ImportSession session;
    session.startWriting(db.connection());
    Actor actor;
    actor.name = QStringLiteral("Valence Romans Agglo");
    actor.typeCode = QStringLiteral("epci");
    const Result<qint64> written = ActorStore(db.connection()).insertImported(actor, session);
    REQUIRE(written.ok());
    CHECK(session.known().contains(QStringLiteral("actor"), written.value()));
    // Validating that actor's partnership adds what it asked the database about.
    Partnership partnership = twinning(db);
    partnership.actors.append({written.value(), QString()});
    REQUIRE(PartnershipStore(db.connection()).insertImported(partnership, session).ok());
    CHECK(session.known().contains(QStringLiteral("ref_partnership_kind"), QStringLiteral("jumelage")));
    CHECK(session.known().contains(QStringLiteral("foreign_partner"), partnership.partnerIds.first()));
    REQUIRE(session.writer()->finish().ok());
}

TEST_CASE("The actors and partners an import matches or creates are known to its checks", "[stores][known]")
{
    StoreFixture db;
    const qint64 stored = db.addActor(QStringLiteral("Grenoble"));
    const TemporaryFile file("Acteur\nGrenoble\n");
    ImportReport report;
    report.file = file.path();
    ImportSession session;
    ImportBatch batch(db.connection(), session);
    REQUIRE(batch.begin(QStringLiteral("partnerships"), file.path(), report, false, {}).ok());
    OrganisationMatcher matcher(db.connection());

    OrganisationMatcher::ActorSpec found;
    found.name = QStringLiteral("Grenoble");
    CHECK(matcher.actor(found, 2, report, batch) == stored);
    OrganisationMatcher::PartnerSpec created;
    created.name = QStringLiteral("Sfax");
    created.countryCode = QStringLiteral("TN");
    const qint64 partner = matcher.partner(created, 2, report, batch);
    REQUIRE(partner > 0);
    CHECK(report.errors.isEmpty());
    CHECK(session.known().contains(QStringLiteral("actor"), stored));
    CHECK(session.known().contains(QStringLiteral("foreign_partner"), partner));
}

TEST_CASE("What an import has seen stays within a bounded memory", "[stores][known]")
{
    KnownRows known;
    for (qint64 id = 1; id <= 100000; ++id)
        known.add(QStringLiteral("actor"), id);
    known.add(QStringLiteral("ref_country"), QStringLiteral("SN"));
    CHECK(known.contains(QStringLiteral("actor"), 1));
    CHECK(known.contains(QStringLiteral("actor"), 100000));
    // Full: the table's rows are forgotten (asked again), the other tables' kept.
    known.add(QStringLiteral("actor"), 100001);
    CHECK_FALSE(known.contains(QStringLiteral("actor"), 1));
    CHECK(known.contains(QStringLiteral("actor"), 100001));
    CHECK(known.contains(QStringLiteral("ref_country"), QStringLiteral("SN")));
    CHECK_FALSE(known.contains(QStringLiteral("ref_theme"), QStringLiteral("SN")));
}

TEST_CASE("A check's message is composed only when the check fails", "[stores][validation]")
{
    StoreFixture db;
    RecordValidator check(db.connection());
    int composed = 0;
    const auto message = [&] {
        ++composed;
        return QStringLiteral("problem %1").arg(composed);
    };
    check.require(true, QStringLiteral("name"), message);
    check.codeExists(QStringLiteral("kind"), QStringLiteral("ref_partnership_kind"),
                     QStringLiteral("jumelage"), message);
    check.codesExist(QStringLiteral("themes"), QStringLiteral("ref_theme"),
                     {QStringLiteral("culture_sport"), QStringLiteral("sante")},
                     [] { return QStringLiteral("%1?"); });
    CHECK(composed == 0);
    CHECK(check.problems().isEmpty());

    check.require(false, QStringLiteral("name"), message);
    check.codesExist(QStringLiteral("themes"), QStringLiteral("ref_theme"),
                     {QStringLiteral("sante"), QStringLiteral("cuisine")},
                     [] { return QStringLiteral("%1?"); });
    check.require(false, QStringLiteral("title"), QStringLiteral("a text as it is"));
    CHECK(composed == 1);
    REQUIRE(check.problems().size() == 3);
    CHECK(check.problems().at(0).message == QStringLiteral("problem 1"));
    CHECK(check.problems().at(1).message == QStringLiteral("cuisine?"));
    CHECK(check.problems().at(2).message == QStringLiteral("a text as it is"));
}

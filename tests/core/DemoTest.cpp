#include "support/QtPrinting.h"
#include "support/TestDatabase.h"

#include "check/IntegrityCheck.h"
#include "common/PartialDate.h"
#include "demo/DemoDatabase.h"
#include "demo/DemoFrench.h"
#include "demo/DemoGenerator.h"
#include "observatory/ObservatoryDatabase.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <functional>

namespace {

// A digest of what the demo wrote, to compare two runs.
QByteArray contentDigest(const TestDatabase& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* sql :
         {"SELECT uuid, name, actor_type_code, insee_code FROM actor ORDER BY id",
          "SELECT uuid, name, country_code FROM foreign_partner ORDER BY id",
          "SELECT uuid, kind_code, status_code, signed_on FROM partnership ORDER BY id",
          "SELECT uuid, title, budget_cents, started_on FROM project ORDER BY id",
          "SELECT uuid, amount_cents, programme_code FROM funding ORDER BY id",
          "SELECT partnership_id, actor_id, role_code FROM partnership_actor ORDER BY 1, 2"}) {
        QSqlQuery query(db.connection());
        REQUIRE(query.exec(QString::fromLatin1(sql)));
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                hash.addData(QByteArray(query.value(i).toString().toUtf8() + '\t'));
        }
    }
    return hash.result();
}

} // namespace

TEST_CASE("demo writes N partnerships and N projects with actors, partners and fundings in proportion",
          "[demo]")
{
    TestDatabase db;
    const Result<DemoGenerator::Counts> counts = DemoGenerator(db.connection(), 400).run();
    INFO(counts.message().toStdString());
    REQUIRE(counts.ok());
    CHECK(counts.value().partnerships == 400);
    CHECK(counts.value().projects == 400);
    CHECK(counts.value().actors == 200);
    CHECK(counts.value().partners == 240);
    CHECK(counts.value().fundings >= 400);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM partnership")).toInt() == 400);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM funding")).toInt() == counts.value().fundings);
    // Its records' source in the language it is made in (the tests': English), as a reader of
    // the English interface reads it; « démonstration » in French.
    CHECK(db.scalar(QStringLiteral("SELECT DISTINCT source FROM foreign_partner")).toString() ==
          QStringLiteral("demonstration"));

    // The shape of the field: twinnings lead, Germany first among twinning partners, West Africa
    // first for projects, associations the largest family of actors.
    CHECK(
        db.scalar(QStringLiteral(
                      "SELECT kind_code FROM partnership GROUP BY kind_code ORDER BY count(*) DESC LIMIT 1"))
            .toString() == QStringLiteral("jumelage"));
    CHECK(db.scalar(QStringLiteral(
                        "SELECT f.country_code FROM partnership p JOIN partnership_partner pp ON "
                        "pp.partnership_id = p.id "
                        "JOIN foreign_partner f ON f.id = pp.partner_id WHERE p.kind_code = 'jumelage' "
                        "GROUP BY f.country_code ORDER BY count(*) DESC LIMIT 1"))
              .toString() == QStringLiteral("DE"));
    CHECK(db
              .scalar(QStringLiteral(
                  "SELECT c.zone_code FROM project_country pc JOIN ref_country c ON c.code = pc.country_code "
                  "GROUP BY c.zone_code ORDER BY count(*) DESC LIMIT 1"))
              .toString() == QStringLiteral("afrique_ouest"));
    CHECK(
        db.scalar(QStringLiteral(
                      "SELECT t.family_code FROM actor a JOIN ref_actor_type t ON t.code = a.actor_type_code "
                      "GROUP BY t.family_code ORDER BY count(*) DESC LIMIT 1"))
            .toString() == QStringLiteral("associations"));
    // Communes of the region, with their real codes.
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM actor a JOIN ref_commune c ON c.code = a.insee_code "
                                   "WHERE c.region_code = '84' AND a.actor_type_code = 'commune'"))
              .toInt() ==
          db.scalar(QStringLiteral("SELECT count(*) FROM actor WHERE actor_type_code = 'commune'")).toInt());

    // Everything the demo writes obeys the rules the stores enforce, and is searchable.
    QStringList problems;
    for (const IntegrityProblem& problem : IntegrityCheck(db.connection()).run())
        problems << problem.table + QLatin1String(": ") + problem.message;
    CHECK(problems.isEmpty());
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM search_index")).toInt() ==
          200 + 240 + 400 + 400 + counts.value().schemes);
}

TEST_CASE("The demo has a catalogue of support schemes, named by a share of its funding lines, some refused",
          "[demo]")
{
    TestDatabase db;
    const Result<DemoGenerator::Counts> counts = DemoGenerator(db.connection(), 400).run();
    REQUIRE(counts.ok());
    // The report's « funding per support scheme » and « success rate » read « No data » on a demo
    // without them, beside a co-funding table full of programmes.
    const int schemes = db.scalar(QStringLiteral("SELECT count(*) FROM scheme")).toInt();
    CHECK(schemes >= 6);
    CHECK(counts.value().schemes == schemes);
    const int lines = db.scalar(QStringLiteral("SELECT count(*) FROM funding")).toInt();
    const int named =
        db.scalar(QStringLiteral("SELECT count(*) FROM funding WHERE scheme_id IS NOT NULL")).toInt();
    CHECK(named * 5 >= lines);
    CHECK(named * 5 <= lines * 4);
    // Most schemes are applied to; a line names a scheme of its own programme, never one of another.
    CHECK(db.scalar(QStringLiteral("SELECT count(DISTINCT scheme_id) FROM funding")).toInt() >= schemes - 2);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM funding f JOIN scheme s ON s.id = f.scheme_id "
                                   "WHERE s.programme_code IS NULL OR f.programme_code IS NULL "
                                   "OR s.programme_code <> f.programme_code"))
              .toInt() == 0);
    // Applications are refused too, so that a success rate means something; most are obtained.
    const int refused =
        db.scalar(QStringLiteral("SELECT count(*) FROM funding WHERE scheme_id IS NOT NULL AND "
                                 "status_code = 'refuse'"))
            .toInt();
    const int obtained = db.scalar(QStringLiteral("SELECT count(*) FROM funding WHERE scheme_id IS NOT NULL "
                                                  "AND status_code IN ('accorde', 'verse')"))
                             .toInt();
    CHECK(refused * 10 >= named);
    CHECK(obtained > refused);
    // Calls for projects have calls, which the window's « closing calls » panel lists.
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM scheme s WHERE s.kind_code = 'appel_a_projets' AND "
                                   "NOT EXISTS (SELECT 1 FROM scheme_call c WHERE c.scheme_id = s.id)"))
              .toInt() == 0);
    // The stores' rules hold for them (the first test checks the whole demo).
    QStringList problems;
    for (const IntegrityProblem& problem : IntegrityCheck(db.connection()).run())
        problems << problem.table + QLatin1String(": ") + problem.message;
    CHECK(problems.isEmpty());
}

TEST_CASE("demo is deterministic for a given N", "[demo]")
{
    TestDatabase first;
    TestDatabase second;
    REQUIRE(DemoGenerator(first.connection(), 150).run().ok());
    REQUIRE(DemoGenerator(second.connection(), 150).run().ok());
    CHECK(contentDigest(first) == contentDigest(second));

    TestDatabase other;
    REQUIRE(DemoGenerator(other.connection(), 151).run().ok());
    CHECK(contentDigest(other) != contentDigest(first));
}

TEST_CASE("A cancelled demo writes nothing", "[demo]")
{
    TestDatabase db;
    const Result<DemoGenerator::Counts> counts =
        DemoGenerator(db.connection(), 300).run([](int percent) { return percent < 50; });
    CHECK_FALSE(counts.ok());
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM actor")).toInt() == 0);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM partnership")).toInt() == 0);
    CHECK_FALSE(DemoGenerator(db.connection(), 0).run().ok());
}

TEST_CASE("The demonstration database is made whole, or leaves no file", "[demo]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("folder/demonstration.sqlite"));
    // A fresh file: the reference data the demo draws its communes from is loaded first (the
    // welcome page's demo failed with « The region 84 has no communes » and left an empty file).
    REQUIRE(DemoDatabase::create(path, 40));
    CHECK(QDir(dir.filePath(QStringLiteral("folder"))).entryList(QDir::Files) ==
          QStringList{QStringLiteral("demonstration.sqlite")});
    {
        Database database;
        REQUIRE(ObservatoryDatabase::open(database, DatabaseLocation::sqliteFile(path),
                                          Database::OpenMode::MustExist)
                    .ok());
        QSqlQuery count(database.connection());
        REQUIRE(count.exec(QStringLiteral("SELECT count(*) FROM partnership")));
        REQUIRE(count.next());
        CHECK(count.value(0).toInt() == 40);
    }

    // A failure (here the file it builds in cannot be made: a folder holds its name) leaves
    // nothing where the demonstration goes.
    const QString failing = dir.filePath(QStringLiteral("failing.sqlite"));
    REQUIRE(QDir().mkpath(failing + QStringLiteral(".building")));
    const Status failed = DemoDatabase::create(failing, 40);
    CHECK_FALSE(failed.ok());
    CHECK_FALSE(QFileInfo::exists(failing));
}

TEST_CASE("The demo's names elide and contract « de » and « à » as French does", "[demo]")
{
    CHECK(DemoFrench::placed(QStringLiteral("Ville de %1"), QStringLiteral("Aix-les-Bains")) ==
          QStringLiteral("Ville d'Aix-les-Bains"));
    CHECK(DemoFrench::placed(QStringLiteral("Lycée de %1"), QStringLiteral("Le Havre")) ==
          QStringLiteral("Lycée du Havre"));
    CHECK(DemoFrench::placed(QStringLiteral("Échanges à %1"), QStringLiteral("Les Abymes")) ==
          QStringLiteral("Échanges aux Abymes"));
    CHECK(DemoFrench::placed(QStringLiteral("Ville de %1"), QStringLiteral("La Rochelle")) ==
          QStringLiteral("Ville de La Rochelle"));
    CHECK(DemoFrench::placed(QStringLiteral("Ville de %1"), QStringLiteral("Yaoundé")) ==
          QStringLiteral("Ville de Yaoundé"));
    CHECK(DemoFrench::placed(QStringLiteral("Lycée %1"), QStringLiteral("Ampère")) ==
          QStringLiteral("Lycée Ampère"));
    CHECK(DemoFrench::placed(QStringLiteral("Ressortissants de %2 à %1"), QStringLiteral("Oran"),
                             QStringLiteral("%2")) == QStringLiteral("Ressortissants d'Oran à %1"));
    CHECK(DemoFrench::ofDepartement(QStringLiteral("Loire")) == QStringLiteral("de la Loire"));
    CHECK(DemoFrench::ofDepartement(QStringLiteral("Rhône")) == QStringLiteral("du Rhône"));
    CHECK(DemoFrench::ofDepartement(QStringLiteral("Ain")) == QStringLiteral("de l'Ain"));
    CHECK(DemoFrench::ofDepartement(QStringLiteral("Haute-Savoie")) == QStringLiteral("de la Haute-Savoie"));
    CHECK(DemoFrench::ofDepartement(QStringLiteral("Bouches-du-Rhône")) ==
          QStringLiteral("des Bouches-du-Rhône"));
    CHECK(DemoFrench::ofDepartement(QStringLiteral("Métropole de Lyon")) == QStringLiteral("du Rhône"));

    // In a whole demo: no « de » before a vowel or an article, no département by its number.
    TestDatabase db;
    REQUIRE(DemoGenerator(db.connection(), 600).run().ok());
    const QRegularExpression unElided(QStringLiteral("(^|[ '])(de ([AEIOUÉÈÂÎ]|Le |Les )|à (Le |Les ))"));
    const QRegularExpression number(QStringLiteral(" de \\d"));
    int chambers = 0;
    for (const char* sql :
         {"SELECT name FROM actor", "SELECT name FROM foreign_partner", "SELECT title FROM project"}) {
        QSqlQuery query(db.connection());
        REQUIRE(query.exec(QString::fromLatin1(sql)));
        while (query.next()) {
            const QString name = query.value(0).toString();
            INFO(name.toStdString());
            CHECK_FALSE(unElided.match(name).hasMatch());
            CHECK_FALSE(number.match(name).hasMatch());
            if (name.startsWith(QStringLiteral("Chambre de métiers et de l'artisanat ")))
                ++chambers;
        }
    }
    CHECK(chambers > 0);
}

namespace {

// A stored date (ISO, to the day, month or year) or timestamp, as a partial date.
PartialDate storedDate(const QVariant& value)
{
    const QString text = value.toString();
    return text.size() > 10 ? PartialDate::ofDay(QDate::fromString(text.left(10), Qt::ISODate))
                            : PartialDate::fromIso(text).value_or(PartialDate());
}

// `earlier` then `later`, as an adviser reads them: false only when `later` is certainly before
// `earlier` (a date known to the year holds every day of it); an unknown date contradicts nothing.
bool inOrder(const PartialDate& earlier, const PartialDate& later)
{
    return earlier.isNull() || later.isNull() || !later.certainlyBefore(earlier);
}

// Every row of `sql` that `fault` finds wrong (its reason; empty when right), the first five
// with their values, after checking that the query read some.
QStringList faultyRows(const QSqlDatabase& db, const char* sql,
                       const std::function<QString(const QSqlQuery&)>& fault)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(QString::fromLatin1(sql)));
    QStringList wrong;
    int checked = 0;
    while (query.next()) {
        ++checked;
        const QString reason = fault(query);
        if (!reason.isEmpty() && wrong.size() < 5) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values << query.value(i).toString();
            wrong << values.join(QLatin1String(", ")) + QLatin1String(": ") + reason;
        }
    }
    CHECK(checked > 0);
    return wrong;
}

} // namespace

TEST_CASE("The demo's dates follow each other as an adviser expects", "[demo][dates]")
{
    TestDatabase db;
    REQUIRE(DemoGenerator(db.connection(), 1500).run().ok());
    // The demo stands as of a fixed day: compared with the day the test runs, a date after it
    // would pass until that day came, and the test would check less every year.
    const PartialDate demoDay = PartialDate::ofDay(DemoGenerator::demoDay());
    // Each rule: a query giving the record, then its dates in the order they must follow; none
    // after the demo's day unless they are planned (a project's, a call's).
    struct Rule
    {
        const char* what;
        const char* sql;
        bool planned = false;
    };
    const Rule rules[] = {
        {"entered, then changed, by the demo's day",
         "SELECT 'actor ' || id, created_at, updated_at, NULL FROM actor UNION ALL "
         "SELECT 'partner ' || id, created_at, updated_at, NULL FROM foreign_partner UNION ALL "
         "SELECT 'partnership ' || id, created_at, updated_at, NULL FROM partnership UNION ALL "
         "SELECT 'project ' || id, created_at, updated_at, NULL FROM project UNION ALL "
         "SELECT 'scheme ' || id, created_at, updated_at, NULL FROM scheme UNION ALL "
         "SELECT 'funding ' || id, created_at, updated_at, NULL FROM funding"},
        // Checked once in the observatory, and the check is a change.
        {"entered, then checked, then changed",
         "SELECT 'actor ' || id, created_at, verified_on, updated_at FROM actor UNION ALL "
         "SELECT 'partner ' || id, created_at, verified_on, updated_at FROM foreign_partner UNION ALL "
         "SELECT 'partnership ' || id, created_at, verified_on, updated_at FROM partnership UNION ALL "
         "SELECT 'project ' || id, created_at, verified_on, updated_at FROM project UNION ALL "
         "SELECT 'scheme ' || id, created_at, verified_on, updated_at FROM scheme"},
        // A planned one (« en projet ») is signed after (the next test).
        {"a partnership signed, then entered and checked, and ended by the demo's day",
         "SELECT 'partnership ' || id, signed_on, created_at, verified_on FROM partnership "
         "WHERE status_code <> 'en_projet' UNION ALL "
         "SELECT 'partnership ' || id, signed_on, ended_on, NULL FROM partnership "
         "WHERE status_code <> 'en_projet'"},
        {"a project started, then ended", "SELECT 'project ' || id, started_on, ended_on, NULL FROM project",
         true},
        {"a project of a partnership started once it was signed, and before it ended",
         "SELECT 'project ' || j.id, p.signed_on, j.started_on, p.ended_on FROM project j "
         "JOIN partnership p ON p.id = j.partnership_id",
         true},
        {"a funding line in the years of its project",
         "SELECT 'funding ' || f.id, substr(j.started_on, 1, 4), CAST(f.year AS TEXT), "
         "substr(j.ended_on, 1, 4) FROM funding f JOIN project j ON j.id = f.project_id",
         true},
        {"a call opens, then closes",
         "SELECT 'scheme ' || scheme_id, opens_on, closes_on, NULL FROM scheme_call", true},
    };
    for (const Rule& rule : rules) {
        INFO(rule.what);
        const QStringList wrong = faultyRows(db.connection(), rule.sql, [&](const QSqlQuery& query) {
            const QList<PartialDate> dates{storedDate(query.value(1)), storedDate(query.value(2)),
                                           storedDate(query.value(3))};
            for (int i = 0; i < dates.size(); ++i) {
                if (!rule.planned && !inOrder(dates.at(i), demoDay))
                    return QStringLiteral("after the demo's day");
                for (int j = i + 1; j < dates.size(); ++j) {
                    if (!inOrder(dates.at(i), dates.at(j)))
                        return QStringLiteral("out of order");
                }
            }
            return QString();
        });
        INFO(wrong.join(QLatin1String("; ")).toStdString());
        CHECK(wrong.isEmpty());
    }
    // A project is entered at the earliest the year before it starts: never checked ten years
    // before (the demo had projects checked in 2015 that started in 2025).
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM project WHERE CAST(substr(created_at, 1, 4) AS "
                                   "INTEGER) < CAST(substr(started_on, 1, 4) AS INTEGER) - 1"))
              .toInt() == 0);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM project WHERE CAST(substr(verified_on, 1, 4) AS "
                                   "INTEGER) < CAST(substr(started_on, 1, 4) AS INTEGER) - 1"))
              .toInt() == 0);
}

namespace {

// What contradicts a record's status among its dates on `day` (empty: nothing), read as the
// report reads statuses (ReportRules): a date contradicts only when it certainly does, a date
// known to the year holding every day of it.
QString partnershipContradiction(const QString& status, const PartialDate& signedOn,
                                 const PartialDate& endedOn, bool formalized, const PartialDate& day)
{
    // Planned: neither signed nor begun (the date is a signature or a start by its nature,
    // Partnership::isSignedAgreement), so no convention signed yet, and not ended.
    if (status == QLatin1String("en_projet")) {
        if (signedOn.certainlyBefore(day))
            return QStringLiteral("planned, but signed or begun before the demo's day");
        if (formalized)
            return QStringLiteral("planned, but a convention is signed");
        if (!endedOn.isNull())
            return QStringLiteral("planned, but ended");
        return {};
    }
    if (day.certainlyBefore(signedOn))
        return QStringLiteral("not planned, but signed or begun after the demo's day");
    // Ended: when its end is recorded, the end is past (without one, the report counts it apart).
    if (status == QLatin1String("termine"))
        return day.certainlyBefore(endedOn) ? QStringLiteral("ended after the demo's day") : QString();
    // Active, dormant, suspended, or to check: going on, not ended.
    if (endedOn.certainlyBefore(day))
        return QStringLiteral("going on, but ended before the demo's day");
    return {};
}

QString projectContradiction(const QString& status, const PartialDate& startedOn, const PartialDate& endedOn,
                             const PartialDate& day)
{
    if (status == QLatin1String("annule"))
        return {}; // cancelled before it started, under way or after: any dates
    if (status == QLatin1String("identification")) {
        if (startedOn.certainlyBefore(day))
            return QStringLiteral("in identification, but started before the demo's day");
        return {};
    }
    if (startedOn.isNull() || day.certainlyBefore(startedOn))
        return QStringLiteral("started by its status, but with no start or one after the demo's day");
    // Closed: its end, when recorded, is past; under way, being finalised or suspended: not ended.
    if (status == QLatin1String("cloture"))
        return day.certainlyBefore(endedOn) ? QStringLiteral("closed, but ends after the demo's day")
                                            : QString();
    if (endedOn.certainlyBefore(day))
        return QStringLiteral("going on, but ended before the demo's day");
    return {};
}

QString fundingContradiction(const QString& status, int year, const PartialDate& day)
{
    if (status == QLatin1String("verse") && year > day.year())
        return QStringLiteral("paid for a year to come");
    // A request is decided within the year after.
    if (status == QLatin1String("demande") && year < day.year() - 1)
        return QStringLiteral("requested, still undecided years after");
    return {};
}

} // namespace

TEST_CASE("The demo's statuses agree with its dates on the demo's day", "[demo][dates]")
{
    // Partnerships « en projet » signed years ago, projects under way that ended in March,
    // closed ones that end next year: an adviser reads them as contradictions.
    TestDatabase db;
    REQUIRE(DemoGenerator(db.connection(), 1500).run().ok());
    const PartialDate day = PartialDate::ofDay(DemoGenerator::demoDay());
    const auto date = [](const QSqlQuery& query, int column) { return storedDate(query.value(column)); };
    // Each family: its records' status and dates, and what contradicts them.
    const std::pair<const char*, std::function<QString(const QSqlQuery&)>> families[] = {
        {"SELECT 'partnership ' || id, status_code, signed_on, ended_on, formalized FROM partnership",
         [&](const QSqlQuery& q) {
             return partnershipContradiction(q.value(1).toString(), date(q, 2), date(q, 3),
                                             q.value(4).toBool(), day);
         }},
        {"SELECT 'project ' || id, status_code, started_on, ended_on FROM project",
         [&](const QSqlQuery& q) {
             return projectContradiction(q.value(1).toString(), date(q, 2), date(q, 3), day);
         }},
        {"SELECT 'funding ' || id, status_code, year FROM funding",
         [&](const QSqlQuery& q) {
             return fundingContradiction(q.value(1).toString(), q.value(2).toInt(), day);
         }},
    };
    for (const auto& [sql, contradiction] : families) {
        INFO(sql);
        const QStringList wrong = faultyRows(db.connection(), sql, contradiction);
        INFO(wrong.join(QLatin1String("; ")).toStdString());
        CHECK(wrong.isEmpty());
    }
    // Every status is there to see, a planned partnership with its planned date among them.
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM partnership WHERE status_code = 'en_projet' "
                                   "AND signed_on IS NOT NULL"))
              .toInt() > 0);
    CHECK(db.scalar(QStringLiteral("SELECT count(DISTINCT status_code) FROM partnership")).toInt() == 6);
    CHECK(db.scalar(QStringLiteral("SELECT count(DISTINCT status_code) FROM project")).toInt() == 6);
    CHECK(db.scalar(QStringLiteral("SELECT count(DISTINCT status_code) FROM funding")).toInt() == 4);
}

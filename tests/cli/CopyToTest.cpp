// `copy-to`: a whole observatory moved into another database and back — on the SQLite entry from
// file to file, on the PostgreSQL entry from a file to the tests' server and back to a file —
// with every table's rows, ids, history and search index the same, the same exports and report,
// and nothing left on a target when the copy is refused or fails.
#include "support/ObservatoireProgram.h"
#include "support/QtPrinting.h"
#include "support/TestDatabase.h"
#include "support/ZipEntry.h"

#include "database/SqlEngine.h"
#include "observatory/ObservatoryDatabase.h"
#include "refdata/ValueAliases.h"
#include "store/ActorStore.h"
#include "store/ChangeLog.h"
#include "store/ProjectStore.h"
#include "store/SchemeStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <algorithm>

namespace {

QString arg(const char* text)
{
    return QString::fromUtf8(text);
}

DatabaseLocation locationOf(const QString& text)
{
    const std::optional<DatabaseLocation> location = DatabaseLocation::parse(text);
    REQUIRE(location);
    return *location;
}

void openObservatory(Database& database, const QString& location)
{
    const DatabaseStatus opened =
        ObservatoryDatabase::open(database, locationOf(location), Database::OpenMode::MustExist);
    INFO(opened.message.toStdString());
    REQUIRE(opened.ok());
}

// Every row of every table the schema has (read from the schema, as the copy does), the search
// index's too, each table's rows sorted: equal on two databases when they hold the same.
QMap<QString, QStringList> contentOf(const QString& location)
{
    Database database;
    openObservatory(database, location);
    const QSqlDatabase db = database.connection();
    const Result<QStringList> tables = SqlEngine::of(db).dataTables(db);
    REQUIRE(tables.ok());
    QMap<QString, QStringList> content;
    for (const QString& table : tables.value()) {
        // SQLite's search index is a virtual table (not in dataTables), PostgreSQL's a table:
        // read the same way on both below.
        if (table == QLatin1String("search_index"))
            continue;
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("SELECT * FROM ") + table));
        QStringList rows;
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values << query.record().fieldName(i) + QLatin1Char('=') +
                              (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
            rows << values.join(QLatin1Char('|'));
        }
        std::sort(rows.begin(), rows.end());
        content.insert(table, rows);
    }
    QSqlQuery search(db);
    REQUIRE(search.exec(QStringLiteral("SELECT rowid, content FROM search_index")));
    QStringList entries;
    while (search.next()) {
        // The words of each entry: a record's themes or countries are aggregated in no set order
        // (SqlEngine::aggregateList), which a search does not see.
        QStringList words = search.value(1).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        std::sort(words.begin(), words.end());
        entries << search.value(0).toString() + QLatin1Char('|') + words.join(QLatin1Char(' '));
    }
    std::sort(entries.begin(), entries.end());
    content.insert(QStringLiteral("search_index"), entries);
    return content;
}

// The tables whose rows differ, each with its first row that the other lacks: short enough to
// read in a failure, where the whole content would not be.
QStringList differences(const QMap<QString, QStringList>& expected, const QMap<QString, QStringList>& actual)
{
    QStringList differing;
    for (const QString& table : QSet<QString>(expected.keyBegin(), expected.keyEnd()) +
                                    QSet<QString>(actual.keyBegin(), actual.keyEnd())) {
        const QStringList& want = expected.value(table);
        const QStringList& got = actual.value(table);
        if (want == got)
            continue;
        QString example;
        for (const QString& row : want) {
            if (!got.contains(row)) {
                example = QStringLiteral("missing ") + row;
                break;
            }
        }
        if (example.isEmpty()) {
            for (const QString& row : got) {
                if (!want.contains(row)) {
                    example = QStringLiteral("extra ") + row;
                    break;
                }
            }
        }
        differing << QStringLiteral("%1 (%2 rows, %3 expected): %4")
                         .arg(table)
                         .arg(got.size())
                         .arg(want.size())
                         .arg(example.left(300));
    }
    std::sort(differing.begin(), differing.end());
    return differing;
}

QStringList historyOf(const QString& location, const QString& entity, qint64 id)
{
    Database database;
    openObservatory(database, location);
    QStringList lines;
    for (const ChangeEntry& entry : ChangeLog(database.connection()).forRecord(entity, id))
        lines << QStringList{entry.action,     entry.field,
                             entry.oldValue,   entry.newValue,
                             entry.userName,   entry.changedAt,
                             entry.importFile, QString::number(entry.importLine)}
                     .join(QLatin1Char('|'));
    return lines;
}

qint64 largest(const QString& location, const QString& table)
{
    Database database;
    openObservatory(database, location);
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT max(id) FROM ") + table));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

// What the demo leaves empty, written as an adviser would: an actor's history, its parent (an
// actor of a larger id: the copy writes rows before the rows they name), an APD declaration, a
// project in the trash, a spelling kept for an import, a scheme with its calls and countries, and
// (by the caller's import) more schemes and an import batch with its lines.
qint64 fillWhatTheDemoLeavesEmpty(const QString& path)
{
    Database database;
    openObservatory(database, path);
    const QSqlDatabase db = database.connection();
    QSqlQuery query(db);
    REQUIRE(
        query.exec(QStringLiteral("SELECT min(id), max(id) FROM actor WHERE actor_type_code = 'commune'")));
    REQUIRE(query.next());
    const qint64 actorId = query.value(0).toLongLong();
    REQUIRE(query.exec(QStringLiteral("SELECT max(id) FROM actor")));
    REQUIRE(query.next());
    const qint64 lastActor = query.value(0).toLongLong();
    query.finish();

    ActorStore actors(db);
    Actor actor = *actors.find(actorId);
    actor.website = QStringLiteral("https://example.org/jumelage");
    actor.parentActorId = lastActor;
    actor.apdDeclarations = {{2023, true, 150000, PartialDate::ofMonth(2024, 3)}};
    const Result<Actor> updated = actors.update(actor);
    INFO(updated.message().toStdString());
    REQUIRE(updated.ok());

    REQUIRE(query.exec(QStringLiteral("SELECT max(id) FROM project")));
    REQUIRE(query.next());
    const qint64 projectId = query.value(0).toLongLong();
    query.finish();
    REQUIRE(ProjectStore(db).moveToTrash(projectId, QStringLiteral("Projet supprimé")).ok());
    Scheme scheme;
    scheme.name = QStringLiteral("Fonds de coopération Auvergne-Sénégal");
    scheme.kindCode = QStringLiteral("fonds");
    scheme.countryCodes = {QStringLiteral("SN")};
    scheme.calls = {{QStringLiteral("Session de printemps"), PartialDate(), PartialDate::ofMonth(2025, 4)}};
    const Result<Scheme> schemeCreated = SchemeStore(db).create(scheme);
    INFO(schemeCreated.message().toStdString());
    REQUIRE(schemeCreated.ok());
    REQUIRE(ValueAliases(db).keep(QStringLiteral("ref_partnership_kind"),
                                  QStringLiteral("Städtepartnerschaft"), QStringLiteral("jumelage")));
    return actorId;
}

QStringList exportFiles(const QString& location, const QString& folder)
{
    QDir().mkpath(folder);
    QStringList files;
    for (const char* family : {"actors", "partners", "partnerships", "projects", "fundings", "schemes"}) {
        const QString file = folder + QLatin1Char('/') + arg(family) + QLatin1String(".csv");
        const ProgramRun run = observatoire({arg("--db"), location, arg("export"), arg(family),
                                             arg("--format"), arg("csv"), arg("-o"), file});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        files << file;
    }
    // A search, on the copied index: a word of the demo's most common nature, which every demo
    // has (a town's name depends on the demo's draws).
    const QString found = folder + QLatin1String("/search.csv");
    const ProgramRun run =
        observatoire({arg("--db"), location, arg("export"), arg("partnerships"), arg("--search"),
                      arg("jumelage"), arg("--format"), arg("csv"), arg("-o"), found});
    REQUIRE(run.exitCode == 0);
    return files << found;
}

// The report's CSV tables (all of them, with the index) and the worksheets of its workbook:
// what carries no date. (The PDF and the workbook's properties carry the day they were made.)
QMap<QString, QByteArray> reportOf(const QString& location, const QString& folder)
{
    const ProgramRun tables = observatoire({arg("--db"), location, arg("report"), arg("--year"), arg("2023"),
                                            arg("-o"), folder + QLatin1Char('/')});
    INFO(tables.err.toStdString());
    REQUIRE(tables.exitCode == 0);
    const QString workbook = folder + QLatin1String(".xlsx");
    REQUIRE(
        observatoire({arg("--db"), location, arg("report"), arg("--year"), arg("2023"), arg("-o"), workbook})
            .exitCode == 0);
    QMap<QString, QByteArray> files;
    for (const QString& name : QDir(folder).entryList(QDir::Files)) {
        QFile file(folder + QLatin1Char('/') + name);
        REQUIRE(file.open(QIODevice::ReadOnly));
        files.insert(name, file.readAll());
    }
    QFile archive(workbook);
    REQUIRE(archive.open(QIODevice::ReadOnly));
    const QByteArray bytes = archive.readAll();
    for (int sheet = 1;; ++sheet) {
        const QString name = QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet);
        const QByteArray entry = zipEntry(bytes, name);
        if (entry.isEmpty())
            break;
        files.insert(name, entry);
    }
    files.insert(QStringLiteral("xl/sharedStrings.xml"),
                 zipEntry(bytes, QStringLiteral("xl/sharedStrings.xml")));
    REQUIRE(files.size() > 20);
    return files;
}

// The files whose bytes differ.
QStringList differingFiles(const QMap<QString, QByteArray>& expected, const QMap<QString, QByteArray>& actual)
{
    QStringList differing;
    for (auto file = expected.cbegin(); file != expected.cend(); ++file) {
        if (actual.value(file.key()) != file.value())
            differing << file.key();
    }
    if (actual.keys() != expected.keys())
        differing << QStringLiteral("(other files)");
    return differing;
}

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("copy-to moves a whole observatory into another database and back, the same in every table",
          "[cli][copy]")
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source.sqlite"));
    REQUIRE(observatoire({arg("--db"), source, arg("demo"), arg("--rows"), arg("120")}).exitCode == 0);
    const qint64 actorId = fillWhatTheDemoLeavesEmpty(source);
    const ProgramRun schemes =
        observatoire({arg("--db"), source, arg("import"), arg("schemes"),
                      QStringLiteral(OBSERVATOIRE_SOURCE_DIR "/resources/examples/dispositifs-exemple.csv")});
    INFO(schemes.err.toStdString());
    REQUIRE(schemes.exitCode == 0);

    const QMap<QString, QStringList> original = contentOf(source);
    // Every table has rows to copy: a table a later migration adds must be filled above, so that
    // this test shows it copied.
    for (auto table = original.cbegin(); table != original.cend(); ++table) {
        INFO(table.key().toStdString());
        CHECK(!table.value().isEmpty());
    }

    // Into an observatory without records (made by init), then back into a new file.
    const ProgramDatabase middle(dir, QStringLiteral("middle.sqlite"));
    REQUIRE(observatoire({arg("--db"), middle.location(), arg("init")}).exitCode == 0);
    const ProgramRun there = observatoire({arg("--db"), source, arg("copy-to"), middle.location()});
    INFO(there.err.toStdString());
    REQUIRE(there.exitCode == 0);
    CHECK(there.out.contains(QLatin1String("copied into")));
    const QString back = dir.filePath(QStringLiteral("back.sqlite"));
    const ProgramRun again = observatoire({arg("--db"), middle.location(), arg("copy-to"), back});
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);

    // Ids, links, history, import batches, trash, schemes, declarations, reference data, stored
    // sort keys and the search index's entries: row for row.
    CHECK(differences(original, contentOf(middle.location())) == QStringList());
    CHECK(differences(original, contentOf(back)) == QStringList());

    // A record's history, as the window lists it.
    const QStringList history = historyOf(source, QStringLiteral("actor"), actorId);
    CHECK(history.size() >= 3);
    CHECK(historyOf(middle.location(), QStringLiteral("actor"), actorId) == history);
    CHECK(historyOf(back, QStringLiteral("actor"), actorId) == history);

    // The same files: each family's export, a search, the report's tables.
    const QStringList fromSource = exportFiles(source, dir.filePath(QStringLiteral("source-export")));
    const QStringList fromMiddle =
        exportFiles(middle.location(), dir.filePath(QStringLiteral("middle-export")));
    const QStringList fromBack = exportFiles(back, dir.filePath(QStringLiteral("back-export")));
    for (qsizetype i = 0; i < fromSource.size(); ++i) {
        INFO(fromSource.at(i).toStdString());
        CHECK(bytesOf(fromSource.at(i)).count('\n') > 1);
        const QString exported = QString::fromUtf8(bytesOf(fromSource.at(i)));
        CHECK(QString::fromUtf8(bytesOf(fromMiddle.at(i))) == exported);
        CHECK(QString::fromUtf8(bytesOf(fromBack.at(i))) == exported);
    }
    const QMap<QString, QByteArray> report = reportOf(source, dir.filePath(QStringLiteral("source-report")));
    CHECK(differingFiles(report, reportOf(middle.location(),
                                          dir.filePath(QStringLiteral("middle-report")))) == QStringList());
    CHECK(differingFiles(report, reportOf(back, dir.filePath(QStringLiteral("back-report")))) ==
          QStringList());

    // The next record made on the copy gets an id of its own (PostgreSQL's sequences were set).
    const qint64 lastActor = largest(middle.location(), QStringLiteral("actor"));
    {
        Database database;
        openObservatory(database, middle.location());
        Actor actor;
        actor.name = QStringLiteral("Comité de jumelage de Thiers");
        actor.typeCode = QStringLiteral("comite_jumelage");
        const Result<Actor> created = ActorStore(database.connection()).create(actor);
        INFO(created.message().toStdString());
        REQUIRE(created.ok());
        CHECK(created.value().id == lastActor + 1);
    }

    // A target that holds records is refused and left as it was; so is the source itself.
    const QMap<QString, QStringList> before = contentOf(back);
    const QByteArray backBytes = bytesOf(back);
    const ProgramRun refused = observatoire({arg("--db"), middle.location(), arg("copy-to"), back});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QLatin1String("already holds an observatory")));
    CHECK((bytesOf(back) == backBytes)); // (not printed: the whole file)
    CHECK(differences(before, contentOf(back)) == QStringList());
    const ProgramRun itself = observatoire({arg("--db"), back, arg("copy-to"), back});
    CHECK(itself.exitCode == 2);
    CHECK((bytesOf(back) == backBytes)); // (not printed: the whole file)
    const ProgramRun itselfAgain =
        observatoire({arg("--db"), middle.location(), arg("copy-to"), middle.location()});
    CHECK(itselfAgain.exitCode == 2);
}

TEST_CASE("A copy that fails leaves nothing on the target", "[cli][copy]")
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source.sqlite"));
    REQUIRE(observatoire({arg("--db"), source, arg("demo"), arg("--rows"), arg("30")}).exitCode == 0);
    // A link to a partnership that is not there, as another program could leave it in a file
    // without foreign keys checked: the target refuses the row, late in the copy.
    runSql(source,
           {QStringLiteral(
               "INSERT INTO partnership_theme (partnership_id, theme_code) VALUES (999999, 'sante')")});

    const ProgramDatabase target(dir, QStringLiteral("target.sqlite"));
    const ProgramRun failed = observatoire({arg("--db"), source, arg("copy-to"), target.location()});
    INFO(failed.err.toStdString());
    CHECK(failed.exitCode == 3);
    CHECK(failed.err.contains(QLatin1String("nothing was copied")));
    if (TestEngine::isPostgres()) {
        // A database without tables, as it was.
        Database database;
        REQUIRE(database
                    .open(locationOf(target.location()), Database::OpenMode::Initialize,
                          Database::Access::Inspect)
                    .ok());
        CHECK(database.schemaVersion() == 0);
        const Result<QStringList> tables =
            SqlEngine::of(database.connection()).dataTables(database.connection());
        REQUIRE(tables.ok());
        CHECK(tables.value().isEmpty());
    } else {
        CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("source.sqlite")});
        // An empty file given as the target is left empty.
        QFile empty(target.path());
        REQUIRE(empty.open(QIODevice::WriteOnly));
        empty.close();
        CHECK(observatoire({arg("--db"), source, arg("copy-to"), target.path()}).exitCode == 3);
        CHECK(QFileInfo(target.path()).size() == 0);
        CHECK(!QFileInfo::exists(target.path() + QLatin1String("-wal")));
    }
}

namespace {

// Records whose stored sort keys differ from what their links give (migration 013's views), on
// either engine (coalesce: a record without links has NULL keys on both sides).
qint64 staleSortKeys(const QString& location)
{
    Database database;
    openObservatory(database, location);
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(QStringLiteral(
        "SELECT (SELECT count(*) FROM partnership p JOIN partnership_sort_key k ON k.id = p.id "
        "WHERE coalesce(p.sort_actors, '') <> coalesce(k.actors, '') "
        "OR coalesce(p.sort_partners, '') <> coalesce(k.partners, '') "
        "OR coalesce(p.sort_countries_fr, '') <> coalesce(k.countries_fr, '') "
        "OR coalesce(p.sort_countries_en, '') <> coalesce(k.countries_en, '')) + "
        "(SELECT count(*) FROM project j JOIN project_sort_key k ON k.id = j.id "
        "WHERE coalesce(j.sort_carriers, '') <> coalesce(k.carriers, '') "
        "OR coalesce(j.sort_countries_fr, '') <> coalesce(k.countries_fr, '') "
        "OR coalesce(j.sort_countries_en, '') <> coalesce(k.countries_en, ''))")));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

} // namespace

TEST_CASE("A copy's sort keys are computed by its target, whatever the source held", "[cli][copy]")
{
    // On PostgreSQL the link triggers are suspended during the copy and every key is written
    // once after the rows (SqlEngine::suspendSortKeys); on SQLite the triggers write them.
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source.sqlite"));
    REQUIRE(observatoire({arg("--db"), source, arg("demo"), arg("--rows"), arg("40")}).exitCode == 0);
    REQUIRE(staleSortKeys(source) == 0);
    // Keys another program spoiled (no trigger watches the key columns themselves).
    runSql(source, {QStringLiteral("UPDATE partnership SET sort_actors = 'zzz', sort_countries_fr = NULL"),
                    QStringLiteral("UPDATE project SET sort_carriers = 'zzz', sort_countries_en = 'zzz'")});
    REQUIRE(staleSortKeys(source) > 0);

    const ProgramDatabase target(dir, QStringLiteral("target.sqlite"));
    const ProgramRun copied = observatoire({arg("--db"), source, arg("copy-to"), target.location()});
    INFO(copied.err.toStdString());
    REQUIRE(copied.exitCode == 0);
    CHECK(staleSortKeys(target.location()) == 0);

    // The triggers work again on the copy: a link written later changes its record's keys.
    Database database;
    openObservatory(database, target.location());
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT min(id) FROM partnership")));
    REQUIRE(query.next());
    const qint64 partnershipId = query.value(0).toLongLong();
    Actor first;
    first.name = QStringLiteral("Aaa Comité de jumelage");
    first.typeCode = QStringLiteral("comite_jumelage");
    const Result<Actor> created = ActorStore(database.connection()).create(first);
    REQUIRE(created.ok());
    REQUIRE(query.exec(QStringLiteral("INSERT INTO partnership_actor (partnership_id, actor_id, role_code) "
                                      "SELECT %1, %2, min(code) FROM ref_org_role")
                           .arg(partnershipId)
                           .arg(created.value().id)));
    REQUIRE(
        query.exec(QStringLiteral("SELECT sort_actors FROM partnership WHERE id = %1").arg(partnershipId)));
    REQUIRE(query.next());
    CHECK(query.value(0).toString().startsWith(QLatin1String("aaa")));
}

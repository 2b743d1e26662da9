#include "support/QtPrinting.h"
#include "support/StatementCounter.h"
#include "support/StoreFixture.h"
#include "support/TemporaryFile.h"

#include "csv/ActorImporter.h"
#include "database/SqlScript.h"
#include "search/SearchIndex.h"
#include "search/TermBuffer.h"
#include "store/ActorStore.h"
#include "store/PartnershipStore.h"

#include <QFile>
#include <QSqlQuery>

namespace {

QList<qint64> search(const TestDatabase& db, const QString& table, const QString& typed)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.prepare(SearchIndex::matchingIds(db.connection(), table) + QLatin1String(" ORDER BY 1")));
    query.bindValue(QStringLiteral(":search"), SearchIndex::matchExpression(typed));
    REQUIRE(query.exec());
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

// How many segments SQLite's full-text index is stored in: FTS5 writes one per transaction that
// adds entries, and merges them as they pile up (all of them at the 16th, by its defaults).
int segments(const TestDatabase& db)
{
    return db.scalar(QStringLiteral("SELECT count(DISTINCT segid) FROM search_index_idx")).toInt();
}

// An index in several segments: `count` actors added one by one, each in its own transaction.
void addOneByOne(StoreFixture& db, int count)
{
    for (int i = 0; i < count; ++i)
        db.addActor(QStringLiteral("Comité de jumelage %1").arg(i), QStringLiteral("comite_jumelage"));
    REQUIRE(segments(db) > 1);
}

// A file of `count` actors the import creates.
QByteArray actorsFile(int count)
{
    QByteArray file("Nom;Type d'acteur;Département\n");
    for (int i = 0; i < count; ++i)
        file += QStringLiteral("Association des amis de Kaya %1;asso_si;38\n").arg(i).toUtf8();
    return file;
}

} // namespace

TEST_CASE("What people type becomes a prefix query on every word", "[search]")
{
    CHECK(SearchIndex::matchExpression(QStringLiteral("lyon eti")) ==
          QStringLiteral("\"lyon\"* AND \"eti\"*"));
    CHECK(SearchIndex::matchExpression(QStringLiteral("St eti")) ==
          QStringLiteral("(\"St\"* OR \"saint\"*) AND \"eti\"*"));
    CHECK(SearchIndex::matchExpression(QStringLiteral("  Saint-Étienne\" ")) ==
          QStringLiteral("\"Saint\"* AND \"Étienne\"*"));
    CHECK(SearchIndex::matchExpression(QStringLiteral(" ;' ")).isEmpty());
}

TEST_CASE("Records are found by their words, without accents or case", "[search]")
{
    StoreFixture db;
    const qint64 stEtienne = db.addActor(QStringLiteral("Ville de Saint-Étienne"));
    const qint64 lyon = db.addActor(QStringLiteral("Lyon"));
    const qint64 kaya = db.addPartner(QStringLiteral("Kaya"), QStringLiteral("BF"));

    CHECK(search(db, QStringLiteral("actor"), QStringLiteral("etienne")) == QList<qint64>{stEtienne});
    CHECK(search(db, QStringLiteral("actor"), QStringLiteral("SAINT-ETI")) == QList<qint64>{stEtienne});
    CHECK(search(db, QStringLiteral("actor"), QStringLiteral("ly")) == QList<qint64>{lyon});
    // A partner is found by its country, in French or English.
    CHECK(search(db, QStringLiteral("foreign_partner"), QStringLiteral("burkina")) == QList<qint64>{kaya});
    CHECK(search(db, QStringLiteral("foreign_partner"), QStringLiteral("Burkina Faso kay")) ==
          QList<qint64>{kaya});
    CHECK(search(db, QStringLiteral("actor"), QStringLiteral("burkina")).isEmpty());
}

TEST_CASE("The index follows every change of a record", "[search]")
{
    StoreFixture db;
    ActorStore store(db.connection());
    const qint64 id = db.addActor(QStringLiteral("Grenoble"));
    Actor actor = *store.find(id);
    actor.name = QStringLiteral("Ville de Grenoble-Alpes");
    REQUIRE(store.update(actor).ok());
    CHECK(search(db, QStringLiteral("actor"), QStringLiteral("alpes")) == QList<qint64>{id});
    REQUIRE(store.remove(id).ok());
    CHECK(search(db, QStringLiteral("actor"), QStringLiteral("grenoble")).isEmpty());
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM search_index")).toInt() == 0);
}

TEST_CASE("A change the search does not read writes only its column and leaves the entry as it was",
          "[search][sqlite]")
{
    // An update wrote every column again, and composed the record's text to compare it with its
    // entry, while most updates of an import change a source or a date, which the search does not
    // read (docs/performance.md, issue 22).
    StoreFixture db;
    PartnershipStore store(db.connection());
    const qint64 id = db.addPartnership(db.addActor(QStringLiteral("Grenoble")),
                                        db.addPartner(QStringLiteral("Kaya"), QStringLiteral("BF")));
    Partnership partnership = *store.find(id);
    partnership.source = QStringLiteral("Enquête 2024");
    StatementCounter statements(db.connection());
    REQUIRE(store.update(partnership).ok());
    statements.stop();
    INFO(statements.statements().join(QLatin1Char('\n')).toStdString());
    CHECK(statements.statements().filter(QStringLiteral("search_index")).isEmpty());
    const QStringList updates = statements.statements().filter(QStringLiteral("UPDATE partnership SET"));
    REQUIRE(updates.size() == 1);
    CHECK(updates.first().startsWith(QStringLiteral("UPDATE partnership SET source = ")));

    // A title and a theme are read: the entry follows them.
    partnership = *store.find(id);
    partnership.title = QStringLiteral("Coopération hydraulique");
    REQUIRE(store.update(partnership).ok());
    CHECK(search(db, QStringLiteral("partnership"), QStringLiteral("hydrau")) == QList<qint64>{id});
    partnership = *store.find(id);
    partnership.themeCodes = {QStringLiteral("eau_assainissement")};
    REQUIRE(store.update(partnership).ok());
    CHECK(search(db, QStringLiteral("partnership"), QStringLiteral("hygiene")) == QList<qint64>{id});
}

TEST_CASE("A rebuild indexes what is already in the database", "[search]")
{
    StoreFixture db;
    const qint64 id = db.addActor(QStringLiteral("Vénissieux"));
    QSqlQuery(db.connection()).exec(QStringLiteral("DELETE FROM search_index"));
    CHECK(search(db, QStringLiteral("actor"), QStringLiteral("venissieux")).isEmpty());
    REQUIRE(SearchIndex::rebuild(db.connection()).ok());
    CHECK(search(db, QStringLiteral("actor"), QStringLiteral("venissieux")) == QList<qint64>{id});
}

TEST_CASE("The entries of an import's records are written a few records a statement, each once", "[search]")
{
    StoreFixture db;
    const qint64 before = db.addActor(QStringLiteral("Lyon"));
    QList<qint64> ids;
    for (int i = 0; i < 10; ++i)
        ids << db.addActor(QStringLiteral("Comité de jumelage %1").arg(i));
    // As an import leaves them: some records without an entry, one with an entry already (a record
    // changed after it was created); another one's is not touched.
    QSqlQuery(db.connection())
        .exec(QStringLiteral("DELETE FROM search_index WHERE rowid >= %1 * 8 AND rowid <> %2 * 8 + 1")
                  .arg(ids.first())
                  .arg(ids.at(4)));
    CHECK(search(db, QStringLiteral("actor"), QStringLiteral("comite jum")) == QList<qint64>{ids.at(4)});
    const Result<qint64> added =
        SearchIndex::addFrom(db.connection(), QStringLiteral("actor"), ids.first(), 3);
    REQUIRE(added.ok());
    CHECK(added.value() == 10);
    CHECK(search(db, QStringLiteral("actor"), QStringLiteral("comite jum")) == ids);
    CHECK(search(db, QStringLiteral("actor"), QStringLiteral("lyon")) == QList<qint64>{before});
    QSqlQuery count(db.connection());
    REQUIRE(count.exec(
        QStringLiteral("SELECT count(*) FROM search_index WHERE rowid >= %1 * 8").arg(ids.first())));
    REQUIRE(count.next());
    CHECK(count.value(0).toInt() == 10);
}

// [sqlite]: the statements counted are SQLite's.
TEST_CASE("The entries of an import's records skip the gaps between their ids", "[search][sqlite]")
{
    StoreFixture db;
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i)
        ids << db.addActor(QStringLiteral("Comité de jumelage %1").arg(i));
    // Ids set by hand (a file's): the last record far after the others.
    constexpr qint64 kFar = 1'000'000'000'000;
    REQUIRE(QSqlQuery(db.connection())
                .exec(QStringLiteral("UPDATE actor SET id = %1 WHERE id = %2").arg(kFar).arg(ids.last())));
    ids.last() = kFar;
    QSqlQuery(db.connection()).exec(QStringLiteral("DELETE FROM search_index"));
    StatementCounter inserts(db.connection(), "INSERT INTO search_index");
    const Result<qint64> added =
        SearchIndex::addFrom(db.connection(), QStringLiteral("actor"), ids.first(), 2);
    inserts.stop();
    REQUIRE(added.ok());
    CHECK(added.value() == 4);
    CHECK(search(db, QStringLiteral("actor"), QStringLiteral("comite jum")) == ids);
    // Two statements for the first three records, one for the far one: not one per range between.
    CHECK(inserts.count() == 3);
}

// [sqlite]: FTS5's segments; PostgreSQL's index has none.
TEST_CASE("A rebuild leaves the search index in one segment", "[search][segments][sqlite]")
{
    StoreFixture db;
    addOneByOne(db, 12);
    REQUIRE(SearchIndex::rebuild(db.connection()).ok());
    CHECK(segments(db) == 1);
    CHECK(search(db, QStringLiteral("actor"), QStringLiteral("comite jum")).size() == 12);
}

TEST_CASE("An import that writes a quarter of the search index or more merges it into one segment",
          "[search][segments][sqlite]")
{
    StoreFixture db;
    addOneByOne(db, 20);
    SECTION("a large import: merged")
    {
        // 7 entries of 27.
        const TemporaryFile file(actorsFile(7));
        REQUIRE(ActorImporter(db.connection()).run(file.path(), {}).created == 7);
        CHECK(segments(db) == 1);
    }
    SECTION("a small import: not merged, since the merge rewrites the whole index")
    {
        // 6 entries of 26.
        const TemporaryFile file(actorsFile(6));
        REQUIRE(ActorImporter(db.connection()).run(file.path(), {}).created == 6);
        CHECK(segments(db) > 1);
    }
    CHECK(search(db, QStringLiteral("actor"), QStringLiteral("kaya")).size() >= 6);
    CHECK(search(db, QStringLiteral("actor"), QStringLiteral("comite jum")).size() == 20);
}

// [sqlite]: FTS5's buffer; PostgreSQL's index has none.
TEST_CASE("The search index's buffer of new terms is larger while it lives, then as it was",
          "[search][buffer][sqlite]")
{
    StoreFixture db;
    const auto bufferSize = [&] {
        return db
            .scalar(QStringLiteral("SELECT coalesce((SELECT v FROM search_index_config WHERE k = "
                                   "'hashsize'), 'none')"))
            .toString();
    };
    QSqlQuery query(db.connection());
    SECTION("from FTS5's own size, which an index built before it never stored")
    {
        REQUIRE(query.exec(QStringLiteral("DELETE FROM search_index_config WHERE k = 'hashsize'")));
        {
            const TermBuffer buffer(db.connection());
            CHECK(bufferSize() == QString::number(8 * 1024 * 1024));
            // Entries added meanwhile are found as any others.
            const qint64 annonay = db.addActor(QStringLiteral("Annonay"));
            CHECK(search(db, QStringLiteral("actor"), QStringLiteral("annon")) == QList<qint64>{annonay});
        }
        CHECK(bufferSize() == QString::number(TermBuffer::kDefaultBytes));
    }
    SECTION("from another size")
    {
        REQUIRE(query.exec(
            QStringLiteral("INSERT INTO search_index (search_index, rank) VALUES ('hashsize', 65536)")));
        {
            const TermBuffer buffer(db.connection(), 2);
            CHECK(bufferSize() == QString::number(2 * 1024 * 1024));
        }
        CHECK(bufferSize() == QLatin1String("65536"));
    }
}

TEST_CASE("Œ, æ and ß are found spelt out, and spelt out find them", "[search]")
{
    StoreFixture db;
    const qint64 marcq = db.addActor(QStringLiteral("Marcq-en-Barœul"));
    const qint64 oeuvre = db.addActor(QStringLiteral("Oeuvre des Alpes"));
    CHECK(search(db, QStringLiteral("actor"), QStringLiteral("baroeul")) == QList<qint64>{marcq});
    CHECK(search(db, QStringLiteral("actor"), QStringLiteral("Barœ")) == QList<qint64>{marcq});
    CHECK(search(db, QStringLiteral("actor"), QStringLiteral("Œuvre")) == QList<qint64>{oeuvre});
    // Entries written before schema 10 held the ligature; its migration spelt them out.
    QSqlQuery old(db.connection());
    REQUIRE(old.exec(QStringLiteral("UPDATE search_index SET content = 'Marcq-en-Barœul' WHERE rowid = %1")
                         .arg(marcq * 8 + 1)));
    // (On PostgreSQL unaccent spells the ligatures out itself: the entry is found all the same.)
    if (!TestEngine::isPostgres())
        CHECK(search(db, QStringLiteral("actor"), QStringLiteral("baroeul")).isEmpty());
    QFile migration(QStringLiteral(":/migrations/009_settled_values.sql"));
    REQUIRE(migration.open(QIODevice::ReadOnly));
    // Its first statement spells the index out.
    REQUIRE(old.exec(SqlScript::statements(QString::fromUtf8(migration.readAll())).first()));
    CHECK(search(db, QStringLiteral("actor"), QStringLiteral("baroeul")) == QList<qint64>{marcq});
}

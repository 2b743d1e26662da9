#include "support/QtPrinting.h"
#include "support/StoreFixture.h"
#include "support/TemporaryFile.h"

#include "common/TextFolding.h"
#include "csv/PartnershipImporter.h"
#include "lists/RecordQuery.h"
#include "store/ActorStore.h"
#include "store/DuplicateMerge.h"
#include "store/PartnerStore.h"
#include "store/PartnershipStore.h"
#include "store/ProjectStore.h"
#include "store/Trash.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

// The lists' computed columns (a partnership's actors, partners and countries, a project's lead
// actor and countries) sort by keys stored with each record (migration 013) and kept right by
// triggers. After each way of writing, both the first screen and the whole list sorted by each
// such column must be in the order of the names the list shows.

namespace {

struct KeyedColumn
{
    RecordList::Family family;
    QString key; // RecordList::Column::key
    bool names;  // actors' or partners' names (folded); otherwise country labels (lower case)
};

const QList<KeyedColumn> kKeyedColumns = {
    {RecordList::Family::Partnerships, QStringLiteral("actor"), true},
    {RecordList::Family::Partnerships, QStringLiteral("partner"), true},
    {RecordList::Family::Partnerships, QStringLiteral("country"), false},
    {RecordList::Family::Projects, QStringLiteral("actor"), true},
    {RecordList::Family::Projects, QStringLiteral("country"), false},
};

int columnIndex(RecordList::Family family, const QString& key)
{
    const QList<RecordList::Column> columns = RecordList::columns(family);
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).key == key)
            return i;
    }
    return -1;
}

// The order expected from the values shown: each record by the first of its names in
// alphabetical order (docs/performance.md), those without last, ties by id in the same direction.
QList<qint64> orderOfShownValues(const QSqlDatabase& db, const KeyedColumn& keyed, bool english,
                                 Qt::SortOrder order)
{
    const RecordQuery all(db, keyed.family, english);
    const RecordList::Rows rows = all.rows(all.matchingIds());
    const int column = columnIndex(keyed.family, keyed.key);
    QList<std::pair<std::optional<QString>, qint64>> keys;
    for (int i = 0; i < rows.ids.size(); ++i) {
        // Names are joined by " | ", a partnership's distinct countries by commas.
        const QString shown = rows.values.at(i).at(column).toString();
        const QStringList parts =
            shown.split(QRegularExpression(QStringLiteral(" \\| |,")), Qt::SkipEmptyParts);
        std::optional<QString> first;
        for (const QString& part : parts) {
            const QString key = keyed.names ? TextFolding::normalizedName(part) : part.toLower();
            if (!first || key < *first)
                first = key;
        }
        keys.append({first, rows.ids.at(i)});
    }
    const bool ascending = order == Qt::AscendingOrder;
    std::sort(keys.begin(), keys.end(), [ascending](const auto& a, const auto& b) {
        if (a.first.has_value() != b.first.has_value())
            return a.first.has_value();
        if (a.first && *a.first != *b.first)
            return ascending ? *a.first < *b.first : *b.first < *a.first;
        return ascending ? a.second < b.second : b.second < a.second;
    });
    QList<qint64> ids;
    for (const auto& key : keys)
        ids << key.second;
    return ids;
}

// Every keyed column, both languages and both ways: the whole list and its first screen are in
// the order of the values shown.
void checkKeyedOrders(const QSqlDatabase& db, const char* after)
{
    constexpr int kScreen = 3;
    for (const KeyedColumn& keyed : kKeyedColumns) {
        for (const bool english : {false, true}) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                INFO("after " << after << ": family " << static_cast<int>(keyed.family) << ", column "
                              << keyed.key.toStdString() << (english ? ", English" : ", French") << ", order "
                              << order);
                RecordQuery query(db, keyed.family, english);
                query.setSort(columnIndex(keyed.family, keyed.key), order);
                QString error;
                const QList<qint64> expected = orderOfShownValues(db, keyed, english, order);
                REQUIRE(!expected.isEmpty());
                CHECK(query.matchingIds(&error) == expected);
                CHECK(query.firstIds(kScreen, &error) == expected.mid(0, kScreen));
                CHECK(error.isEmpty());
            }
        }
    }
}

struct SortKeyFixture : StoreFixture
{
    qint64 lyon = 0, annecy = 0, vienne = 0, zurichFriends = 0;
    qint64 berlin = 0, dakar = 0, quebec = 0;
    qint64 first = 0, second = 0, third = 0, fourth = 0;
    qint64 water = 0, school = 0;

    SortKeyFixture()
    {
        lyon = addActor(QStringLiteral("Ville de Lyon"));
        annecy = addActor(QStringLiteral("Annecy"));
        vienne = addActor(QStringLiteral("Vienne"));
        zurichFriends = addActor(QStringLiteral("Amis de Zurich"), QStringLiteral("asso_si"));
        berlin = addPartner(QStringLiteral("Berlin"), QStringLiteral("DE"));
        dakar = addPartner(QStringLiteral("Dakar"), QStringLiteral("SN"));
        quebec = addPartner(QStringLiteral("Québec"), QStringLiteral("CA"));

        PartnershipStore partnerships(connection());
        const auto partnership = [&](QList<qint64> actors, QList<qint64> partners) {
            Partnership p;
            p.kindCode = QStringLiteral("jumelage");
            for (const qint64 actor : actors)
                p.actors.append({actor, QString()});
            p.partnerIds = partners;
            return partnerships.create(p).value().id;
        };
        first = partnership({lyon}, {berlin});
        second = partnership({annecy, vienne}, {dakar, quebec});
        third = partnership({vienne}, {quebec});
        fourth = partnership({zurichFriends}, {berlin});

        ProjectStore projects(connection());
        const auto project = [&](const QString& title, qint64 lead, QStringList countries) {
            Project j;
            j.title = title;
            j.actors = {{lead, QString::fromLatin1(Project::kLeadRole)}};
            j.countryCodes = countries;
            return projects.create(j).value().id;
        };
        water = project(QStringLiteral("Eau"), lyon, {QStringLiteral("SN"), QStringLiteral("DE")});
        school = project(QStringLiteral("École"), annecy, {QStringLiteral("CA")});
        project(QStringLiteral("Sans pays"), vienne, {});
    }
};

} // namespace

TEST_CASE("The computed columns sort by stored keys that every write path keeps right", "[lists][sort]")
{
    SortKeyFixture db;
    const QSqlDatabase connection = db.connection();
    checkKeyedOrders(connection, "creation");

    SECTION("an edit, and its undo")
    {
        PartnershipStore partnerships(connection);
        const Partnership before = *partnerships.find(db.first);
        Partnership changed = before;
        changed.actors = {{db.zurichFriends, QString()}, {db.vienne, QString()}};
        changed.partnerIds = {db.quebec};
        REQUIRE(partnerships.update(changed).ok());
        ProjectStore projects(connection);
        const Project projectBefore = *projects.find(db.water);
        Project project = projectBefore;
        project.actors = {{db.vienne, QString::fromLatin1(Project::kLeadRole)}};
        project.countryCodes = {QStringLiteral("CA")};
        REQUIRE(projects.update(project).ok());
        checkKeyedOrders(connection, "an edit");
        // Links only taken away.
        Partnership fewer = *partnerships.find(db.second);
        fewer.partnerIds = {db.dakar};
        REQUIRE(partnerships.update(fewer).ok());
        Project nowhere = *projects.find(db.school);
        nowhere.countryCodes.clear();
        REQUIRE(projects.update(nowhere).ok());
        checkKeyedOrders(connection, "links taken away");

        // Undo writes the record as it was (ui/RecordCommands).
        Partnership back = before;
        back.version = partnerships.find(db.first)->version;
        REQUIRE(partnerships.update(back).ok());
        Project projectBack = projectBefore;
        projectBack.version = projects.find(db.water)->version;
        REQUIRE(projects.update(projectBack).ok());
        checkKeyedOrders(connection, "an edit undone");
    }
    SECTION("an actor and a partner renamed, a partner moved to another country")
    {
        ActorStore actors(connection);
        Actor vienne = *actors.find(db.vienne);
        vienne.name = QStringLiteral("Aaa Vienne");
        REQUIRE(actors.update(vienne).ok());
        PartnerStore partners(connection);
        ForeignPartner berlin = *partners.find(db.berlin);
        berlin.name = QStringLiteral("Zzz Berlin");
        berlin.countryCode = QStringLiteral("NO");
        REQUIRE(partners.update(berlin).ok());
        checkKeyedOrders(connection, "renames");
    }
    SECTION("a country's label changed by the reference data")
    {
        // As ReferenceDataLoader writes a newer label over the one there.
        QSqlQuery relabel(connection);
        REQUIRE(relabel.exec(QStringLiteral("UPDATE ref_country SET label_fr = 'Zanzibar', label_en = "
                                            "'Zanzibar' WHERE code = 'DE'")));
        checkKeyedOrders(connection, "a country relabelled");
    }
    SECTION("records to the trash and back, a creation undone and redone")
    {
        Trash trash(connection);
        const Result<qint64> partnershipEntry =
            PartnershipStore(connection).moveToTrash(db.second, QStringLiteral("second"));
        REQUIRE(partnershipEntry.ok());
        const Result<qint64> projectEntry =
            ProjectStore(connection).moveToTrash(db.water, QStringLiteral("water"));
        INFO(projectEntry.message().toStdString());
        REQUIRE(projectEntry.ok());
        checkKeyedOrders(connection, "moves to the trash");
        REQUIRE(trash.restore(projectEntry.value()).ok());
        REQUIRE(trash.restore(partnershipEntry.value()).ok());
        checkKeyedOrders(connection, "restores from the trash");

        ProjectStore projects(connection);
        const Project school = *projects.find(db.school);
        REQUIRE(projects.remove(school.id).ok());
        checkKeyedOrders(connection, "a creation undone");
        REQUIRE(projects.restore(school).ok());
        checkKeyedOrders(connection, "a creation redone");
    }
    SECTION("two actors merged, and the merge undone")
    {
        const DuplicateMerge<Actor> merge(connection);
        MergeRequest request;
        request.keptId = db.vienne;
        request.otherId = db.annecy;
        const auto merged = merge.merge(request);
        INFO(merged.message().toStdString());
        REQUIRE(merged.ok());
        checkKeyedOrders(connection, "a merge");
        REQUIRE(merge.undo(merged.value()).ok());
        checkKeyedOrders(connection, "a merge undone");
    }
    SECTION("an import")
    {
        const TemporaryFile file("Nature;Acteur;Pays;Partenaire\n"
                                 "Jumelage;Bourg-en-Bresse;Allemagne;Bad Kreuznach\n"
                                 "Jumelage;Albertville;Canada;Abitibi\n");
        const ImportReport report = PartnershipImporter(connection).run(file.path(), {});
        REQUIRE(report.errors.isEmpty());
        REQUIRE(report.created == 2);
        checkKeyedOrders(connection, "an import");
    }
}

TEST_CASE("A record's sort keys look each linked name up by its id, whatever the planner knows of the tables",
          "[lists][sort]")
{
    // On PostgreSQL, the keys written as joins were computed, in a database without statistics
    // yet (new, or filled by the import's own transaction), by reading the whole actor and
    // foreign_partner tables into a hash: each link an import wrote scanned every partner, and an
    // import of 2,500 new partners took minutes (migration 014). SQLite looks them up either way.
    const TestDatabase db;
    const QStringList plans = {
        QStringLiteral("SELECT * FROM partnership_sort_key WHERE id = 1"),
        QStringLiteral("SELECT * FROM project_sort_key WHERE id = 1"),
    };
    for (const QString& statement : plans) {
        QSqlQuery query(db.connection());
        REQUIRE(query.exec(
            (TestEngine::isPostgres() ? QStringLiteral("EXPLAIN ") : QStringLiteral("EXPLAIN QUERY PLAN ")) +
            statement));
        QString plan;
        while (query.next())
            plan += query.value(TestEngine::isPostgres() ? 0 : 3).toString() + QLatin1Char('\n');
        INFO(plan.toStdString());
        REQUIRE_FALSE(plan.isEmpty());
        for (const char* table : {"actor", "foreign_partner"}) {
            const QString name = QString::fromLatin1(table);
            CHECK_FALSE(plan.contains(QStringLiteral("Seq Scan on ") + name + QLatin1Char(' ')));
            // SQLite names a full scan « SCAN <table or its alias> »; the views' aliases are a and f.
            CHECK_FALSE(plan.contains(
                QRegularExpression(QStringLiteral("\\bSCAN (%1|%2)\\b").arg(name, name.left(1)))));
        }
    }
}

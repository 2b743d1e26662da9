#include "support/QtPrinting.h"
#include "support/StoreFixture.h"

#include "database/IdSet.h"
#include "database/Statement.h"
#include "lists/LinkCandidates.h"
#include "lists/RecordQuery.h"
#include "search/SearchIndex.h"
#include "store/ActorStore.h"
#include "store/PartnerStore.h"
#include "store/PartnershipStore.h"
#include "store/ProjectStore.h"

#include <QSqlQuery>

#include <algorithm>

#include <limits>
#include <tuple>
#include <utility>

namespace {

// A small observatory with one record of each interesting shape.
struct ListFixture : StoreFixture
{
    qint64 stEtienne = 0, grenoble = 0, asso = 0;
    qint64 wuppertal = 0, ouaga = 0;
    qint64 twinning = 0, cooperation = 0, ended = 0;
    qint64 water = 0;

    ListFixture()
    {
        ActorStore actors(connection());
        Actor actor;
        actor.name = QStringLiteral("Ville de Saint-Étienne");
        actor.typeCode = QStringLiteral("commune");
        actor.inseeCode = QStringLiteral("42218");
        actor.departementCode = QStringLiteral("42");
        actor.verifiedOn = PartialDate::ofYear(QDate::currentDate().year());
        stEtienne = actors.create(actor).value().id;
        actor = Actor();
        actor.name = QStringLiteral("Grenoble");
        actor.typeCode = QStringLiteral("commune");
        actor.departementCode = QStringLiteral("38");
        grenoble = actors.create(actor).value().id;
        asso = addActor(QStringLiteral("Eau Vive Isère"), QStringLiteral("asso_si"));
        wuppertal = addPartner(QStringLiteral("Wuppertal"), QStringLiteral("DE"));
        ouaga = addPartner(QStringLiteral("Ouagadougou"), QStringLiteral("BF"));

        PartnershipStore partnerships(connection());
        Partnership p;
        p.kindCode = QStringLiteral("jumelage");
        p.actors = {{stEtienne, QString()}};
        p.partnerIds = {wuppertal};
        p.signedOn = PartialDate::ofYear(1960);
        p.themeCodes = {QStringLiteral("culture_sport")};
        twinning = partnerships.create(p).value().id;
        p = Partnership();
        p.kindCode = QStringLiteral("cooperation_decentralisee");
        p.actors = {{grenoble, QString()}};
        p.partnerIds = {ouaga};
        p.signedOn = PartialDate::ofMonth(2015, 3);
        p.themeCodes = {QStringLiteral("eau_assainissement")};
        cooperation = partnerships.create(p).value().id;
        p = Partnership();
        p.kindCode = QStringLiteral("jumelage");
        p.statusCode = QStringLiteral("termine");
        p.actors = {{grenoble, QString()}};
        p.partnerIds = {wuppertal};
        p.signedOn = PartialDate::ofYear(1970);
        p.endedOn = PartialDate::ofYear(1990);
        ended = partnerships.create(p).value().id;

        Project project;
        project.title = QStringLiteral("Accès à l'eau à Ouagadougou");
        project.actors = {{asso, QStringLiteral("porteur")}};
        project.countryCodes = {QStringLiteral("BF")};
        project.themeCodes = {QStringLiteral("eau_assainissement")};
        project.startedOn = PartialDate::ofYear(2022);
        project.endedOn = PartialDate::ofYear(2024);
        water = ProjectStore(connection()).create(project).value().id;
    }

    QList<qint64> ids(RecordList::Family family, const RecordFilter& filter, int sortColumn = -1,
                      Qt::SortOrder order = Qt::AscendingOrder)
    {
        RecordQuery query(connection(), family, false);
        query.setFilter(filter);
        query.setSort(sortColumn, order);
        QString error;
        const QList<qint64> found = query.matchingIds(&error);
        INFO(error.toStdString());
        REQUIRE(error.isEmpty());
        return found;
    }
};

RecordFilter searching(const QString& text)
{
    RecordFilter filter;
    filter.search = text;
    return filter;
}

} // namespace

TEST_CASE("Search finds records by their own words and by their actors and partners", "[lists][search]")
{
    ListFixture db;
    CHECK(db.ids(RecordList::Family::Actors, searching(QStringLiteral("etienne"))) ==
          QList<qint64>{db.stEtienne});
    // A partnership is found by its actor's name or its partner's country.
    CHECK(db.ids(RecordList::Family::Partnerships, searching(QStringLiteral("st-etienne"))) ==
          QList<qint64>{db.twinning});
    CHECK(db.ids(RecordList::Family::Partnerships, searching(QStringLiteral("ouaga"))) ==
          QList<qint64>{db.cooperation});
    CHECK(db.ids(RecordList::Family::Partnerships, searching(QStringLiteral("wupp"))).size() == 2);
    CHECK(db.ids(RecordList::Family::Projects, searching(QStringLiteral("burkina"))) ==
          QList<qint64>{db.water});
    CHECK(db.ids(RecordList::Family::Projects, searching(QStringLiteral("eau vive"))) ==
          QList<qint64>{db.water});
    CHECK(db.ids(RecordList::Family::Actors, searching(QStringLiteral("zzz"))).isEmpty());
}

TEST_CASE("Filters narrow each list and combine with the search", "[lists][filters]")
{
    ListFixture db;
    RecordFilter filter;
    filter.kindCode = QStringLiteral("jumelage");
    CHECK(db.ids(RecordList::Family::Partnerships, filter).size() == 2);
    // Actors and partners through their partnerships.
    CHECK(db.ids(RecordList::Family::Actors, filter).size() == 2);
    CHECK(db.ids(RecordList::Family::Partners, filter) == QList<qint64>{db.wuppertal});
    filter.search = QStringLiteral("grenoble");
    CHECK(db.ids(RecordList::Family::Partnerships, filter) == QList<qint64>{db.ended});

    RecordFilter country;
    country.countryCode = QStringLiteral("BF");
    CHECK(db.ids(RecordList::Family::Partnerships, country) == QList<qint64>{db.cooperation});
    CHECK(db.ids(RecordList::Family::Projects, country) == QList<qint64>{db.water});
    // Grenoble (partnership), the association (project).
    CHECK(db.ids(RecordList::Family::Actors, country).size() == 2);

    RecordFilter zone;
    zone.zoneCode = QStringLiteral("union_europeenne");
    CHECK(db.ids(RecordList::Family::Partners, zone) == QList<qint64>{db.wuppertal});

    RecordFilter departement;
    departement.departementCode = QStringLiteral("38");
    CHECK(db.ids(RecordList::Family::Actors, departement) == QList<qint64>{db.grenoble});
    CHECK(db.ids(RecordList::Family::Partnerships, departement).size() == 2);

    RecordFilter type;
    type.actorTypeCode = QStringLiteral("asso_si");
    CHECK(db.ids(RecordList::Family::Projects, type) == QList<qint64>{db.water});

    RecordFilter theme;
    theme.themeCode = QStringLiteral("eau_assainissement");
    CHECK(db.ids(RecordList::Family::Partnerships, theme) == QList<qint64>{db.cooperation});
    CHECK(db.ids(RecordList::Family::Actors, theme).size() == 2);

    RecordFilter twinnings;
    twinnings.twinningsOnly = true;
    twinnings.statusCode = QStringLiteral("actif");
    CHECK(db.ids(RecordList::Family::Partnerships, twinnings) == QList<qint64>{db.twinning});
    // A partnership status means nothing for projects: it does not empty their list.
    CHECK(db.ids(RecordList::Family::Projects, twinnings) == QList<qint64>{db.water});
}

TEST_CASE("A year keeps what was active during it", "[lists][filters]")
{
    ListFixture db;
    RecordFilter filter;
    filter.activeYear = 1980;
    QList<qint64> active = db.ids(RecordList::Family::Partnerships, filter);
    std::sort(active.begin(), active.end());
    CHECK(active == QList<qint64>{db.twinning, db.ended});
    filter.activeYear = 2016;
    active = db.ids(RecordList::Family::Partnerships, filter);
    std::sort(active.begin(), active.end());
    CHECK(active == QList<qint64>{db.twinning, db.cooperation});
    CHECK(db.ids(RecordList::Family::Projects, filter).isEmpty());
    filter.activeYear = 2023;
    CHECK(db.ids(RecordList::Family::Projects, filter) == QList<qint64>{db.water});
}

TEST_CASE("Records not verified for two years can be listed", "[lists][filters]")
{
    ListFixture db;
    RecordFilter filter;
    filter.staleOnly = true;
    const QList<qint64> stale = db.ids(RecordList::Family::Actors, filter);
    CHECK_FALSE(stale.contains(db.stEtienne));
    CHECK(stale.contains(db.grenoble));
}

TEST_CASE("Lists sort by any column, both ways, and read rows in that order", "[lists][sort]")
{
    ListFixture db;
    const QList<qint64> byName = db.ids(RecordList::Family::Actors, {}, 0, Qt::AscendingOrder);
    CHECK(byName == QList<qint64>{db.asso, db.grenoble, db.stEtienne});
    CHECK(db.ids(RecordList::Family::Actors, {}, 0, Qt::DescendingOrder) ==
          QList<qint64>{db.stEtienne, db.grenoble, db.asso});
    // Natural order of actors: normalised name ("Ville de" is not part of it).
    CHECK(db.ids(RecordList::Family::Actors, {}) == QList<qint64>{db.asso, db.grenoble, db.stEtienne});
    // Dates sort as dates whatever their precision; empty values last.
    CHECK(db.ids(RecordList::Family::Partnerships, {}, 5, Qt::AscendingOrder) ==
          QList<qint64>{db.twinning, db.ended, db.cooperation});

    RecordQuery query(db.connection(), RecordList::Family::Actors, false);
    const RecordList::Rows rows = query.rows({db.stEtienne, db.asso});
    REQUIRE(rows.values.size() == 2);
    CHECK(rows.values.at(0).at(0).toString() == QStringLiteral("Ville de Saint-Étienne"));
    CHECK(rows.values.at(0).at(1).toString() == QStringLiteral("Commune"));
    CHECK(rows.values.at(1).at(0).toString() == QStringLiteral("Eau Vive Isère"));
    CHECK(query.total() == 3);
}

TEST_CASE("A partnership's row tells whether its date is planned, and a signature's", "[lists]")
{
    ListFixture db;
    PartnershipStore partnerships(db.connection());
    Partnership planned;
    planned.kindCode = QStringLiteral("partenariat_non_conventionne");
    planned.statusCode = QString::fromLatin1(Partnership::kPlannedStatus);
    planned.actors = {{db.grenoble, QString()}};
    planned.partnerIds = {db.ouaga};
    planned.signedOn = PartialDate::ofMonth(QDate::currentDate().year() + 1, 3);
    const qint64 toStart = partnerships.create(planned).value().id;
    planned.formalized = true;
    const qint64 toSign = partnerships.create(planned).value().id;

    RecordQuery query(db.connection(), RecordList::Family::Partnerships, false);
    const RecordList::Rows rows = query.rows({db.twinning, toStart, toSign, db.cooperation + 1000});
    REQUIRE(rows.firstDates.size() == 4);
    CHECK_FALSE(rows.firstDates.at(0).planned);
    CHECK(rows.firstDates.at(0).signedAgreement);
    CHECK(rows.firstDates.at(1).planned);
    CHECK_FALSE(rows.firstDates.at(1).signedAgreement);
    CHECK(rows.firstDates.at(2).planned);
    CHECK(rows.firstDates.at(2).signedAgreement);
    // A record deleted meanwhile: nothing planned.
    CHECK_FALSE(rows.firstDates.at(3).planned);
    // The other families have no such date.
    CHECK(RecordQuery(db.connection(), RecordList::Family::Projects, false)
              .rows({db.water})
              .firstDates.isEmpty());
}

namespace {

// Forty partnerships and projects of varied shapes, so that a first screen of a few rows is a
// real part of each list: actors and partners that the search finds or not, dates with and
// without, ties on every column. Types, kinds, statuses and countries whose labels sort otherwise
// than their codes, in French and in English (« État » after « Hôpital », « À vérifier » after
// « Terminé »: SQLite's case rule folds ASCII letters only), actors and partners without a type,
// and a kind whose label differs from another's only in case: the sorts by a label walk the codes
// in their labels' order (RecordQuery::firstByLabel).
struct WideListFixture : StoreFixture
{
    WideListFixture()
    {
        // Entries an adviser or another program added: a kind written as the vocabulary editor
        // would refuse it (its label is another's but for case), a status and a scheme kind whose
        // codes sort elsewhere than their labels.
        const auto run = [this](const QString& sql) {
            QSqlQuery query(connection());
            INFO(sql.toStdString());
            REQUIRE(query.exec(sql));
        };
        run(QStringLiteral("INSERT INTO ref_partnership_kind (code, label_fr, label_en, sort_order) "
                           "VALUES ('jumelage_ancien', 'JUMELAGE', 'twinning', 99)"));
        run(QStringLiteral("INSERT INTO ref_project_status (code, label_fr, label_en, iati_code, sort_order) "
                           "VALUES ('archive', 'Versé aux archives', 'Archived', 4, 99)"));
        run(QStringLiteral("INSERT INTO ref_scheme_kind (code, label_fr, label_en, sort_order) "
                           "VALUES ('concours', 'Trophées', 'Awards contest', 99)"));
        const QStringList actorNames = {QStringLiteral("Lyon"),
                                        QStringLiteral("Villeurbanne"),
                                        QStringLiteral("Association Lycée Ampère"),
                                        QStringLiteral("Grenoble"),
                                        QStringLiteral("Valence"),
                                        QStringLiteral("Lycée du Parc"),
                                        QStringLiteral("Fondation Mérieux"),
                                        QStringLiteral("Région Auvergne-Rhône-Alpes"),
                                        QStringLiteral("Ville de Vénissieux")};
        const QStringList actorTypes = {QStringLiteral("commune"),
                                        QStringLiteral("asso_si"),
                                        QStringLiteral("asso_si"),
                                        QStringLiteral("commune"),
                                        QString(),
                                        QStringLiteral("etab_scolaire"),
                                        QStringLiteral("fondation"),
                                        QStringLiteral("region"),
                                        QStringLiteral("commune")};
        const QStringList partnerNames = {QStringLiteral("Bamako"),
                                          QStringLiteral("Lyonnais du Québec"),
                                          QStringLiteral("Wuppertal"),
                                          QStringLiteral("Yokohama"),
                                          QStringLiteral("Manchester"),
                                          QStringLiteral("Ségou"),
                                          QStringLiteral("Ministère de la Santé du Mali"),
                                          QStringLiteral("Hôpital de Montréal"),
                                          QStringLiteral("Leipzig")};
        const QStringList partnerCountries = {
            QStringLiteral("ML"), QStringLiteral("CA"), QStringLiteral("DE"),
            QStringLiteral("JP"), QStringLiteral("GB"), QStringLiteral("ML"),
            QStringLiteral("ML"), QStringLiteral("CA"), QStringLiteral("DE")};
        const QStringList partnerTypes = {QStringLiteral("autorite_locale_commune"),
                                          QString(),
                                          QStringLiteral("autorite_locale_commune"),
                                          QStringLiteral("entreprise"),
                                          QString(),
                                          QStringLiteral("autorite_locale_commune"),
                                          QStringLiteral("etat"),
                                          QStringLiteral("hopital"),
                                          QStringLiteral("entreprise")};
        const QStringList countries = {QStringLiteral("ML"), QStringLiteral("CA"), QStringLiteral("DE"),
                                       QStringLiteral("JP"), QStringLiteral("GB")};
        QList<qint64> actors;
        for (int i = 0; i < actorNames.size(); ++i)
            actors << addActor(actorNames.at(i), actorTypes.at(i));
        QList<qint64> partners;
        PartnerStore partnerStore(connection());
        for (int i = 0; i < partnerNames.size(); ++i) {
            ForeignPartner partner;
            partner.name = partnerNames.at(i);
            partner.countryCode = partnerCountries.at(i);
            partner.typeCode = partnerTypes.at(i);
            const Result<ForeignPartner> created = partnerStore.create(partner);
            REQUIRE(created.ok());
            partners << created.value().id;
        }
        const QStringList kinds = {QStringLiteral("jumelage"),
                                   QStringLiteral("cooperation_decentralisee"),
                                   QStringLiteral("cooperation_transfrontaliere_europeenne"),
                                   QStringLiteral("aide_urgence_humanitaire"),
                                   QStringLiteral("jumelage_ancien"),
                                   QStringLiteral("cooperation_economique")};
        const QStringList statuses = {QStringLiteral("actif"),     QStringLiteral("termine"),
                                      QStringLiteral("en_projet"), QStringLiteral("a_verifier"),
                                      QStringLiteral("actif"),     QStringLiteral("en_sommeil")};
        const QStringList projectStatuses = {QStringLiteral("en_cours"), QStringLiteral("archive"),
                                             QStringLiteral("annule"), QStringLiteral("cloture")};
        const QStringList themes = {QStringLiteral("eau_assainissement"), QStringLiteral("culture_sport")};
        PartnershipStore partnerships(connection());
        ProjectStore projects(connection());
        for (int i = 0; i < 40; ++i) {
            Partnership p;
            p.kindCode = kinds.at(i % kinds.size());
            p.statusCode = statuses.at(i % 7 % statuses.size());
            p.title = i % 3 ? QStringLiteral("Accord %1").arg(i % 5) : QString();
            p.actors = {{actors.at(i % actors.size()), QString()}};
            if (i % 4 == 0)
                p.actors.append({actors.at((i + 2) % actors.size()), QString()});
            p.partnerIds = {partners.at(i % partners.size())};
            if (i % 5 != 4)
                p.signedOn = PartialDate::ofYear(1960 + i % 9);
            if (i % 6 == 0)
                p.endedOn = PartialDate::ofYear(2000 + i % 3);
            p.themeCodes = {themes.at(i % 3 == 0 ? 0 : 1)};
            REQUIRE(partnerships.create(p).ok());

            Project project;
            project.title =
                i % 3 ? QStringLiteral("Projet lycée %1").arg(i % 4) : QStringLiteral("Eau %1").arg(i % 4);
            project.statusCode = projectStatuses.at(i % 5 % projectStatuses.size());
            project.actors = {{actors.at((i + 1) % actors.size()), QString::fromLatin1(Project::kLeadRole)}};
            project.partnerIds = {partners.at((i + 3) % partners.size())};
            project.countryCodes = {countries.at(i % countries.size())};
            project.themeCodes = {themes.at(i % 2)};
            if (i % 5 != 1)
                project.startedOn = PartialDate::ofYear(2010 + i % 6);
            if (i % 3 == 0)
                project.budgetCents = 100000 * (i % 4);
            REQUIRE(projects.create(project).ok());
        }
        const QStringList schemeKinds = {QStringLiteral("appel_a_projets"), QStringLiteral("fonds"),
                                         QStringLiteral("concours"), QStringLiteral("prix"),
                                         QStringLiteral("appui_technique")};
        for (int i = 0; i < 12; ++i) {
            Scheme scheme;
            scheme.name = QStringLiteral("Fonds lycées %1").arg(i % 5);
            scheme.funder = QStringLiteral("Région");
            scheme.kindCode = schemeKinds.at(i % schemeKinds.size());
            if (i % 3 == 0)
                scheme.themeCodes = {themes.at(i % 2)};
            addScheme(scheme);
        }
    }
};

} // namespace

TEST_CASE(
    "A list's first screen is the beginning of the whole list, in every order and with search and filters",
    "[lists][sort][search]")
{
    WideListFixture db;
    // Own words, actors' and partners' names; with a theme, a country; none; filters alone.
    RecordFilter withTheme = searching(QStringLiteral("ly"));
    withTheme.themeCode = QStringLiteral("culture_sport");
    RecordFilter withCountry = searching(QStringLiteral("lyon"));
    withCountry.countryCode = QStringLiteral("CA");
    RecordFilter statusAndType;
    statusAndType.statusCode = QStringLiteral("actif");
    statusAndType.actorTypeCode = QStringLiteral("commune");
    RecordFilter kind;
    kind.kindCode = QStringLiteral("jumelage");
    const QList<RecordFilter> filters = {RecordFilter(),
                                         searching(QStringLiteral("ly")),
                                         withTheme,
                                         withCountry,
                                         searching(QStringLiteral("zzz")),
                                         searching(QStringLiteral("Vénissieux")),
                                         searching(QStringLiteral("lycée ampère")),
                                         statusAndType,
                                         kind};
    // In each interface language: the labels' order differs.
    for (const bool english : {false, true}) {
        for (const RecordList::Family family : RecordList::families()) {
            const int columns = static_cast<int>(RecordList::columns(family).size());
            // Only the partnerships and projects walk their list for a search (searchWay()).
            const bool walks =
                family == RecordList::Family::Partnerships || family == RecordList::Family::Projects;
            for (const RecordFilter& filter : filters) {
                for (int column = -1; column < columns; ++column) {
                    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                        INFO("family " << static_cast<int>(family) << (english ? ", English" : ", French")
                                       << ", search « " << filter.search.toStdString() << " », column "
                                       << column << ", order " << order);
                        RecordQuery query(db.connection(), family, english);
                        query.setFilter(filter);
                        query.setSort(column, order);
                        QString error;
                        const QList<qint64> whole = query.matchingIds(&error);
                        REQUIRE(error.isEmpty());
                        if (filter.search != QStringLiteral("zzz") && walks)
                            REQUIRE(!whole.isEmpty());
                        // Every way of finding a first screen: building the set of matches (no
                        // search is common enough), walking the list against that set, walking it
                        // against sets of hits (any hit is enough), walking it with each record
                        // looked up in the index. With 2 and 3 as `common`, a search of one or two
                        // hits reads its matches into a set up to twice that: whole, the list is
                        // walked against it; cut there, against the sets of hits.
                        constexpr int kNever = std::numeric_limits<int>::max();
                        struct Way
                        {
                            int walk;
                            int common;
                            int probe;
                        };
                        QList<Way> ways = {{kNever, kNever, kNever}};
                        if (walks)
                            ways << Way{1, kNever, kNever} << Way{1, 1, kNever} << Way{1, 2, kNever}
                                 << Way{1, 3, kNever} << Way{1, 1, 1};
                        for (const Way& way : std::as_const(ways)) {
                            INFO("walk from " << way.walk << " matches, without their set from " << way.common
                                              << ", look up from " << way.probe);
                            query.setWalkThresholds(way.walk, way.common);
                            query.setProbeThreshold(way.probe);
                            // A screen shorter than the first label's records, and one longer.
                            for (const int screen : {3, 7}) {
                                CHECK(query.firstIds(screen, &error) == whole.mid(0, screen));
                                CHECK(error.isEmpty());
                            }
                            // Walked to its end, the list is the whole list.
                            CHECK(query.firstIds(1000, &error) == whole);
                            CHECK(error.isEmpty());
                        }
                    }
                }
            }
        }
    }
}

TEST_CASE("Counts read as the adviser expects", "[lists]")
{
    CHECK(RecordList::countText(RecordList::Family::Partnerships, 4567, 4567) ==
          QStringLiteral("4,567 partnerships"));
    CHECK(RecordList::countText(RecordList::Family::Partnerships, 123, 4567) ==
          QStringLiteral("123 partnerships of 4,567"));
    CHECK(RecordList::countText(RecordList::Family::Actors, 1, 2) == QStringLiteral("1 actor of 2"));
}

// [sqlite]: FTS5's lookup of one record by its rowid; PostgreSQL's lists build sets.
TEST_CASE("A search's longer words are looked up one record at a time as the indexed words they begin",
          "[lists][search][sqlite]")
{
    WideListFixture db;
    const QSqlDatabase connection = db.connection();
    const auto probe = [&](const char* typed) {
        return SearchIndex::probe(connection, QString::fromUtf8(typed)).expression;
    };
    // Words of 1 to 3 letters are in the index's prefix tables: as typed.
    CHECK(probe("ly") == SearchIndex::matchExpression(QStringLiteral("ly")));
    CHECK(probe("ou ly") == SearchIndex::matchExpression(QStringLiteral("ou ly")));
    // A longer word: the words of the index it begins (« Lyon », « Lyonnais du Québec »), accents
    // and case as the index spells them.
    CHECK(probe("lyon") == QStringLiteral("(\"lyon\" OR \"lyonnais\")"));
    CHECK(probe("LYCÉE") == QStringLiteral("(\"lycee\" OR \"lycees\")"));
    CHECK(probe("ly mérieux") == QStringLiteral("\"ly\"* AND (\"merieux\")"));
    // « st » also searches « saint », which begins no word here: it matches nothing, cheaply.
    CHECK(probe("st") == QStringLiteral("(\"st\"* OR \"saint\"*)"));
    // A word whose spelling in the index is not certain, and one that begins too many words:
    // no cheap lookup.
    CHECK(probe("東京都庁").isEmpty());
    QStringList many;
    for (int i = 0; i <= SearchIndex::kProbeWords; ++i)
        many << QStringLiteral("zzzword%1").arg(i);
    QSqlQuery insert(connection);
    REQUIRE(insert.exec(QStringLiteral("INSERT INTO search_index (rowid, content) VALUES (8000005, '%1')")
                            .arg(many.join(QLatin1Char(' ')))));
    CHECK(probe("zzzword").isEmpty());
    CHECK(probe("zzzword1") == QStringLiteral("(\"zzzword1\" OR \"zzzword10\" OR \"zzzword11\" OR "
                                              "\"zzzword12\" OR \"zzzword13\" OR \"zzzword14\" OR "
                                              "\"zzzword15\" OR \"zzzword16\")"));
    CHECK(probe("").isEmpty());
}

TEST_CASE("A set of ids holds any id, a large one without a bitmap to its size", "[lists][search]")
{
    // Around the end of the bitmap (2^25) too: the last id in bits, the first in the hash.
    constexpr qint64 kBitmapEnd = qint64(1) << 25;
    const QList<qint64> held = {0, 63, 64, 1'000'000, kBitmapEnd - 1, kBitmapEnd, qint64(1) << 40, -5};
    const QList<qint64> notHeld = {1, 65, 999'999, kBitmapEnd - 2, kBitmapEnd + 1, (qint64(1) << 40) + 1, -4};
    IdSet set;
    for (const qint64 id : held)
        set.insert(id);
    for (const qint64 id : held) {
        INFO(id);
        CHECK(set.contains(id));
    }
    for (const qint64 id : notHeld) {
        INFO(id);
        CHECK_FALSE(set.contains(id));
    }
}

// [sqlite]: the set is tested by a function of our own on SQLite's connections.
TEST_CASE("A statement testing a set of ids that was not bound fails instead of matching nothing",
          "[lists][search][sqlite]")
{
    ListFixture db;
    REQUIRE(IdSet::available(db.connection()));
    const QString sql = QStringLiteral("SELECT id FROM actor WHERE ") +
                        IdSet::condition(QStringLiteral("id"), QStringLiteral(":matches"));
    IdSet set;
    set.insert(db.grenoble);
    Statement bound(db.connection(), sql);
    REQUIRE(bound.bind(QStringLiteral(":matches"), set));
    REQUIRE(bound.next());
    CHECK(bound.integer(0) == db.grenoble);
    CHECK_FALSE(bound.next());
    CHECK(bound.error().isEmpty());

    Statement unbound(db.connection(), sql);
    CHECK_FALSE(unbound.next());
    CHECK(unbound.error().contains(QStringLiteral("no set of ids bound")));
}

TEST_CASE("A set of ids read from a statement counts the rows it read, repeats included", "[lists][search]")
{
    // The count of a search's matches that chooses its way counts a record once per link that
    // finds it (RecordQuery::countMatches).
    ListFixture db;
    const QString sql =
        QStringLiteral("SELECT id FROM actor UNION ALL SELECT id FROM actor WHERE id = %1").arg(db.grenoble);
    Statement actors(db.connection(), QStringLiteral("SELECT count(*) FROM actor"));
    REQUIRE(actors.next());
    const qint64 count = actors.integer(0);
    REQUIRE(count > 1);
    Statement query(db.connection(), sql);
    qint64 rows = -1;
    const std::optional<IdSet> read = IdSet::read(query, &rows);
    REQUIRE(read);
    CHECK(read->contains(db.grenoble));
    CHECK(rows == count + 1);
}

namespace {

// The integers of a statement's first column, all read; the statement must not fail.
QList<qint64> firstColumn(Statement& query)
{
    QList<qint64> values;
    while (query.next())
        values << query.integer(0);
    INFO(query.error().toStdString());
    REQUIRE(query.error().isEmpty());
    return values;
}

} // namespace

// [sqlite]: the expansion reads FTS5's vocabulary.
TEST_CASE("A search's longer words expanded to the indexed words they begin find the same entries",
          "[lists][search][sqlite]")
{
    WideListFixture db;
    const QSqlDatabase connection = db.connection();
    const auto entries = [&](const QString& expression) {
        Statement query(
            connection,
            QStringLiteral("SELECT rowid FROM search_index WHERE search_index MATCH :e ORDER BY rowid"));
        query.bind(QStringLiteral(":e"), expression);
        return firstColumn(query);
    };
    for (const char* typed : {"lyon", "LYCÉE", "lycée amp", "vénissieux", "accord", "mérieux", "projet lyc",
                              "fonds lycées", "Saint-Étienne", "ste", "œuvre", "zzzz"}) {
        const QString text = QString::fromUtf8(typed);
        INFO("search « " << typed << " »");
        const SearchIndex::Probe probe = SearchIndex::probe(connection, text);
        REQUIRE_FALSE(probe.expression.isEmpty());
        // What FTS5 finds from the prefix as typed, the expansion finds too, no more.
        CHECK(entries(probe.expression) == entries(SearchIndex::matchExpression(text)));
    }
}

// [sqlite]: the look-up one record at a time is SQLite's.
TEST_CASE("A word's rare indexed words read into a set find the same records as looked up one by one",
          "[lists][search][sqlite]")
{
    WideListFixture db;
    const QSqlDatabase connection = db.connection();
    // The records of `table` whose entry `expression` matches, found by their entries' numbers.
    const auto matching = [&](const QString& table, const QString& expression) {
        Statement query(connection,
                        QStringLiteral("SELECT rowid / 8 FROM search_index WHERE search_index MATCH ? "
                                       "AND rowid % 8 = %1 ORDER BY 1")
                            .arg(SearchIndex::entityNumber(table)));
        query.bind(0, expression);
        return firstColumn(query);
    };
    // The records recordMatches() finds, each looked up by its id.
    const auto lookedUp = [&](const QString& table, const SearchIndex::Probe& probe) {
        const QString sql =
            QStringLiteral("SELECT id FROM %1 r WHERE %2 ORDER BY id")
                .arg(table, SearchIndex::recordMatches(connection, table, QStringLiteral("r.id"), probe));
        Statement query(connection, sql);
        if (sql.contains(QLatin1String(":probe")))
            query.bind(QStringLiteral(":probe"), probe.lookup);
        std::optional<IdSet> rare;
        if (sql.contains(QLatin1String(":rare"))) {
            rare = SearchIndex::matchingEntries(connection, probe.rare);
            REQUIRE(rare);
            REQUIRE(query.bind(QStringLiteral(":rare"), *rare));
        }
        return firstColumn(query);
    };
    // « lyon » stands for « lyon » (the actor Lyon, one entry) and « lyonnais » (the partner
    // « Lyonnais du Québec », and a second entry written here, not a record of the three kinds
    // below): with no entry read into a set, with the rarer word's, with both.
    QSqlQuery insert(connection);
    REQUIRE(insert.exec(
        QStringLiteral("INSERT INTO search_index (rowid, content) VALUES (8000013, 'lyonnais')")));
    const QString lyon = QStringLiteral("lyon");
    const SearchIndex::Probe none = SearchIndex::probe(connection, lyon, 0);
    CHECK(none.rare.isEmpty());
    CHECK(none.lookup == none.expression);
    const SearchIndex::Probe rarer = SearchIndex::probe(connection, lyon, 1);
    CHECK(rarer.rare == QStringLiteral("(\"lyon\")"));
    CHECK(rarer.lookup == QStringLiteral("(\"lyonnais\")"));
    const SearchIndex::Probe both = SearchIndex::probe(connection, lyon);
    CHECK(both.rare == QStringLiteral("(\"lyon\" OR \"lyonnais\")"));
    CHECK(both.lookup.isEmpty());
    // A search of several words is looked up whole, even when one of them is short or an
    // abbreviation's.
    for (const char* typed : {"lycée ampère", "lycée amp", "ly mérieux", "st"}) {
        INFO("search « " << typed << " »");
        const SearchIndex::Probe several = SearchIndex::probe(connection, QString::fromUtf8(typed));
        CHECK(several.rare.isEmpty());
        CHECK(several.lookup == several.expression);
    }

    // « lyon » finds records (the actor Lyon, the partner « Lyonnais du Québec »): the lists
    // compared are not all empty.
    qsizetype lyonRecords = 0;
    for (const char* typed : {"lyon", "lycée", "vénissieux", "accord", "lycée ampère", "lycée amp",
                              "ly mérieux", "projet lyc", "st", "ly", "zzzz"}) {
        const QString text = QString::fromUtf8(typed);
        for (const qint64 rare : {qint64(0), qint64(1), qint64(2), SearchIndex::kRareEntries}) {
            const SearchIndex::Probe probe = SearchIndex::probe(connection, text, rare);
            REQUIRE_FALSE(probe.expression.isEmpty());
            for (const QString& table : {QStringLiteral("actor"), QStringLiteral("foreign_partner"),
                                         QStringLiteral("partnership")}) {
                INFO("search « " << typed << " », up to " << rare << " entries in a set, "
                                 << table.toStdString());
                const QList<qint64> expected = matching(table, SearchIndex::matchExpression(text));
                CHECK(lookedUp(table, probe) == expected);
                if (QByteArray(typed) == "lyon" && rare == 0)
                    lyonRecords += expected.size();
            }
        }
    }
    CHECK(lyonRecords >= 2);
}

// [sqlite]: the look-up one record at a time is SQLite's.
TEST_CASE("A list kept open searches the words written since its last reading", "[lists][search][sqlite]")
{
    WideListFixture db;
    // A longer word is searched as the indexed words it begins: « zzzwordone » at first, then
    // « zzzwordtwo » too.
    const qint64 first = db.addPartner(QStringLiteral("Zzzwordone"), QStringLiteral("DE"));
    RecordQuery query(db.connection(), RecordList::Family::Partners, false);
    query.setFilter(searching(QStringLiteral("zzzword")));
    CHECK(query.matchingIds() == QList<qint64>{first});
    const qint64 second = db.addPartner(QStringLiteral("Zzzwordtwo"), QStringLiteral("DE"));
    CHECK(query.matchingIds() == QList<qint64>{first, second});

    Partnership p;
    p.kindCode = QStringLiteral("jumelage");
    p.actors = {{db.addActor(QStringLiteral("Commune de Zzzwordthree")), QString()}};
    p.partnerIds = {db.addPartner(QStringLiteral("Neutre"), QStringLiteral("DE"))};
    PartnershipStore store(db.connection());
    const auto earlier = store.create(p);
    REQUIRE(earlier.ok());
    RecordQuery partnerships(db.connection(), RecordList::Family::Partnerships, false);
    partnerships.setFilter(searching(QStringLiteral("zzzword")));
    // Each record looked up in the index by the expanded words.
    partnerships.setWalkThresholds(1, 1);
    partnerships.setProbeThreshold(1);
    CHECK(partnerships.firstIds(10) == QList<qint64>{earlier.value().id});
    p.actors = {{db.addActor(QStringLiteral("Commune de Zzzwordfour")), QString()}};
    const auto later = store.create(p);
    REQUIRE(later.ok());
    CHECK(partnerships.firstIds(10) == QList<qint64>{earlier.value().id, later.value().id});
}

// [sqlite]: the plan is SQLite's (EXPLAIN QUERY PLAN); PostgreSQL's index-only scans depend on
// its visibility map.
TEST_CASE("A link found from its actor or partner gives its record from the index alone",
          "[lists][search][sqlite]")
{
    // A search's matches are the records linked to the actors and partners it finds, each looked
    // up in the links (RecordQuery): one seek per link, not a second one for the record's id
    // (migration 20).
    WideListFixture db;
    for (const auto& [links, found, record] :
         {std::tuple{"partnership_actor", "actor_id", "partnership_id"},
          std::tuple{"partnership_partner", "partner_id", "partnership_id"},
          std::tuple{"project_actor", "actor_id", "project_id"},
          std::tuple{"project_partner", "partner_id", "project_id"}}) {
        QSqlQuery plan(db.connection());
        REQUIRE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT x.%3 FROM %1 x WHERE x.%2 = 1")
                              .arg(QLatin1String(links), QLatin1String(found), QLatin1String(record))));
        QStringList steps;
        while (plan.next())
            steps << plan.value(3).toString();
        INFO(steps.join(QLatin1Char('\n')).toStdString());
        CHECK(steps.join(QLatin1Char(' '))
                  .contains(QStringLiteral("USING COVERING INDEX %1_%2")
                                .arg(QLatin1String(links), QString::fromLatin1(found).chopped(3))));
    }
}

TEST_CASE("A list's natural order is its natural column in its direction, the header's arrow",
          "[lists][sort]")
{
    WideListFixture db;
    for (const RecordList::Family family : RecordList::families()) {
        INFO("family " << static_cast<int>(family));
        RecordQuery query(db.connection(), family, false);
        const QList<qint64> natural = query.matchingIds();
        REQUIRE(natural.size() > 2);
        const RecordList::Sorting order = RecordList::naturalOrder(family);
        REQUIRE(order.column >= 0);
        // The list shows its arrow there: a click on it (the model's sort) is the same list.
        query.setSort(order.column, order.order);
        CHECK(query.matchingIds() == natural);
        CHECK(query.firstIds(5) == natural.mid(0, 5));
        // And the arrow says what the list is: the dates of partnerships and projects run down
        // (empty ones last), as the natural order writes them (names are sorted by a key that is
        // not their text: the Z-to-A test below).
        if (family != RecordList::Family::Partnerships && family != RecordList::Family::Projects)
            continue;
        CHECK(order.order == Qt::DescendingOrder);
        const RecordList::Rows rows = query.rows(natural);
        QStringList dates;
        for (const QVariantList& values : rows.values)
            dates << values.at(order.column).toString();
        QStringList expected = dates;
        std::stable_sort(expected.begin(), expected.end(), [](const QString& a, const QString& b) {
            return !a.isEmpty() && (b.isEmpty() || a > b);
        });
        CHECK(dates == expected);
        CHECK(dates.first() > dates.at(dates.size() / 2));
    }
}

TEST_CASE("A project's editor offers the latest partnerships first, the undated last", "[lists][search]")
{
    // On both engines: PostgreSQL sorts NULL above every value, SQLite below.
    WideListFixture db;
    const QList<RecordSheet::Linked> offered = LinkCandidates::matching(
        db.connection(), RecordList::Family::Partnerships, QStringLiteral("ly"), 100);
    REQUIRE(offered.size() > 2);
    QStringList dates;
    for (const RecordSheet::Linked& linked : offered) {
        QSqlQuery signedOn(db.connection());
        REQUIRE(
            signedOn.exec(QStringLiteral("SELECT signed_on FROM partnership WHERE id = %1").arg(linked.id)));
        REQUIRE(signedOn.next());
        dates << signedOn.value(0).toString();
    }
    INFO(dates.join(QLatin1Char(',')).toStdString());
    REQUIRE(dates.contains(QString()));
    CHECK_FALSE(dates.first().isEmpty());
    CHECK(dates.last().isEmpty());
}

TEST_CASE("Actors and partners sorted by name from Z to A are the list from A to Z turned round",
          "[lists][sort]")
{
    WideListFixture db;
    // Names whose sort key is not their text: « Ville de » left out, an accent first.
    db.addActor(QStringLiteral("Ville de Annecy"));
    db.addActor(QStringLiteral("Écully"));
    db.addPartner(QStringLiteral("Ville de Bamberg"), QStringLiteral("DE"));
    db.addPartner(QStringLiteral("Éthiopie Solidarité"), QStringLiteral("ET"));
    for (const RecordList::Family family : {RecordList::Family::Actors, RecordList::Family::Partners}) {
        INFO("family " << static_cast<int>(family));
        RecordQuery query(db.connection(), family, false);
        const QList<qint64> natural = query.matchingIds();
        REQUIRE(natural.size() > 2);
        query.setSort(0, Qt::DescendingOrder);
        QList<qint64> reversed = natural;
        std::reverse(reversed.begin(), reversed.end());
        CHECK(query.matchingIds() == reversed);
        CHECK(query.firstIds(3) == reversed.mid(0, 3));
        query.setSort(0, Qt::AscendingOrder);
        CHECK(query.matchingIds() == natural);
    }
}

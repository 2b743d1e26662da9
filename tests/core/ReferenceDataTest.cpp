#include "observatory/ObservatoryDatabase.h"
#include "support/QtPrinting.h"
#include "support/StatementCounter.h"
#include "support/StoreFixture.h"

#include "refdata/CountryLookup.h"
#include "refdata/GeoLookup.h"
#include "refdata/ObservatorySettings.h"
#include "refdata/ReferenceDataLoader.h"
#include "refdata/ReferenceDataManifest.h"
#include "refdata/TsvTable.h"
#include "store/ActorStore.h"
#include "store/FormerCommunes.h"
#include "store/PartnershipStore.h"

#include <QFile>
#include <QSqlQuery>

namespace {

QString source(const char* file)
{
    return QStringLiteral(OBSERVATOIRE_SOURCE_DIR "/resources/refdata/") + QString::fromLatin1(file);
}

int dataLines(const char* file)
{
    QFile tsv(source(file));
    REQUIRE(tsv.open(QIODevice::ReadOnly));
    int lines = 0;
    while (!tsv.atEnd()) {
        if (!tsv.readLine().trimmed().isEmpty())
            ++lines;
    }
    return lines - 1; // the header
}

} // namespace

TEST_CASE("A new database holds all the shipped reference data", "[refdata]")
{
    TestDatabase db;
    const ReferenceDataManifest& manifest = ReferenceDataManifest::shipped();
    REQUIRE(manifest.version >= 1);
    CHECK(ReferenceDataLoader(db.connection()).loadedVersion() == manifest.version);

    struct Expected
    {
        const char* file;
        const char* table;
    };
    for (const Expected& expected :
         {Expected{"communes.tsv", "ref_commune"}, Expected{"commune_former_codes.tsv", "ref_commune_former"},
          Expected{"epci.tsv", "ref_epci"}, Expected{"countries.tsv", "ref_country"},
          Expected{"departements.tsv", "ref_departement"}, Expected{"regions.tsv", "ref_region"}}) {
        INFO(expected.file);
        const int lines = dataLines(expected.file);
        CHECK(manifest.rowCounts.value(QString::fromLatin1(expected.file)) == lines);
        CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(expected.table)))
                  .toInt() == lines);
    }
    // Aliases fold together ("Côte-d'Ivoire" and "Cote d'Ivoire"), so there are at most as many.
    const int aliases = db.scalar(QStringLiteral("SELECT count(*) FROM ref_country_alias")).toInt();
    CHECK(aliases > 400);
    CHECK(aliases <= dataLines("country_aliases.tsv"));
    CHECK(dataLines("communes.tsv") > 34000);
    CHECK(manifest.describeSources().contains(QStringLiteral("@etalab/decoupage-administratif")));
}

TEST_CASE("Every commune of the region is found by its code", "[refdata][geography]")
{
    TestDatabase db;
    const GeoLookup geo(db.connection());
    const std::optional<TsvTable> communes = TsvTable::read(source("communes.tsv"));
    REQUIRE(communes);
    const QString region = ObservatorySettings(db.connection()).regionCode();
    int found = 0;
    for (const QStringList& row : communes->rows()) {
        if (row.at(communes->column(QStringLiteral("region"))) != region)
            continue;
        const QString code = row.at(communes->column(QStringLiteral("code")));
        const std::optional<CommuneMatch> match = geo.communeByCode(code);
        INFO(code.toStdString());
        REQUIRE(match);
        CHECK_FALSE(match->isFormer());
        CHECK(match->commune.name == row.at(communes->column(QStringLiteral("name"))));
        ++found;
    }
    CHECK(found > 4000);
}

TEST_CASE("Countries are found from the spellings people write", "[refdata][countries]")
{
    TestDatabase db;
    const CountryLookup countries(db.connection());
    CHECK(countries.size() == dataLines("countries.tsv"));
    struct Case
    {
        const char* written;
        const char* code;
    };
    const Case cases[] = {
        {"Cote d'Ivoire", "CI"},
        {"Côte-d'Ivoire", "CI"},
        {"Ivory Coast", "CI"},
        {"côte d’ivoire", "CI"},
        {"RDC", "CD"},
        {"Congo (RDC)", "CD"},
        {"République démocratique du Congo", "CD"},
        {"Congo", "CG"},
        {"Vietnam", "VN"},
        {"Viêt Nam", "VN"},
        {"Royaume Uni", "GB"},
        {"Grande-Bretagne", "GB"},
        {"Angleterre", "GB"},
        {"USA", "US"},
        {"Etats-Unis", "US"},
        {"Allemagne (RFA)", "DE"},
        {"allemagne", "DE"},
        {"Germany", "DE"},
        {"DEU", "DE"},
        {"Tchéquie", "CZ"},
        {"République tchèque", "CZ"},
        {"Palestine", "PS"},
        {"Kosovo", "XK"},
        {"BURKINA-FASO", "BF"},
        {"burkina faso", "BF"},
        {"bf", "BF"},
        {"Senegal", "SN"},
        {"Sénégal", "SN"},
        {"Maroc", "MA"},
        {"Morocco", "MA"},
        {"Pays Bas", "NL"},
        {"Hollande", "NL"},
        {"Corée du sud", "KR"},
        {"Haïti", "HT"},
        {" Madagascar ", "MG"},
    };
    for (const Case& c : cases) {
        INFO(c.written);
        const std::optional<Country> country = countries.find(QString::fromUtf8(c.written));
        REQUIRE(country);
        CHECK(country->code == QString::fromLatin1(c.code));
    }
    CHECK_FALSE(countries.find(QStringLiteral("Atlantide")));
    CHECK_FALSE(countries.find(QString()));
}

TEST_CASE("Countries carry their zone and flags", "[refdata][countries]")
{
    TestDatabase db;
    const CountryLookup countries(db.connection());
    const Country burkina = *countries.find(QStringLiteral("Burkina Faso"));
    CHECK(burkina.zoneCode == QStringLiteral("afrique_ouest"));
    CHECK(burkina.leastDeveloped);
    CHECK_FALSE(burkina.euMember);
    CHECK(burkina.labelFr == QStringLiteral("Burkina Faso"));
    const Country germany = *countries.find(QStringLiteral("DE"));
    CHECK(germany.euMember);
    CHECK(germany.zoneCode == QStringLiteral("union_europeenne"));
    CHECK(countries.find(QStringLiteral("Royaume-Uni"))->zoneCode == QStringLiteral("europe_hors_ue"));
    CHECK(countries.find(QStringLiteral("Côte d'Ivoire"))->labelFr == QStringLiteral("Côte d'Ivoire"));
    // Every country but Antarctica has a zone, and every zone exists.
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM ref_country WHERE zone_code IS NULL")).toInt() == 1);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM ref_country WHERE least_developed = 1")).toInt() >=
          40);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM ref_country WHERE eu_member = 1")).toInt() == 27);
}

TEST_CASE("Communes are found by code, former code, SIREN and name", "[refdata][geography]")
{
    TestDatabase db;
    const GeoLookup geo(db.connection());

    const CommuneMatch lyon = *geo.communeByCode(QStringLiteral("69123"));
    CHECK(lyon.commune.name == QStringLiteral("Lyon"));
    CHECK(lyon.commune.departementCode == QStringLiteral("69M"));
    CHECK(lyon.commune.population > 500000);
    CHECK(lyon.commune.siren == QStringLiteral("216901231"));

    // A commune déléguée of Annecy since 2017, by its old code.
    const CommuneMatch merged = *geo.communeByCode(QStringLiteral("74011"));
    CHECK(merged.isFormer());
    CHECK(merged.commune.code == QStringLiteral("74010"));
    CHECK(merged.formerName == QStringLiteral("Annecy-le-Vieux"));
    // A municipal arrondissement.
    const CommuneMatch arrondissement = *geo.communeByCode(QStringLiteral("69383"));
    CHECK(arrondissement.formerKind == QStringLiteral("arrondissement"));
    CHECK(arrondissement.commune.code == QStringLiteral("69123"));
    CHECK_FALSE(geo.communeByCode(QStringLiteral("99999")));

    CHECK(geo.communeBySiren(QStringLiteral("216901231"))->code == QStringLiteral("69123"));
    CHECK(geo.epciBySiren(QStringLiteral("200046977"))->name == QStringLiteral("Métropole de Lyon"));

    struct Case
    {
        const char* written;
        const char* departement;
        const char* code;
    };
    const Case cases[] = {
        {"Saint-Étienne", "", "42218"},      {"saint etienne", "", "42218"},
        {"ST ETIENNE", "42", "42218"},       {"Clermont Ferrand", "", "63113"},
        {"clermont-ferrand", "63", "63113"}, {"Le Puy en Velay", "", "43157"},
        {"Bourg en Bresse", "01", "01053"},  {"Annecy-le-Vieux", "", "74010"},
        {"Meythet", "74", "74010"},          {"Chambery", "", "73065"},
        {"GRENOBLE", "", "38185"},           {"Beaulieu", "07", "07028"},
        {"Beaulieu", "Isère", "38033"},      {"Beaulieu", "43", "43021"},
        {"Beaulieu", "Cantal", "15020"},
    };
    for (const Case& c : cases) {
        INFO(c.written << " in " << c.departement);
        const QList<CommuneMatch> found =
            geo.communesNamed(QString::fromUtf8(c.written), QString::fromUtf8(c.departement));
        REQUIRE_FALSE(found.isEmpty());
        CHECK(found.first().commune.code == QString::fromLatin1(c.code));
    }
    // What a match by name says of itself: a former name gives today's commune, whole, and says
    // which name it was; a current name is no former one.
    const QList<CommuneMatch> vieux = geo.communesNamed(QStringLiteral("annecy le vieux"));
    REQUIRE(vieux.size() == 1);
    CHECK(vieux.first().isFormer());
    CHECK(vieux.first().matchedCode == QStringLiteral("74011"));
    CHECK(vieux.first().formerName == QStringLiteral("Annecy-le-Vieux"));
    CHECK(vieux.first().commune.name == QStringLiteral("Annecy"));
    CHECK(vieux.first().commune.departementCode == QStringLiteral("74"));
    CHECK(vieux.first().commune.regionCode == QStringLiteral("84"));
    CHECK(vieux.first().commune.population > 100000);
    CHECK_FALSE(vieux.first().commune.postcodes.isEmpty());
    const QList<CommuneMatch> lyons = geo.communesNamed(QStringLiteral("Lyon"), QStringLiteral("69M"));
    REQUIRE_FALSE(lyons.isEmpty());
    CHECK_FALSE(lyons.first().isFormer());
    CHECK(lyons.first().matchedCode == QStringLiteral("69123"));
    CHECK(lyons.first().commune.siren == QStringLiteral("216901231"));
    CHECK(lyons.first().commune.departementCode == QStringLiteral("69M"));
    CHECK(geo.communesNamed(QStringLiteral("Lyon"), QStringLiteral("42")).isEmpty());
    CHECK_FALSE(geo.communeBySiren(QStringLiteral("000000000")));

    // Homonyms without a département: several answers, largest first.
    const QList<CommuneMatch> beaulieus = geo.communesNamed(QStringLiteral("Beaulieu"));
    CHECK(beaulieus.size() >= 10);
    CHECK(beaulieus.first().commune.population >= beaulieus.last().commune.population);
}

TEST_CASE("Commune names complete as they are typed", "[refdata][geography]")
{
    TestDatabase db;
    const GeoLookup geo(db.connection());
    const QList<CommuneMatch> etienne = geo.searchCommunes(QStringLiteral("st eti"));
    REQUIRE_FALSE(etienne.isEmpty());
    CHECK(etienne.first().commune.code == QStringLiteral("42218"));

    const QList<CommuneMatch> villeur = geo.searchCommunes(QStringLiteral("villeur"), QStringLiteral("69M"));
    REQUIRE(villeur.size() == 1);
    CHECK(villeur.first().commune.name == QStringLiteral("Villeurbanne"));

    const QList<CommuneMatch> saints = geo.searchCommunes(QStringLiteral("Saint"), QString(), 5);
    CHECK(saints.size() == 5);
    CHECK(geo.searchCommunes(QStringLiteral("   ")).isEmpty());
}

TEST_CASE("Départements are found by code or name; the Métropole de Lyon stands apart",
          "[refdata][geography]")
{
    TestDatabase db;
    const GeoLookup geo(db.connection());
    CHECK(geo.departement(QStringLiteral("1"))->code == QStringLiteral("01"));
    CHECK(geo.departement(QStringLiteral("2a"))->code == QStringLiteral("2A"));
    CHECK(geo.departement(QStringLiteral("69"))->code == QStringLiteral("69D"));
    CHECK(geo.departement(QStringLiteral("Rhône"))->code == QStringLiteral("69D"));
    CHECK(geo.departement(QStringLiteral("metropole de lyon"))->code == QStringLiteral("69M"));
    CHECK(geo.departement(QStringLiteral("isere"))->code == QStringLiteral("38"));
    CHECK(geo.departement(QStringLiteral("Haute-Savoie"))->code == QStringLiteral("74"));
    CHECK_FALSE(geo.departement(QStringLiteral("Atlantis")));
    const qint64 rhone = *geo.departement(QStringLiteral("69D"))->population;
    const qint64 metropole = *geo.departement(QStringLiteral("69M"))->population;
    CHECK(metropole > rhone);
}

TEST_CASE("The region is a setting of the observatory", "[refdata][settings]")
{
    TestDatabase db;
    ObservatorySettings settings(db.connection());
    const GeoLookup geo(db.connection());
    CHECK(settings.regionCode() == QStringLiteral("84"));
    CHECK(settings.regionName() == QStringLiteral("Auvergne-Rhône-Alpes"));
    QStringList codes;
    for (const Departement& departement : geo.departementsOfRegion(settings.regionCode()))
        codes << departement.code;
    CHECK(codes == QStringList{QStringLiteral("01"), QStringLiteral("03"), QStringLiteral("07"),
                               QStringLiteral("15"), QStringLiteral("26"), QStringLiteral("38"),
                               QStringLiteral("42"), QStringLiteral("43"), QStringLiteral("63"),
                               QStringLiteral("69D"), QStringLiteral("69M"), QStringLiteral("73"),
                               QStringLiteral("74")});

    REQUIRE(settings.setRegionCode(QStringLiteral("53")).ok());
    CHECK(settings.regionName() == QStringLiteral("Bretagne"));
    CHECK(geo.departementsOfRegion(settings.regionCode()).size() == 4);
    const Status refused = settings.setRegionCode(QStringLiteral("99"));
    CHECK_FALSE(refused.ok());
    CHECK(settings.regionCode() == QStringLiteral("53"));
}

TEST_CASE("A reference-data update keeps user records and moves actors off merged communes",
          "[refdata][update]")
{
    StoreFixture db;
    ActorStore actors(db.connection());
    Actor meythet;
    meythet.name = QStringLiteral("Mairie de Meythet");
    meythet.typeCode = QStringLiteral("commune");
    meythet.inseeCode = QStringLiteral("74182");
    meythet.communeInsee = QStringLiteral("74182");
    const qint64 meythetId = actors.create(meythet).value().id;
    Actor mairie3e;
    mairie3e.name = QStringLiteral("Mairie du 3e arrondissement de Lyon");
    mairie3e.communeInsee = QStringLiteral("69383");
    const qint64 mairieId = actors.create(mairie3e).value().id;
    const qint64 partnership =
        db.addPartnership(meythetId, db.addPartner(QStringLiteral("Vöhringen"), QStringLiteral("DE")));

    // As a database from before the update: an older reference-data version, an outdated label.
    runSql(db.path(),
           {QStringLiteral("UPDATE observatory_setting SET value = '0' WHERE key = 'refdata_version'"),
            QStringLiteral("UPDATE ref_country SET label_fr = 'Allemagne (RFA)' WHERE code = 'DE'"),
            QStringLiteral("DELETE FROM ref_commune WHERE code = '74010'")});
    const int historyBefore = db.count(QStringLiteral("change_log"));

    ReferenceDataLoader loader(db.connection());
    REQUIRE(loader.needsUpdate());
    const Status updated = loader.update(&FormerCommunes::moveActors);
    INFO(updated.message().toStdString());
    REQUIRE(updated.ok());
    CHECK_FALSE(loader.needsUpdate());

    CHECK(db.count(QStringLiteral("actor")) == 2);
    CHECK(db.count(QStringLiteral("partnership")) == 1);
    CHECK(PartnershipStore(db.connection()).find(partnership)->actors.first().actorId == meythetId);
    const Actor moved = *actors.find(meythetId);
    CHECK(moved.inseeCode == QStringLiteral("74010"));
    CHECK(moved.communeInsee == QStringLiteral("74010"));
    CHECK(moved.name == QStringLiteral("Mairie de Meythet"));
    CHECK(actors.find(mairieId)->communeInsee == QStringLiteral("69383"));
    CHECK(db.scalar(QStringLiteral("SELECT label_fr FROM ref_country WHERE code = 'DE'")).toString() ==
          QStringLiteral("Allemagne"));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM ref_commune WHERE code = '74010'")).toInt() == 1);

    CHECK(db.count(QStringLiteral("change_log")) == historyBefore + 2);
    const ChangeEntry entry =
        entryFor(db.history(QStringLiteral("actor"), meythetId), QStringLiteral("insee_code"));
    bool recorded = false;
    for (const ChangeEntry& change : db.history(QStringLiteral("actor"), meythetId)) {
        if (change.action == QLatin1String("update") && change.field == QLatin1String("insee_code")) {
            recorded = true;
            CHECK(change.oldValue == QStringLiteral("74182"));
            CHECK(change.newValue == QStringLiteral("74010"));
            CHECK(change.userName.contains(QStringLiteral("reference data")));
        }
    }
    CHECK(recorded);
    CHECK(entry.field == QStringLiteral("insee_code"));
}

TEST_CASE("Opening a database with older reference data updates it", "[refdata][update]")
{
    TestDatabase db;
    const QString path = db.path();
    runSql(path,
           {QStringLiteral("UPDATE observatory_setting SET value = '0' WHERE key = 'refdata_version'")});
    db.database().close();
    Database reopened;
    REQUIRE(
        ObservatoryDatabase::open(reopened, DatabaseLocation::sqliteFile(path), Database::OpenMode::MustExist)
            .ok());
    CHECK(ReferenceDataLoader(reopened.connection()).loadedVersion() ==
          ReferenceDataLoader::shippedVersion());
}

TEST_CASE("A lookup reads the départements once, however many it is asked for",
          "[refdata][geography][sqlite]")
{
    // A département by name read and folded every département again on each call: an import asks
    // for one with every actor's name that is no commune nor EPCI.
    TestDatabase db;
    const GeoLookup geo(db.connection());
    StatementCounter reads(db.connection(), "ref_departement");
    for (int i = 0; i < 20; ++i) {
        CHECK(geo.departement(QStringLiteral("Isère"))->code == QStringLiteral("38"));
        CHECK(geo.departement(QStringLiteral("1"))->code == QStringLiteral("01"));
        CHECK_FALSE(geo.departement(QStringLiteral("Atlantis")));
    }
    CHECK(reads.count() == 1);
}

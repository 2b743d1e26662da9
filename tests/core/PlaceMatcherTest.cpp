#include "support/QtPrinting.h"
#include "support/TestDatabase.h"

#include "common/TextFolding.h"
#include "records/Actor.h"
#include "refdata/ObservatorySettings.h"
#include "refdata/PlaceMatcher.h"

#include <QSqlQuery>

#include <algorithm>

TEST_CASE("Names become official places of the region, as public directories write them", "[refdata][places]")
{
    TestDatabase db;
    const PlaceMatcher places(db.connection());
    struct Case
    {
        const char* written;
        const char* departement;
        const char* type;
        const char* code; // INSEE code of a commune, SIREN of an EPCI, code of a département
    };
    const Case cases[] = {
        // Communes: current or former name, with the prefixes of directories, any case or accent.
        {"Lyon", "", "commune", "69123"},
        {"Ville de Lyon", "", "commune", "69123"},
        {"LYON", "69", "commune", "69123"}, // 69 is the Rhône as written: Lyon is in the Métropole (69M)
        {"Mairie d'Annecy", "", "commune", "74010"},
        {"Mairie d’Annecy", "", "commune", "74010"},
        {"Annecy-le-Vieux", "", "commune", "74010"}, // a commune déléguée of Annecy since 2017
        {"Commune de Bron", "", "commune", "69029"},
        {"St-Etienne", "", "commune", "42218"},
        {"saint etienne", "42", "commune", "42218"},
        {"Ste-Foy-lès-Lyon", "", "commune", "69202"},
        {"Chambœuf", "", "commune", "42043"},
        {"Chamboeuf", "", "commune", "42043"},
        {"CHAMBŒUF", "", "commune", "42043"},
        {"L'Isle-d'Abeau", "", "commune", "38193"},
        {"l isle d abeau", "", "commune", "38193"},
        {"Saint-Just", "01", "commune", "01369"}, // a homonym told apart by its département
        {"Saint-Just", "63", "commune", "63371"},
        // EPCI by their names.
        {"Grenoble-Alpes Métropole", "", "epci", "200040715"},
        {"Grenoble Alpes Metropole", "", "epci", "200040715"},
        {"Communauté d'agglomération du Grand Annecy", "", "epci", "200066793"},
        {"Grand Annecy", "74", "epci", "200066793"},
        {"Saint-Étienne Métropole", "", "epci", "244200770"},
        {"Métropole de Lyon", "", "metropole_lyon", "200046977"},
        // Départements and the région.
        {"Département de l'Isère", "", "departement", "38"},
        {"Conseil départemental du Rhône", "", "departement", "69D"},
        {"Conseil général de la Haute-Savoie", "", "departement", "74"},
        {"Département de la Drôme", "", "departement", "26"},
        {"Région Auvergne-Rhône-Alpes", "", "region", ""},
        {"Conseil régional d'Auvergne-Rhône-Alpes", "", "region", ""},
        {"Auvergne-Rhône-Alpes", "", "region", ""},
    };
    for (const Case& c : cases) {
        INFO(c.written << " in " << c.departement);
        QString departement = QString::fromUtf8(c.departement);
        if (departement == QLatin1String("69"))
            departement = QStringLiteral("69D"); // what an import reads « 69 » as
        const PlaceNameMatch found = places.match(QString::fromUtf8(c.written), departement);
        REQUIRE(found.place);
        CHECK(found.place->typeCode == QString::fromLatin1(c.type));
        const QString type = found.place->typeCode;
        const QString code = type == QLatin1String("commune")       ? found.place->inseeCode
                             : type == QLatin1String("departement") ? found.place->departementCode
                             : type == QLatin1String("epci") || type.startsWith(u"metro") ? found.place->siren
                                                                                          : QString();
        CHECK(code == QString::fromLatin1(c.code));
        CHECK(found.place->population.value_or(0) > 0);
        if (type != QLatin1String("region")) // a région spans départements
            CHECK_FALSE(found.place->departementCode.isEmpty());
    }
    CHECK(places.match(QStringLiteral("Annecy-le-Vieux")).place->formerName ==
          QStringLiteral("Annecy-le-Vieux"));
    CHECK(places.match(QStringLiteral("Lyon")).place->departementCode == QStringLiteral("69M"));
    CHECK(places.match(QStringLiteral("Grenoble-Alpes Métropole")).place->departementCode ==
          QStringLiteral("38"));
}

TEST_CASE("Homonyms are listed, and other actors' names designate no place", "[refdata][places]")
{
    TestDatabase db;
    const PlaceMatcher places(db.connection());
    const PlaceNameMatch saintJust = places.match(QStringLiteral("Saint-Just"));
    CHECK_FALSE(saintJust.place);
    REQUIRE(saintJust.homonyms.size() >= 2);
    QStringList departements;
    for (const OfficialPlace& place : saintJust.homonyms)
        departements << place.departementCode;
    CHECK(departements.contains(QStringLiteral("01")));
    CHECK(departements.contains(QStringLiteral("63")));
    const QString warning = PlaceMatcher::homonymWarning(QStringLiteral("Saint-Just"), saintJust.homonyms);
    CHECK(warning.contains(QStringLiteral("Saint-Just (01)")));

    for (const char* other :
         {"Lyon Solidarité", "Association de Bourg-en-Bresse", "Comité de jumelage de Lyon",
          "Amis de Grenoble", "Marcq-en-Barœul" /* not of the region */, "Département",
          "Région Bretagne Solidaire", "Saint-Just", "Lyon"}) {
        INFO(other);
        const QString name = QString::fromUtf8(other);
        if (name == QLatin1String("Saint-Just") || name == QLatin1String("Lyon")) {
            // A département that is not theirs: no place.
            CHECK_FALSE(places.match(name, QStringLiteral("38")).place);
            continue;
        }
        CHECK_FALSE(places.match(name).place);
    }
}

TEST_CASE("An actor that is a place takes its code, type, département and population", "[refdata][places]")
{
    TestDatabase db;
    const PlaceMatcher places(db.connection());
    Actor annecy;
    annecy.name = QStringLiteral("Mairie d'Annecy");
    places.match(annecy.name).place->applyTo(annecy);
    CHECK(annecy.typeCode == QStringLiteral("commune"));
    CHECK(annecy.inseeCode == QStringLiteral("74010"));
    CHECK(annecy.siren == QStringLiteral("200063402"));
    CHECK(annecy.departementCode == QStringLiteral("74"));
    CHECK(annecy.population == 132117);
    CHECK(annecy.name == QStringLiteral("Mairie d'Annecy")); // the name stays as written
}

TEST_CASE("The region's commune names read at once are those that find a commune of the region",
          "[refdata][places]")
{
    // PlaceMatcher asks the database for a name only when it is among these keys: a key missing
    // would lose a commune, a key too many would cost a query for nothing. Every current and
    // former name of France is tried both ways.
    TestDatabase db;
    const GeoLookup geography(db.connection());
    const QString region = ObservatorySettings(db.connection()).regionCode();
    const QSet<QString> keys = geography.communeNameKeys(region);
    CHECK(keys.size() > 4000); // the region's communes, and their former names
    QSqlQuery names(db.connection());
    REQUIRE(
        names.exec(QStringLiteral("SELECT name FROM ref_commune UNION SELECT name FROM ref_commune_former")));
    int tried = 0;
    int ofTheRegion = 0;
    while (names.next()) {
        const QString name = names.value(0).toString();
        const QList<CommuneMatch> found = geography.communesNamed(name);
        const bool inRegion = std::any_of(found.cbegin(), found.cend(), [&](const CommuneMatch& match) {
            return match.commune.regionCode == region;
        });
        ++tried;
        ofTheRegion += inRegion ? 1 : 0;
        // Checked only where they differ: some 35,000 names would make as many assertions.
        if (const bool keyed = keys.contains(TextFolding::normalizedName(name)); keyed != inRegion) {
            INFO(name.toStdString());
            CHECK(keyed == inRegion);
        }
    }
    CHECK(tried > 30000);
    CHECK(ofTheRegion > 4000);
}

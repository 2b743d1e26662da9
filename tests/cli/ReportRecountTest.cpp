#include "support/ObservatoireProgram.h"
#include "support/QtPrinting.h"
#include "support/TestDatabase.h"
#include "support/ZipEntry.h"

#include "csv/CsvReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QTemporaryDir>

// An independent recomputation of the report: two small databases made the way an adviser makes
// them, by importing hand-written CSV files (tests/data/report/recount/) through the command line,
// and every table of the report of 2024 compared with figures counted by hand from those files.
// The hand counts are written next to each expected table; none of them was read from the program.

namespace {

QString dataFile(const char* name)
{
    return QStringLiteral(OBSERVATOIRE_SOURCE_DIR "/tests/data/report/recount/") + QString::fromLatin1(name);
}

// `database` made by `init` and the imports of `files` (kind, file), in this order; its --db.
QString importedDatabase(const ProgramDatabase& database,
                         const QList<std::pair<const char*, const char*>>& files)
{
    const QString path = database.location();
    REQUIRE(observatoire({QStringLiteral("--db"), path, QStringLiteral("init")}).exitCode == 0);
    for (const auto& [kind, file] : files) {
        const ProgramRun imported = observatoire({QStringLiteral("--db"), path, QStringLiteral("import"),
                                                  QString::fromLatin1(kind), dataFile(file)});
        INFO(file << ": " << imported.out.toStdString() << imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
    }
    return path;
}

using Rows = QList<QStringList>;

// The tables of the report's CSV folder, by id, each as its rows (header first).
QMap<QString, Rows> reportTables(const QString& database, int year, const QString& folder,
                                 const QString& language = QStringLiteral("en"))
{
    const ProgramRun report =
        observatoire({QStringLiteral("--db"), database, QStringLiteral("report"), QStringLiteral("--year"),
                      QString::number(year), QStringLiteral("-o"), folder + QLatin1Char('/')},
                     language);
    INFO(report.err.toStdString());
    REQUIRE(report.exitCode == 0);
    QMap<QString, Rows> tables;
    for (const QFileInfo& info : QDir(folder).entryInfoList({QStringLiteral("*.csv")}, QDir::Files)) {
        QFile file(info.filePath());
        REQUIRE(file.open(QIODevice::ReadOnly));
        CsvReader reader(&file);
        REQUIRE(reader.start());
        Rows rows;
        CsvRecord record;
        while (reader.next(record))
            rows << record.fields;
        REQUIRE_FALSE(reader.hasError());
        // "07-partnerships_by_kind.csv": the table's id.
        const QString name = info.completeBaseName();
        tables.insert(name.contains(QLatin1Char('-')) ? name.mid(name.indexOf(QLatin1Char('-')) + 1) : name,
                      rows);
    }
    return tables;
}

// The rows of a table, its header left out.
Rows body(const QMap<QString, Rows>& tables, const char* id)
{
    INFO(id);
    REQUIRE(tables.contains(QString::fromLatin1(id)));
    return tables.value(QString::fromLatin1(id)).mid(1);
}

QStringList row(std::initializer_list<const char*> cells)
{
    QStringList list;
    for (const char* cell : cells)
        list << QString::fromUtf8(cell);
    return list;
}

void checkTable(const QMap<QString, Rows>& tables, const char* id, const Rows& expected)
{
    INFO("table " << id);
    const Rows rows = body(tables, id);
    CHECK(rows == expected);
}

// The entry of a table in the CSV folder's index: file, title, base, date, rules, remark.
QStringList indexEntry(const QMap<QString, Rows>& tables, const char* id)
{
    for (const QStringList& entry : tables.value(QStringLiteral("index"))) {
        if (entry.value(0).endsWith(QLatin1Char('-') + QString::fromLatin1(id) + QStringLiteral(".csv")))
            return entry;
    }
    FAIL("no table " << id << " in the index");
    return {};
}

QString baseOf(const QMap<QString, Rows>& tables, const char* id)
{
    return indexEntry(tables, id).value(2);
}

// The workbook's sheet of a table, found by the table's id: its number in the CSV folder's index
// ("26-leverage.csv"), which is the sheet's, so that a table added before it moves nothing here.
QString sheetOf(const QByteArray& workbook, const QMap<QString, Rows>& tables, const char* id)
{
    const int number = indexEntry(tables, id).value(0).section(QLatin1Char('-'), 0, 0).toInt();
    INFO(id);
    REQUIRE(number > 0);
    return QString::fromUtf8(zipEntry(workbook, QStringLiteral("xl/worksheets/sheet%1.xml").arg(number)));
}

// Whether the index says that a table has no data.
bool saysNoData(const QMap<QString, Rows>& tables, const char* id)
{
    return indexEntry(tables, id).value(5) == QStringLiteral("No data.");
}

} // namespace

TEST_CASE("Recount of a hand-made database: every table of the 2024 report against hand counts",
          "[cli][report][recount]")
{
    QTemporaryDir dir;
    const ProgramDatabase recount(dir, QStringLiteral("recount.sqlite"));
    const QString database = importedDatabase(
        recount,
        {{"partnerships", "partnerships.csv"}, {"projects", "projects.csv"}, {"fundings", "fundings.csv"}});
    const QMap<QString, Rows> t = reportTables(database, 2024, dir.filePath(QStringLiteral("tables")));

    // partnerships.csv, what each partnership is in 2023 and 2024:
    //   A1 Die–Weinsberg (DE), twinning, active, no date: left out (no date) both years
    //   A2 Crest–Bellinzona (CH), twinning, active, no date: left out (no date)
    //   A3 Valence + Paris Solidarité (75)–Ouahigouya (BF), cooperation, active, 2010: active
    //   A4 Annecy–Vicenza (IT), twinning, ended, 1995, no end date: left out (end not given)
    //   A5 Die–Cluj-Napoca (RO), twinning, dormant, 2001, « Comité dissous »: dormant
    //   A6 Crest–Wexford (IE), twinning, planned, 2024: planned, never counted
    //   A7 Valence–Asti (IT), twinning, ended, 1980, ended 06/2024, « Fin du mandat »: active, ended in 2024
    //   A8 Lyon–Sfax (TN), agreement, active, 03/2024: active in 2024
    //   A9 Valence–Biberach (DE), twinning, active, 1965, ended 31/12/2023: active in 2023 only
    // Active: 2023 A3, A7, A9 (twinnings A7, A9); 2024 A3, A7, A8 (twinning A7).
    checkTable(t, "partnerships_key_figures",
               {row({"Active partnerships", "3", "3"}), row({"Of which twinnings", "2", "1"}),
                row({"Dormant or suspended (not counted as active)", "1", "1"}),
                row({"Planned, dated in the year (never counted)", "0", "1"}),
                row({"Left out: no signature date", "2", "2"}),
                row({"Left out: ended, end date not given", "1", "1"})});
    checkTable(t, "partnerships_by_kind",
               {row({"Twinning", "2", "1"}), row({"Decentralised cooperation", "1", "1"}),
                row({"Cooperation agreement or protocol", "0", "1"})});
    // 2020–2022: A3, A7, A9; projects: J4 from 2022, J1 from 2023, J7 and J8 in 2024 (J2 closed
    // without end date counts in 2019 only, J5 is suspended).
    checkTable(t, "active_by_year",
               {row({"2020", "3", "0"}), row({"2021", "3", "0"}), row({"2022", "3", "1"}),
                row({"2023", "3", "2"}), row({"2024", "3", "4"})});
    // Signed in 2024: A8 (A6 is planned).
    checkTable(t, "signatures_by_year",
               {row({"2020", "0", "0"}), row({"2021", "0", "0"}), row({"2022", "0", "0"}),
                row({"2023", "0", "0"}), row({"2024", "1", "0"})});
    checkTable(t, "partnerships_not_active",
               {row({"Dormant", "1", "Comité dissous"}), row({"Suspended", "0", ""}),
                row({"Ended in 2024", "1", "Fin du mandat"})});
    const Rows countries = {row({"BF", "Burkina Faso", "1"}), row({"IT", "Italy", "1"}),
                            row({"TN", "Tunisia", "1"})};
    checkTable(t, "partnerships_top_countries", countries);
    checkTable(t, "partnerships_by_country", countries);
    checkTable(t, "twinnings_top_countries", {row({"IT", "Italy", "1"})});
    // A7 in the EU; A3 and A8 elsewhere: 1/3 and 2/3.
    checkTable(t, "partnerships_europe",
               {row({"European Union", "1", "33.3"}), row({"Europe outside the EU", "0", "0.0"}),
                row({"Rest of the world", "2", "66.7"})});
    checkTable(t, "partnerships_by_decade",
               {row({"1980s", "1"}), row({"1990s", "0"}), row({"2000s", "0"}), row({"2010s", "1"}),
                row({"2020s", "1"})});

    // projects.csv:
    //   J1 Semaine de la solidarité, Maison des Solidarités (69D), in France, 2023, 10,000 €, ECSI, SDG 4
    //   J2 Puits au Yatenga, Valence, BF, closed, 2019, no end date, 5,000 €: left out after 2019
    //   J3 Festival annulé, Crest, MA, cancelled, 2024, 7,000 €: never counted
    //   J4 Santé à Ouahigouya, Valence + Paris Solidarité, BF, 2022–06/2025, 30,000 €, water and
    //      health, SDG 6 and 3
    //   J5 Échanges scolaires, Annecy, IT, suspended, 2021: counted apart
    //   J6 Sans date, Die, SN, no start date, 4,000 €: left out
    //   J7 Formation au Sénégal, Lyon, SN, 09/2024, 1,000,000 XOF, education, SDG 4
    //   J8 ECSI et Burkina, Maison des Solidarités, in France and BF, 2024, 20,000 €, no theme
    // Active: 2023 J1, J4; 2024 J1, J4, J7, J8.
    checkTable(t, "projects_key_figures",
               {row({"Projects active", "2", "4"}), row({"Projects started", "1", "2"}),
                row({"Active projects led in France (ECSI)", "1", "2"}),
                row({"Active projects within a partnership", "0", "0"}),
                row({"Suspended (not counted as active)", "1", "1"}),
                row({"In identification or cancelled, dated in the year (never counted)", "0", "1"}),
                row({"Left out: no start date", "1", "1"}),
                row({"Left out: closed, end date not given", "1", "1"})});
    // Themes of J1, J4, J7 (three projects with a theme); J8 has none.
    checkTable(t, "projects_by_theme",
               {row({"Water, sanitation, hygiene", "1", "33.3"}), row({"Health", "1", "33.3"}),
                row({"Education, training", "1", "33.3"}),
                row({"Global citizenship and solidarity education", "1", "33.3"})});
    // Goals of J1 (4), J4 (6, 3), J7 (4); every goal listed.
    // Each goal named by its number and short label, as the chart's bars are.
    const char* const goalLabels[] = {"No poverty",
                                      "Zero hunger",
                                      "Good health and well-being",
                                      "Quality education",
                                      "Gender equality",
                                      "Clean water and sanitation",
                                      "Affordable and clean energy",
                                      "Decent work and economic growth",
                                      "Industry, innovation and infrastructure",
                                      "Reduced inequalities",
                                      "Sustainable cities and communities",
                                      "Responsible consumption and production",
                                      "Climate action",
                                      "Life below water",
                                      "Life on land",
                                      "Peace, justice and strong institutions",
                                      "Partnerships for the goals"};
    Rows goals;
    for (int goal = 1; goal <= 17; ++goal) {
        goals << QStringList{
            QStringLiteral("SDG %1 – %2").arg(goal).arg(QString::fromUtf8(goalLabels[goal - 1])),
            goal == 4                ? QStringLiteral("2")
            : goal == 3 || goal == 6 ? QStringLiteral("1")
                                     : QStringLiteral("0")};
    }
    checkTable(t, "projects_by_sdg", goals);
    // France: J1, J8; West Africa: J4, J7, J8.
    checkTable(t, "projects_by_zone", {row({"West Africa", "3"}), row({"France (actions in France)", "2"})});
    const Rows projectCountries = {row({"BF", "Burkina Faso", "2"}), row({"FR", "France", "2"}),
                                   row({"SN", "Senegal", "1"})};
    checkTable(t, "projects_by_country", projectCountries);
    checkTable(t, "projects_top_countries", projectCountries);
    // Actors of the region by family: J1 and J8 the association (France; West Africa for J8), J4
    // Valence (Paris Solidarité is not of the region), J7 Lyon.
    checkTable(t, "families_by_zone",
               {row({"Local authorities and groupings", "West Africa", "2"}),
                row({"Associations", "West Africa", "1"}),
                row({"Associations", "France (actions in France)", "2"})});
    // In euros: 2023 J1 10,000 + J4 30,000; 2024 the same + J8 20,000; J7 in CFA francs apart.
    checkTable(t, "budgets",
               {row({"Total of the declared budgets (€)", "40000", "60000"}),
                row({"Projects with a budget", "2", "3"}), row({"Median budget (€)", "20000", "20000"}),
                row({"Active projects with a budget in another currency (left out)", "0", "1"})});
    // Lines of 2024 not refused: AFD 12,000; own funds 6,000; in kind 2,000; without programme the
    // foundation 3,000 and the association of the project 1,500. Total 24,500: 49.0 + 24.5 + 8.2 +
    // 18.4 = 100.1.
    checkTable(t, "cofunding_by_programme",
               {row({"AFD – FICOL", "12000", "1", "49.0"}), row({"Own funds", "6000", "1", "24.5"}),
                row({"No programme (funder alone)", "4500", "2", "18.4"}),
                row({"In-kind contributions", "2000", "1", "8.2"})});
    CHECK(baseOf(t, "cofunding_by_programme").endsWith(QStringLiteral("they add up to 100.1%.")));
    // External: AFD 12,000 + the foundation 3,000; own: 6,000 + 2,000 + the project's own actor's
    // 1,500. 15,000 / 9,500 = 1.578…
    checkTable(t, "leverage",
               {row({"External co-funding (€)", "15000"}),
                row({"Own funds and in-kind contributions (€)", "9500"}),
                row({"Euros of external funding per euro of own funds", "1.58"})});
    // J1 10,000 ECSI; J4 15,000 water, 15,000 health; J8 20,000 without theme (last). Largest
    // first, equal amounts by name.
    checkTable(t, "amounts_by_theme",
               {row({"Health", "15000"}), row({"Water, sanitation, hygiene", "15000"}),
                row({"Global citizenship and solidarity education", "10000"}),
                row({"Theme not given", "20000"})});
    // France: J1 10,000 + half of J8; West Africa: J4 30,000 + half of J8.
    checkTable(t, "amounts_by_zone",
               {row({"West Africa", "40000"}), row({"France (actions in France)", "20000"})});

    // Actors of the region engaged: 2023 Valence (A3, A7, A9, J4), the Maison des Solidarités
    // (J1); 2024 the same and Lyon (A8, J7). Paris Solidarité (75) apart, both years. Named only in
    // records left out for want of a date: Die (A1, J6), Crest (A2), Annecy (A4).
    checkTable(t, "actors_key_figures",
               {row({"Actors of the region engaged", "2", "3"}), row({"Communes engaged", "1", "2"}),
                row({"Share of the region's communes engaged (%)", "0.0", "0.0"}),
                row({"Twinning committees", "0", "0"}), row({"OSIM (migrant-led organisations)", "0", "0"}),
                row({"Engaged actors from other regions (counted apart)", "1", "1"}),
                row({"Engaged actors whose department is not given (counted apart)", "0", "0"}),
                row({"Actors named only in records left out for want of a date", "3", "3"})});
    checkTable(t, "actors_by_family",
               {row({"Local authorities and groupings", "1", "2", "66.7"}),
                row({"Associations", "1", "1", "33.3"})});
    checkTable(t, "actors_by_type",
               {row({"Municipality", "1", "2"}), row({"International solidarity association", "1", "1"})});
    // Per 100,000 inhabitants: 1 / 524,207; 1 / 478,313; 1 / 1,436,354. Every département of the
    // region is listed (the map draws them all); the others with 0.
    const Rows departements = body(t, "actors_by_departement");
    CHECK(departements.size() == 13);
    Rows engagedDepartements;
    for (const QStringList& line : departements) {
        if (line.value(2) != QStringLiteral("0"))
            engagedDepartements << line;
    }
    CHECK(engagedDepartements == Rows{row({"26", "Drôme", "1", "524207", "0.2"}),
                                      row({"69D", "Rhône", "1", "478313", "0.2"}),
                                      row({"69M", "Métropole de Lyon", "1", "1436354", "0.1"})});
    // Valence (64,458) and Lyon (519,127); the region's 4,025 communes by size in the reference data.
    checkTable(t, "communes_by_size",
               {row({"under 2,000", "0", "3250", "0.0"}), row({"2,000 to 9,999", "0", "667", "0.0"}),
                row({"10,000 to 49,999", "0", "98", "0.0"}), row({"50,000 and more", "2", "10", "20.0"})});

    // Every record, counted or not: 9 partnerships (7 dated, A3 with a theme), 8 projects (all with
    // a country or in France, J6 without start, J1 J2 J3 J4 J7 with a theme, J4 with an end, J5
    // without budget).
    checkTable(t, "completeness",
               {row({"Partnerships: signature date", "7", "9", "77.8"}),
                row({"Partnerships: full signature date", "0", "9", "0.0"}),
                row({"Partnerships: theme", "1", "9", "11.1"}),
                row({"Partnerships: description", "0", "9", "0.0"}),
                row({"Projects: country", "8", "8", "100.0"}),
                row({"Projects: start date", "7", "8", "87.5"}), row({"Projects: theme", "5", "8", "62.5"}),
                row({"Projects: end date", "1", "8", "12.5"}), row({"Projects: budget", "7", "8", "87.5"})});
    checkTable(t, "left_out",
               {row({"No signature or start date", "2", "1"}),
                row({"Ended or closed without an end date, begun before 2024", "1", "1"}),
                row({"Dormant or suspended in 2024 (counted apart)", "1", "1"}),
                row({"Planned or in identification", "1", "0"}), row({"Cancelled", "0", "1"})});

    // Each table names the counting rules it follows (33 tables, the methodology last).
    const Rows index = t.value(QStringLiteral("index")).mid(1);
    REQUIRE(index.size() == 34);
    for (const QStringList& entry : index.mid(0, 33)) {
        INFO(entry.value(0).toStdString());
        CHECK_FALSE(entry.value(4).isEmpty());
    }

    // The workbook holds the same figures, as numbers rounded as shown (the leverage's sheet), and
    // the PDF is written.
    const QString workbookPath = dir.filePath(QStringLiteral("rapport.xlsx"));
    const QString pdfPath = dir.filePath(QStringLiteral("rapport.pdf"));
    for (const QString& output : {workbookPath, pdfPath}) {
        REQUIRE(observatoire({QStringLiteral("--db"), database, QStringLiteral("report"),
                              QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("-o"), output})
                    .exitCode == 0);
    }
    QFile workbook(workbookPath);
    REQUIRE(workbook.open(QIODevice::ReadOnly));
    const QString leverageSheet = sheetOf(workbook.readAll(), t, "leverage");
    CHECK(leverageSheet.contains(QStringLiteral("<v>15000</v>")));
    CHECK(leverageSheet.contains(QStringLiteral("<v>9500</v>")));
    CHECK(leverageSheet.contains(QStringLiteral("<v>1.58</v>")));
    CHECK(QFileInfo(pdfPath).size() > 0);

    // 1960: nothing had begun (A9, the oldest, was signed in 1965). The report says there is no data,
    // and each breakdown says so; the key figures still count what is left out.
    const QMap<QString, Rows> old = reportTables(database, 1960, dir.filePath(QStringLiteral("1960")));
    for (const char* id : {"partnerships_by_kind", "actors_by_family", "projects_by_zone", "budgets",
                           "cofunding_by_programme", "partnerships_by_decade"}) {
        INFO(id);
        CHECK(saysNoData(old, id));
    }
    checkTable(old, "partnerships_key_figures",
               {row({"Active partnerships", "0", "0"}), row({"Of which twinnings", "0", "0"}),
                row({"Dormant or suspended (not counted as active)", "0", "0"}),
                row({"Planned, dated in the year (never counted)", "0", "0"}),
                row({"Left out: no signature date", "2", "2"}),
                row({"Left out: ended, end date not given", "0", "0"})});
    const QString page = dir.filePath(QStringLiteral("1960.html"));
    REQUIRE(observatoire({QStringLiteral("--db"), database, QStringLiteral("report"),
                          QStringLiteral("--year"), QStringLiteral("1960"), QStringLiteral("-o"), page})
                .exitCode == 0);
    QFile html(page);
    REQUIRE(html.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(html.readAll())
              .contains(QStringLiteral("No partnership or project of the observatory is active in 1960")));

    // The French report: the same figures, French labels, a decimal comma (the excel dialect).
    const QMap<QString, Rows> fr =
        reportTables(database, 2024, dir.filePath(QStringLiteral("tableaux")), QStringLiteral("fr"));
    checkTable(fr, "leverage",
               {row({"Cofinancements extérieurs (€)", "15000"}),
                row({"Fonds propres et valorisations (€)", "9500"}),
                row({"Euros de financement extérieur par euro de fonds propres", "1,58"})});
    CHECK(body(fr, "cofunding_by_programme").value(1) == row({"Fonds propres", "6000", "1", "24,5"}));
}

TEST_CASE("Recount of twinnings without dates: counted nowhere, and the report says so",
          "[cli][report][recount]")
{
    QTemporaryDir dir;
    const ProgramDatabase recount(dir, QStringLiteral("recount.sqlite"));
    const QString database = importedDatabase(recount, {{"partnerships", "twinnings-undated.csv"}});
    const QMap<QString, Rows> t = reportTables(database, 2024, dir.filePath(QStringLiteral("tables")));
    // twinnings-undated.csv: seven twinnings without any date: five active, one ended (Lyon), one
    // dormant (Valence). None can be placed in 2024: each is left out for want of a date; their five
    // actors (Die, Crest, Annecy, Valence, Lyon) are named only there.
    checkTable(t, "partnerships_key_figures",
               {row({"Active partnerships", "0", "0"}), row({"Of which twinnings", "0", "0"}),
                row({"Dormant or suspended (not counted as active)", "0", "0"}),
                row({"Planned, dated in the year (never counted)", "0", "0"}),
                row({"Left out: no signature date", "7", "7"}),
                row({"Left out: ended, end date not given", "0", "0"})});
    checkTable(t, "actors_key_figures",
               {row({"Actors of the region engaged", "0", "0"}), row({"Communes engaged", "0", "0"}),
                row({"Share of the region's communes engaged (%)", "0.0", "0.0"}),
                row({"Twinning committees", "0", "0"}), row({"OSIM (migrant-led organisations)", "0", "0"}),
                row({"Engaged actors from other regions (counted apart)", "0", "0"}),
                row({"Engaged actors whose department is not given (counted apart)", "0", "0"}),
                row({"Actors named only in records left out for want of a date", "5", "5"})});
    checkTable(t, "completeness",
               {row({"Partnerships: signature date", "0", "7", "0.0"}),
                row({"Partnerships: full signature date", "0", "7", "0.0"}),
                row({"Partnerships: theme", "0", "7", "0.0"}),
                row({"Partnerships: description", "0", "7", "0.0"}),
                row({"Projects: country", "0", "0", "n.d."}), row({"Projects: start date", "0", "0", "n.d."}),
                row({"Projects: theme", "0", "0", "n.d."}), row({"Projects: end date", "0", "0", "n.d."}),
                row({"Projects: budget", "0", "0", "n.d."})});
    checkTable(t, "left_out",
               {row({"No signature or start date", "7", "0"}),
                row({"Ended or closed without an end date, begun before 2024", "0", "0"}),
                row({"Dormant or suspended in 2024 (counted apart)", "0", "0"}),
                row({"Planned or in identification", "0", "0"}), row({"Cancelled", "0", "0"})});
    checkTable(t, "verified",
               {row({"Actors", "0", "5", "0.0"}), row({"Partnerships", "0", "7", "0.0"}),
                row({"Projects", "0", "0", "n.d."})});
    // Nothing active: the breakdowns say so rather than showing zeros.
    // The tables by département and by size list the region's populations and communes beside:
    // reference figures, not data of the year.
    for (const char* id :
         {"partnerships_by_kind", "actors_by_family", "actors_by_departement", "communes_by_size",
          "projects_by_zone", "partnerships_by_decade", "amounts_by_zone"}) {
        INFO(id);
        CHECK(saysNoData(t, id));
    }
    CHECK_FALSE(saysNoData(t, "partnerships_key_figures")); // its zeros are figures
}

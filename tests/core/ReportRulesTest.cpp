#include "support/InFrench.h"
#include "support/QtPrinting.h"
#include "support/TestDatabase.h"

#include "csv/RecordExporter.h"
#include "lists/RecordQuery.h"
#include "report/ReportBuilder.h"
#include "report/ReportRules.h"
#include "report/SvgMap.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <set>

// Each counting rule of the report, on records built on both sides of each of its boundaries;
// every expected figure is counted by hand from the records of its test.

namespace {

void run(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
}

QString text(const char* value)
{
    return value ? QStringLiteral("'%1'").arg(QString::fromUtf8(value)) : QStringLiteral("NULL");
}

void partnership(const QSqlDatabase& db, int id, const char* kind, const char* status, const char* signedOn,
                 const char* endedOn = nullptr, const char* reason = nullptr)
{
    run(db,
        QStringLiteral("INSERT INTO partnership (id, uuid, kind_code, status_code, status_reason, signed_on, "
                       "ended_on, created_at, updated_at) VALUES (%1, 'p%1', '%2', '%3', %4, %5, %6, "
                       "'2024-01-01', '2024-01-01')")
            .arg(id)
            .arg(QString::fromLatin1(kind), QString::fromLatin1(status), text(reason), text(signedOn),
                 text(endedOn)));
}

void project(const QSqlDatabase& db, int id, const char* status, const char* startedOn,
             const char* endedOn = nullptr)
{
    run(db,
        QStringLiteral("INSERT INTO project (id, uuid, title, status_code, started_on, ended_on, in_france, "
                       "created_at, updated_at) VALUES (%1, 'j%1', 'Projet %1', '%2', %3, %4, 0, "
                       "'2024-01-01', '2024-01-01')")
            .arg(id)
            .arg(QString::fromLatin1(status), text(startedOn), text(endedOn)));
}

Report built(const QSqlDatabase& db, int year)
{
    Result<Report> report = ReportBuilder(db).build(year);
    INFO(report.message().toStdString());
    REQUIRE(report.ok());
    return report.value();
}

// The figure of the row `label` of table `id`, in `column`.
QVariant figure(const Report& report, const char* id, const QString& label, int column)
{
    const ReportTable* table = report.table(QString::fromLatin1(id));
    INFO(id << " " << label.toStdString());
    REQUIRE(table);
    for (const QVariantList& row : table->rows) {
        if (row.value(table->labelColumn).toString() == label)
            return row.value(column);
    }
    FAIL("no such row");
    return {};
}

std::set<qint64> listed(const QSqlDatabase& db, RecordList::Family family, int year)
{
    RecordQuery list(db, family, false);
    RecordFilter filter;
    filter.activeYear = year;
    list.setFilter(filter);
    QString error;
    const QList<qint64> ids = list.matchingIds(&error);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    return {ids.begin(), ids.end()};
}

int exported(const QSqlDatabase& db, RecordExporter::Entity entity, int year)
{
    RecordExporter exporter(db, entity);
    RecordExporter::Options options;
    options.selection.filter.activeYear = year;
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    const Result<int> written = exporter.write(&buffer, options);
    INFO(written.message().toStdString());
    REQUIRE(written.ok());
    return written.value();
}

} // namespace

TEST_CASE("Rule active_partnership: status and dates on both sides of each boundary; the list and the "
          "export keep the same partnerships",
          "[report][rules]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    partnership(c, 1, "jumelage", "actif", "2024-12-31"); // signed on the year's last day
    partnership(c, 2, "jumelage", "actif", "2025-01");    // signed the year after
    partnership(c, 3, "cooperation_decentralisee", "actif", "1990", "2024-01-01"); // ended on its first day
    partnership(c, 4, "cooperation_decentralisee", "actif", "1990", "2023-12");    // ended the year before
    partnership(c, 5, "jumelage", "en_projet", "2020");                            // planned: never
    partnership(c, 6, "jumelage", "en_sommeil", "2000");                           // dormant: apart
    partnership(c, 7, "jumelage", "suspendu", "2000");                             // suspended: apart
    partnership(c, 8, "jumelage", "termine", "2024");             // ended, no end date, signed in 2024
    partnership(c, 9, "jumelage", "termine", "2010");             // ended, no end date, signed before
    partnership(c, 10, "jumelage", "actif", nullptr);             // no date
    partnership(c, 11, "jumelage", "a_verifier", "2000");         // to be checked: as active
    partnership(c, 12, "jumelage", "termine", "2000", "2024-06"); // ended during the year
    partnership(c, 13, "jumelage", "en_sommeil", "2030");         // dormant, signed later
    partnership(c, 14, "jumelage", "en_sommeil", nullptr);        // dormant, no date
    partnership(c, 15, "jumelage", "en_projet", "2025");          // planned for the year after

    const Report report = built(c, 2024);
    const auto key = [&](const char* label, int column) {
        return figure(report, "partnerships_key_figures", QString::fromUtf8(label), column).toLongLong();
    };
    // 2024: 1, 3, 8, 11, 12; 2023: 3, 4, 11, 12.
    CHECK(key("Active partnerships", 2) == 5);
    CHECK(key("Active partnerships", 1) == 4);
    CHECK(key("Of which twinnings", 2) == 4);                           // 1, 8, 11, 12
    CHECK(key("Dormant or suspended (not counted as active)", 2) == 2); // 6, 7 (not 13 nor 14)
    CHECK(key("Planned, dated in the year (never counted)", 2) == 1);   // 5, not 15 (2025)
    CHECK(key("Left out: no signature date", 2) == 2);                  // 10, 14
    CHECK(key("Left out: ended, end date not given", 2) == 1);          // 9 (8 counts in its year)
    CHECK(key("Left out: ended, end date not given", 1) == 1);          // 9 (8 not signed yet)
    const ReportTable* trend = report.table(QStringLiteral("active_by_year"));
    REQUIRE(trend);
    CHECK(trend->rows.last().value(1).toLongLong() == 5);

    // The lists' filter and the export: the same partnerships, in 2024 and in 2025 (where 8 leaves:
    // its end is not known, and 1, 2, 11 remain active).
    CHECK(listed(c, RecordList::Family::Partnerships, 2024) == std::set<qint64>{1, 3, 8, 11, 12});
    CHECK(listed(c, RecordList::Family::Partnerships, 2023) == std::set<qint64>{3, 4, 11, 12});
    CHECK(listed(c, RecordList::Family::Partnerships, 2025) == std::set<qint64>{1, 2, 11});
    CHECK(exported(c, RecordExporter::Entity::Partnerships, 2024) == 5);
    CHECK(figure(built(c, 2025), "partnerships_key_figures", QStringLiteral("Active partnerships"), 2)
              .toLongLong() == 3);

    // Each record's standing, as the rule states it.
    using S = ReportRules::Standing;
    using C = ReportRules::StatusClass;
    CHECK(ReportRules::standing(C::Ended, 2024, 0, 2024) == S::Active);
    CHECK(ReportRules::standing(C::Ended, 2024, 0, 2025) == S::EndUnknown);
    CHECK(ReportRules::standing(C::Paused, 2030, 0, 2024) == S::NotYet);
    CHECK(ReportRules::standing(C::Going, 0, 0, 2024) == S::Undated);
    CHECK(ReportRules::standing(C::Planned, 2020, 0, 2024) == S::Planned);
    CHECK(ReportRules::ActivePartnership::classOf("a_verifier") == C::Going);
    CHECK(ReportRules::ActivePartnership::classOf("statut_ajoute") == C::Going);
}

TEST_CASE("Rule active_project: status and dates on both sides of each boundary; the list and the export "
          "keep the same projects",
          "[report][rules]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    project(c, 1, "en_cours", "2024");                // started in the year
    project(c, 2, "cloture", "2020");                 // closed, no end date, started before
    project(c, 3, "cloture", "2024-03");              // closed, no end date, started in the year
    project(c, 4, "annule", "2024");                  // cancelled: never
    project(c, 5, "identification", "2024");          // in identification: never
    project(c, 6, "suspendu", "2023");                // suspended: apart
    project(c, 7, "en_cours", nullptr);               // no start date
    project(c, 8, "finalisation", "2022", "2024-12"); // ends on the year's last month
    project(c, 9, "en_cours", "2022", "2023-12-31");  // ended the day before the year
    project(c, 10, "en_cours", "2025-01-01");         // starts the day after
    project(c, 11, "cloture", "2019", "2024-01-15");  // closed during the year

    const Report report = built(c, 2024);
    const auto key = [&](const char* label, int column) {
        return figure(report, "projects_key_figures", QString::fromUtf8(label), column).toLongLong();
    };
    // 2024: 1, 3, 8, 11; 2023: 8, 9, 11 (2 is closed without end date, counted in 2020 only).
    CHECK(key("Projects active", 2) == 4);
    CHECK(key("Projects active", 1) == 3);
    CHECK(key("Projects started", 2) == 2);                  // 1, 3 (not 4 nor 5)
    CHECK(key("Suspended (not counted as active)", 2) == 1); // 6
    CHECK(key("In identification or cancelled, dated in the year (never counted)", 2) == 2); // 4, 5
    CHECK(key("In identification or cancelled, dated in the year (never counted)", 1) == 0);
    CHECK(key("Left out: no start date", 2) == 1);              // 7
    CHECK(key("Left out: closed, end date not given", 2) == 1); // 2
    CHECK(key("Left out: closed, end date not given", 1) == 1); // 2

    CHECK(listed(c, RecordList::Family::Projects, 2024) == std::set<qint64>{1, 3, 8, 11});
    CHECK(listed(c, RecordList::Family::Projects, 2023) == std::set<qint64>{8, 9, 11});
    CHECK(listed(c, RecordList::Family::Projects, 2020) == std::set<qint64>{2, 11});
    CHECK(exported(c, RecordExporter::Entity::Projects, 2024) == 4);
    CHECK(figure(built(c, 2020), "projects_key_figures", QStringLiteral("Projects active"), 2).toLongLong() ==
          2);

    // The data-quality part counts what the year leaves out, by reason.
    const auto leftOut = [&](const QString& reason) {
        return figure(report, "left_out", reason, 2).toLongLong();
    };
    CHECK(leftOut(QStringLiteral("No signature or start date")) == 1);
    CHECK(leftOut(QStringLiteral("Ended or closed without an end date, begun before 2024")) == 1);
    CHECK(leftOut(QStringLiteral("Dormant or suspended in 2024 (counted apart)")) == 1);
    CHECK(leftOut(QStringLiteral("Planned or in identification")) == 1);
    CHECK(leftOut(QStringLiteral("Cancelled")) == 1);
}

TEST_CASE("Rule left_out: twinnings known to be active but undated are counted nowhere, and said so",
          "[report][rules]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    run(c,
        QStringLiteral("INSERT INTO actor (id, uuid, name, name_normalized, actor_type_code, "
                       "departement_code, created_at, updated_at) VALUES (1, 'a1', 'Die', 'die', 'commune', "
                       "'26', '2024-01-01', '2024-01-01'), (2, 'a2', 'Crest', 'crest', 'commune', '26', "
                       "'2024-01-01', '2024-01-01')"));
    for (int id = 1; id <= 3; ++id)
        partnership(c, id, "jumelage", "actif", nullptr);
    // Ended, no date at all: it may have run in the year, left out for want of a date too (it was
    // counted in no line); planned without a date: planned, never counted.
    partnership(c, 4, "jumelage", "termine", nullptr);
    partnership(c, 5, "jumelage", "en_projet", nullptr);
    run(c, QStringLiteral("INSERT INTO actor (id, uuid, name, name_normalized, actor_type_code, "
                          "departement_code, created_at, updated_at) VALUES (3, 'a3', 'Lyon', 'lyon', "
                          "'commune', '69M', '2024-01-01', '2024-01-01'), (4, 'a4', 'Annecy', 'annecy', "
                          "'commune', '74', '2024-01-01', '2024-01-01')"));
    run(c, QStringLiteral("INSERT INTO partnership_actor (partnership_id, actor_id, role_code) VALUES (1, 1, "
                          "'signataire'), (2, 2, 'signataire'), (3, 2, 'signataire'), (4, 3, 'signataire'), "
                          "(5, 4, 'signataire')"));
    const Report report = built(c, 2024);
    CHECK(figure(report, "actors_key_figures", QStringLiteral("Actors of the region engaged"), 2)
              .toLongLong() == 0);
    CHECK(figure(report, "actors_key_figures",
                 QStringLiteral("Actors named only in records left out for want of a date"), 2)
              .toLongLong() == 3); // Die, Crest, Lyon (not Annecy: planned)
    CHECK(figure(report, "partnerships_key_figures", QStringLiteral("Left out: no signature date"), 2)
              .toLongLong() == 4); // 1, 2, 3, 4
    CHECK(figure(report, "partnerships_key_figures",
                 QStringLiteral("Planned, dated in the year (never counted)"),
                 2)
              .toLongLong() == 0); // planned, no date: in no year
    CHECK(figure(report, "left_out", QStringLiteral("No signature or start date"), 1).toLongLong() == 4);
    CHECK(figure(report, "left_out", QStringLiteral("Planned or in identification"), 1).toLongLong() == 1);
    // The completeness covers the five, not the none counted.
    CHECK(figure(report, "completeness", QStringLiteral("Partnerships: signature date"), 1).toLongLong() ==
          0);
    CHECK(figure(report, "completeness", QStringLiteral("Partnerships: signature date"), 2).toLongLong() ==
          5);
    CHECK(figure(report, "verified", QStringLiteral("Partnerships"), 2).toLongLong() == 5);
    // Each rule's sentence is in the methodology.
    bool found = false;
    for (const ReportRules::Statement& rule : report.methodology)
        found = found || rule.text == ReportRules::LeftOut::statement({2024, QString()}).text;
    CHECK(found);
}

TEST_CASE("Rule engaged_actor: actors of other regions and without a département are counted apart",
          "[report][rules]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    // Lyon (Métropole de Lyon) and Annecy (Haute-Savoie) in the region, a Paris association, an
    // association without a département, a commune of the Jura (Bourgogne-Franche-Comté); Annecy
    // only in a dormant partnership.
    run(c, QStringLiteral(
               "INSERT INTO actor (id, uuid, name, name_normalized, actor_type_code, departement_code, "
               "population, "
               "created_at, updated_at) VALUES (1, 'a1', 'Lyon', 'lyon', 'commune', '69M', 520000, "
               "'2024-01-01', "
               "'2024-01-01'), (2, 'a2', 'Paris Solidarité', 'paris solidarite', 'asso_si', '75', NULL, "
               "'2024-01-01', '2024-01-01'), (3, 'a3', 'Sans Lieu', 'sans lieu', 'asso_si', NULL, NULL, "
               "'2024-01-01', '2024-01-01'), (4, 'a4', 'Dole', 'dole', 'commune', '39', 23000, '2024-01-01', "
               "'2024-01-01'), (5, 'a5', 'Annecy', 'annecy', 'commune', '74', 130000, '2024-01-01', "
               "'2024-01-01')"));
    partnership(c, 1, "jumelage", "actif", "2000");
    partnership(c, 2, "jumelage", "en_sommeil", "2000");
    run(c, QStringLiteral("INSERT INTO partnership_actor (partnership_id, actor_id, role_code) VALUES (1, 1, "
                          "'signataire'), (1, 2, 'partenaire'), (1, 3, 'partenaire'), (1, 4, 'signataire'), "
                          "(2, 5, 'signataire')"));
    const Report report = built(c, 2024);
    const auto key = [&](const char* label) {
        return figure(report, "actors_key_figures", QString::fromUtf8(label), 2).toLongLong();
    };
    CHECK(key("Actors of the region engaged") == 1); // Lyon
    CHECK(key("Communes engaged") == 1);
    CHECK(key("Engaged actors from other regions (counted apart)") == 2); // Paris, Dole
    CHECK(key("Engaged actors whose department is not given (counted apart)") == 1);
    // The table by département adds up to the key figure.
    const ReportTable* departements = report.table(QStringLiteral("actors_by_departement"));
    REQUIRE(departements);
    qint64 sum = 0;
    for (const QVariantList& row : departements->rows)
        sum += row.value(2).toLongLong();
    CHECK(sum == 1);
    CHECK(figure(report, "communes_by_size", QStringLiteral("10,000 to 49,999"), 1).toLongLong() ==
          0); // not Dole
    CHECK(figure(report, "communes_by_size", QStringLiteral("50,000 and more"), 1).toLongLong() == 1);
    const ReportTable* families = report.table(QStringLiteral("actors_by_family"));
    REQUIRE(families);
    CHECK(families->rows.size() == 1);
    CHECK(families->base.startsWith(QStringLiteral("1 actor")));
    // export --year keeps the actors the key figures count, in the region and apart (not Annecy).
    CHECK(exported(c, RecordExporter::Entity::Actors, 2024) == 4);
}

namespace {

void budgetedProject(const QSqlDatabase& db, int id, bool inFrance, const char* country, qint64 cents,
                     const char* currency, QStringList themes)
{
    run(db, QStringLiteral(
                "INSERT INTO project (id, uuid, title, status_code, started_on, in_france, budget_cents, "
                "currency, created_at, updated_at) VALUES (%1, 'j%1', 'Projet %1', 'en_cours', '2024', "
                "%2, %3, '%4', '2024-01-01', '2024-01-01')")
                .arg(id)
                .arg(inFrance ? 1 : 0)
                .arg(cents)
                .arg(QString::fromLatin1(currency)));
    if (country)
        run(db, QStringLiteral("INSERT INTO project_country (project_id, country_code) VALUES (%1, '%2')")
                    .arg(id)
                    .arg(QString::fromLatin1(country)));
    for (const QString& theme : themes)
        run(db, QStringLiteral("INSERT INTO project_theme (project_id, theme_code) VALUES (%1, '%2')")
                    .arg(id)
                    .arg(theme));
}

double sumOf(const Report& report, const char* id, int column)
{
    const ReportTable* table = report.table(QString::fromLatin1(id));
    REQUIRE(table);
    double sum = 0;
    for (const QVariantList& row : table->rows)
        sum += row.value(column).toDouble();
    return sum;
}

} // namespace

TEST_CASE("Rule engaged_actor: the map's one outline for the Rhône (69D) and the Métropole de Lyon (69M) "
          "shows the two together, as the table computes them, and its legend says so",
          "[report][rules][map]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    // Three actors in the Rhône, one in the Métropole, all in an active twinning.
    for (int id = 1; id <= 4; ++id)
        run(c, QStringLiteral("INSERT INTO actor (id, uuid, name, name_normalized, actor_type_code, "
                              "departement_code, created_at, updated_at) VALUES (%1, 'a%1', 'Acteur %1', "
                              "'acteur %1', 'asso_si', '%2', '2024-01-01', '2024-01-01')")
                   .arg(id)
                   .arg(id <= 3 ? QStringLiteral("69D") : QStringLiteral("69M")));
    partnership(c, 1, "jumelage", "actif", "2000");
    run(c, QStringLiteral("INSERT INTO partnership_actor (partnership_id, actor_id, role_code) VALUES (1, 1, "
                          "'signataire'), (1, 2, 'partenaire'), (1, 3, 'partenaire'), (1, 4, 'partenaire')"));
    const Report report = built(c, 2024);
    const ReportTable* table = report.table(QStringLiteral("actors_by_departement"));
    REQUIRE(table);
    // The table: each apart, 3 for 478,313 inhabitants and 1 for 1,436,354.
    QVariantList rhoneRow;
    QVariantList metropoleRow;
    for (const QVariantList& row : table->rows) {
        if (row.value(0).toString() == QLatin1String("69D"))
            rhoneRow = row;
        if (row.value(0).toString() == QLatin1String("69M"))
            metropoleRow = row;
    }
    REQUIRE(rhoneRow.value(3).toLongLong() == 478313);
    REQUIRE(metropoleRow.value(3).toLongLong() == 1436354);
    CHECK(rhoneRow.value(2).toLongLong() == 3);
    CHECK(rhoneRow.value(4).toDouble() == 0.6);
    CHECK(metropoleRow.value(2).toLongLong() == 1);
    CHECK(metropoleRow.value(4).toDouble() == 0.1);
    // The map: one outline, the four actors for the two populations (not the table's 0.6 nor 0.1,
    // nor their average 0.35), by the table's own rule.
    CHECK(table->mapValues.value(QStringLiteral("69")) == 0.2);
    CHECK(table->mapValues.value(QStringLiteral("69")) ==
          ReportRules::EngagedActor::perHundredThousand(4, 478313 + 1436354));
    const QString map = SvgMap::render(*table, report.locale());
    CHECK(map.contains(QStringLiteral("<title>Rhône + Métropole de Lyon: 0.2</title>")));
    // Its legend says which rows the outline stands for, with their figures together.
    REQUIRE(table->mapNotes.size() == 1);
    const QString note =
        QStringLiteral("On the map, Rhône (69D) and Métropole de Lyon (69M) are one outline: "
                       "4 engaged actors for 1,914,667 inhabitants together, 0.2 per 100,000 "
                       "inhabitants.");
    CHECK(table->mapNotes.first() == note);
    CHECK(map.contains(QStringLiteral("Métropole de Lyon (69M) are one outline")));
    // The methodology says how the map shows them.
    CHECK(ReportRules::EngagedActor::statement({2024, QString()})
              .text.contains(QStringLiteral("it shows them together: their engaged actors divided by their "
                                            "population")));
}

TEST_CASE("Rules places and shared_amounts: a project led in France counts in France, and the amounts add up "
          "to the total",
          "[report][rules]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    budgetedProject(c, 1, true, nullptr, 1000000, "EUR", {QStringLiteral("ecsi")}); // in France only
    budgetedProject(c, 2, true, "BF", 2000000, "EUR", {}); // in France and Burkina Faso
    budgetedProject(c, 3, false, nullptr, 500000, "EUR", {QStringLiteral("eau_assainissement")}); // nowhere
    budgetedProject(c, 4, false, "BF", 3000000, "EUR",
                    {QStringLiteral("eau_assainissement"), QStringLiteral("sante")});
    budgetedProject(c, 5, false, "BF", 100000000, "XOF", {QStringLiteral("sante")}); // in CFA francs

    const Report report = built(c, 2024);
    CHECK(figure(report, "projects_by_zone", QStringLiteral("France (actions in France)"), 1).toLongLong() ==
          2);
    CHECK(figure(report, "projects_by_zone", QStringLiteral("West Africa"), 1).toLongLong() == 3);
    CHECK(
        report.table(QStringLiteral("projects_by_zone"))->base.contains(QStringLiteral("4 active project")));
    CHECK(figure(report, "projects_by_country", QStringLiteral("France"), 2).toLongLong() == 2);
    CHECK(figure(report, "projects_by_country", QStringLiteral("Burkina Faso"), 2).toLongLong() == 3);
    CHECK(figure(report, "completeness", QStringLiteral("Projects: country"), 1).toLongLong() == 4);

    // 10,000 + 20,000 + 5,000 + 30,000 in euros; the budget in CFA francs left out and counted.
    CHECK(figure(report, "budgets", QStringLiteral("Total of the declared budgets (€)"), 2).toDouble() ==
          65000.0);
    CHECK(figure(report, "budgets", QStringLiteral("Projects with a budget"), 2).toLongLong() == 4);
    CHECK(figure(report, "budgets", QStringLiteral("Median budget (€)"), 2).toDouble() == 15000.0);
    CHECK(figure(report, "budgets",
                 QStringLiteral("Active projects with a budget in another currency (left out)"), 2)
              .toLongLong() == 1);
    CHECK_FALSE(figure(report, "budgets", QStringLiteral("Median budget (€)"), 1).isValid()); // none in 2023

    // By zone: France 10,000 + half of 20,000; West Africa the other half + 30,000; project 3 apart.
    CHECK(figure(report, "amounts_by_zone", QStringLiteral("France (actions in France)"), 1).toDouble() ==
          20000.0);
    CHECK(figure(report, "amounts_by_zone", QStringLiteral("West Africa"), 1).toDouble() == 40000.0);
    CHECK(figure(report, "amounts_by_zone", QStringLiteral("Country not given"), 1).toDouble() == 5000.0);
    CHECK(sumOf(report, "amounts_by_zone", 1) == 65000.0);
    // By theme: water 5,000 + 15,000, health 15,000, ECSI 10,000, project 2 apart.
    CHECK(figure(report, "amounts_by_theme", QStringLiteral("Water, sanitation, hygiene"), 1).toDouble() ==
          20000.0);
    CHECK(figure(report, "amounts_by_theme", QStringLiteral("Health"), 1).toDouble() == 15000.0);
    CHECK(figure(report, "amounts_by_theme", QStringLiteral("Theme not given"), 1).toDouble() == 20000.0);
    CHECK(sumOf(report, "amounts_by_theme", 1) == 65000.0);
    const ReportTable* byTheme = report.table(QStringLiteral("amounts_by_theme"));
    CHECK(byTheme->rows.last().value(0).toString() ==
          QStringLiteral("Theme not given")); // last, whatever its size
}

TEST_CASE("Rules cofunding and leverage: the programmes' flag, in-kind contributions and lines without a "
          "programme",
          "[report][rules]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    run(c, QStringLiteral(
               "INSERT INTO actor (id, uuid, name, name_normalized, actor_type_code, departement_code, "
               "created_at, updated_at) VALUES (1, 'a1', 'Porteur', 'porteur', 'asso_si', '69M', "
               "'2024-01-01', '2024-01-01'), (2, 'a2', 'Ville', 'ville', 'commune', '69M', '2024-01-01', "
               "'2024-01-01')"));
    project(c, 1, "en_cours", "2020");
    run(c, QStringLiteral(
               "INSERT INTO project_actor (project_id, actor_id, role_code) VALUES (1, 1, 'porteur')"));
    int id = 0;
    const auto line = [&](const char* programme, int funder, int year, qint64 euros, const char* status) {
        ++id;
        run(c, QStringLiteral(
                   "INSERT INTO funding (id, uuid, project_id, funder_actor_id, programme_code, year, "
                   "amount_cents, status_code, created_at, updated_at) VALUES (%1, 'g%1', 1, %2, %3, %4, "
                   "%5, '%6', '2024-01-01', '2024-01-01')")
                   .arg(id)
                   .arg(funder ? QString::number(funder) : QStringLiteral("NULL"), text(programme))
                   .arg(year)
                   .arg(euros * 100)
                   .arg(QString::fromLatin1(status)));
    };
    line("afd_ficol", 0, 2024, 40000, "accorde");   // external
    line("fonds_propres", 1, 2024, 10000, "verse"); // own funds
    line("valorisation", 1, 2024, 5000, "verse");   // in kind: own
    line(nullptr, 1, 2024, 2000, "verse");          // no programme, the project's own actor: own
    line(nullptr, 2, 2024, 3000, "accorde");        // no programme, another funder: external
    line("region_aura", 0, 2024, 7000, "refuse");   // refused: left out
    line("afd_ficol", 0, 2023, 100000, "verse");    // another year

    const Report report = built(c, 2024);
    const auto leverage = [&](const char* label) {
        return figure(report, "leverage", QString::fromUtf8(label), 1);
    };
    CHECK(leverage("External co-funding (€)").toDouble() == 43000.0);
    CHECK(leverage("Own funds and in-kind contributions (€)").toDouble() == 17000.0);
    CHECK(leverage("Euros of external funding per euro of own funds").toDouble() == 2.53);
    CHECK(figure(report, "cofunding_by_programme", QStringLiteral("No programme (funder alone)"), 2)
              .toLongLong() == 2);
    CHECK(figure(report, "cofunding_by_programme", QStringLiteral("In-kind contributions"), 1).toDouble() ==
          5000.0);
    CHECK(report.table(QStringLiteral("cofunding_by_programme"))->rows.size() == 4);
    CHECK(sumOf(report, "cofunding_by_programme", 1) == 60000.0);

    // 2023: external money and no own funds: the ratio is not defined, not 0.
    const Report before = built(c, 2023);
    CHECK(figure(before, "leverage", QStringLiteral("External co-funding (€)"), 1).toDouble() == 100000.0);
    CHECK_FALSE(
        figure(before, "leverage", QStringLiteral("Euros of external funding per euro of own funds"), 1)
            .isValid());
}

TEST_CASE("Rules scheme_funding and scheme_success: lines by scheme, status and year, a line without a "
          "scheme, a project outside the region, no decided line",
          "[report][rules][schemes]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    // A project carried by an actor of the region, one by an actor of another region (Paris): the
    // lines of both count, as the co-funding counts them.
    run(c, QStringLiteral(
               "INSERT INTO actor (id, uuid, name, name_normalized, actor_type_code, departement_code, "
               "created_at, updated_at) VALUES (1, 'a1', 'Porteur', 'porteur', 'asso_si', '69M', "
               "'2024-01-01', '2024-01-01'), (2, 'a2', 'Parisiens', 'parisiens', 'asso_si', '75', "
               "'2024-01-01', '2024-01-01')"));
    project(c, 1, "en_cours", "2020");
    project(c, 2, "en_cours", "2020");
    run(c, QStringLiteral("INSERT INTO project_actor (project_id, actor_id, role_code) VALUES (1, 1, "
                          "'porteur'), (2, 2, 'porteur')"));
    run(c, QStringLiteral("INSERT INTO scheme (id, uuid, name, kind_code, created_at, updated_at) VALUES "
                          "(1, 's1', 'Fonds eau', 'fonds', '2024-01-01', '2024-01-01'), "
                          "(2, 's2', 'Appel jeunesse', 'appel_a_projets', '2024-01-01', '2024-01-01'), "
                          "(3, 's3', 'Prix du jumelage', 'prix', '2024-01-01', '2024-01-01')"));
    int id = 0;
    const auto line = [&](int projectId, int scheme, int year, qint64 euros, const char* status) {
        ++id;
        run(c,
            QStringLiteral("INSERT INTO funding (id, uuid, project_id, programme_code, year, amount_cents, "
                           "status_code, scheme_id, created_at, updated_at) VALUES (%1, 'g%1', %2, "
                           "'autre', %3, %4, '%5', %6, '2024-01-01', '2024-01-01')")
                .arg(id)
                .arg(projectId)
                .arg(year)
                .arg(euros * 100)
                .arg(QString::fromLatin1(status), scheme ? QString::number(scheme) : QStringLiteral("NULL")));
    };
    // Fonds eau, 2024: granted 10,000 and paid 5,000 (the latter outside the region): obtained;
    // refused 7,000 and requested 3,000: not obtained. 2023: paid 4,000; refused 1,000.
    line(1, 1, 2024, 10000, "accorde");
    line(2, 1, 2024, 5000, "verse");
    line(1, 1, 2024, 7000, "refuse");
    line(1, 1, 2024, 3000, "demande");
    line(1, 1, 2023, 4000, "verse");
    line(1, 1, 2023, 1000, "refuse");
    // Appel jeunesse: 2024 only requested (no decided line: no rate); 2023 one refused (0%, a true 0).
    line(1, 2, 2024, 2000, "demande");
    line(1, 2, 2023, 2500, "refuse");
    // Prix du jumelage: only 2022 and 2025, outside N-1 and N: in neither table.
    line(1, 3, 2022, 900, "verse");
    line(1, 3, 2025, 900, "verse");
    // No scheme: granted 50,000 in 2024, counted by the co-funding, not here (named in the base).
    line(1, 0, 2024, 50000, "accorde");

    const Report report = built(c, 2024);
    const ReportTable* funding = report.table(QStringLiteral("funding_by_scheme"));
    REQUIRE(funding);
    CHECK(funding->rules.contains(QStringLiteral("scheme_funding")));
    CHECK(funding->columns == QStringList{QStringLiteral("Support scheme"), QStringLiteral("2023 (€)"),
                                          QStringLiteral("2024 (€)")});
    REQUIRE(funding->rows.size() == 1); // Appel jeunesse obtained nothing; the prize is out of the years
    CHECK(figure(report, "funding_by_scheme", QStringLiteral("Fonds eau"), 1).toDouble() == 4000.0);
    CHECK(figure(report, "funding_by_scheme", QStringLiteral("Fonds eau"), 2).toDouble() == 15000.0);
    CHECK(funding->base.startsWith(QStringLiteral("3 funding lines of 2023 and 2024 granted or paid")));
    CHECK(funding->base.contains(QStringLiteral("1 granted or paid line of those years without a scheme")));

    const ReportTable* success = report.table(QStringLiteral("success_by_scheme"));
    REQUIRE(success);
    CHECK(success->rules.contains(QStringLiteral("scheme_success")));
    CHECK(success->rows.size() == 2);
    // Fonds eau: 2023 1 of 2 decided (50%); 2024 2 of 3 (66.7%), 1 pending.
    CHECK(figure(report, "success_by_scheme", QStringLiteral("Fonds eau"), 1).toLongLong() == 2);
    CHECK(figure(report, "success_by_scheme", QStringLiteral("Fonds eau"), 2).toDouble() == 50.0);
    CHECK(figure(report, "success_by_scheme", QStringLiteral("Fonds eau"), 3).toLongLong() == 3);
    CHECK(figure(report, "success_by_scheme", QStringLiteral("Fonds eau"), 4).toDouble() == 66.7);
    CHECK(figure(report, "success_by_scheme", QStringLiteral("Fonds eau"), 5).toLongLong() == 1);
    // Appel jeunesse: 2023 refused only, a true 0%; 2024 nothing decided: not defined, not 0%.
    CHECK(figure(report, "success_by_scheme", QStringLiteral("Appel jeunesse"), 2).toDouble() == 0.0);
    CHECK(figure(report, "success_by_scheme", QStringLiteral("Appel jeunesse"), 2).isValid());
    CHECK(figure(report, "success_by_scheme", QStringLiteral("Appel jeunesse"), 3).toLongLong() == 0);
    CHECK_FALSE(figure(report, "success_by_scheme", QStringLiteral("Appel jeunesse"), 4).isValid());
    CHECK(figure(report, "success_by_scheme", QStringLiteral("Appel jeunesse"), 5).toLongLong() == 1);
    CHECK(success->base.startsWith(QStringLiteral("6 decided applications of 2023 and 2024")));
    // The co-funding still counts every line of the year, with or without a scheme.
    CHECK(sumOf(report, "cofunding_by_programme", 1) == 70000.0); // refused lines left out

    // A year without any line of a scheme: both tables empty, no figure.
    const Report empty = built(c, 2019);
    CHECK(empty.table(QStringLiteral("funding_by_scheme"))->rows.isEmpty());
    CHECK(empty.table(QStringLiteral("success_by_scheme"))->rows.isEmpty());
    CHECK_FALSE(empty.table(QStringLiteral("success_by_scheme"))->hasData());
}

TEST_CASE("Rules not_active, signatures and decades: the year's statuses and reasons, planned partnerships "
          "unsigned, empty decades kept",
          "[report][rules]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    partnership(c, 1, "jumelage", "en_sommeil", "2019", nullptr, "Comité dissous");
    partnership(c, 2, "jumelage", "suspendu", "2000", "2020", "Guerre");   // over before 2024
    partnership(c, 3, "jumelage", "termine", "1990", "2025-03", "Fusion"); // ends the year after
    partnership(c, 4, "jumelage", "termine", "1990", "2024-06", "Fin du mandat");
    partnership(c, 5, "jumelage", "actif", "1990", "2024");                // an end, its status not updated
    partnership(c, 6, "jumelage", "termine", "1990", nullptr, "Inconnu");  // ended, date unknown
    partnership(c, 7, "jumelage", "en_projet", "2020", "2024", "Abandon"); // planned
    partnership(c, 8, "jumelage", "suspendu", "2010", nullptr, "Sécurité");
    partnership(c, 9, "jumelage", "en_sommeil", nullptr, nullptr, "Oubli"); // no date
    partnership(c, 10, "jumelage", "actif", "2024-05");
    partnership(c, 11, "jumelage", "en_projet", "2024"); // a signature to come
    partnership(c, 12, "jumelage", "termine", "2024");   // signed and ended in 2024
    partnership(c, 13, "cooperation_decentralisee", "actif", "2024");

    const auto line = [](const Report& report, const QString& label) {
        const ReportTable* table = report.table(QStringLiteral("partnerships_not_active"));
        REQUIRE(table);
        for (const QVariantList& row : table->rows) {
            if (row.value(0).toString() == label)
                return std::pair{row.value(1).toLongLong(), row.value(2).toString()};
        }
        FAIL("no line " << label.toStdString());
        return std::pair{qint64(0), QString()};
    };
    const Report report = built(c, 2024);
    CHECK(line(report, QStringLiteral("Dormant")) == std::pair{qint64(1), QStringLiteral("Comité dissous")});
    CHECK(line(report, QStringLiteral("Suspended")) == std::pair{qint64(1), QStringLiteral("Sécurité")});
    CHECK(line(report, QStringLiteral("Ended in 2024")) ==
          std::pair{qint64(2), QStringLiteral("Fin du mandat")});
    const Report next = built(c, 2025);
    CHECK(line(next, QStringLiteral("Ended in 2025")) == std::pair{qint64(1), QStringLiteral("Fusion")});
    // 1955: none of them had been signed.
    const Report old = built(c, 1955);
    CHECK(line(old, QStringLiteral("Dormant")) == std::pair{qint64(0), QString()});
    CHECK(line(old, QStringLiteral("Suspended")) == std::pair{qint64(0), QString()});

    // Signed in 2024: 10, 12 (ended since) and 13, not 11 (planned); twinnings 10 and 12.
    CHECK(figure(report, "signatures_by_year", QStringLiteral("2024"), 1).toLongLong() == 3);
    CHECK(figure(report, "signatures_by_year", QStringLiteral("2024"), 2).toLongLong() == 2);
    CHECK(figure(report, "signatures_by_year", QStringLiteral("2020"), 1).toLongLong() == 0); // 7 is planned

    // Active in 2024: 3, 4, 5 signed in the 1990s, 10, 12, 13 in the 2020s; the decades between with 0.
    const ReportTable* decades = report.table(QStringLiteral("partnerships_by_decade"));
    REQUIRE(decades);
    REQUIRE(decades->rows.size() == 4);
    CHECK(decades->rows.at(0) == QVariantList{QStringLiteral("1990s"), qint64(3)});
    CHECK(decades->rows.at(1) == QVariantList{QStringLiteral("2000s"), qint64(0)});
    CHECK(decades->rows.at(2) == QVariantList{QStringLiteral("2010s"), qint64(0)});
    CHECK(decades->rows.at(3) == QVariantList{QStringLiteral("2020s"), qint64(3)});
}

TEST_CASE(
    "Rules figures and years: not defined is not zero, a year without data says so, the current year is "
    "provisional and a year to come refused",
    "[report][rules]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    ReportBuilder builder(c);
    builder.setToday(QDate(2026, 12, 5));
    // Nothing at all: every share, median and ratio is not defined; the breakdowns say "No data".
    Result<Report> empty = builder.build(2025);
    REQUIRE(empty.ok());
    CHECK(empty.value().noData);
    CHECK_FALSE(empty.value().provisional);
    // None of the region's communes engaged: a true 0.
    CHECK(figure(empty.value(), "actors_key_figures",
                 QStringLiteral("Share of the region's communes engaged (%)"), 2)
              .toDouble() == 0.0);

    CHECK_FALSE(figure(empty.value(), "budgets", QStringLiteral("Median budget (€)"), 2).isValid());
    CHECK_FALSE(figure(empty.value(), "leverage",
                       QStringLiteral("Euros of external funding per euro of own funds"), 1)
                    .isValid());
    CHECK_FALSE(
        figure(empty.value(), "completeness", QStringLiteral("Projects: theme"), 3).isValid()); // 0 of 0
    CHECK_FALSE(empty.value().table(QStringLiteral("partnerships_by_kind"))->hasData());
    CHECK_FALSE(empty.value().table(QStringLiteral("projects_by_sdg"))->hasData()); // 17 zeros: no data
    // Populations and the region's communes beside zeros: reference figures, no data of the year.
    CHECK_FALSE(empty.value().table(QStringLiteral("actors_by_departement"))->hasData());
    CHECK_FALSE(empty.value().table(QStringLiteral("communes_by_size"))->hasData());
    CHECK(
        empty.value().table(QStringLiteral("partnerships_key_figures"))->hasData()); // its zeros are figures

    // One active project in 2026, the year not over: provisional; 2027 is refused.
    project(c, 1, "en_cours", "2026");
    Result<Report> current = builder.build(2026);
    REQUIRE(current.ok());
    CHECK(current.value().provisional);
    CHECK_FALSE(current.value().noData);
    CHECK(builder.build(2025).value().noData); // the project starts the year after
    const Result<Report> toCome = builder.build(2027);
    CHECK_FALSE(toCome.ok());
    CHECK(toCome.message().contains(QStringLiteral("2027")));
    CHECK(ReportBuilder::lastYear(QDate(2026, 12, 5)) == 2026);
}

TEST_CASE("Rule apd_declared: engaged local authorities of the region that declared their APD for the year",
          "[report][rules]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    const auto actor = [&](int id, const char* type, const char* departement) {
        run(c, QStringLiteral("INSERT INTO actor (id, uuid, name, name_normalized, actor_type_code, "
                              "departement_code, created_at, updated_at) VALUES (%1, 'a%1', 'Acteur %1', "
                              "'acteur %1', '%2', %3, '2024-01-01', '2024-01-01')")
                   .arg(id)
                   .arg(QString::fromLatin1(type), text(departement)));
    };
    const auto declaration = [&](int actorId, int year, bool declared) {
        run(c,
            QStringLiteral("INSERT INTO actor_apd_declaration (actor_id, year, declared) VALUES (%1, %2, %3)")
                .arg(actorId)
                .arg(year)
                .arg(declared ? 1 : 0));
    };
    const auto share = [&](const Report& report, int column) {
        return figure(report, "local_authorities_apd", QStringLiteral("Share that declared (%)"), column);
    };

    // No actor at all: no base, the share is not defined (not 0%).
    project(c, 1, "en_cours", "2020");
    const Report empty = built(c, 2024);
    CHECK(figure(empty, "local_authorities_apd", QStringLiteral("Local authorities of the region engaged"), 2)
              .toLongLong() == 0);
    CHECK_FALSE(share(empty, 2).isValid());
    CHECK_FALSE(empty.table(QStringLiteral("local_authorities_apd"))->hasData());

    // 1 a commune that declared for 2024: counted on both rows.
    // 2 an EPCI that declared for 2023 only: in the base of 2024, not among those that declared.
    // 3 a département marked as not having declared for 2024: in the base, not declared.
    // 4 a commune that declared for 2024 but is engaged in no active record: not counted at all.
    // 5 an association with a declaration row (written directly): not a local authority.
    // 6 a commune of another region that declared: counted apart, not here.
    actor(1, "commune", "69M");
    actor(2, "epci", "38");
    actor(3, "departement", "01");
    actor(4, "commune", "42");
    actor(5, "asso_si", "69M");
    actor(6, "commune", "39");
    declaration(1, 2024, true);
    declaration(2, 2023, true);
    declaration(3, 2024, false);
    declaration(4, 2024, true);
    declaration(5, 2024, true);
    declaration(6, 2024, true);
    run(c, QStringLiteral(
               "INSERT INTO project_actor (project_id, actor_id, role_code) VALUES (1, 1, 'porteur'), "
               "(1, 2, 'partenaire'), (1, 3, 'partenaire'), (1, 5, 'partenaire'), "
               "(1, 6, 'partenaire')"));
    const Report report = built(c, 2024);
    const auto row = [&](const char* label, int column) {
        return figure(report, "local_authorities_apd", QString::fromUtf8(label), column).toLongLong();
    };
    CHECK(row("Local authorities of the region engaged", 2) == 3);  // 1, 2, 3
    CHECK(row("of which declared their ODA for the year", 2) == 1); // 1
    CHECK(share(report, 2).toDouble() == 33.3);
    // 2023: the same three engaged; only 2 declared for 2023.
    CHECK(row("Local authorities of the region engaged", 1) == 3);
    CHECK(row("of which declared their ODA for the year", 1) == 1);
    const ReportTable* table = report.table(QStringLiteral("local_authorities_apd"));
    REQUIRE(table);
    CHECK(table->base.startsWith(QStringLiteral("3 local authorities")));
    CHECK(table->rules.contains(QStringLiteral("apd_declared")));

    // Engaged authorities, none declared: a true 0%.
    run(c, QStringLiteral("DELETE FROM actor_apd_declaration WHERE declared = 1"));
    CHECK(share(built(c, 2024), 2).toDouble() == 0.0);
    CHECK(share(built(c, 2024), 2).isValid());
}

TEST_CASE("Rule figures: shares that do not add up to 100 because of their rounding are said so",
          "[report][rules]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    project(c, 1, "en_cours", "2020");
    // Three programmes of 1,000 € each: three shares of 33.3%, 99.9% in all.
    int id = 0;
    for (const char* programme : {"afd_ficol", "region_aura", "fondation"}) {
        ++id;
        run(c,
            QStringLiteral("INSERT INTO funding (id, uuid, project_id, programme_code, year, amount_cents, "
                           "status_code, created_at, updated_at) VALUES (%1, 'g%1', 1, '%2', 2024, 100000, "
                           "'verse', '2024-01-01', '2024-01-01')")
                .arg(id)
                .arg(QString::fromLatin1(programme)));
    }
    const Report report = built(c, 2024);
    const ReportTable* programmes = report.table(QStringLiteral("cofunding_by_programme"));
    REQUIRE(programmes);
    CHECK(programmes->rows.value(0).value(3).toDouble() == 33.3);
    CHECK(programmes->base.endsWith(QStringLiteral("they add up to 99.9%.")));
    // Shares that add up: nothing said.
    CHECK_FALSE(report.table(QStringLiteral("partnerships_europe"))->base.contains(QStringLiteral("add up")));
}

TEST_CASE("The methodology is written for the report's readers: no command-line syntax, in English and in "
          "French",
          "[report][rules]")
{
    // Advisers and elected members read it: an option such as « --year » says nothing to them.
    static const QRegularExpression commandLine(QStringLiteral("(^|\\s)--[a-z]"));
    const auto check = [](const char* language) {
        for (const ReportRules::Statement& rule :
             ReportRules::methodology({2025, QStringLiteral("Auvergne")})) {
            INFO(language << ": " << rule.id.toStdString() << ": " << rule.text.toStdString());
            CHECK_FALSE(rule.text.contains(commandLine));
        }
    };
    check("English");
    InFrench french;
    check("French");
}

TEST_CASE("docs/report.md states every counting rule as the methodology does", "[report][rules][docs]")
{
    QFile file(QStringLiteral(OBSERVATOIRE_SOURCE_DIR "/docs/report.md"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString doc = QString::fromUtf8(file.readAll());
    const qsizetype begin = doc.indexOf(QStringLiteral("<!-- rules -->"));
    const qsizetype end = doc.indexOf(QStringLiteral("<!-- /rules -->"));
    REQUIRE(begin >= 0);
    REQUIRE(end > begin);
    const QString section = doc.mid(begin + 14, end - begin - 14);
    // The rules as the English report states them, the year written N.
    QString expected;
    for (const ReportRules::Statement& rule : ReportRules::methodology({0, QString(), QStringLiteral("N")}))
        expected += QStringLiteral("### %1 (`%2`)\n\n%3\n\n").arg(rule.title, rule.id, rule.text);
    INFO("The rules section of docs/report.md should read:\n" << expected.toStdString());
    // Compared word by word: the document wraps its lines.
    CHECK(section.simplified() == expected.simplified());
}

#include "support/ObservatoireProgram.h"
#include "support/QtPrinting.h"
#include "support/TemporaryFile.h"
#include "support/TestDatabase.h"

#include "database/Migrator.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

using Run = ProgramRun;

TEST_CASE("--version and --help need no database and no display", "[cli]")
{
    const Run version = observatoire({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("observatoire ")));

    const Run help = observatoire({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("Usage: observatoire [--db LOCATION]")));
    CHECK(help.out.contains(QStringLiteral("init")));
    CHECK(help.out.contains(QStringLiteral("check")));
}

TEST_CASE("Usage errors exit with code 2", "[cli][sqlite]")
{
    const Run unknown = observatoire({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("unknown command \"frobnicate\"")));

    CHECK(observatoire({QStringLiteral("--colour")}).exitCode == 2);
    CHECK(observatoire({QStringLiteral("--db")}).exitCode == 2);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.sqlite"));
    CHECK(observatoire({QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("extra")})
              .exitCode == 2);
    CHECK(observatoire({QStringLiteral("--db"), path, QStringLiteral("backup")}).exitCode == 2);
}

TEST_CASE("init creates the database and prints its schema version; check then passes", "[cli]")
{
    QTemporaryDir dir;
    const ProgramDatabase database(dir, QStringLiteral("x.sqlite"));
    const QString path = database.location();
    const Run init = observatoire({QStringLiteral("--db"), path, QStringLiteral("init")});
    CHECK(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("schema version %1").arg(Migrator::latestVersion())));
    CHECK((TestEngine::isPostgres() || QFile::exists(path)));

    const Run again = observatoire({QStringLiteral("--db"), path, QStringLiteral("init")});
    CHECK(again.exitCode == 0);

    const Run check = observatoire({QStringLiteral("--db"), path, QStringLiteral("check")});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("check: 0 problems")));
}

TEST_CASE("OBSERVATOIRE_DB names the default database", "[cli][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("from-env.sqlite"));
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("OBSERVATOIRE_DB"), path);
    CHECK(observatoire({QStringLiteral("init")}, QStringLiteral("en"), environment).exitCode == 0);
    CHECK(QFile::exists(path));
}

TEST_CASE("check reports data problems with exit code 1", "[cli][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.sqlite"));
    REQUIRE(observatoire({QStringLiteral("--db"), path, QStringLiteral("init")}).exitCode == 0);
    runSql(path, {QStringLiteral(
                     "INSERT INTO project (uuid, title, status_code, created_at, updated_at) "
                     "VALUES ('0b6c1c52-0000-4000-8000-000000000001', 'Orphelin', 'en_cours', 'x', 'x')")});
    const Run check = observatoire({QStringLiteral("--db"), path, QStringLiteral("check")});
    CHECK(check.exitCode == 1);
    CHECK(check.out.contains(
        QStringLiteral("project 0b6c1c52-0000-4000-8000-000000000001: the project has no lead actor")));
    CHECK(check.out.contains(QStringLiteral("check: 1 problem ")));
}

TEST_CASE("Databases that cannot be used exit with code 3 and are left unchanged", "[cli][refusal][sqlite]")
{
    QTemporaryDir dir;

    SECTION("missing")
    {
        const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
        const Run check = observatoire({QStringLiteral("--db"), path, QStringLiteral("check")});
        CHECK(check.exitCode == 3);
        CHECK(check.err.contains(QStringLiteral("no database here")));
        CHECK_FALSE(QFile::exists(path));
    }
    SECTION("newer schema")
    {
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        REQUIRE(observatoire({QStringLiteral("--db"), path, QStringLiteral("init")}).exitCode == 0);
        runSql(path, {QStringLiteral("PRAGMA user_version = 99")});
        const QByteArray before = fileBytes(path);
        const Run check = observatoire({QStringLiteral("--db"), path, QStringLiteral("check")});
        CHECK(check.exitCode == 3);
        CHECK(check.err.contains(QStringLiteral("newer version of Observatoire (schema version 99")));
        CHECK(fileBytes(path) == before);
        CHECK(observatoire({QStringLiteral("--db"), path, QStringLiteral("init")}).exitCode == 3);
        CHECK(fileBytes(path) == before);
        CHECK(observatoire({QStringLiteral("--db"), path, QStringLiteral("report"), QStringLiteral("--year"),
                            QStringLiteral("2024"), QStringLiteral("-o"),
                            dir.filePath(QStringLiteral("r.pdf"))})
                  .exitCode == 3);
        CHECK(fileBytes(path) == before);
    }
    SECTION("not a database")
    {
        const QString path = dir.filePath(QStringLiteral("partenariats.csv"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Nature;Acteur;Partenaire;Pays\r\nJumelage;Lyon;Leipzig;Allemagne\r\n");
        file.close();
        const QByteArray before = fileBytes(path);
        const Run init = observatoire({QStringLiteral("--db"), path, QStringLiteral("init")});
        CHECK(init.exitCode == 3);
        CHECK(init.err.contains(QStringLiteral("not an SQLite database")));
        CHECK(fileBytes(path) == before);
    }
    SECTION("locked by another program")
    {
        const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
        REQUIRE(observatoire({QStringLiteral("--db"), path, QStringLiteral("init")}).exitCode == 0);
        {
            ExclusiveLock lock(path);
            const Run check = observatoire({QStringLiteral("--db"), path, QStringLiteral("check")});
            CHECK(check.exitCode == 3);
            CHECK(check.err.contains(QStringLiteral("locked by another program")));
            // The report reads the same way: refused, and no file written.
            const QString output = dir.filePath(QStringLiteral("rapport.html"));
            const Run report = observatoire({QStringLiteral("--db"), path, QStringLiteral("report"),
                                             QStringLiteral("--year"), QStringLiteral("2024"),
                                             QStringLiteral("-o"), output});
            CHECK(report.exitCode == 3);
            CHECK(report.err.contains(QStringLiteral("locked by another program")));
            CHECK_FALSE(QFile::exists(output));
        }
        CHECK(observatoire({QStringLiteral("--db"), path, QStringLiteral("check")}).exitCode == 0);
    }
}

TEST_CASE("Messages follow the interface language", "[cli][i18n][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absente.sqlite"));
    const Run french =
        observatoire({QStringLiteral("--db"), path, QStringLiteral("check")}, QStringLiteral("fr"));
    CHECK(french.exitCode == 3);
    CHECK(french.err.contains(QStringLiteral("aucune base de données")));

    const Run help = observatoire({QStringLiteral("--help")}, QStringLiteral("fr"));
    CHECK(help.out.contains(QStringLiteral("Commandes")));
}

TEST_CASE("backup writes a consistent copy that opens on its own", "[cli][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("main.sqlite"));
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(observatoire({QStringLiteral("--db"), path, QStringLiteral("init")}).exitCode == 0);
    runSql(path, {QStringLiteral("UPDATE ref_theme SET label_fr = 'Eau' WHERE code = 'eau_assainissement'")});

    const Run backup =
        observatoire({QStringLiteral("--db"), path, QStringLiteral("backup"), QStringLiteral("-o"), copy});
    CHECK(backup.exitCode == 0);
    REQUIRE(QFile::exists(copy));
    CHECK_FALSE(QFile::exists(copy + QStringLiteral(".partial")));
    CHECK(observatoire({QStringLiteral("--db"), copy, QStringLiteral("check")}).exitCode == 0);

    Database database;
    REQUIRE(database.open(DatabaseLocation::sqliteFile(copy), Database::OpenMode::MustExist).ok());
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT label_fr FROM ref_theme WHERE code = 'eau_assainissement'")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("Eau"));

    const Run overSelf =
        observatoire({QStringLiteral("--db"), path, QStringLiteral("backup"), QStringLiteral("-o"), path});
    CHECK(overSelf.exitCode == 2);
}

TEST_CASE("demo fills a database that then passes the check", "[cli][demo]")
{
    QTemporaryDir dir;
    const ProgramDatabase database(dir, QStringLiteral("demo.sqlite"));
    const QString path = database.location();
    const Run demo = observatoire({QStringLiteral("--db"), path, QStringLiteral("demo"),
                                   QStringLiteral("--rows"), QStringLiteral("50")});
    CHECK(demo.exitCode == 0);
    CHECK(demo.out.contains(QStringLiteral("50 partnerships, 50 projects")));
    CHECK(observatoire({QStringLiteral("--db"), path, QStringLiteral("check")}).exitCode == 0);
    CHECK(observatoire({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--rows"),
                        QStringLiteral("zero")})
              .exitCode == 2);
}

TEST_CASE("inspect shows how a file is read", "[cli][inspect]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enquete.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("sep=;\r\nNom;Pays\r\nSaint-\xC9tienne;S\xE9n\xE9gal\r\n\"Kaya\nBF\";x;y\r\n");
    file.close();

    const Run summary = observatoire({QStringLiteral("inspect"), path});
    CHECK(summary.exitCode == 0);
    CHECK(summary.out.contains(QStringLiteral("encoding: windows-1252")));
    CHECK(summary.out.contains(
        QStringLiteral("delimiter: \";\", from the \"sep=\" line (--delimiter semicolon)")));
    CHECK(summary.out.contains(QStringLiteral("header: Nom | Pays")));
    CHECK(summary.out.contains(QStringLiteral("records: 2")));
    CHECK(summary.err.contains(QStringLiteral("enquete.csv:4: 3 fields instead of 2")));

    const Run json = observatoire({QStringLiteral("inspect"), path, QStringLiteral("--json")});
    CHECK(json.exitCode == 0);
    const QStringList lines = json.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0) == QStringLiteral("[\"Nom\",\"Pays\"]"));
    CHECK(lines.at(1) == QStringLiteral("[\"Saint-Étienne\",\"Sénégal\"]"));
    CHECK(lines.at(2) == QStringLiteral("[\"Kaya\\nBF\",\"x\",\"y\"]"));

    const Run forced =
        observatoire({QStringLiteral("inspect"), path, QStringLiteral("--encoding"), QStringLiteral("utf-8"),
                      QStringLiteral("--delimiter"), QStringLiteral("comma")});
    CHECK(forced.exitCode == 0);
    CHECK(forced.out.contains(QStringLiteral("delimiter: \",\", forced (--delimiter comma)")));
    CHECK(forced.out.contains(QStringLiteral("encoding: utf-8")));
}

TEST_CASE("inspect names the line of an unterminated quote; bad usage exits 2", "[cli][inspect]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("casse.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("a;b\n1;2\n3;\"never closed\n4;5\n");
    file.close();
    const Run broken = observatoire({QStringLiteral("inspect"), path});
    CHECK(broken.exitCode == 1);
    CHECK(broken.err.contains(
        QStringLiteral("casse.csv:3: a quoted field opened on this line is never closed")));

    CHECK(observatoire({QStringLiteral("inspect")}).exitCode == 2);
    CHECK(observatoire({QStringLiteral("inspect"), dir.filePath(QStringLiteral("absent.csv"))}).exitCode ==
          2);
    CHECK(observatoire(
              {QStringLiteral("inspect"), path, QStringLiteral("--encoding"), QStringLiteral("ebcdic")})
              .exitCode == 2);
}

TEST_CASE("export writes a file, or the standard output, and refuses bad usage", "[cli][export]")
{
    QTemporaryDir dir;
    const ProgramDatabase database(dir, QStringLiteral("demo.sqlite"));
    const QString path = database.location();
    REQUIRE(observatoire({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--rows"),
                          QStringLiteral("30")})
                .exitCode == 0);
    const QString out = dir.filePath(QStringLiteral("partenariats.csv"));
    const Run exported = observatoire({QStringLiteral("--db"), path, QStringLiteral("export"),
                                       QStringLiteral("partnerships"), QStringLiteral("-o"), out});
    CHECK(exported.exitCode == 0);
    CHECK(exported.out.contains(QStringLiteral("30 records")));
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBFIdentifiant;Nature;Statut;Acteur"));
    CHECK(bytes.count("\r\n") >= 31);

    const Run piped = observatoire({QStringLiteral("--db"), path, QStringLiteral("export"),
                                    QStringLiteral("fundings"), QStringLiteral("--format"),
                                    QStringLiteral("csv"), QStringLiteral("-o"), QStringLiteral("-")});
    CHECK(piped.exitCode == 0);
    CHECK(piped.out.startsWith(QStringLiteral("Identifiant,Projet,Titre du projet,Financeur")));

    const QString workbook = dir.filePath(QStringLiteral("projets.xlsx"));
    const Run xlsx =
        observatoire({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("projects"),
                      QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("-o"), workbook});
    CHECK(xlsx.exitCode == 0);
    QFile workbookFile(workbook);
    REQUIRE(workbookFile.open(QIODevice::ReadOnly));
    CHECK(workbookFile.read(2) == "PK");

    for (const QStringList& bad :
         {QStringList{QStringLiteral("export")},
          QStringList{QStringLiteral("export"), QStringLiteral("contacts"), QStringLiteral("-o"), out},
          QStringList{QStringLiteral("export"), QStringLiteral("actors")},
          QStringList{QStringLiteral("export"), QStringLiteral("actors"), QStringLiteral("--year"),
                      QStringLiteral("soon"), QStringLiteral("-o"), out}}) {
        INFO(bad.join(QLatin1Char(' ')).toStdString());
        CHECK(observatoire(QStringList{QStringLiteral("--db"), path} + bad).exitCode == 2);
    }
}

TEST_CASE("import writes every row or none, and lists the errors", "[cli][import]")
{
    QTemporaryDir dir;
    const ProgramDatabase database(dir, QStringLiteral("import.sqlite"));
    const QString path = database.location();
    REQUIRE(observatoire({QStringLiteral("--db"), path, QStringLiteral("init")}).exitCode == 0);
    const auto writeFile = [&](const QString& name, const QByteArray& bytes) {
        return writeTestFile(dir, name, bytes);
    };
    const QString good = writeFile(QStringLiteral("good.csv"), "Nature;Acteur;Pays;Partenaire\n"
                                                               "Jumelage;Lyon;Italie;Turin\n"
                                                               "Jumelage;Grenoble;Allemagne;Essen\n");
    const QString bad = writeFile(QStringLiteral("bad.csv"), "Nature;Acteur;Pays;Partenaire\n"
                                                             "Jumelage;Lyon;Italie;Turin\n"
                                                             "Jumelage;Grenoble;Atlantide;Essen\n");
    const QStringList db{QStringLiteral("--db"), path};

    const Run dry = observatoire(db + QStringList{QStringLiteral("import"), QStringLiteral("partnerships"),
                                                  good, QStringLiteral("--dry-run")});
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("2 created")));
    CHECK(dry.out.contains(QStringLiteral("nothing written")));

    const QString errorsFile = dir.filePath(QStringLiteral("errors.csv"));
    const QByteArray before = TestEngine::isPostgres() ? QByteArray() : fileBytes(path);
    const Run refused =
        observatoire(db + QStringList{QStringLiteral("import"), QStringLiteral("partnerships"), bad,
                                      QStringLiteral("--errors"), errorsFile});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("bad.csv:3: Pays:")));
    CHECK(refused.out.contains(QStringLiteral("nothing written, 1 error")));
    CHECK((TestEngine::isPostgres() || fileBytes(path) == before));
    CHECK(observatoire(db + QStringList{QStringLiteral("export"), QStringLiteral("partnerships"),
                                        QStringLiteral("-o"), QStringLiteral("-")})
              .out.count(QLatin1Char('\n')) == 1);
    QFile errors(errorsFile);
    REQUIRE(errors.open(QIODevice::ReadOnly));
    const QByteArray errorRows = errors.readAll();
    CHECK(errorRows.contains("File;Line;Column;Message"));
    CHECK(errorRows.contains(";3;Pays;"));

    const Run imported =
        observatoire(db + QStringList{QStringLiteral("import"), QStringLiteral("partnerships"), good});
    CHECK(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("imported partnerships: 2 created, 0 updated, 0 unchanged")));
    const Run again =
        observatoire(db + QStringList{QStringLiteral("import"), QStringLiteral("partnerships"), good});
    CHECK(again.out.contains(QStringLiteral("0 created, 0 updated, 2 unchanged")));
    CHECK(observatoire(db + QStringList{QStringLiteral("check")}).exitCode == 0);

    // Partners import the same way; the ones the partnerships created are found, not doubled.
    const QString partners = writeFile(QStringLiteral("partners.csv"), "Nom;Pays;Région du partenaire\n"
                                                                       "Turin;Italie;Piémont\n"
                                                                       "Kaya;Burkina Faso;Centre-Nord\n");
    const Run partnersImported =
        observatoire(db + QStringList{QStringLiteral("import"), QStringLiteral("partners"), partners});
    CHECK(partnersImported.exitCode == 0);
    CHECK(partnersImported.out.contains(
        QStringLiteral("imported partners: 1 created, 1 updated, 0 unchanged")));

    // Projects and their funding lines too: the partnership's actor leads, the partner is found.
    const QString projects =
        writeFile(QStringLiteral("projects.csv"), "Titre;Acteur;Partenaire;Pays\n"
                                                  "Puits à Kaya;Lyon;Kaya;Burkina Faso\n");
    const Run projectsImported =
        observatoire(db + QStringList{QStringLiteral("import"), QStringLiteral("projects"), projects});
    CHECK(projectsImported.exitCode == 0);
    CHECK(projectsImported.out.contains(
        QStringLiteral("imported projects: 1 created, 0 updated, 0 unchanged")));
    const QString fundings = writeFile(QStringLiteral("fundings.csv"), "Titre du projet;Programme;Montant\n"
                                                                       "Puits à Kaya;Région;\"10 000 €\"\n"
                                                                       "Puits à Kaya;Loto;500\n");
    const Run fundingsRefused =
        observatoire(db + QStringList{QStringLiteral("import"), QStringLiteral("fundings"), fundings});
    CHECK(fundingsRefused.exitCode == 1);
    CHECK(fundingsRefused.err.contains(QStringLiteral("fundings.csv:3: Programme:")));

    for (const QStringList& usage :
         {QStringList{QStringLiteral("import"), QStringLiteral("partnerships")},
          QStringList{QStringLiteral("import"), QStringLiteral("contacts"), good},
          QStringList{QStringLiteral("import"), QStringLiteral("partnerships"), good,
                      QStringLiteral("--encoding"), QStringLiteral("ebcdic")},
          QStringList{QStringLiteral("import"), QStringLiteral("partnerships"), good,
                      QStringLiteral("--mapping"), dir.filePath(QStringLiteral("missing.json"))}}) {
        INFO(usage.join(QLatin1Char(' ')).toStdString());
        CHECK(observatoire(db + usage).exitCode == 2);
    }
}

TEST_CASE("report writes the year's report as PDF, HTML, workbook or CSV tables, without a display",
          "[cli][report]")
{
    QTemporaryDir dir;
    const ProgramDatabase database(dir, QStringLiteral("demo.sqlite"));
    const QString path = database.location();
    REQUIRE(observatoire({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--rows"),
                          QStringLiteral("200")})
                .exitCode == 0);
    for (const QString& name : {QStringLiteral("rapport.pdf"), QStringLiteral("rapport.html"),
                                QStringLiteral("rapport.xlsx"), QStringLiteral("tableaux/")}) {
        const QString output = dir.filePath(name);
        const Run report =
            observatoire({QStringLiteral("--db"), path, QStringLiteral("report"), QStringLiteral("--year"),
                          QStringLiteral("2024"), QStringLiteral("-o"), output});
        INFO(name.toStdString() << ": " << report.err.toStdString());
        CHECK(report.exitCode == 0);
        CHECK(report.err.isEmpty());
        CHECK(report.out.contains(QStringLiteral("report 2024 written")));
        CHECK(QFileInfo::exists(output));
    }
    QFile pdf(dir.filePath(QStringLiteral("rapport.pdf")));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");
    CHECK(QDir(dir.filePath(QStringLiteral("tableaux"))).entryList({QStringLiteral("*.csv")}).size() ==
          35); // 33 tables, the methodology, the index

    const QStringList db{QStringLiteral("--db"), path, QStringLiteral("report")};
    CHECK(observatoire(db + QStringList{QStringLiteral("--year"), QStringLiteral("1800"),
                                        QStringLiteral("-o"), dir.filePath(QStringLiteral("r.pdf"))})
              .exitCode == 2);
    // A year to come has no report: a usage error, nothing written.
    const QString next = QString::number(QDate::currentDate().year() + 1);
    CHECK(observatoire(db + QStringList{QStringLiteral("--year"), next, QStringLiteral("-o"),
                                        dir.filePath(QStringLiteral("next.pdf"))})
              .exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("next.pdf"))));
    const Run odd =
        observatoire(db + QStringList{QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("-o"),
                                      dir.filePath(QStringLiteral("r.docx"))});
    CHECK(odd.exitCode == 2);
    CHECK(odd.err.contains(QStringLiteral(".pdf")));
    CHECK(observatoire(db + QStringList{QStringLiteral("-o"), dir.filePath(QStringLiteral("r.pdf"))})
              .exitCode == 2);
    CHECK(observatoire({QStringLiteral("--db"), dir.filePath(QStringLiteral("missing.sqlite")),
                        QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2024"),
                        QStringLiteral("-o"), dir.filePath(QStringLiteral("r.html"))})
              .exitCode == 3);
}

TEST_CASE("import settles values once: a mapping file's values and --set", "[cli][import][places]")
{
    QTemporaryDir dir;
    const ProgramDatabase database(dir, QStringLiteral("twinnings.sqlite"));
    const QString path = database.location();
    REQUIRE(observatoire({QStringLiteral("--db"), path, QStringLiteral("init")}).exitCode == 0);
    const QString list = QStringLiteral(OBSERVATOIRE_TEST_DATA "/import/jumelages-region.csv");
    const QString mapping = writeTestFile(dir, QStringLiteral("map.json"), R"({
        "Commune": "actor",
        "values": {"Pays": {"Guadeloupe, France": null, "Wales, United Kingdom": "GB"}}
    })");
    const QStringList import{QStringLiteral("--db"), path, QStringLiteral("import"),
                             QStringLiteral("partnerships"), list};

    // Without the decisions: the nature is missing, and the partners in France are refused.
    const Run refused = observatoire(import + QStringList{QStringLiteral("--mapping"), mapping});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("Nature: this column is required and missing")));
    const QString columns = writeTestFile(dir, QStringLiteral("columns.json"), R"({"Commune": "actor"})");
    const Run overseas =
        observatoire(import + QStringList{QStringLiteral("--mapping"), columns, QStringLiteral("--set"),
                                          QStringLiteral("Nature=Jumelage")});
    CHECK(overseas.exitCode == 1);
    CHECK(overseas.err.contains(
        QStringLiteral("Pays: partner located in France (overseas): not a foreign partner")));
    CHECK(overseas.out.contains(QStringLiteral("nothing written, 2 errors")));

    // The three decisions: 240 twinnings, 60 communes matched by their names.
    const Run imported =
        observatoire(import + QStringList{QStringLiteral("--mapping"), mapping, QStringLiteral("--set"),
                                          QStringLiteral("Nature=Jumelage")});
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    CHECK(imported.out.contains(
        QStringLiteral("imported partnerships: 240 created, 0 updated, 0 unchanged, 0 errors")));
    CHECK(imported.out.contains(QStringLiteral("2 rows left out")));
    CHECK(imported.out.contains(
        QStringLiteral("60 actors named without a code matched to the official geography")));
    // Each row without a signature date is named: the report could not count it.
    CHECK(imported.err.contains(QStringLiteral("no signature date")));
    CHECK(imported.err.contains(QStringLiteral("more warnings")));

    CHECK(
        observatoire({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("partnerships"),
                      list, QStringLiteral("--set"), QStringLiteral("Nothing")})
            .exitCode == 2);
}

// What the command line promises about the files it writes (docs/reliability.md): never over the
// database, its -wal, -shm or -journal, or a link to them; and never a cut or empty file in the
// place of an earlier one when a write fails — the failure is named, with its cause, exit code 3.
// Writes are made to fail for real: the program runs with a limit on the size of the files it
// may write (RLIMIT_FSIZE), so that a write beyond it fails with EFBIG as one on a full disk
// fails with ENOSPC, through the same code.
#include "support/ObservatoireProgram.h"
#include "support/QtPrinting.h"
#include "support/TemporaryFile.h"
#include "support/TestDatabase.h"

#include "csv/CsvReader.h"
#include "database/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

namespace {

QStringList on(const QString& database, const QStringList& arguments)
{
    return QStringList{QStringLiteral("--db"), database} + arguments;
}

// Every name in a folder, hidden ones too: what a failed write must not add.
QStringList entries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

QString demoDatabase(const QTemporaryDir& dir, int rows)
{
    const QString path = dir.filePath(QStringLiteral("base.sqlite"));
    const ProgramRun demo =
        observatoire(on(path, {QStringLiteral("demo"), QStringLiteral("--rows"), QString::number(rows)}));
    REQUIRE(demo.exitCode == 0);
    return path;
}

// A partnership file whose every row has a problem: its list of errors is long.
QString fileWithErrors(const QTemporaryDir& dir, int rows)
{
    QByteArray bytes = "Nature;Acteur;Pays;Partenaire\n";
    for (int i = 0; i < rows; ++i)
        bytes += "Jumelage;Lyon;Atlantide;Ville " + QByteArray::number(i) + "\n";
    return writeTestFile(dir, QStringLiteral("erreurs-source.csv"), bytes);
}

// Whether a file holds exactly these bytes; a bool, so that a failure does not print megabytes.
bool sameBytes(const QString& path, const QByteArray& bytes)
{
    return fileBytes(path) == bytes;
}

int scalar(const QString& database, const QString& sql)
{
    Database opened;
    const std::optional<DatabaseLocation> location = DatabaseLocation::parse(database);
    REQUIRE(location);
    REQUIRE(opened.open(*location, Database::OpenMode::MustExist).ok());
    QSqlQuery query(opened.connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

// The file names in the first column of a report folder's 00-index.csv (a header, then one row
// per file; no name holds a separator or a quote).
QStringList filesListedIn(const QString& index)
{
    QFile file(index);
    REQUIRE(file.open(QIODevice::ReadOnly));
    // Read as a spreadsheet would: the English report's index is in the csv dialect, the French
    // one's in the excel dialect.
    CsvReader reader(&file);
    REQUIRE(reader.start());
    QStringList names;
    CsvRecord record;
    for (bool header = true; reader.next(record); header = false) {
        if (!header)
            names << record.fields.value(0);
    }
    return names;
}

QStringList sorted(QStringList names)
{
    names.sort();
    return names;
}

} // namespace

TEST_CASE("No command writes over the database, its companions or a link to it", "[cli][refusal[sqlite]")
{
    QTemporaryDir dir;
    const QString path = demoDatabase(dir, 20);
    const QString bad = fileWithErrors(dir, 3);
    // Other names of the same file: a symbolic link, a hard link, and links whose names the
    // report would write.
    const QString symbolic = dir.filePath(QStringLiteral("lien.csv"));
    REQUIRE(QFile::link(path, symbolic));
    const QString hard = dir.filePath(QStringLiteral("autre-nom.csv"));
    REQUIRE(::link(QFile::encodeName(path).constData(), QFile::encodeName(hard).constData()) == 0);
    for (const char* name : {"rapport.pdf", "rapport.html", "rapport.xlsx"})
        REQUIRE(QFile::link(path, dir.filePath(QString::fromLatin1(name))));
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("tableaux")));
    REQUIRE(QFile::link(path, dir.filePath(QStringLiteral("tableaux/methodologie.csv"))));
    const QByteArray before = fileBytes(path);
    const QStringList names = entries(dir.path());

    QList<QStringList> commands;
    for (const QString& output : QStringList{path, path + QLatin1String("-wal"), path + QLatin1String("-shm"),
                                             path + QLatin1String("-journal"), symbolic, hard}) {
        commands << QStringList{QStringLiteral("export"), QStringLiteral("partnerships"),
                                QStringLiteral("-o"), output}
                 << QStringList{QStringLiteral("export"),   QStringLiteral("actors"),
                                QStringLiteral("--format"), QStringLiteral("xlsx"),
                                QStringLiteral("-o"),       output}
                 << QStringList{QStringLiteral("import"), QStringLiteral("partnerships"), bad,
                                QStringLiteral("--errors"), output}
                 << QStringList{QStringLiteral("backup"), QStringLiteral("-o"), output};
    }
    for (const char* report : {"rapport.pdf", "rapport.html", "rapport.xlsx", "tableaux/"})
        commands << QStringList{QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2024"),
                                QStringLiteral("-o"), dir.filePath(QString::fromLatin1(report))};
    for (const QStringList& command : std::as_const(commands)) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const ProgramRun run = observatoire(on(path, command));
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("is the observatory's database")));
        CHECK(run.out.isEmpty());
        CHECK(sameBytes(path, before));
        CHECK(entries(dir.path()) == names);
    }
    CHECK(observatoire(on(path, {QStringLiteral("check")})).exitCode == 0);
}

TEST_CASE("A write that fails keeps the earlier file, names the file and the cause, exit code 3",
          "[cli][faults][sqlite]")
{
    QTemporaryDir dir;
    const QString path = demoDatabase(dir, 40);
    // Held open here, so that the program finds the -shm made and writes nothing of the database
    // under its limit: only the file it is asked for meets it.
    Database held;
    REQUIRE(held.open(DatabaseLocation::sqliteFile(path), Database::OpenMode::MustExist).ok());
    const QString bad = fileWithErrors(dir, 60);
    const QByteArray earlier = "Identifiant;Nom\r\nthe earlier file, kept whole\r\n";

    struct Case
    {
        QStringList arguments;
        QString output;
        rlim_t limit;
    };
    const auto out = [&](const char* name) { return dir.filePath(QString::fromLatin1(name)); };
    const QString year = QStringLiteral("2024");
    const QList<Case> cases = {
        {{QStringLiteral("export"), QStringLiteral("partnerships"), QStringLiteral("-o"), out("e.csv")},
         out("e.csv"),
         4096},
        // Under the buffer's size: the whole file fails at the end, where QSaveFile lost the error.
        {{QStringLiteral("export"), QStringLiteral("partners"), QStringLiteral("--format"),
          QStringLiteral("csv"), QStringLiteral("-o"), out("p.csv")},
         out("p.csv"),
         200},
        {{QStringLiteral("export"), QStringLiteral("projects"), QStringLiteral("--format"),
          QStringLiteral("xlsx"), QStringLiteral("-o"), out("p.xlsx")},
         out("p.xlsx"),
         4096},
        {{QStringLiteral("report"), QStringLiteral("--year"), year, QStringLiteral("-o"), out("r.pdf")},
         out("r.pdf"),
         16384},
        {{QStringLiteral("report"), QStringLiteral("--year"), year, QStringLiteral("-o"), out("r.html")},
         out("r.html"),
         4096},
        {{QStringLiteral("report"), QStringLiteral("--year"), year, QStringLiteral("-o"), out("r.xlsx")},
         out("r.xlsx"),
         4096},
        {{QStringLiteral("import"), QStringLiteral("partnerships"), bad, QStringLiteral("--errors"),
          out("errors.csv")},
         out("errors.csv"),
         1024},
        {{QStringLiteral("backup"), QStringLiteral("-o"), out("copie.sqlite")}, out("copie.sqlite"), 16384},
    };
    for (const Case& test : cases) {
        INFO(test.arguments.join(QLatin1Char(' ')).toStdString());
        REQUIRE(!writeTestFile(dir, QFileInfo(test.output).fileName(), earlier).isEmpty());
        const QStringList names = entries(dir.path());
        const ProgramRun run = withFileSizeLimit(on(path, test.arguments), test.limit);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 3);
        CHECK(run.err.contains(QFileInfo(test.output).fileName()));
        if (!test.arguments.contains(QStringLiteral("backup")))
            CHECK(run.err.contains(QStringLiteral("File too large")));
        CHECK_FALSE(run.out.contains(QStringLiteral(" written to ")));
        CHECK_FALSE(run.out.contains(QStringLiteral("backup:")));
        CHECK(sameBytes(test.output, earlier));
        CHECK(entries(dir.path()) == names);

        // Without the limit, the same command replaces the file.
        const ProgramRun again = observatoire(on(path, test.arguments));
        CHECK(again.exitCode == (test.arguments.first() == QLatin1String("import") ? 1 : 0));
        CHECK_FALSE(sameBytes(test.output, earlier));
    }
}

TEST_CASE("A report folder is replaced whole or not at all", "[cli][faults[sqlite]")
{
    QTemporaryDir dir;
    const QString path = demoDatabase(dir, 40);
    Database held;
    REQUIRE(held.open(DatabaseLocation::sqliteFile(path), Database::OpenMode::MustExist).ok());
    const QString folder = dir.filePath(QStringLiteral("tableaux"));
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("tableaux")));
    const QByteArray earlier = "Règle;Énoncé\r\nthe earlier table\r\n";
    REQUIRE(!writeTestFile(dir, QStringLiteral("tableaux/methodologie.csv"), earlier).isEmpty());
    REQUIRE(!writeTestFile(dir, QStringLiteral("tableaux/notes.txt"), "mine\n").isEmpty());
    const QStringList report{QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2024"),
                             QStringLiteral("-o"), folder + QLatin1Char('/')};

    // Most tables fit in 300 bytes, some do not: the ones written must not replace anything.
    const QStringList names = entries(dir.path());
    const ProgramRun failed = withFileSizeLimit(on(path, report), 300);
    INFO(failed.err.toStdString());
    CHECK(failed.exitCode == 3);
    CHECK(failed.err.contains(QStringLiteral("File too large")));
    CHECK(failed.err.contains(QStringLiteral("tableaux")));
    CHECK(entries(dir.path()) == names);
    CHECK(entries(folder) == QStringList{QStringLiteral("methodologie.csv"), QStringLiteral("notes.txt")});
    CHECK(sameBytes(folder + QLatin1String("/methodologie.csv"), earlier));

    const ProgramRun written = observatoire(on(path, report));
    CHECK(written.exitCode == 0);
    // Every file the index names (the tables, the methodology), the index, the adviser's own file.
    const QStringList listed = filesListedIn(folder + QLatin1String("/00-index.csv"));
    CHECK(listed.size() > 20);
    CHECK(entries(folder) ==
          sorted(listed + QStringList{QStringLiteral("00-index.csv"), QStringLiteral("notes.txt")}));
    CHECK_FALSE(sameBytes(folder + QLatin1String("/methodologie.csv"), earlier));
    CHECK(sameBytes(folder + QLatin1String("/notes.txt"), "mine\n"));
    CHECK(entries(dir.path()) == names);

    // A new folder appears whole, from a failed attempt nothing.
    const QString fresh = dir.filePath(QStringLiteral("neuf"));
    const QStringList freshReport{QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2024"),
                                  QStringLiteral("-o"), fresh + QLatin1Char('/')};
    CHECK(withFileSizeLimit(on(path, freshReport), 300).exitCode == 3);
    CHECK_FALSE(QFileInfo::exists(fresh));
    CHECK(entries(dir.path()) == names);
    CHECK(observatoire(on(path, freshReport)).exitCode == 0);
    CHECK(entries(fresh) == sorted(listed + QStringList{QStringLiteral("00-index.csv")}));
}

TEST_CASE("--db takes the path as given: spaces around it are part of the name", "[cli[sqlite]")
{
    QTemporaryDir dir;
    REQUIRE(observatoire(on(dir.filePath(QStringLiteral("x.sqlite")), {QStringLiteral("init")})).exitCode ==
            0);
    const QByteArray before = fileBytes(dir.filePath(QStringLiteral("x.sqlite")));
    ProgramOptions options;
    options.workingDirectory = dir.path();
    const ProgramRun run = observatoireWith(
        {QStringLiteral("--db"), QStringLiteral(" x.sqlite "), QStringLiteral("init")}, options);
    CHECK(run.exitCode == 0);
    CHECK(QFileInfo::exists(dir.filePath(QStringLiteral(" x.sqlite "))));
    CHECK(sameBytes(dir.filePath(QStringLiteral("x.sqlite")), before));
    CHECK(observatoire({QStringLiteral("--db"), QStringLiteral("  "), QStringLiteral("init")}).exitCode == 2);
}

TEST_CASE("An import of a file without records writes nothing and says so", "[cli][import]")
{
    QTemporaryDir dir;
    const ProgramDatabase database(dir, QStringLiteral("x.sqlite"));
    const QString path = database.location();
    REQUIRE(observatoire(on(path, {QStringLiteral("init")})).exitCode == 0);
    const QString empty =
        writeTestFile(dir, QStringLiteral("entete.csv"), "Nature;Acteur;Pays;Partenaire\r\n");
    const ProgramRun run =
        observatoire(on(path, {QStringLiteral("import"), QStringLiteral("partnerships"), empty}));
    CHECK(run.exitCode == 0);
    CHECK(run.err.contains(QStringLiteral("no records after the header; nothing was written")));
    CHECK(run.out.contains(QStringLiteral("0 created, 0 updated, 0 unchanged, 0 errors")));
    CHECK(scalar(path, QStringLiteral("SELECT count(*) FROM import_batch")) == 0);
}

TEST_CASE("Names made to break SQL go through the command line's import and export as text", "[cli][hostile]")
{
    QTemporaryDir dir;
    const ProgramDatabase database(dir, QStringLiteral("x.sqlite"));
    const QString path = database.location();
    REQUIRE(observatoire(on(path, {QStringLiteral("init")})).exitCode == 0);
    const QString file =
        writeTestFile(dir, QStringLiteral("hostile.csv"),
                      "Nature;Acteur;Pays;Partenaire;Description\n"
                      "Jumelage;\"'); DROP TABLE actor;--\";Italie;\"Robert'); --\";\"=1+1\"\n");
    const ProgramRun imported =
        observatoire(on(path, {QStringLiteral("import"), QStringLiteral("partnerships"), file}));
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("1 created")));
    const ProgramRun exported = observatoire(
        on(path, {QStringLiteral("export"), QStringLiteral("partnerships"), QStringLiteral("--search"),
                  QStringLiteral("Robert'); --"), QStringLiteral("-o"), QStringLiteral("-")}));
    CHECK(exported.exitCode == 0);
    CHECK(exported.out.contains(QStringLiteral("\"'); DROP TABLE actor;--\"")));
    CHECK(exported.out.contains(QStringLiteral("Robert'); --")));
    CHECK(exported.out.contains(QStringLiteral(";'=1+1;")));
    CHECK(scalar(path, QStringLiteral("SELECT count(*) FROM actor")) == 1);
    CHECK(observatoire(on(path, {QStringLiteral("check")})).exitCode == 0);
}

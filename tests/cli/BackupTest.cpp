// Copies of the database: `backup` writes whole or not at all; the program copies a database by
// itself before an import, an upgrade and a restore, keeps the number the adviser chose, and
// `restore` brings one back.
#include "support/ObservatoireProgram.h"
#include "support/QtPrinting.h"
#include "support/TemporaryFile.h"
#include "support/TestDatabase.h"

#include "backup/AutomaticBackups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

QString arg(const char* text)
{
    return QString::fromUtf8(text);
}

int countIn(const QString& path, const QString& table)
{
    int count = -1;
    const QString name = QStringLiteral("backup-count");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM ") + table));
        REQUIRE(query.next());
        count = query.value(0).toInt();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

QByteArray partnerships(int first, int count)
{
    QByteArray rows = "Nature;Acteur;Code INSEE/SIREN;Partenaire;Pays\n";
    for (int i = first; i < first + count; ++i)
        rows += "Jumelage;Lyon;69123;Ville " + QByteArray::number(i) + ";Allemagne\n";
    return rows;
}

QList<BackupCopy> copiesOf(const QString& path)
{
    return AutomaticBackups(path, 1000).list();
}

// The preference « automatic copies kept », as the Preferences dialog writes it.
void keepCopies(int count)
{
    QSettings settings(testConfigFolder() + QLatin1String("/RESACOOP/Observatoire.conf"),
                       QSettings::IniFormat);
    settings.setValue(QStringLiteral("Backups/kept"), count);
}

} // namespace

TEST_CASE("An import is preceded by a copy of the database; a dry run or a refused file makes none",
          "[cli][backup][sqlite]")
{
    keepCopies(10);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("obs.sqlite"));
    REQUIRE(observatoire({arg("--db"), path, arg("init")}).exitCode == 0);
    const TemporaryFile first(partnerships(0, 3));
    REQUIRE(observatoire({arg("--db"), path, arg("import"), arg("partnerships"), first.path()}).exitCode ==
            0);
    REQUIRE(copiesOf(path).size() == 1);
    CHECK(copiesOf(path).first().reason == QLatin1String("import"));
    CHECK(countIn(copiesOf(path).first().path, QStringLiteral("partnership")) == 0); // as it was before
    CHECK(QFileInfo(copiesOf(path).first().path).absolutePath() ==
          QDir(dir.path()).filePath(QStringLiteral("obs.sqlite.sauvegardes")));

    const TemporaryFile second(partnerships(3, 2));
    REQUIRE(
        observatoire({arg("--db"), path, arg("import"), arg("partnerships"), second.path(), arg("--dry-run")})
            .exitCode == 0);
    const TemporaryFile refused("Nature;Acteur;Partenaire;Pays\nAlliance;Lyon;Leipzig;Allemagne\n");
    REQUIRE(observatoire({arg("--db"), path, arg("import"), arg("partnerships"), refused.path()}).exitCode ==
            1);
    CHECK(copiesOf(path).size() == 1);
}

TEST_CASE("Only the number of automatic copies the adviser chose is kept, the newest",
          "[cli][backup][sqlite]")
{
    keepCopies(2);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("obs.sqlite"));
    REQUIRE(observatoire({arg("--db"), path, arg("init")}).exitCode == 0);
    for (int i = 0; i < 4; ++i) {
        const TemporaryFile file(partnerships(i * 10, 1));
        REQUIRE(observatoire({arg("--db"), path, arg("import"), arg("partnerships"), file.path()}).exitCode ==
                0);
    }
    const QList<BackupCopy> copies = copiesOf(path);
    REQUIRE(copies.size() == 2);
    CHECK(countIn(copies.at(0).path, QStringLiteral("partnership")) == 3); // before the fourth import
    CHECK(countIn(copies.at(1).path, QStringLiteral("partnership")) == 2);
    keepCopies(10);
}

TEST_CASE("restore brings a copy back and keeps the content it replaces as a copy", "[cli][backup][sqlite]")
{
    keepCopies(10);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("obs.sqlite"));
    REQUIRE(observatoire({arg("--db"), path, arg("init")}).exitCode == 0);
    const TemporaryFile first(partnerships(0, 3));
    REQUIRE(observatoire({arg("--db"), path, arg("import"), arg("partnerships"), first.path()}).exitCode ==
            0);
    const TemporaryFile wrong(partnerships(100, 5));
    REQUIRE(observatoire({arg("--db"), path, arg("import"), arg("partnerships"), wrong.path()}).exitCode ==
            0);
    REQUIRE(countIn(path, QStringLiteral("partnership")) == 8);

    const ProgramRun listed = observatoire({arg("--db"), path, arg("restore")});
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.contains(QStringLiteral("2 automatic copies")));
    CHECK(listed.out.contains(QStringLiteral("before an import")));

    // The copy made before the wrong import holds the three first partnerships.
    const QString beforeWrong = copiesOf(path).first().path;
    const ProgramRun restored = observatoire({arg("--db"), path, arg("restore"), beforeWrong});
    INFO(restored.err.toStdString());
    CHECK(restored.exitCode == 0);
    CHECK(countIn(path, QStringLiteral("partnership")) == 3);
    CHECK(observatoire({arg("--db"), path, arg("check")}).exitCode == 0);
    // What was replaced is a copy of its own: the restore can be undone.
    const QList<BackupCopy> copies = copiesOf(path);
    REQUIRE(copies.size() == 3);
    CHECK(copies.first().reason == QLatin1String("restore"));
    CHECK(countIn(copies.first().path, QStringLiteral("partnership")) == 8);
    // The search index came back with the records.
    const ProgramRun found = observatoire({arg("--db"), path, arg("export"), arg("partnerships"),
                                           arg("--search"), arg("Ville 101"), arg("-o"), arg("-")});
    CHECK_FALSE(found.out.contains(QStringLiteral("Ville 101")));

    // Neither the database itself nor a file of another program is restored.
    CHECK(observatoire({arg("--db"), path, arg("restore"), path}).exitCode == 2);
    const TemporaryFile notes("pas une base\n", QStringLiteral("notes.sqlite"));
    const ProgramRun notCopy = observatoire({arg("--db"), path, arg("restore"), notes.path()});
    CHECK(notCopy.exitCode == 1);
    CHECK(notCopy.err.contains(QStringLiteral("not an SQLite database")));
    CHECK(countIn(path, QStringLiteral("partnership")) == 3);
}

TEST_CASE("An upgrade of an older database is preceded by a copy of it as it was", "[cli][backup][sqlite]")
{
    keepCopies(10);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ancienne.sqlite"));
    REQUIRE(observatoire({arg("--db"), path, arg("init")}).exitCode == 0);
    makeSchemaSix(path);
    REQUIRE(observatoire({arg("--db"), path, arg("check")}).exitCode == 0);
    const QList<BackupCopy> copies = copiesOf(path);
    REQUIRE(copies.size() == 1);
    CHECK(copies.first().reason == QLatin1String("migration"));
    const QString name = QStringLiteral("backup-version");
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        copy.setDatabaseName(copies.first().path);
        REQUIRE(copy.open());
        QSqlQuery query(copy);
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 6);
        query.finish();
        copy.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_CASE("backup replaces a copy only by a complete one, and clears what an interrupted run left",
          "[cli][backup][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("obs.sqlite"));
    REQUIRE(observatoire({arg("--db"), path, arg("init")}).exitCode == 0);
    const QString target = dir.filePath(QStringLiteral("copie.sqlite"));
    // What a run killed during the copy leaves.
    REQUIRE(!writeTestFile(dir, QStringLiteral("copie.sqlite.partial"), QByteArray(4096, 'x')).isEmpty());
    REQUIRE(
        !writeTestFile(dir, QStringLiteral("copie.sqlite.partial-journal"), QByteArray(512, 'j')).isEmpty());
    REQUIRE(observatoire({arg("--db"), path, arg("backup"), arg("-o"), target}).exitCode == 0);
    CHECK_FALSE(QFile::exists(target + QLatin1String(".partial")));
    CHECK_FALSE(QFile::exists(target + QLatin1String(".partial-journal")));
    CHECK(countIn(target, QStringLiteral("ref_country")) > 200);

    // Onto the database itself, or its -wal, by any name: refused.
    for (const QString& onto :
         QStringList{path, path + QLatin1String("-wal"), dir.filePath(QStringLiteral("./obs.sqlite"))}) {
        INFO(onto.toStdString());
        CHECK(observatoire({arg("--db"), path, arg("backup"), arg("-o"), onto}).exitCode == 2);
    }
    CHECK(observatoire({arg("--db"), path, arg("check")}).exitCode == 0);
}

TEST_CASE("restore puts a copy in place of a damaged database, and keeps the damaged file aside",
          "[cli][backup][sqlite]")
{
    keepCopies(10);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("obs.sqlite"));
    REQUIRE(observatoire({arg("--db"), path, arg("demo"), arg("--rows"), arg("300")}).exitCode == 0);
    const TemporaryFile file(partnerships(0, 2));
    REQUIRE(observatoire({arg("--db"), path, arg("import"), arg("partnerships"), file.path()}).exitCode == 0);
    damageTablePage(path, QStringLiteral("partnership"));
    REQUIRE(observatoire({arg("--db"), path, arg("check")}).exitCode == 3);

    const ProgramRun restored =
        observatoire({arg("--db"), path, arg("restore"), copiesOf(path).first().path});
    INFO(restored.err.toStdString());
    CHECK(restored.exitCode == 0);
    CHECK(restored.out.contains(QStringLiteral("the damaged database was moved to")));
    CHECK(observatoire({arg("--db"), path, arg("check")}).exitCode == 0);
    CHECK(countIn(path, QStringLiteral("partnership")) == 300);
    const QStringList aside =
        QDir(dir.path()).entryList({QStringLiteral("obs.sqlite.damaged-*")}, QDir::Files);
    CHECK(aside.size() == 1);
}

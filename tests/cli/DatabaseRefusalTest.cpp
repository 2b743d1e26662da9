// Databases a command must not use as they are — an empty file, a damaged one, one that cannot
// be written, one locked by another program, one on a full disk — are refused with exit code 3
// and a message naming the cause, and left exactly as they were.
#include "support/ObservatoireProgram.h"
#include "support/QtPrinting.h"
#include "support/TemporaryFile.h"
#include "support/TestDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

namespace {

// A file's SHA-256 in hex: compared whole, and short to print when it differs.
QByteArray fileDigest(const QString& path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256).toHex();
}

QString arg(const char* text)
{
    return QString::fromUtf8(text);
}

// One value read from the database by a connection of its own, closed at once.
QVariant valueOf(const QString& path, const QString& sql)
{
    QVariant value;
    const QString name = QStringLiteral("refusal-read");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        INFO(sql.toStdString());
        REQUIRE(query.exec(sql));
        if (query.next())
            value = query.value(0);
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

// A small observatory made by the program itself, every page in the main file.
QString demoDatabase(const QTemporaryDir& dir, const QString& name = QStringLiteral("obs.sqlite"))
{
    const QString path = dir.filePath(name);
    REQUIRE(observatoire({arg("--db"), path, arg("demo"), arg("--rows"), arg("300")}).exitCode == 0);
    runSql(path, {QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
    return path;
}

const QByteArray kPartnerships = "Nature;Acteur;Code INSEE/SIREN;Partenaire;Pays\n"
                                 "Jumelage;Lyon;69123;Leipzig;Allemagne\n";

} // namespace

TEST_CASE("An empty file is no database: every command but init refuses it and leaves it empty",
          "[cli][refusal][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vide.sqlite"));
    REQUIRE(writeTestFile(dir, QStringLiteral("vide.sqlite"), QByteArray()) == path);
    const TemporaryFile csv(kPartnerships);
    const QList<QStringList> commands = {
        {arg("check")},
        {arg("export"), arg("partnerships"), arg("-o"), dir.filePath(QStringLiteral("e.csv"))},
        {arg("report"), arg("--year"), arg("2024"), arg("-o"), dir.filePath(QStringLiteral("r.html"))},
        {arg("backup"), arg("-o"), dir.filePath(QStringLiteral("copie.sqlite"))},
        {arg("import"), arg("partnerships"), csv.path()},
        {arg("demo"), arg("--rows"), arg("10")},
    };
    for (const QStringList& command : commands) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const ProgramRun run = observatoire(QStringList{arg("--db"), path} + command);
        CHECK(run.exitCode == 3);
        CHECK(run.err.contains(QStringLiteral("is empty: it holds no observatory")));
        CHECK(QFileInfo(path).size() == 0);
        CHECK_FALSE(QFile::exists(path + QLatin1String("-wal")));
    }
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("e.csv"))));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("copie.sqlite"))));

    // init is how an empty file becomes an observatory.
    const ProgramRun init = observatoire({arg("--db"), path, arg("init")});
    CHECK(init.exitCode == 0);
    CHECK(QFileInfo(path).size() > 0);
    CHECK(observatoire({arg("--db"), path, arg("check")}).exitCode == 0);
}

TEST_CASE("A damaged database is refused by every command, and never written", "[cli][refusal][sqlite]")
{
    QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    // A page in the middle of the partnership table overwritten, as a failing disk would leave
    // it: ordinary reads skip the records it held without an error.
    damageTablePage(path, QStringLiteral("partnership"));
    const QByteArray damaged = fileDigest(path);
    const TemporaryFile csv(kPartnerships);
    const QList<QStringList> commands = {
        {arg("init")},
        {arg("check")},
        {arg("export"), arg("partnerships"), arg("-o"), dir.filePath(QStringLiteral("e.csv"))},
        {arg("report"), arg("--year"), arg("2024"), arg("-o"), dir.filePath(QStringLiteral("r.html"))},
        {arg("backup"), arg("-o"), dir.filePath(QStringLiteral("copie.sqlite"))},
        {arg("import"), arg("partnerships"), csv.path()},
    };
    for (const QStringList& command : commands) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const ProgramRun run = observatoire(QStringList{arg("--db"), path} + command);
        CHECK(run.exitCode == 3);
        CHECK(run.err.contains(QStringLiteral("is damaged")));
        CHECK(run.err.contains(QStringLiteral("Restore it from a backup copy")));
        CHECK(fileDigest(path) == damaged);
    }
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("e.csv"))));
}

TEST_CASE("A database that cannot be written opens read-only: reads work, writes are refused",
          "[cli][refusal][sqlite]")
{
    QTemporaryDir dir;
    QTemporaryDir outputs;
    const QString path = demoDatabase(dir);
    const QByteArray before = fileDigest(path);
    // As root, permissions do not stop a write: the program then runs as nobody, for whom the
    // file and its folder are read-only.
    const bool root = ::geteuid() == 0;
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                          QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                                          QFileDevice::ReadOther | QFileDevice::ExeOther);
    QFile::setPermissions(outputs.path(), QFileDevice::Permissions(0x7777));
    // As another user when the tests run as root, who may write anywhere.
    ProgramOptions asReader;
    asReader.inChild = [root] {
        if (root && (::setgid(65534) != 0 || ::setuid(65534) != 0))
            ::_exit(99);
    };
    const TemporaryFile csv(kPartnerships);
    QFile::setPermissions(QFileInfo(csv.path()).absolutePath(), QFileDevice::Permissions(0x7555));
    QFile::setPermissions(csv.path(), QFileDevice::Permissions(0x4444));

    const ProgramRun exported =
        observatoireWith({arg("--db"), path, arg("export"), arg("actors"), arg("-o"), arg("-")}, asReader);
    CHECK(exported.exitCode == 0);
    CHECK(exported.out.count(QLatin1Char('\n')) > 10);
    CHECK(observatoireWith({arg("--db"), path, arg("check")}, asReader).exitCode == 0);
    const QString report = outputs.filePath(QStringLiteral("rapport.html"));
    const ProgramRun reported = observatoireWith(
        {arg("--db"), path, arg("report"), arg("--year"), arg("2024"), arg("-o"), report}, asReader);
    CHECK(reported.exitCode == 0);
    CHECK(QFileInfo(report).size() > 0);

    const ProgramRun imported =
        observatoireWith({arg("--db"), path, arg("import"), arg("partnerships"), csv.path()}, asReader);
    CHECK(imported.exitCode == 3);
    CHECK(imported.err.contains(QStringLiteral("is open read-only")));
    CHECK(fileDigest(path) == before);
    CHECK_FALSE(QFile::exists(path + QLatin1String("-wal")));
    QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7700));
}

TEST_CASE("An import into a database another program is writing exits 3 and says so",
          "[cli][refusal][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("obs.sqlite"));
    REQUIRE(observatoire({arg("--db"), path, arg("init")}).exitCode == 0);
    const TemporaryFile csv(kPartnerships);
    const QString name = QStringLiteral("refusal-writer");
    {
        QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        writer.setDatabaseName(path);
        REQUIRE(writer.open());
        QSqlQuery query(writer);
        // A long write of another program: readers go on (WAL), writers wait, then give up.
        REQUIRE(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
        REQUIRE(query.exec(QStringLiteral("UPDATE ref_zone SET sort_order = sort_order + 1")));
        const ProgramRun run =
            observatoire({arg("--db"), path, arg("import"), arg("partnerships"), csv.path()});
        CHECK(run.exitCode == 3);
        CHECK(run.err.contains(QStringLiteral("locked by another program")));
        CHECK_FALSE(run.err.contains(QStringLiteral("Unable to fetch row")));
        REQUIRE(query.exec(QStringLiteral("ROLLBACK")));
        query.finish();
        writer.close();
    }
    QSqlDatabase::removeDatabase(name);
    CHECK(valueOf(path, QStringLiteral("SELECT count(*) FROM partnership")).toInt() == 0);
}

TEST_CASE("An import that fills the disk exits 3, names the cause, and writes nothing",
          "[cli][refusal][sqlite]")
{
    QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    const int before = valueOf(path, QStringLiteral("SELECT count(*) FROM partnership")).toInt();
    QByteArray rows = "Nature;Acteur;Code INSEE/SIREN;Partenaire;Pays;Description\n";
    for (int i = 0; i < 400; ++i)
        rows += "Jumelage;Lyon;69123;Ville " + QByteArray::number(i) + ";Allemagne;" + QByteArray(400, 'x') +
                "\n";
    const TemporaryFile csv(rows);
    // No file of the program may grow beyond 256 KiB: the WAL is where an import's pages go.
    const ProgramRun run =
        withFileSizeLimit({arg("--db"), path, arg("import"), arg("partnerships"), csv.path()}, 256 * 1024);
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 3);
    CHECK((run.err.contains(QStringLiteral("the disk is full")) ||
           run.err.contains(QStringLiteral("the disk could not be read or written"))));
    CHECK(valueOf(path, QStringLiteral("SELECT count(*) FROM partnership")).toInt() == before);
    CHECK(valueOf(path, QStringLiteral("PRAGMA integrity_check")).toString() == QLatin1String("ok"));
}

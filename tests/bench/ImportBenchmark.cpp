// Times the import of partnership files of several shapes and sizes against the floors issue 22
// names, in the same run:
// - the fair floor: SQLite itself writing the same final rows (records, links, history, batch
//   and import rows, search index, with the schema's indexes) from the same data in one
//   transaction. The rows the import added or changed are dumped from its database (not timed),
//   then `sqlite3` loads them into a copy of the database as it was before the import: `.import`
//   into staging tables, `INSERT … SELECT` into the tables (FTS5 tokenising its rows again);
//   that whole run is timed.
// - the bare floor: `sqlite3 .import` of the file into one table without an index.
// Shapes: the export of a `demo --rows N` database (few distinct actors and partners per row);
// a flat survey-like file naming 16 actors and N/2 partners; one naming N/2 actors and 16
// partners; the demo file again (nothing changes); the demo database's export with the Source of
// every other row changed (half the rows updated by their Identifiant).
// It also times the export against `sqlite3 -csv` (issue 5).
//
// On PostgreSQL too, in the same run (issue 20): with --postgresql (a throw-away server started
// through tests/postgres/Server.sh and stopped at the end) or --server postgresql://user@host:port/
// (a database per shape is created there), every file is imported again into an observatory on the
// server, one line per import, the engine named. The floors are SQLite's own: on PostgreSQL the line
// gives the import's wall time, this process's CPU and the CPU of the server process that served
// it (read from /proc when the server runs on this machine; its background writers are not
// counted), and the ratio to SQLite's import of the same file.
//
// Usage: bench_import [N…] [--shapes demo,few-actors,many-actors,again,update-half] [--keep]
//                     [--postgresql | --server URL]
//        bench_import --db DEMO.sqlite   (the demo shapes from the partnerships of an existing
//                                          demo database: a million rows take long to make)
// Prints figures; asserts nothing. docs/performance.md records them.
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "csv/PartnershipImporter.h"
#include "csv/RecordExporter.h"
#include "database/Database.h"
#include "demo/DemoGenerator.h"
#include "observatory/ObservatoryDatabase.h"

#include "BenchServer.h"
#include "CpuTime.h"
#include "PeakMemory.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

// Wall and CPU seconds of a piece of work.
struct Cost
{
    double wall = -1;
    double cpu = -1;
};

// Runs `sqlite3 ARGS` with `input` on its standard input; its cost, or wall -1 when sqlite3 is
// not installed or fails.
Cost sqlite3Cost(const QStringList& arguments, const QByteArray& input = {}, const QString& outputFile = {})
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (program.isEmpty())
        return {};
    QProcess process;
    if (!outputFile.isEmpty())
        process.setStandardOutputFile(outputFile);
    const double cpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        QTextStream(stderr) << "sqlite3 failed: " << process.readAllStandardError() << Qt::endl;
        return {};
    }
    return {timer.elapsed() / 1000.0, cpuSeconds(RUSAGE_CHILDREN) - cpuBefore};
}

QString sqlText(const QString& text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QLatin1String("''")) +
           QLatin1Char('\'');
}

// The peak resident memory is measured from here (Linux: "5" resets the process's high-water mark).
void resetPeakMemory()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

struct Measured
{
    Cost import;
    double serverCpu = -1; // on PostgreSQL: the CPU of the server process that served the import
    double peak = -1;
    ImportReport report;
};

Measured timeImport(const QSqlDatabase& db, const QString& csvPath)
{
    Measured measured;
    const bool server = db.driverName() == QLatin1String("QPSQL");
    const double serverBefore = server ? BenchServer::backendCpuSeconds(db) : -1;
    resetPeakMemory();
    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    QElapsedTimer timer;
    timer.start();
    measured.report = PartnershipImporter(db).run(csvPath, {});
    measured.import = {timer.elapsed() / 1000.0, cpuSeconds(RUSAGE_SELF) - cpuBefore};
    measured.peak = peakMegabytes();
    const double serverAfter = server ? BenchServer::backendCpuSeconds(db) : -1;
    if (serverBefore >= 0 && serverAfter >= 0)
        measured.serverCpu = serverAfter - serverBefore;
    return measured;
}

// The tables whose rows an import may write: every table of the records, their links, the
// history and the batches; not the reference data nor FTS5's own tables.
QStringList writtenTables(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    QStringList tables;
    query.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                       "AND name NOT LIKE 'ref_%' AND name NOT LIKE 'search_index_%' ORDER BY name"));
    while (query.next())
        tables << query.value(0).toString();
    return tables;
}

// The fair floor of the import that turned the database `before` into `after` (the open
// connection `db`): the rows it added or changed, and those it deleted, dumped (not timed), then
// written by sqlite3 into a copy of `before` in one transaction (timed).
Cost fairFloor(const QSqlDatabase& db, const QString& before, const QString& after, const QString& work)
{
    QDir().mkpath(work);
    const QStringList tables = writtenTables(db);
    QString dump = QStringLiteral("ATTACH %1 AS b;\n.headers on\n.mode csv\n").arg(sqlText(before));
    for (const QString& table : tables) {
        dump += QStringLiteral(
                    ".output %1\nSELECT rowid AS rid, * FROM main.%2 EXCEPT SELECT rowid AS rid, * FROM "
                    "b.%2;\n")
                    .arg(sqlText(work + QLatin1Char('/') + table + QLatin1String(".csv")), table);
        dump +=
            QStringLiteral(".output %1\nSELECT rowid AS rid FROM b.%2 EXCEPT SELECT rowid FROM main.%2;\n")
                .arg(sqlText(work + QLatin1Char('/') + table + QLatin1String(".gone.csv")), table);
    }
    if (sqlite3Cost({after}, dump.toUtf8()).wall < 0)
        return {};

    const QString floorPath = work + QLatin1String("/floor.sqlite");
    QFile::remove(floorPath);
    if (!QFile::copy(before, floorPath))
        return {};
    // The import's own settings: a 64 MB page cache, WAL.
    QString script = QStringLiteral("PRAGMA journal_mode = WAL;\nPRAGMA cache_size = -65536;\n.mode csv\n");
    QString writes = QStringLiteral("BEGIN;\n");
    for (const QString& table : tables) {
        const QString rows = work + QLatin1Char('/') + table + QLatin1String(".csv");
        const QString gone = work + QLatin1Char('/') + table + QLatin1String(".gone.csv");
        const bool hasRows = QFileInfo(rows).size() > 0;
        const bool hasGone = QFileInfo(gone).size() > 0;
        if (!hasRows && !hasGone)
            continue;
        if (hasRows)
            script += QStringLiteral(".import --schema temp %1 s_%2\n").arg(sqlText(rows), table);
        if (hasGone)
            script += QStringLiteral(".import --schema temp %1 g_%2\n").arg(sqlText(gone), table);
        const bool fts = table == QLatin1String("search_index");
        QStringList columns;
        QStringList values;
        bool idIsRowid = false;
        if (fts) {
            columns << QStringLiteral("content");
            values << QStringLiteral("content");
        } else {
            QSqlQuery info(db);
            info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
            int keyColumns = 0;
            QString key;
            while (info.next()) {
                const QString name = info.value(1).toString();
                columns << name;
                // Empty cells of the dump are NULL where the column may be.
                values << (info.value(3).toInt() ? name : QStringLiteral("NULLIF(%1, '')").arg(name));
                if (info.value(5).toInt() > 0) {
                    ++keyColumns;
                    key = info.value(2).toString();
                }
            }
            idIsRowid = keyColumns == 1 && key.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
        }
        // A changed row is deleted and written again, as the import does for the search index.
        QStringList deleted;
        if (hasGone)
            deleted << QStringLiteral("SELECT rid FROM temp.g_%1").arg(table);
        if (hasRows && fts)
            deleted << QStringLiteral("SELECT rid FROM temp.s_%1").arg(table);
        if (!deleted.isEmpty())
            writes += QStringLiteral("DELETE FROM main.%1 WHERE rowid IN (%2);\n")
                          .arg(table, deleted.join(QLatin1String(" UNION ")));
        if (hasRows)
            writes +=
                QStringLiteral("INSERT OR REPLACE INTO main.%1 (%2%3) SELECT %4%5 FROM temp.s_%1;\n")
                    .arg(table, idIsRowid ? QString() : QStringLiteral("rowid, "),
                         columns.join(QLatin1String(", ")), idIsRowid ? QString() : QStringLiteral("rid, "),
                         values.join(QLatin1String(", ")));
    }
    script += writes + QStringLiteral("COMMIT;\n");
    return sqlite3Cost({floorPath}, script.toUtf8());
}

// A flat partnership file of `rows` rows naming `actors` actors and `partners` partners, every
// pair once, without identifiers: what a survey returns.
bool writeFlatFile(const QString& path, int rows, int actors, int partners)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("Nature;Acteur;Département;Partenaire;Pays;Date de signature\n");
    static const char* const countries[] = {"Burkina Faso", "Mali",      "Sénégal",
                                            "Maroc",        "Allemagne", "Italie"};
    for (int i = 0; i < rows; ++i) {
        // Row i names actor i mod A and partner i mod P: with A and P coprime no pair comes twice
        // before A × P rows.
        const int partner = i % partners;
        file.write("Jumelage;Collectivité " + QByteArray::number(i % actors) + ";69;Ville partenaire " +
                   QByteArray::number(partner) + ';' + countries[partner % 6] + ';' +
                   QByteArray::number(1960 + i % 60) + '\n');
    }
    return file.commit();
}

// `source` with the Source of every other row changed.
bool writeHalfChanged(const QString& source, const QString& path)
{
    QFile in(source);
    QSaveFile out(path);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return false;
    CsvReader reader(&in);
    CsvWriter writer(&out, CsvWriter::Dialect::Excel);
    CsvRecord record;
    if (!reader.start() || !reader.next(record))
        return false;
    const qsizetype column = record.fields.indexOf(QStringLiteral("Source"));
    if (column < 0 || !writer.writeRecord(record.fields))
        return false;
    int row = 0;
    while (reader.next(record)) {
        if (row++ % 2 == 0 && column < record.fields.size())
            record.fields[column] += QStringLiteral(" (vérifié)");
        if (!writer.writeRecord(record.fields))
            return false;
    }
    return out.commit();
}

QString ratio(double ours, double floor)
{
    return floor > 0 && ours >= 0 ? QStringLiteral("%1×").arg(ours / floor, 0, 'f', 2)
                                  : QStringLiteral("n/a");
}

// The last two cells of a line: the peak memory, and what the import did (beside the first import
// into the same database, when there was one).
QString outcome(const Measured& measured, const Measured* first)
{
    const ImportReport& report = measured.report;
    return QStringLiteral("%1 MB | %2 created, %3 updated, %4 unchanged, %5 errors%6")
        .arg(measured.peak, 0, 'f', 0)
        .arg(report.created)
        .arg(report.updated)
        .arg(report.unchanged)
        .arg(report.errors.size())
        .arg(
            first
                ? QStringLiteral("; %1 the first import").arg(ratio(measured.import.wall, first->import.wall))
                : QString());
}

class Bench
{
public:
    Bench(QTextStream& out, const QString& folder)
        : m_out(out)
        , m_folder(folder)
    {
    }

    // A new database with the schema and the reference data, copied from one made once.
    QString freshDatabase(const QString& name)
    {
        const QString empty = m_folder + QLatin1String("/empty.sqlite");
        if (!QFile::exists(empty)) {
            Database database;
            if (!ObservatoryDatabase::open(database, DatabaseLocation::sqliteFile(empty),
                                           Database::OpenMode::CreateIfMissing)
                     .ok())
                return {};
        }
        const QString path = m_folder + QLatin1Char('/') + name;
        QFile::remove(path);
        return QFile::copy(empty, path) ? path : QString();
    }

    // Imports `csv` into the open database `db` at `path` and prints the figures of the line.
    Measured measure(const QString& shape, int rows, Database& db, const QString& path, const QString& csv,
                     const Measured* first = nullptr)
    {
        const QString before = m_folder + QStringLiteral("/before-%1-%2.sqlite").arg(shape).arg(rows);
        QFile::remove(before);
        QSqlQuery(db.connection()).exec(QStringLiteral("VACUUM INTO %1").arg(sqlText(before)));
        const Measured measured = timeImport(db.connection(), csv);
        const Cost floor = fairFloor(db.connection(), before, path,
                                     m_folder + QStringLiteral("/floor-%1-%2").arg(shape).arg(rows));
        const Cost bare = sqlite3Cost({m_folder + QStringLiteral("/bare-%1-%2.sqlite").arg(shape).arg(rows),
                                       QStringLiteral(".mode csv"), QStringLiteral(".separator ;"),
                                       QStringLiteral(".import %1 flat").arg(sqlText(csv))});
        m_out << QStringLiteral("| SQLite | %1 | %2 | %3 s (CPU %4 s) | %5 µs | %6 s (CPU %7 s) | **%8** "
                                "(CPU %9) | %10 s | %11 "
                                "| %12 |\n")
                     .arg(shape)
                     .arg(rows)
                     .arg(measured.import.wall, 0, 'f', 2)
                     .arg(measured.import.cpu, 0, 'f', 2)
                     .arg(measured.import.wall * 1e6 / std::max(rows, 1), 0, 'f', 0)
                     .arg(floor.wall, 0, 'f', 2)
                     .arg(floor.cpu, 0, 'f', 2)
                     .arg(ratio(measured.import.wall, floor.wall))
                     .arg(ratio(measured.import.cpu, floor.cpu))
                     .arg(bare.wall, 0, 'f', 2)
                     .arg(ratio(measured.import.wall, bare.wall))
                     .arg(outcome(measured, first));
        m_out.flush();
        return measured;
    }

    // Imports `csv` into the open PostgreSQL database `db` and prints the figures of the line:
    // the import's own (wall, this process's CPU, the server process's CPU) and its ratio to
    // SQLite's import of the same file (`onSqlite`); the floors are SQLite's and are not measured.
    Measured measureOnServer(const QString& shape, Database& db, const QString& csv, const Measured& onSqlite,
                             const Measured* first = nullptr)
    {
        const Measured measured = timeImport(db.connection(), csv);
        const ImportReport& report = measured.report;
        const double bothCpu = measured.serverCpu >= 0 ? measured.import.cpu + measured.serverCpu : -1;
        m_out << QStringLiteral("| PostgreSQL | %1 | %2 | %3 s (CPU %4 s + server %5 s) | %6 µs | — | **%7 "
                                "SQLite's import** (CPU with the server's %8) | — | — | %9 |\n")
                     .arg(shape)
                     .arg(report.rows)
                     .arg(measured.import.wall, 0, 'f', 2)
                     .arg(measured.import.cpu, 0, 'f', 2)
                     .arg(measured.serverCpu >= 0 ? QString::number(measured.serverCpu, 'f', 2)
                                                  : QStringLiteral("not measured (not on this machine)"))
                     .arg(measured.import.wall * 1e6 / std::max(report.rows, 1), 0, 'f', 0)
                     .arg(ratio(measured.import.wall, onSqlite.import.wall))
                     .arg(ratio(bothCpu, onSqlite.import.cpu))
                     .arg(outcome(measured, first));
        m_out.flush();
        return measured;
    }

    QString folder() const { return m_folder; }

private:
    QTextStream& m_out;
    QString m_folder;
};

// The demo file of `rows` partnerships, or of every partnership of the database `existing`, after
// printing its export's figures; `rows` becomes their count, which the lines printed for it divide
// by (with `existing`, the size asked is 0).
QString demoFile(QTextStream& out, const QString& folder, int& rows, const QString& existing)
{
    const QString sourcePath =
        existing.isEmpty() ? folder + QStringLiteral("/demo-%1.sqlite").arg(rows) : existing;
    const QString csvPath = folder + QStringLiteral("/demo-%1.csv").arg(rows);
    QElapsedTimer timer;
    double exportSeconds = 0;
    {
        Database source;
        if (!ObservatoryDatabase::open(source, DatabaseLocation::sqliteFile(sourcePath),
                                       Database::OpenMode::CreateIfMissing)
                 .ok())
            return {};
        if (existing.isEmpty() && !DemoGenerator(source.connection(), rows).run())
            return {};
        QSaveFile file(csvPath);
        file.open(QIODevice::WriteOnly);
        timer.start();
        const Result<int> written =
            RecordExporter(source.connection(), RecordExporter::Entity::Partnerships).write(&file, {});
        file.commit();
        exportSeconds = timer.elapsed() / 1000.0;
        if (!written)
            return {};
        rows = written.value();
    }
    const Cost table = sqlite3Cost({QStringLiteral("-csv"), QStringLiteral("-header"), sourcePath,
                                    QStringLiteral("SELECT * FROM partnership")},
                                   {}, folder + QStringLiteral("/table-floor.csv"));
    out << QStringLiteral(
               "export of %1 partnerships (%2 MB): %3 s; sqlite3 -csv of the partnership table: %4 s "
               "(ratio %5)\n\n")
               .arg(rows)
               .arg(QFileInfo(csvPath).size() / 1e6, 0, 'f', 1)
               .arg(exportSeconds, 0, 'f', 2)
               .arg(table.wall, 0, 'f', 2)
               .arg(ratio(exportSeconds, table.wall));
    return csvPath;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    QTextStream out(stdout);
    QStringList arguments = application.arguments().mid(1);
    bool serverStarted = true;
    const std::unique_ptr<BenchServer> server = BenchServer::fromArguments(arguments, out, serverStarted);
    if (!serverStarted)
        return 1;
    // A fresh observatory on the server, named after the shape and size.
    const auto serverDatabase = [&](Database& database, const QString& shape, int rows) {
        QString error;
        const std::optional<DatabaseLocation> location = server->newDatabase(
            QStringLiteral("bench_%1_%2").arg(shape).replace(QLatin1Char('-'), QLatin1Char('_')).arg(rows),
            &error);
        const DatabaseStatus opened =
            location ? ObservatoryDatabase::open(database, *location, Database::OpenMode::Initialize)
                     : DatabaseStatus{DatabaseFailure::Unavailable, error};
        if (!opened.ok())
            out << opened.message << Qt::endl;
        return opened.ok();
    };
    QString existing;
    QStringList shapes = {QStringLiteral("demo"), QStringLiteral("again"), QStringLiteral("update-half"),
                          QStringLiteral("few-actors"), QStringLiteral("many-actors")};
    QList<int> sizes;
    bool keep = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--keep"))
            keep = true;
        else if (arguments.at(i) == QLatin1String("--db") && i + 1 < arguments.size())
            existing = arguments.at(++i);
        else if (arguments.at(i) == QLatin1String("--shapes") && i + 1 < arguments.size())
            shapes = arguments.at(++i).split(QLatin1Char(','));
        else
            sizes << arguments.at(i).toInt();
    }
    if (sizes.isEmpty())
        sizes << 100000;
    if (!existing.isEmpty())
        sizes = {0};
    const bool wantsDemo = shapes.contains(QLatin1String("demo")) ||
                           shapes.contains(QLatin1String("again")) ||
                           shapes.contains(QLatin1String("update-half"));

    QTemporaryDir dir;
    if (keep) {
        dir.setAutoRemove(false);
        out << "files kept in " << dir.path() << "\n";
    }
    Bench bench(out, dir.path());
    out << "| engine | shape | rows | import | per row | fair floor | import / floor | bare .import | import "
           "/ "
           "bare | peak memory | rows |\n|---|---|---|---|---|---|---|---|---|---|---|\n";
    for (const int size : sizes) {
        int rows = size;
        if (wantsDemo) {
            const QString csv = demoFile(out, dir.path(), rows, existing);
            if (csv.isEmpty()) {
                out << "the demo file could not be made" << Qt::endl;
                return 1;
            }
            const QString path = bench.freshDatabase(QStringLiteral("demo-target-%1.sqlite").arg(rows));
            Database target;
            if (!ObservatoryDatabase::open(target, DatabaseLocation::sqliteFile(path),
                                           Database::OpenMode::MustExist)
                     .ok())
                return 1;
            const Measured first = bench.measure(QStringLiteral("demo"), rows, target, path, csv);
            rows = first.report.rows;
            Measured again;
            if (shapes.contains(QLatin1String("again")))
                again = bench.measure(QStringLiteral("again"), rows, target, path, csv, &first);
            QString changed;
            Measured halfChanged;
            if (shapes.contains(QLatin1String("update-half"))) {
                const QString exported = dir.filePath(QStringLiteral("target-%1.csv").arg(rows));
                changed = dir.filePath(QStringLiteral("update-half-%1.csv").arg(rows));
                QSaveFile file(exported);
                file.open(QIODevice::WriteOnly);
                RecordExporter(target.connection(), RecordExporter::Entity::Partnerships).write(&file, {});
                file.commit();
                if (writeHalfChanged(exported, changed))
                    halfChanged =
                        bench.measure(QStringLiteral("update-half"), rows, target, path, changed, &first);
                else
                    changed.clear();
            }
            // The same files, in the same order, into one observatory on the server.
            Database onServer;
            if (server && serverDatabase(onServer, QStringLiteral("demo"), rows)) {
                const Measured firstOnServer =
                    bench.measureOnServer(QStringLiteral("demo"), onServer, csv, first);
                if (shapes.contains(QLatin1String("again")))
                    bench.measureOnServer(QStringLiteral("again"), onServer, csv, again, &firstOnServer);
                if (!changed.isEmpty())
                    bench.measureOnServer(QStringLiteral("update-half"), onServer, changed, halfChanged,
                                          &firstOnServer);
            }
        }
        const struct
        {
            const char* shape;
            int actors;
            int partners;
        } flat[] = {{"few-actors", 16, (rows / 2) | 1},
                    {"many-actors", (rows / 2) | 1, 16}}; // odd: coprime with 16
        for (const auto& file : flat) {
            const QString shape = QLatin1String(file.shape);
            if (!shapes.contains(shape))
                continue;
            const QString csv = dir.filePath(QStringLiteral("%1-%2.csv").arg(shape).arg(rows));
            if (!writeFlatFile(csv, rows, file.actors, file.partners))
                return 1;
            const QString path =
                bench.freshDatabase(QStringLiteral("%1-target-%2.sqlite").arg(shape).arg(rows));
            Database target;
            if (!ObservatoryDatabase::open(target, DatabaseLocation::sqliteFile(path),
                                           Database::OpenMode::MustExist)
                     .ok())
                return 1;
            const Measured onSqlite = bench.measure(shape, rows, target, path, csv);
            Database onServer;
            if (server && serverDatabase(onServer, shape, rows))
                bench.measureOnServer(shape, onServer, csv, onSqlite);
        }
    }
    return 0;
}

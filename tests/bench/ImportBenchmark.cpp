// Times, in the same run, what the CSV issue's goals compare: our import of a flat partnership
// file of N rows (full validation, matching, history) against sqlite3's `.import` of the same
// file into a bare table (the physical floor), and our export against `sqlite3 -csv` of the
// partnership table and of that bare table (the same rows, already joined). The file is
// the export of a `demo --rows N` database, so its names, codes and dates are realistic.
// Usage: bench_import [N] (100,000 by default), or bench_import --db DEMO.sqlite to export and
// import the partnerships of an existing demo database (a million rows take some ten minutes
// to make). Prints figures; asserts nothing.
#include "csv/PartnershipImporter.h"
#include "csv/RecordExporter.h"
#include "database/Database.h"
#include "demo/DemoGenerator.h"
#include "observatory/ObservatoryDatabase.h"

#include "PeakMemory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

// Seconds that `sqlite3 ARGS` takes, or -1 when it is not installed or fails.
double sqlite3Seconds(const QStringList& arguments, const QString& outputFile = QString())
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (program.isEmpty())
        return -1;
    QProcess process;
    if (!outputFile.isEmpty())
        process.setStandardOutputFile(outputFile);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        return -1;
    return timer.elapsed() / 1000.0;
}

bool openDatabase(Database& database, const QString& path, QTextStream& out)
{
    if (ObservatoryDatabase::open(database, DatabaseLocation::sqliteFile(path),
                                  Database::OpenMode::CreateIfMissing)
            .ok())
        return true;
    out << "cannot open " << path << Qt::endl;
    return false;
}

QString ratio(double ours, double floor)
{
    return floor > 0 ? QStringLiteral("%1×").arg(ours / floor, 0, 'f', 2)
                     : QStringLiteral("n/a (no sqlite3)");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = application.arguments();
    const qsizetype dbOption = arguments.indexOf(QStringLiteral("--db"));
    const QString existing = dbOption > 0 ? arguments.value(dbOption + 1) : QString();
    const int rows = existing.isEmpty() && argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString sourcePath = existing.isEmpty() ? dir.filePath(QStringLiteral("source.sqlite")) : existing;
    const QString csvPath = dir.filePath(QStringLiteral("partenariats.csv"));

    QElapsedTimer timer;
    double exportSeconds = 0;
    {
        Database source;
        if (!openDatabase(source, sourcePath, out))
            return 1;
        timer.start();
        if (existing.isEmpty()) {
            if (!DemoGenerator(source.connection(), rows).run()) {
                out << "demo failed" << Qt::endl;
                return 1;
            }
            out << QStringLiteral("demo --rows %1: %2 s\n")
                       .arg(rows)
                       .arg(timer.elapsed() / 1000.0, 0, 'f', 1);
        }

        QSaveFile file(csvPath);
        file.open(QIODevice::WriteOnly);
        timer.start();
        const Result<int> written =
            RecordExporter(source.connection(), RecordExporter::Entity::Partnerships).write(&file, {});
        file.commit();
        exportSeconds = timer.elapsed() / 1000.0;
        if (!written) {
            out << "export failed: " << written.message() << Qt::endl;
            return 1;
        }
    }
    const double exportFloor = sqlite3Seconds({QStringLiteral("-csv"), QStringLiteral("-header"), sourcePath,
                                               QStringLiteral("SELECT * FROM partnership")},
                                              dir.filePath(QStringLiteral("floor.csv")));
    out << QStringLiteral("export partnerships (%1 MB, peak memory so far %5 MB): %2 s; sqlite3 -csv of the "
                          "partnership table: %3 s; ratio %4\n")
               .arg(QFileInfo(csvPath).size() / 1e6, 0, 'f', 1)
               .arg(exportSeconds, 0, 'f', 2)
               .arg(exportFloor, 0, 'f', 2)
               .arg(ratio(exportSeconds, exportFloor))
               .arg(peakMegabytes(), 0, 'f', 0);

    const QString barePath = dir.filePath(QStringLiteral("bare.sqlite"));
    const double importFloor =
        sqlite3Seconds({barePath, QStringLiteral(".mode csv"), QStringLiteral(".separator ;"),
                        QStringLiteral(".import '%1' flat").arg(csvPath)});
    // The same rows written back from that bare table: the bytes of our export, with no joining,
    // no labels and no ordering to do — the floor of writing the file itself.
    const double sameRowsFloor =
        sqlite3Seconds({QStringLiteral("-csv"), QStringLiteral("-header"), QStringLiteral("-separator"),
                        QStringLiteral(";"), barePath, QStringLiteral("SELECT * FROM flat")},
                       dir.filePath(QStringLiteral("same-rows.csv")));
    out << QStringLiteral("sqlite3 -csv of the same rows from the bare table: %1 s; export ratio %2\n")
               .arg(sameRowsFloor, 0, 'f', 2)
               .arg(ratio(exportSeconds, sameRowsFloor));

    Database target;
    if (!openDatabase(target, dir.filePath(QStringLiteral("target.sqlite")), out))
        return 1;
    const double memoryBefore = peakMegabytes();
    timer.start();
    const ImportReport report = PartnershipImporter(target.connection()).run(csvPath, {});
    const double importSeconds = timer.elapsed() / 1000.0;
    out << QStringLiteral(
               "import partnerships: %1 s (%2 created, %3 errors); sqlite3 .import: %4 s; ratio %5\n")
               .arg(importSeconds, 0, 'f', 2)
               .arg(report.created)
               .arg(report.errors.size())
               .arg(importFloor, 0, 'f', 2)
               .arg(ratio(importSeconds, importFloor));
    timer.start();
    const ImportReport again = PartnershipImporter(target.connection()).run(csvPath, {});
    out << QStringLiteral("import of the same file again: %1 s (%2 unchanged)\n")
               .arg(timer.elapsed() / 1000.0, 0, 'f', 2)
               .arg(again.unchanged);
    out << QStringLiteral("peak memory: %1 MB (%2 MB before the import)\n")
               .arg(peakMegabytes(), 0, 'f', 0)
               .arg(memoryBefore, 0, 'f', 0);
    return 0;
}

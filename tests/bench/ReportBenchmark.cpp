// Times the yearly report, as the report issue's goal asks: on a `demo --rows N` database, the
// figures of a year (ReportBuilder), then each file (HTML, XLSX, CSV tables, PDF); wall and CPU
// time of each.
// On PostgreSQL too, in the same run (issue 20): with --postgresql (a throw-away server started
// through tests/postgres/Server.sh and stopped at the end) or --server postgresql://user@host:port/,
// the same database is copied there (DatabaseCopy, as `copy-to` does; timed, not part of the
// report's figures) and the report made again from it, one line per figure, the engine named; the
// CPU of the server process that served it is read from /proc when the server runs on this machine.
// Usage: bench_report [N] (100,000 by default), or bench_report --db FILE [YEAR] for an existing
// database (a `demo --rows 1000000` takes about ten minutes to make); either with
// [--postgresql | --server URL]. Prints figures; asserts nothing.

#include "backup/DatabaseCopy.h"
#include "database/Database.h"
#include "database/DatabaseLocation.h"
#include "demo/DemoGenerator.h"
#include "observatory/ObservatoryDatabase.h"
#include "report/ReportBuilder.h"
#include "report/ReportFiles.h"

#include "BenchServer.h"
#include "CpuTime.h"
#include "PeakMemory.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

// Wall, this process's CPU and (on PostgreSQL) the server process's CPU of a piece of work.
class Stopwatch
{
public:
    explicit Stopwatch(const QSqlDatabase& db)
        : m_db(db)
        , m_server(db.driverName() == QLatin1String("QPSQL"))
    {
        m_serverBefore = m_server ? BenchServer::backendCpuSeconds(m_db) : -1;
        m_cpuBefore = cpuSeconds();
        m_timer.start();
    }

    QString figures()
    {
        const double wall = m_timer.elapsed() / 1000.0;
        const double cpu = cpuSeconds() - m_cpuBefore;
        QString text = QStringLiteral("%1 s (CPU %2 s").arg(wall, 0, 'f', 2).arg(cpu, 0, 'f', 2);
        if (m_server) {
            const double after = BenchServer::backendCpuSeconds(m_db);
            text += m_serverBefore >= 0 && after >= 0
                        ? QStringLiteral(" + server %1 s").arg(after - m_serverBefore, 0, 'f', 2)
                        : QStringLiteral(", the server's not measured");
        }
        return text + QLatin1Char(')');
    }

private:
    QSqlDatabase m_db;
    bool m_server;
    double m_serverBefore = -1;
    double m_cpuBefore = 0;
    QElapsedTimer m_timer;
};

// The figures of `year` and each file, written into `folder`; false when the report failed.
bool timeReport(QTextStream& out, const QString& engine, const Database& database, int year,
                const QString& folder)
{
    QDir().mkpath(folder);
    Stopwatch figures(database.connection());
    const Result<Report> report = ReportBuilder(database.connection()).build(year);
    if (!report) {
        out << engine << ": report failed: " << report.message() << Qt::endl;
        return false;
    }
    out << QStringLiteral("%1: figures of %2: %3 (peak memory so far %4 MB)\n")
               .arg(engine)
               .arg(year)
               .arg(figures.figures())
               .arg(peakMegabytes(), 0, 'f', 0);
    for (const QString& name : {QStringLiteral("report.html"), QStringLiteral("report.xlsx"),
                                QStringLiteral("tables/"), QStringLiteral("report.pdf")}) {
        Stopwatch file(database.connection());
        const Status written = ReportFiles::write(report.value(), folder + QLatin1Char('/') + name);
        out << QStringLiteral("%1:   %2: %3%4\n")
                   .arg(engine, name, file.figures(),
                        written ? QString() : QStringLiteral(" (failed: %1)").arg(written.message()));
    }
    out.flush();
    return true;
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    QTextStream out(stdout);
    QStringList arguments = application.arguments().mid(1);
    bool serverStarted = true;
    const std::unique_ptr<BenchServer> server = BenchServer::fromArguments(arguments, out, serverStarted);
    if (!serverStarted)
        return 1;
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    int year = QDate::currentDate().year() - 1;
    const bool existing = arguments.value(0) == QLatin1String("--db");
    if (existing) {
        path = arguments.value(1);
        if (arguments.size() > 2)
            year = arguments.at(2).toInt();
    }
    Database database;
    if (!ObservatoryDatabase::open(database, DatabaseLocation::sqliteFile(path),
                                   existing ? Database::OpenMode::MustExist
                                            : Database::OpenMode::CreateIfMissing)
             .ok()) {
        out << "cannot open " << path << Qt::endl;
        return 1;
    }
    int rows = 0;
    if (!existing) {
        rows = arguments.isEmpty() ? 100000 : arguments.first().toInt();
        QElapsedTimer timer;
        timer.start();
        if (!DemoGenerator(database.connection(), rows).run()) {
            out << "demo failed" << Qt::endl;
            return 1;
        }
        out << QStringLiteral("demo --rows %1: %2 s\n").arg(rows).arg(timer.elapsed() / 1000.0, 0, 'f', 1);
    }
    if (!timeReport(out, QStringLiteral("SQLite"), database, year, dir.filePath(QStringLiteral("sqlite"))))
        return 1;
    if (!server)
        return 0;

    QString error;
    const std::optional<DatabaseLocation> location =
        server->newDatabase(QStringLiteral("bench_report_%1").arg(rows), &error);
    if (!location) {
        out << error << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds();
    const DatabaseCopy::Outcome copied = DatabaseCopy::copy(database, *location);
    if (!copied.ok()) {
        out << "copy to " << server->description() << " failed: " << copied.message << Qt::endl;
        return 1;
    }
    out << QStringLiteral("copied to %1 (%2 rows): %3 s (CPU %4 s), not part of the report's figures\n")
               .arg(server->description())
               .arg(copied.rows)
               .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
               .arg(cpuSeconds() - cpuBefore, 0, 'f', 1);
    Database onServer;
    if (const DatabaseStatus opened =
            ObservatoryDatabase::open(onServer, *location, Database::OpenMode::MustExist);
        !opened.ok()) {
        out << opened.message << Qt::endl;
        return 1;
    }
    if (!timeReport(out, QStringLiteral("PostgreSQL"), onServer, year,
                    dir.filePath(QStringLiteral("postgresql"))))
        return 1;
    // The same figures on both engines (issue 20, point 5): the HTML report compared.
    const QByteArray onSqlite = contents(dir.filePath(QStringLiteral("sqlite/report.html")));
    out << "HTML report identical on both engines: "
        << (!onSqlite.isEmpty() &&
                    onSqlite == contents(dir.filePath(QStringLiteral("postgresql/report.html")))
                ? "yes"
                : "NO")
        << Qt::endl;
    return 0;
}

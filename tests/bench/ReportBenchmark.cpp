// Times the yearly report, as the report issue's goal asks: on a `demo --rows N` database, the
// figures of a year (ReportBuilder), then each file (HTML, XLSX, CSV tables, PDF).
// Usage: bench_report [N] (100,000 by default), or bench_report --db FILE [YEAR] for an existing
// database (a `demo --rows 1000000` takes about ten minutes to make). Prints figures; asserts nothing.

#include "database/Database.h"
#include "database/DatabaseLocation.h"
#include "demo/DemoGenerator.h"
#include "observatory/ObservatoryDatabase.h"
#include "report/ReportBuilder.h"
#include "report/ReportFiles.h"

#include "PeakMemory.h"

#include <QDate>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = application.arguments().mid(1);
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
    QElapsedTimer timer;
    if (!existing) {
        const int rows = arguments.isEmpty() ? 100000 : arguments.first().toInt();
        timer.start();
        if (!DemoGenerator(database.connection(), rows).run()) {
            out << "demo failed" << Qt::endl;
            return 1;
        }
        out << QStringLiteral("demo --rows %1: %2 s\n").arg(rows).arg(timer.elapsed() / 1000.0, 0, 'f', 1);
    }
    timer.start();
    const Result<Report> report = ReportBuilder(database.connection()).build(year);
    if (!report) {
        out << "report failed: " << report.message() << Qt::endl;
        return 1;
    }
    out << QStringLiteral("figures of %1: %2 s (peak memory %3 MB)\n")
               .arg(year)
               .arg(timer.elapsed() / 1000.0, 0, 'f', 2)
               .arg(peakMegabytes(), 0, 'f', 0);
    for (const QString& name : {QStringLiteral("report.html"), QStringLiteral("report.xlsx"),
                                QStringLiteral("tables/"), QStringLiteral("report.pdf")}) {
        timer.start();
        const Status written = ReportFiles::write(report.value(), dir.filePath(name));
        out << QStringLiteral("  %1: %2 s%3\n")
                   .arg(name)
                   .arg(timer.elapsed() / 1000.0, 0, 'f', 2)
                   .arg(written ? QString() : QStringLiteral(" (failed: %1)").arg(written.message()));
    }
    return 0;
}

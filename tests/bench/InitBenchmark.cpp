// Measures what `observatoire init` costs on an empty file: the schema migrations alone, then the
// reference-data load (countries, départements, communes, EPCI), then the whole Database::open.
// Prints figures; asserts nothing (see docs/performance.md).
#include "database/Database.h"
#include "database/Migrator.h"
#include "observatory/ObservatoryDatabase.h"
#include "refdata/ReferenceDataLoader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

constexpr int kRuns = 5;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    QTextStream out(stdout);
    QList<double> migrations;
    QList<double> loads;
    QList<double> opens;
    for (int run = 0; run < kRuns; ++run) {
        QTemporaryDir dir;
        {
            const QString name = QStringLiteral("bench-%1").arg(run);
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(dir.filePath(QStringLiteral("steps.sqlite")));
                db.open();
                QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
                QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
                QElapsedTimer timer;
                timer.start();
                if (!Migrator::migrate(db, DatabaseLocation::Backend::Sqlite, 0)) {
                    out << "migration failed" << Qt::endl;
                    return 1;
                }
                migrations << timer.nsecsElapsed() / 1e6;
                timer.restart();
                if (!ReferenceDataLoader(db).update()) {
                    out << "reference data load failed" << Qt::endl;
                    return 1;
                }
                loads << timer.nsecsElapsed() / 1e6;
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        QElapsedTimer timer;
        timer.start();
        Database database;
        if (!ObservatoryDatabase::open(
                 database, DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("init.sqlite"))),
                 Database::OpenMode::CreateIfMissing)
                 .ok()) {
            out << "open failed" << Qt::endl;
            return 1;
        }
        opens << timer.nsecsElapsed() / 1e6;
    }
    out << QStringLiteral("init benchmark, median of %1 runs\n").arg(kRuns);
    out << QStringLiteral("  schema migrations:     %1 ms\n").arg(median(migrations), 0, 'f', 1);
    out << QStringLiteral("  reference data load:   %1 ms\n").arg(median(loads), 0, 'f', 1);
    out << QStringLiteral("  whole Database::open:  %1 ms\n").arg(median(opens), 0, 'f', 1);
    return 0;
}

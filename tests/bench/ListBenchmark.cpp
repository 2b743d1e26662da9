// Measures what an adviser waits for in the lists of a large observatory: opening each list,
// narrowing it as a search is typed, filtering and sorting. Builds a `demo --rows N` database
// (N = 100,000 unless given as the first argument) in a temporary folder, or uses the file
// given as the second argument; `first` as the third prints only the first screens of a search
// typed letter by letter, of the words that follow it or of four words the window's benchmark
// types. Prints figures; asserts nothing (see docs/performance.md).
#include "CpuTime.h"
#include "database/Database.h"
#include "database/PageCache.h"
#include "demo/DemoGenerator.h"
#include "lists/ListConnection.h"
#include "lists/RecordQuery.h"
#include "observatory/ObservatoryDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

constexpr int kRuns = 3;
constexpr int kScreenRows = 40;

double wallSeconds()
{
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    return clock.nsecsElapsed() / 1e9;
}

// Median milliseconds of `runs` calls of `work`, by `clock` (seconds).
template <typename Work> double timed(Work work, int runs = kRuns, double (*clock)() = wallSeconds)
{
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        const double start = clock();
        work();
        times << (clock() - start) * 1000;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// What showing a list costs: the matching ids, then the rows of one screen.
int showList(const QSqlDatabase& db, RecordList::Family family, const RecordFilter& filter,
             int sortColumn = -1)
{
    RecordQuery query(db, family, false);
    query.setFilter(filter);
    query.setSort(sortColumn, Qt::AscendingOrder);
    const QList<qint64> ids = query.matchingIds();
    query.rows(ids.mid(0, kScreenRows));
    return static_cast<int>(ids.size());
}

// The first screen alone (what the window shows first), each prefix of `words` or, without
// them, of the words the window's benchmark types, in CPU milliseconds: where the tail of
// bench_window's search comes from.
void printFirstScreens(const QSqlDatabase& db, QTextStream& out, QStringList words = {})
{
    if (words.isEmpty())
        words = {QStringLiteral("lyon"), QStringLiteral("ouagadougou"), QStringLiteral("eau"),
                 QStringLiteral("jumelage")};
    // The page cache and memory map of the window's list connection (ui/ListLoader).
    const PageCache listCache(db, ListConnection::kPageCacheMiB, PageCache::Reads::Mapped);
    out << QStringLiteral("  first screen of partnerships (200 ids) as each word is typed, CPU ms (ids):\n");
    for (const QString& word : std::as_const(words)) {
        QStringList figures;
        for (qsizetype length = 1; length <= word.size(); ++length) {
            RecordQuery query(db, RecordList::Family::Partnerships, false);
            RecordFilter filter;
            filter.search = word.left(length);
            query.setFilter(filter);
            qsizetype shown = 0;
            const double ms =
                timed([&] { shown = query.firstIds(200).size(); }, kRuns, [] { return cpuSeconds(); });
            figures << QStringLiteral("%1 %2 (%3)").arg(filter.search).arg(ms, 0, 'f', 1).arg(shown);
        }
        out << QStringLiteral("    ") << figures.join(QStringLiteral(", ")) << Qt::endl;
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    QTextStream out(stdout);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString path =
        argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("bench.sqlite"));

    Database database;
    if (!ObservatoryDatabase::open(database, DatabaseLocation::sqliteFile(path),
                                   Database::OpenMode::CreateIfMissing)
             .ok()) {
        out << "cannot open " << path << Qt::endl;
        return 1;
    }
    if (argc <= 2) {
        QElapsedTimer timer;
        timer.start();
        if (!DemoGenerator(database.connection(), rows).run()) {
            out << "demo failed" << Qt::endl;
            return 1;
        }
        out << QStringLiteral("demo --rows %1: %2 s\n").arg(rows).arg(timer.elapsed() / 1000.0, 0, 'f', 1);
    }
    const QSqlDatabase db = database.connection();
    out << QStringLiteral(
               "lists of a demo --rows %1 database, median of %2 runs (ids + one screen of rows)\n")
               .arg(rows)
               .arg(kRuns);
    if (argc > 3 && QLatin1String(argv[3]) == QLatin1String("first")) {
        QStringList words;
        for (int i = 4; i < argc; ++i)
            words << QString::fromLocal8Bit(argv[i]);
        printFirstScreens(db, out, words);
        return 0;
    }
    const QList<std::pair<RecordList::Family, const char*>> families = {
        {RecordList::Family::Actors, "actors"},
        {RecordList::Family::Partners, "partners"},
        {RecordList::Family::Partnerships, "partnerships"},
        {RecordList::Family::Projects, "projects"}};
    for (const auto& [family, name] : families) {
        int shown = 0;
        const double ms = timed([&] { shown = showList(db, family, {}); });
        out << QStringLiteral("  open %1 (%2 records): %3 ms\n")
                   .arg(QLatin1String(name))
                   .arg(shown)
                   .arg(ms, 0, 'f', 1);
    }
    // Search as you type, letter by letter, in the partnerships (own words, actors and partners).
    const QString typed = QStringLiteral("ouagadougou");
    for (int length : {1, 2, 3, 5, 11}) {
        RecordFilter filter;
        filter.search = typed.left(length);
        int shown = 0;
        const double ms = timed([&] { shown = showList(db, RecordList::Family::Partnerships, filter); });
        out << QStringLiteral("  search partnerships \"%1\" (%2 found): %3 ms\n")
                   .arg(filter.search)
                   .arg(shown)
                   .arg(ms, 0, 'f', 1);
    }
    printFirstScreens(db, out);
    RecordFilter combined;
    combined.search = QStringLiteral("eau");
    combined.countryCode = QStringLiteral("BF");
    combined.activeYear = 2020;
    int shown = 0;
    double ms = timed([&] { shown = showList(db, RecordList::Family::Projects, combined); });
    out << QStringLiteral("  projects \"eau\" + Burkina Faso + active in 2020 (%1 found): %2 ms\n")
               .arg(shown)
               .arg(ms, 0, 'f', 1);
    RecordFilter twinnings;
    twinnings.twinningsOnly = true;
    twinnings.zoneCode = QStringLiteral("union_europeenne");
    ms = timed([&] { shown = showList(db, RecordList::Family::Partnerships, twinnings); });
    out << QStringLiteral("  twinnings in the EU (%1 found): %2 ms\n").arg(shown).arg(ms, 0, 'f', 1);
    RecordFilter departement;
    departement.departementCode = QStringLiteral("38");
    ms = timed([&] { shown = showList(db, RecordList::Family::Partnerships, departement); });
    out << QStringLiteral("  partnerships of actors in Isère (%1 found): %2 ms\n")
               .arg(shown)
               .arg(ms, 0, 'f', 1);
    ms = timed([&] { shown = showList(db, RecordList::Family::Partnerships, {}, 1); });
    out << QStringLiteral("  partnerships sorted by actors (computed column): %1 ms\n").arg(ms, 0, 'f', 1);
    ms = timed([&] { shown = showList(db, RecordList::Family::Projects, {}, 6); });
    out << QStringLiteral("  projects sorted by budget: %1 ms\n").arg(ms, 0, 'f', 1);
    return 0;
}

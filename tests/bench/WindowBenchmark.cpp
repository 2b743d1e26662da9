// Measures what an adviser waits for in the window of a large observatory, from the key press or
// click to the painted result, by driving the real window offscreen: changing section, each
// keystroke of a search, sorting by each column, opening an editor, the completion of a name.
// Builds a `demo --rows N` database (N = 100,000 unless given as the first argument) in a
// temporary folder, or uses the database given as the second argument. A third argument names
// the only part to run (sections, search, sort, editor): at a million records, the sorts of
// computed columns take minutes; the parts begin once the lists' loader has read every table ahead,
// unless the fourth argument is `cold`. Prints one line per
// figure (median and 95th percentile over the scripted sequence) against its goal, each as wall
// time and as the CPU time the process spent meanwhile (the window's thread and the list loader's):
// on a shared machine the wall time is mostly waiting for a core, the CPU time is the work. The
// waits for the window sleep until its next event, so that they add no CPU time of their own.
// Asserts nothing (see docs/performance.md). Run with QT_QPA_PLATFORM=offscreen.
#include "CpuTime.h"
#include "database/Database.h"
#include "demo/DemoGenerator.h"
#include "support/WhenOpen.h"
#include "ui/AppSettings.h"
#include "ui/Dialogs.h"
#include "ui/MainWindow.h"
#include "ui/RecordListModel.h"
#include "ui/RecordListPage.h"
#include "ui/editors/RecordEditorDialog.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <numeric>

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Wall time and the process's CPU time since start().
class Stopwatch
{
public:
    void start()
    {
        m_wall.start();
        m_cpuStart = cpuSeconds(); // the whole process's: the window's thread and the loader's
    }
    double wallMs() const { return static_cast<double>(m_wall.nsecsElapsed()) / 1e6; }
    double cpuMs() const { return (cpuSeconds() - m_cpuStart) * 1000; }

private:
    QElapsedTimer m_wall;
    double m_cpuStart = 0;
};

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return 0;
    const auto index = static_cast<qsizetype>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values.at(std::min(index, values.size() - 1));
}

struct Figures
{
    QList<double> ms;
    QList<double> cpuMs;

    void add(const Stopwatch& watch)
    {
        ms << watch.wallMs();
        cpuMs << watch.cpuMs();
    }
};

void print(const QString& what, const Figures& figures, const QString& goal)
{
    out() << QStringLiteral("  %1: median %2 ms, p95 %3 ms; CPU median %4 ms, p95 %5 ms (%6 runs; goal %7)\n")
                 .arg(what)
                 .arg(percentile(figures.ms, 0.5), 0, 'f', 1)
                 .arg(percentile(figures.ms, 0.95), 0, 'f', 1)
                 .arg(percentile(figures.cpuMs, 0.5), 0, 'f', 1)
                 .arg(percentile(figures.cpuMs, 0.95), 0, 'f', 1)
                 .arg(figures.ms.size())
                 .arg(goal);
    out().flush();
}

// Lets the window handle its events, sleeping between them, until `done`.
void waitUntil(const std::function<bool()>& done)
{
    while (!done())
        QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
}

// Lets the window handle its events until `done`, then paints the list's rows on screen.
void untilPainted(MainWindow& window, const std::function<bool()>& done)
{
    waitUntil(done);
    RecordListPage* page = window.page(window.currentFamily());
    page->table()->viewport()->repaint();
}

// Whether the list on screen shows its first screen of the newest reading (ListLoader answers a
// screen first, then counts the rest).
bool firstScreenShown(MainWindow& window)
{
    const RecordListModel* model = window.page(window.currentFamily())->model();
    return !model->isLoading() || model->isCounting();
}

} // namespace

int main(int argc, char** argv)
{
    QApplication application(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString path =
        argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("bench.sqlite"));
    const QString only = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();
    // `cold` as the fourth: the parts begin as soon as the lists are read, before the loader has
    // read the tables ahead (the first searches then meet their pages for the first time).
    const bool cold = argc > 4 && QLatin1String(argv[4]) == QLatin1String("cold");
    const auto runs = [&only](const char* part) { return only.isEmpty() || only == QLatin1String(part); };
    if (argc <= 2) {
        Database database;
        if (!database.open(DatabaseLocation::sqliteFile(path), Database::OpenMode::CreateIfMissing).ok()) {
            out() << "cannot open " << path << Qt::endl;
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        if (!DemoGenerator(database.connection(), rows).run()) {
            out() << "demo failed" << Qt::endl;
            return 1;
        }
        out() << QStringLiteral("demo --rows %1: %2 s\n").arg(rows).arg(timer.elapsed() / 1000.0, 0, 'f', 1);
    }

    Dialogs::setTestMode(true);
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    window.resize(1400, 900);
    window.show();
    Stopwatch opening;
    opening.start();
    if (!window.openDatabase(DatabaseLocation::sqliteFile(path), Database::OpenMode::MustExist)) {
        out() << "cannot open " << path << " in the window" << Qt::endl;
        return 1;
    }
    untilPainted(window, [&] { return !window.listsLoading(); });
    const double opened = opening.wallMs();
    const double openedCpu = opening.cpuMs();
    out() << QStringLiteral("the window on a demo --rows %1 database, offscreen, from the key press or click "
                            "to the painted rows\n")
                 .arg(rows);
    out() << QStringLiteral("  open the database, every list read: %1 ms; CPU %2 ms\n")
                 .arg(opened, 0, 'f', 1)
                 .arg(openedCpu, 0, 'f', 1);
    if (!cold) {
        Stopwatch readingAhead;
        readingAhead.start();
        waitUntil([&] { return window.listsReadAhead(); });
        out() << QStringLiteral("  then every table read ahead by the lists' loader: %1 ms (CPU %2 ms)\n")
                     .arg(readingAhead.wallMs(), 0, 'f', 1)
                     .arg(readingAhead.cpuMs(), 0, 'f', 1);
    }
    window.activateWindow();

    if (runs("sections")) {
        // Section changes: Ctrl+1…4, round the four places, five times.
        Figures sections;
        for (int round = 0; round < 5; ++round) {
            for (int place = 0; place < 4; ++place) {
                Stopwatch timer;
                timer.start();
                QTest::keyClick(&window, static_cast<Qt::Key>(Qt::Key_1 + ((place + 1) % 4)),
                                Qt::ControlModifier);
                untilPainted(window, [&] { return !window.listsLoading(); });
                sections.add(timer);
            }
        }
        print(QStringLiteral("section change"), sections, QStringLiteral("< 100 ms"));
    }

    if (runs("search")) {
        // A search typed letter by letter in the partnerships: what each key press blocks the window
        // for, then the search itself, from the end of the typing pause to the painted rows.
        window.showFamily(RecordList::Family::Partnerships);
        untilPainted(window, [&] { return !window.listsLoading(); });
        QLineEdit* search = window.findChild<QLineEdit*>(QStringLiteral("searchField"));
        Figures keystrokes;
        Figures searches;
        Figures counted;
        QStringList typedText; // what the search field held, run by run
        for (const QString& word : {QStringLiteral("lyon"), QStringLiteral("ouagadougou"),
                                    QStringLiteral("eau"), QStringLiteral("jumelage")}) {
            search->clear();
            untilPainted(window, [&] { return !window.listsLoading(); });
            search->setFocus();
            for (qsizetype typed = 0; typed < word.size(); ++typed) {
                Stopwatch timer;
                timer.start();
                QTest::keyClick(search, word.at(typed).toLatin1());
                keystrokes.add(timer);
                // The search starts once typing pauses (FilterBar's timer): measured from then.
                waitUntil([&] { return !firstScreenShown(window); });
                Stopwatch running;
                running.start();
                untilPainted(window, [&] { return firstScreenShown(window); });
                searches.add(running);
                typedText << word.left(typed + 1);
                // The next letter comes as soon as the first screen shows, as the adviser types on
                // (the count of the letter before is given up); the whole count, at a word's end.
                if (typed == word.size() - 1) {
                    untilPainted(window, [&] { return !window.listsLoading(); });
                    counted.add(running);
                }
            }
        }
        print(QStringLiteral("search: a key press handled"), keystrokes, QStringLiteral("< 50 ms p95"));
        print(QStringLiteral("search: first screen painted, from the end of the typing pause"), searches,
              QStringLiteral("< 50 ms p95"));
        print(QStringLiteral("search: all results counted, at the end of each word"), counted,
              QStringLiteral("none: the busy indicator shows"));
        // Where the tail comes from: the slowest first screens, by CPU time.
        QList<qsizetype> slowest(typedText.size());
        std::iota(slowest.begin(), slowest.end(), 0);
        std::sort(slowest.begin(), slowest.end(),
                  [&](qsizetype a, qsizetype b) { return searches.cpuMs.at(a) > searches.cpuMs.at(b); });
        QStringList tail;
        for (qsizetype i = 0; i < std::min<qsizetype>(4, slowest.size()); ++i)
            tail << QStringLiteral("« %1 » %2 ms")
                        .arg(typedText.at(slowest.at(i)))
                        .arg(searches.cpuMs.at(slowest.at(i)), 0, 'f', 1);
        out() << QStringLiteral("  search: the slowest first screens, CPU: %1\n")
                     .arg(tail.join(QStringLiteral(", ")));
        // The goal at a million records is for every keystroke: the slowest in wall time too.
        const auto slowestWall = std::max_element(searches.ms.cbegin(), searches.ms.cend());
        if (slowestWall != searches.ms.cend())
            out() << QStringLiteral("  search: the slowest first screen, wall: « %1 » %2 ms\n")
                         .arg(typedText.at(slowestWall - searches.ms.cbegin()))
                         .arg(*slowestWall, 0, 'f', 1);
        // Each keystroke's, in the order typed: to compare a word's figures from run to run.
        QStringList each;
        for (qsizetype i = 0; i < typedText.size(); ++i)
            each << QStringLiteral("%1 %2").arg(typedText.at(i)).arg(searches.cpuMs.at(i), 0, 'f', 1);
        out() << QStringLiteral("  search: each first screen, CPU ms: %1\n")
                     .arg(each.join(QStringLiteral(", ")));
        search->clear();
        untilPainted(window, [&] { return !window.listsLoading(); });
    }

    if (runs("sort")) {
        // Sorting the partnerships and the projects by each visible column, both ways.
        for (const RecordList::Family family :
             {RecordList::Family::Partnerships, RecordList::Family::Projects}) {
            window.showFamily(family);
            untilPainted(window, [&] { return !window.listsLoading(); });
            QHeaderView* header = window.page(family)->table()->horizontalHeader();
            Figures sorts;
            Figures sortsCounted;
            for (int column = 0; column < header->count(); ++column) {
                if (header->isSectionHidden(column))
                    continue;
                for (int twice = 0; twice < 2; ++twice) {
                    Stopwatch timer;
                    timer.start();
                    QTest::mouseClick(
                        header->viewport(), Qt::LeftButton, {},
                        QPoint(header->sectionViewportPosition(column) + 5, header->height() / 2));
                    untilPainted(window, [&] { return firstScreenShown(window); });
                    sorts.add(timer);
                    untilPainted(window, [&] { return !window.listsLoading(); });
                    sortsCounted.add(timer);
                }
            }
            print(QStringLiteral("sort %1 by a column, first screen painted")
                      .arg(RecordList::familyTitle(family).toLower()),
                  sorts, QStringLiteral("< 300 ms"));
            print(QStringLiteral("sort %1 by a column, the whole list read")
                      .arg(RecordList::familyTitle(family).toLower()),
                  sortsCounted, QStringLiteral("none: the busy indicator shows"));
            header->setSortIndicator(-1, Qt::AscendingOrder);
            window.page(family)->model()->sort(-1);
            untilPainted(window, [&] { return !window.listsLoading(); });
        }
    }

    if (runs("editor")) {
        // Opening a partnership in its editor, and the completion of an actor's name in it.
        window.showFamily(RecordList::Family::Partnerships);
        untilPainted(window, [&] { return !window.listsLoading(); });
        QTableView* table = window.page(RecordList::Family::Partnerships)->table();
        Figures editors;
        Figures completions;
        for (int run = 0; run < 10; ++run) {
            table->selectRow(run * 7);
            Stopwatch timer;
            whenOpen<QWidget>([&](QWidget* editor) {
                QApplication::processEvents();
                editor->repaint();
                editors.add(timer);
                auto* links = editor->findChild<QWidget*>(QStringLiteral("actorLinks"));
                auto* field = links ? links->findChild<QLineEdit*>(QStringLiteral("linkSearch")) : nullptr;
                if (field) {
                    field->setFocus();
                    QTest::keyClicks(field, QStringLiteral("lyo"));
                    Stopwatch typing;
                    typing.start();
                    QTest::keyClick(field, 'n');
                    QAbstractItemView* popup = field->completer()->popup();
                    waitUntil([popup] { return popup->isVisible(); });
                    popup->repaint();
                    completions.add(typing);
                    QTest::keyClick(popup, Qt::Key_Escape);
                    field->clear();
                }
                Dialogs::queueChoice(1);
                static_cast<RecordEditorDialog*>(editor)->reject();
            });
            timer.start();
            window.findChild<QAction*>(QStringLiteral("actionOpenRecord"))->trigger();
        }
        print(QStringLiteral("open a partnership in its editor"), editors, QStringLiteral("< 100 ms"));
        print(QStringLiteral("completion of « lyon » among the actors"), completions,
              QStringLiteral("< 50 ms"));
    }
    Dialogs::setTestMode(false);
    return 0;
}

#include "support/QtPrinting.h"
#include "support/StoreFixture.h"

#include "ui/AppSettings.h"
#include "ui/Dialogs.h"
#include "ui/FilterBar.h"
#include "ui/MainWindow.h"
#include "ui/RecordListModel.h"
#include "ui/RecordListPage.h"

#include <QAbstractItemModelTester>
#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QFile>
#include <QHeaderView>
#include <QListWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A database with records of every family, closed so that the window opens it on its own.
struct SampleDatabase
{
    QTemporaryDir dir;
    QString path;

    SampleDatabase()
    {
        StoreFixture db;
        const qint64 lyon = db.addActor(QStringLiteral("Lyon"));
        const qint64 grenoble = db.addActor(QStringLiteral("Grenoble"));
        db.addActor(QStringLiteral("Comité de jumelage de Vienne"), QStringLiteral("comite_jumelage"));
        const qint64 leipzig = db.addPartner(QStringLiteral("Leipzig"), QStringLiteral("DE"));
        const qint64 kaya = db.addPartner(QStringLiteral("Kaya"), QStringLiteral("BF"));
        db.addPartnership(lyon, leipzig);
        db.addPartnership(grenoble, kaya, QStringLiteral("cooperation_decentralisee"));
        db.addProject(QStringLiteral("Accès à l'eau à Kaya"), grenoble);
        path = dir.filePath(QStringLiteral("sample.sqlite"));
        db.database().close();
        REQUIRE(QFile::copy(db.path(), path));
    }
};

struct WindowFixture
{
    QTemporaryDir settingsDir;
    AppSettings settings{settingsDir.filePath(QStringLiteral("settings.ini"))};
    MainWindow window{settings};

    WindowFixture() { Dialogs::setTestMode(true); }
    ~WindowFixture() { Dialogs::setTestMode(false); }
};

// The lists are read on a thread of their own: wait for them to arrive.
void waitForLists(const MainWindow& window)
{
    QTRY_VERIFY(!window.listsLoading());
}

QAction* actionNamed(const MainWindow& window, const char* name)
{
    QAction* action = window.findChild<QAction*>(QString::fromLatin1(name));
    REQUIRE(action);
    return action;
}

} // namespace

TEST_CASE("The main window lists the records of the open database", "[ui][main-window]")
{
    SampleDatabase sample;
    WindowFixture fixture;
    fixture.window.show();
    REQUIRE(fixture.window.openDatabase(DatabaseLocation::sqliteFile(sample.path),
                                        Database::OpenMode::MustExist));
    waitForLists(fixture.window);

    RecordListPage* actors = fixture.window.page(RecordList::Family::Actors);
    CHECK(actors->model()->rowCount() == 3);
    CHECK(actors->countText() == QStringLiteral("3 actors"));
    CHECK(fixture.window.page(RecordList::Family::Partners)->model()->rowCount() == 2);
    CHECK(fixture.window.page(RecordList::Family::Partnerships)->model()->rowCount() == 2);
    CHECK(fixture.window.page(RecordList::Family::Projects)->model()->rowCount() == 1);
    CHECK(fixture.window.windowTitle().contains(QStringLiteral("sample.sqlite")));

    // Sorted by name: Comité…, Grenoble, Lyon.
    const QAbstractItemModel* shown = actors->table()->model();
    CHECK(shown->index(0, 0).data().toString() == QStringLiteral("Comité de jumelage de Vienne"));
    CHECK(shown->index(2, 0).data().toString() == QStringLiteral("Lyon"));
    CHECK(shown->index(2, 1).data().toString() == QStringLiteral("Commune"));
    CHECK(shown->index(2, 4).data().toString() == QStringLiteral("1"));

    const QAbstractItemModel* partnerships =
        fixture.window.page(RecordList::Family::Partnerships)->table()->model();
    QStringList kinds;
    for (int row = 0; row < partnerships->rowCount(); ++row)
        kinds << partnerships->index(row, 0).data().toString();
    CHECK(kinds.contains(QStringLiteral("Twinning")));
    CHECK(kinds.contains(QStringLiteral("Decentralised cooperation")));
}

TEST_CASE("Clicking a place shows its list", "[ui][main-window]")
{
    SampleDatabase sample;
    WindowFixture fixture;
    fixture.window.show();
    REQUIRE(fixture.window.openDatabase(DatabaseLocation::sqliteFile(sample.path),
                                        Database::OpenMode::MustExist));
    waitForLists(fixture.window);
    auto* places = fixture.window.findChild<QListWidget*>(QStringLiteral("placeList"));
    REQUIRE(places);
    CHECK(fixture.window.currentFamily() == RecordList::Family::Actors);

    QListWidgetItem* projects = places->item(3);
    QTest::mouseClick(places->viewport(), Qt::LeftButton, {}, places->visualItemRect(projects).center());
    CHECK(fixture.window.currentFamily() == RecordList::Family::Projects);

    places->setFocus();
    QTest::keyClick(places, Qt::Key_Up);
    CHECK(fixture.window.currentFamily() == RecordList::Family::Partnerships);
}

TEST_CASE("Clicking a column header sorts the list", "[ui][main-window]")
{
    SampleDatabase sample;
    WindowFixture fixture;
    fixture.window.show();
    REQUIRE(fixture.window.openDatabase(DatabaseLocation::sqliteFile(sample.path),
                                        Database::OpenMode::MustExist));
    waitForLists(fixture.window);
    QTableView* table = fixture.window.page(RecordList::Family::Actors)->table();
    QHeaderView* header = table->horizontalHeader();
    const QPoint nameHeader(header->sectionViewportPosition(0) + 10, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, nameHeader);
    waitForLists(fixture.window);
    const QString first = table->model()->index(0, 0).data().toString();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, nameHeader);
    waitForLists(fixture.window);
    CHECK(table->model()->index(0, 0).data().toString() != first);
    CHECK(table->model()->index(0, 0).data().toString() == QStringLiteral("Lyon"));
}

TEST_CASE("File › Open opens another database and remembers it", "[ui][main-window]")
{
    SampleDatabase sample;
    WindowFixture fixture;
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    REQUIRE(fixture.window.openDatabase(DatabaseLocation::sqliteFile(empty),
                                        Database::OpenMode::CreateIfMissing));
    waitForLists(fixture.window);
    CHECK(fixture.window.page(RecordList::Family::Actors)->model()->rowCount() == 0);

    Dialogs::queueFileName(sample.path);
    actionNamed(fixture.window, "actionOpenDatabase")->trigger();
    waitForLists(fixture.window);
    CHECK(fixture.window.database()->location().filePath() == sample.path);
    CHECK(fixture.window.page(RecordList::Family::Actors)->model()->rowCount() == 3);
    CHECK(fixture.settings.lastDatabase() == sample.path);
    CHECK(fixture.settings.recentDatabases() == QStringList{sample.path, empty});

    auto* recent = fixture.window.findChild<QMenu*>(QStringLiteral("recentMenu"));
    REQUIRE(recent);
    REQUIRE(recent->actions().size() == 2);
    recent->actions().at(1)->trigger();
    waitForLists(fixture.window);
    CHECK(fixture.window.database()->location().filePath() == empty);
}

TEST_CASE("A database that cannot be opened is explained and the current one stays", "[ui][main-window]")
{
    SampleDatabase sample;
    WindowFixture fixture;
    REQUIRE(fixture.window.openDatabase(DatabaseLocation::sqliteFile(sample.path),
                                        Database::OpenMode::MustExist));
    waitForLists(fixture.window);

    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(text);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(300, 'n'));
    file.close();

    Dialogs::queueFileName(text);
    actionNamed(fixture.window, "actionOpenDatabase")->trigger();
    REQUIRE(Dialogs::shownMessages().size() == 1);
    CHECK(Dialogs::shownMessages().first().contains(QStringLiteral("not an SQLite database")));
    CHECK(fixture.window.database()->location().filePath() == sample.path);
    CHECK(fixture.window.page(RecordList::Family::Actors)->model()->rowCount() == 3);
}

TEST_CASE("File › New creates an empty database and refuses to overwrite a file", "[ui][main-window]")
{
    WindowFixture fixture;
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("nouvelle"));
    Dialogs::queueFileName(fresh);
    actionNamed(fixture.window, "actionNewDatabase")->trigger();
    REQUIRE(fixture.window.database());
    CHECK(fixture.window.database()->location().filePath() == fresh + QStringLiteral(".sqlite"));
    CHECK(QFile::exists(fresh + QStringLiteral(".sqlite")));

    Dialogs::queueFileName(fresh + QStringLiteral(".sqlite"));
    actionNamed(fixture.window, "actionNewDatabase")->trigger();
    REQUIRE(Dialogs::shownMessages().size() == 1);
    CHECK(Dialogs::shownMessages().first().contains(QStringLiteral("already exists")));
}

TEST_CASE("The window remembers its geometry", "[ui][main-window]")
{
    QTemporaryDir settingsDir;
    const QString ini = settingsDir.filePath(QStringLiteral("settings.ini"));
    {
        AppSettings settings(ini);
        MainWindow window(settings);
        window.show();
        window.resize(900, 640);
        window.close();
    }
    AppSettings settings(ini);
    CHECK_FALSE(settings.mainWindowGeometry().isEmpty());
    MainWindow window(settings);
    window.show();
    CHECK(window.size() == QSize(900, 640));
}

TEST_CASE("The list models keep Qt's model rules", "[ui][models]")
{
    SampleDatabase sample;
    Database database;
    REQUIRE(database.open(DatabaseLocation::sqliteFile(sample.path), Database::OpenMode::MustExist).ok());
    for (const RecordList::Family family : RecordList::families()) {
        RecordListModel model(family);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDatabase(database.connection());
        CHECK(model.rowCount() > 0);
        CHECK(model.errorString().isEmpty());
        CHECK(model.idAt(0) > 0);
        model.reload();
    }
}

TEST_CASE("The About box names the version and the sources of the reference data", "[ui][main-window]")
{
    WindowFixture fixture;
    QTemporaryDir dir;
    REQUIRE(fixture.window.openDatabase(DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("a.sqlite"))),
                                        Database::OpenMode::CreateIfMissing));
    waitForLists(fixture.window);
    actionNamed(fixture.window, "actionAbout")->trigger();
    REQUIRE(Dialogs::shownMessages().size() == 1);
    const QString text = Dialogs::shownMessages().first();
    CHECK(text.contains(QStringLiteral(OBSERVATOIRE_VERSION)));
    CHECK(text.contains(QStringLiteral("@etalab/decoupage-administratif 6.0.0")));
    CHECK(text.contains(QStringLiteral("i18n-iso-countries")));
    CHECK(text.contains(QStringLiteral("Licence Ouverte")));
}

TEST_CASE("Search narrows the list as letters are typed", "[ui][search]")
{
    SampleDatabase sample;
    WindowFixture fixture;
    fixture.window.show();
    REQUIRE(fixture.window.openDatabase(DatabaseLocation::sqliteFile(sample.path), Database::OpenMode::MustExist));
    waitForLists(fixture.window);
    RecordListPage* actors = fixture.window.page(RecordList::Family::Actors);
    REQUIRE(actors->model()->rowCount() == 3);

    fixture.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&fixture.window));
    QTest::keyClick(&fixture.window, Qt::Key_F, Qt::ControlModifier);
    QLineEdit* search = fixture.window.findChild<QLineEdit*>(QStringLiteral("searchField"));
    REQUIRE(search);
    CHECK(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("g"));
    QTRY_COMPARE(actors->model()->rowCount(), 1);
    CHECK(actors->table()->model()->index(0, 0).data().toString() == QStringLiteral("Grenoble"));
    CHECK(actors->countText() == QStringLiteral("1 actor of 3"));
    // Accents and case do not matter: "comite" finds "Comité de jumelage de Vienne".
    search->clear();
    QTest::keyClicks(search, QStringLiteral("COMITE"));
    QTRY_COMPARE(actors->table()->model()->index(0, 0).data().toString(), QStringLiteral("Comité de jumelage de Vienne"));
    CHECK(actors->model()->rowCount() == 1);
    QTest::keyClick(search, Qt::Key_Z);
    QTRY_COMPARE(actors->model()->rowCount(), 0);
    search->clear();
    QTRY_COMPARE(actors->model()->rowCount(), 3);
    CHECK(actors->countText() == QStringLiteral("3 actors"));
}

TEST_CASE("A filter and a search combine, and are kept when changing place", "[ui][search]")
{
    SampleDatabase sample;
    WindowFixture fixture;
    fixture.window.show();
    REQUIRE(fixture.window.openDatabase(DatabaseLocation::sqliteFile(sample.path), Database::OpenMode::MustExist));
    waitForLists(fixture.window);
    fixture.window.showFamily(RecordList::Family::Partnerships);
    RecordListPage* partnerships = fixture.window.page(RecordList::Family::Partnerships);
    REQUIRE(partnerships->model()->rowCount() == 2);

    auto* kind = fixture.window.findChild<QComboBox*>(QStringLiteral("kindFilter"));
    REQUIRE(kind);
    CHECK(kind->isVisible());
    kind->setCurrentIndex(kind->findData(QStringLiteral("cooperation_decentralisee")));
    QTRY_COMPARE(partnerships->model()->rowCount(), 1);
    QLineEdit* search = fixture.window.findChild<QLineEdit*>(QStringLiteral("searchField"));
    QTest::keyClicks(search, QStringLiteral("leipzig"));
    QTRY_COMPARE(partnerships->model()->rowCount(), 0);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("kaya"));
    QTRY_COMPARE(partnerships->model()->rowCount(), 1);

    // Actors of decentralised cooperations whose name or place says "kaya": none; Grenoble works with Kaya
    // through its partnership but the actor list searches actors' own words.
    fixture.window.showFamily(RecordList::Family::Actors);
    waitForLists(fixture.window);
    RecordListPage* actors = fixture.window.page(RecordList::Family::Actors);
    CHECK(search->text() == QStringLiteral("kaya"));
    CHECK(actors->model()->filter().kindCode == QStringLiteral("cooperation_decentralisee"));
    CHECK(actors->model()->rowCount() == 0);
    search->clear();
    QTRY_COMPARE(actors->model()->rowCount(), 1);
    CHECK(actors->table()->model()->index(0, 0).data().toString() == QStringLiteral("Grenoble"));

    auto* clear = fixture.window.findChild<QAbstractButton*>(QStringLiteral("clearFilters"));
    REQUIRE(clear);
    QTest::mouseClick(clear, Qt::LeftButton);
    QTRY_COMPARE(actors->model()->rowCount(), 3);
    CHECK(kind->currentIndex() == 0);
}

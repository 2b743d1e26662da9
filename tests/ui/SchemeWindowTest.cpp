#include "support/CellTyping.h"
#include "support/QtPrinting.h"
#include "support/StoreFixture.h"
#include "support/WhenOpen.h"

#include "store/PartnershipStore.h"
#include "store/SchemeStore.h"
#include "store/Trash.h"
#include "ui/AppSettings.h"
#include "ui/ClosingCallsPanel.h"
#include "ui/Dialogs.h"
#include "ui/MainWindow.h"
#include "ui/RecordDetails.h"
#include "ui/RecordListModel.h"
#include "ui/RecordListPage.h"
#include "ui/editors/CodeCheckList.h"
#include "ui/editors/SchemeEditor.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

#include <algorithm>
#include <functional>

namespace {

// Grenoble works on water in Burkina Faso, Lyon in Germany; two schemes, one closing today.
struct SchemeSample
{
    QTemporaryDir dir;
    QString path;
    qint64 water = 0;
    qint64 europe = 0;

    SchemeSample()
    {
        StoreFixture db;
        const qint64 grenoble = db.addActor(QStringLiteral("Grenoble"));
        const qint64 lyon = db.addActor(QStringLiteral("Lyon"));
        const qint64 partnership =
            db.addPartnership(grenoble, db.addPartner(QStringLiteral("Kaya"), QStringLiteral("BF")),
                              QStringLiteral("cooperation_decentralisee"));
        Partnership kaya = *PartnershipStore(db.connection()).find(partnership);
        kaya.themeCodes = {QStringLiteral("eau_assainissement")};
        REQUIRE(PartnershipStore(db.connection()).update(kaya).ok());
        db.addPartnership(lyon, db.addPartner(QStringLiteral("Leipzig"), QStringLiteral("DE")));
        Scheme s;
        s.name = QStringLiteral("Eau en Afrique de l'Ouest");
        s.kindCode = QStringLiteral("appel_a_projets");
        s.actorTypeCodes = {QStringLiteral("commune")};
        s.zoneCodes = {QStringLiteral("afrique_ouest")};
        s.themeCodes = {QStringLiteral("eau_assainissement")};
        s.calls = {{QStringLiteral("Session"), PartialDate(), PartialDate::ofDay(QDate::currentDate())}};
        water = db.addScheme(s);
        Scheme twinning;
        twinning.name = QStringLiteral("Jumelages européens");
        twinning.kindCode = QStringLiteral("appel_a_projets");
        twinning.zoneCodes = {QStringLiteral("union_europeenne")};
        europe = db.addScheme(twinning);
        path = dir.filePath(QStringLiteral("schemes.sqlite"));
        db.database().close();
        REQUIRE(QFile::copy(db.path(), path));
    }
};

struct WindowFixture
{
    QTemporaryDir settingsDir;
    AppSettings settings{settingsDir.filePath(QStringLiteral("settings.ini"))};
    MainWindow window{settings};

    explicit WindowFixture(const SchemeSample& sample)
    {
        Dialogs::setTestMode(true);
        window.show();
        REQUIRE(
            window.openDatabase(DatabaseLocation::sqliteFile(sample.path), Database::OpenMode::MustExist));
        waitForLists();
    }
    ~WindowFixture() { Dialogs::setTestMode(false); }

    void waitForLists()
    {
        REQUIRE(QTest::qWaitFor([this] { return !window.listsLoading(); }, 5000));
    }
};

QString fileText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

TEST_CASE("The fifth section lists and searches schemes, and says which actors fit a call", "[ui][schemes]")
{
    SchemeSample sample;
    WindowFixture fixture(sample);
    MainWindow& window = fixture.window;
    auto* places = window.findChild<QListWidget*>(QStringLiteral("placeList"));
    REQUIRE(places->count() == 5);
    QTest::mouseClick(places->viewport(), Qt::LeftButton, {},
                      places->visualItemRect(places->item(4)).center());
    CHECK(window.currentFamily() == RecordList::Family::Schemes);
    fixture.waitForLists();
    RecordListPage* page = window.page(RecordList::Family::Schemes);
    CHECK(page->model()->rowCount() == 2);
    CHECK(page->countText() == QStringLiteral("2 support schemes"));

    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchField"));
    QTest::keyClicks(search, QStringLiteral("jumel"));
    REQUIRE(QTest::qWaitFor([&] { return !window.listsLoading() && page->model()->rowCount() == 1; }, 5000));
    search->clear();
    REQUIRE(QTest::qWaitFor([&] { return !window.listsLoading() && page->model()->rowCount() == 2; }, 5000));

    window.selectRecord(sample.water);
    const QString details = window.details()->toPlainText();
    CHECK(details.contains(QStringLiteral("Actors of the region that fit (1)")));
    CHECK(details.contains(QStringLiteral("Grenoble")));
    CHECK_FALSE(details.contains(QStringLiteral("Lyon")));
    CHECK(details.contains(QStringLiteral("Water, sanitation, hygiene")));

    // The link under the list exports it.
    QTemporaryDir out;
    const QString exported = out.filePath(QStringLiteral("acteurs.csv"));
    Dialogs::queueFileName(exported);
    Q_EMIT window.details()->anchorClicked(QUrl(QStringLiteral("obs-export:scheme/%1").arg(sample.water)));
    CHECK(fileText(exported).contains(QStringLiteral("Grenoble;Municipality;")));

    // An actor's details show the schemes it fits.
    window.navigateTo(RecordList::Family::Actors, 1);
    REQUIRE(QTest::qWaitFor([&] { return window.selectedId() == 1; }, 5000));
    CHECK(window.details()->toPlainText().contains(QStringLiteral("Eau en Afrique de l'Ouest")));
}

TEST_CASE("The calls closing soon are on the first page; a click opens the scheme, the button writes an .ics",
          "[ui][schemes][calendar]")
{
    SchemeSample sample;
    WindowFixture fixture(sample);
    MainWindow& window = fixture.window;
    CHECK(window.currentFamily() == RecordList::Family::Actors);
    ClosingCallsPanel* panel = window.closingCalls();
    REQUIRE(panel->isVisible());
    REQUIRE(panel->list()->count() == 1);
    CHECK(panel->list()->item(0)->text().startsWith(QStringLiteral("today · Eau en Afrique")));

    QTest::mouseClick(panel->list()->viewport(), Qt::LeftButton, {},
                      panel->list()->visualItemRect(panel->list()->item(0)).center());
    CHECK(window.currentFamily() == RecordList::Family::Schemes);
    REQUIRE(QTest::qWaitFor([&] { return window.selectedId() == sample.water; }, 5000));

    QTemporaryDir out;
    const QString ics = out.filePath(QStringLiteral("clotures.ics"));
    Dialogs::queueFileName(ics);
    QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("exportCalendar")), Qt::LeftButton);
    CHECK(fileText(ics).contains(QStringLiteral("DTSTART;VALUE=DATE:") +
                                 QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
}

TEST_CASE("Without calls closing soon, the panel says so in a sentence that reads, not in a disabled grey",
          "[ui][schemes][calendar]")
{
    StoreFixture db;
    ClosingCallsPanel panel;
    panel.setDatabase(db.connection());
    REQUIRE(panel.list()->count() == 1);
    const QListWidgetItem* none = panel.list()->item(0);
    CHECK(none->text() == QStringLiteral("None in the catalogue."));
    CHECK_FALSE(none->flags() & Qt::ItemIsSelectable);
    // As painted: its darkest pixel is the text's (a disabled item's grey was #bebebe at best).
    panel.resize(300, 200);
    const QImage painted = panel.list()
                               ->viewport()
                               ->grab(panel.list()->visualItemRect(none))
                               .toImage()
                               .convertToFormat(QImage::Format_RGB32);
    int darkest = 255;
    for (int y = 0; y < painted.height(); ++y)
        for (int x = 0; x < painted.width(); ++x)
            darkest = std::min(darkest, qGray(painted.pixel(x, y)));
    CHECK(darkest < 100);
}

TEST_CASE("A scheme is created in its editor, with a theme and a call, and undone", "[ui][schemes][editors]")
{
    SchemeSample sample;
    WindowFixture fixture(sample);
    MainWindow& window = fixture.window;
    window.showFamily(RecordList::Family::Schemes);
    fixture.waitForLists();
    bool driven = false;
    QString refused;
    whenOpen<SchemeEditor>([&](SchemeEditor* editor) {
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("name")),
                         QStringLiteral("Fonds sante"));
        auto* kind = editor->findChild<QComboBox*>(QStringLiteral("kind"));
        kind->setFocus();
        QTest::keyClicks(kind, QStringLiteral("Fund"));
        auto* themes = editor->findChild<CodeCheckList*>(QStringLiteral("themes"));
        themes->setFocus();
        themes->setCurrentRow(2); // Health
        QTest::keyClick(themes, Qt::Key_Space);
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("addCall")), Qt::LeftButton);
        QTableWidget* calls = editor->callTable();
        REQUIRE(calls->rowCount() == 1);
        typeInCell(calls, 0, 0, QStringLiteral("Session 1"));
        typeInCell(calls, 0, 2, QStringLiteral("30/11/2027"));
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        // A refused save keeps the dialog open: say why rather than wait for ever.
        if (editor->isVisible()) {
            refused = editor->problemText();
            editor->reject();
        }
        driven = true;
    });
    window.findChild<QAction*>(QStringLiteral("actionNewRecord"))->trigger();
    REQUIRE(driven);
    INFO(refused.toStdString());
    CHECK(refused.isEmpty());
    fixture.waitForLists();
    const std::optional<Scheme> created = SchemeStore(window.database()->connection()).find(3);
    REQUIRE(created.has_value());
    CHECK(created->name == QStringLiteral("Fonds sante"));
    CHECK(created->kindCode == QStringLiteral("fonds"));
    CHECK(created->themeCodes == QStringList{QStringLiteral("sante")});
    REQUIRE(created->calls.size() == 1);
    CHECK(created->calls.first().label == QStringLiteral("Session 1"));
    CHECK(created->calls.first().closesOn.toIso() == QStringLiteral("2027-11-30"));
    CHECK(window.page(RecordList::Family::Schemes)->model()->rowCount() == 3);
    window.undoStack()->undo();
    CHECK_FALSE(SchemeStore(window.database()->connection()).find(3).has_value());
}

TEST_CASE("A scheme deleted in the window goes to the trash with its calls; undo brings it back",
          "[ui][schemes][trash]")
{
    SchemeSample sample;
    WindowFixture fixture(sample);
    MainWindow& window = fixture.window;
    window.showFamily(RecordList::Family::Schemes);
    fixture.waitForLists();
    const QSqlDatabase db = window.database()->connection();
    const Scheme before = *SchemeStore(db).find(sample.water);
    window.selectRecord(sample.water);
    Dialogs::queueConfirmation(true);
    window.findChild<QAction*>(QStringLiteral("actionDelete"))->trigger();
    CHECK_FALSE(SchemeStore(db).find(sample.water).has_value());
    CHECK(Trash(db).count() == 1);
    window.undoStack()->undo();
    const std::optional<Scheme> after = SchemeStore(db).find(sample.water);
    REQUIRE(after.has_value());
    CHECK(after->calls == before.calls);
    CHECK(after->themeCodes == before.themeCodes);
    CHECK(after->zoneCodes == before.zoneCodes);
    CHECK(Trash(db).count() == 0);
}

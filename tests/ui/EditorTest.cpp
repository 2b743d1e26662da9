#include "support/CellTyping.h"
#include "support/InFrench.h"
#include "support/ObservatoireProgram.h"
#include "support/QtPrinting.h"
#include "support/StoreFixture.h"
#include "support/TemporaryFile.h"
#include "support/WaitFor.h"
#include "support/WhenOpen.h"

#include "records/FieldLabels.h"
#include "refdata/GeoLookup.h"
#include "store/ActorStore.h"
#include "store/ChangeLog.h"
#include "store/DuplicateMerge.h"
#include "store/PartnerStore.h"
#include "store/PartnershipStore.h"
#include "store/ProjectStore.h"
#include "store/SchemeStore.h"
#include "store/Trash.h"
#include "ui/AppSettings.h"
#include "ui/Dialogs.h"
#include "ui/MainWindow.h"
#include "ui/RecordDetails.h"
#include "ui/RecordListModel.h"
#include "ui/RecordListPage.h"
#include "ui/ReferenceChoices.h"
#include "ui/VocabularyDialog.h"
#include "ui/editors/ActorEditor.h"
#include "ui/editors/CodeCheckList.h"
#include "ui/editors/ConflictDialog.h"
#include "ui/editors/EditableRows.h"
#include "ui/editors/FundingTable.h"
#include "ui/editors/PartnerEditor.h"
#include "ui/editors/PartnershipEditor.h"
#include "ui/editors/ProjectEditor.h"
#include "ui/editors/RecordEditorDialog.h"

#include <optional>

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSqlQuery>
#include <QStatusBar>
#include <QStyleOptionComboBox>
#include <QStyleOptionFrame>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QWheelEvent>

#include <functional>
#include <tuple>

namespace {

struct EditorFixture
{
    QTemporaryDir dir;
    QString path; // the --db of the window and of the program: a copy of the file, or on PostgreSQL the
                  // database's address
    std::unique_ptr<StoreFixture> server; // on PostgreSQL: the database the window opens
    QTemporaryDir settingsDir;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<MainWindow> window;
    qint64 lyon = 0;
    qint64 grenoble = 0;
    qint64 leipzig = 0;

    EditorFixture()
    {
        auto db = std::make_unique<StoreFixture>();
        lyon = db->addActor(QStringLiteral("Lyon"));
        grenoble = db->addActor(QStringLiteral("Grenoble"));
        leipzig = db->addPartner(QStringLiteral("Leipzig"), QStringLiteral("DE"));
        db->addPartner(QStringLiteral("Kaya"), QStringLiteral("BF"));
        db->addPartnership(lyon, leipzig);
        DatabaseLocation location = db->location();
        if (TestEngine::isPostgres()) {
            path = location.url().toString();
            server = std::move(db);
        } else {
            path = dir.filePath(QStringLiteral("editors.sqlite"));
            db->database().close();
            REQUIRE(QFile::copy(db->path(), path));
            location = DatabaseLocation::sqliteFile(path);
        }
        Dialogs::setTestMode(true);
        settings = std::make_unique<AppSettings>(settingsDir.filePath(QStringLiteral("settings.ini")));
        window = std::make_unique<MainWindow>(*settings);
        window->show();
        REQUIRE(window->openDatabase(location, Database::OpenMode::MustExist));
        REQUIRE_EVENTUALLY(!window->listsLoading());
    }
    ~EditorFixture()
    {
        window.reset();
        Dialogs::setTestMode(false);
    }

    QSqlDatabase db() const { return window->database()->connection(); }
};

// Types into a field whose completer offers records, then picks the first suggestion.
void pickFirstSuggestion(QLineEdit* field, const QString& typed)
{
    field->setFocus();
    QTest::keyClicks(field, typed);
    QAbstractItemView* popup = field->completer()->popup();
    CHECK_EVENTUALLY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
}

void clickSave(QDialog* dialog)
{
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
}

void selectByKeyboard(QComboBox* combo, const QString& typed)
{
    combo->setFocus();
    QTest::keyClicks(combo, typed);
}

// Chooses the entry of `code` with the arrow keys, as an adviser going up and down the list.
void chooseByArrows(QComboBox* combo, const QString& code)
{
    combo->setFocus();
    const int target = combo->findData(code);
    REQUIRE(target >= 0);
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > target)
        QTest::keyClick(combo, Qt::Key_Up);
}

} // namespace

TEST_CASE("A partnership is created through the editor, with actor and partner found by name",
          "[ui][editors]")
{
    EditorFixture fixture;
    fixture.window->showFamily(RecordList::Family::Partnerships);
    REQUIRE_EVENTUALLY(!fixture.window->listsLoading());
    bool driven = false;
    whenOpen<PartnershipEditor>([&](PartnershipEditor* editor) {
        selectByKeyboard(editor->findChild<QComboBox*>(QStringLiteral("kind")), QStringLiteral("Decen"));
        auto* actors = editor->findChild<QWidget*>(QStringLiteral("actorLinks"));
        pickFirstSuggestion(actors->findChild<QLineEdit*>(QStringLiteral("linkSearch")),
                            QStringLiteral("Greno"));
        auto* partners = editor->findChild<QWidget*>(QStringLiteral("partnerLinks"));
        pickFirstSuggestion(partners->findChild<QLineEdit*>(QStringLiteral("linkSearch")),
                            QStringLiteral("kay"));
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("signedOn")),
                         QStringLiteral("05/2019"));
        CHECK(actors->findChild<QListWidget*>()->count() == 1);
        CHECK(partners->findChild<QListWidget*>()->count() == 1);
        clickSave(editor);
        driven = true;
    });
    QTest::keyClick(fixture.window.get(), Qt::Key_N, Qt::ControlModifier);
    REQUIRE(driven);
    REQUIRE_EVENTUALLY(!fixture.window->listsLoading());

    RecordListPage* page = fixture.window->page(RecordList::Family::Partnerships);
    CHECK(page->model()->rowCount() == 2);
    QSqlQuery query(fixture.db());
    REQUIRE(query.exec(
        QStringLiteral("SELECT id FROM partnership WHERE kind_code = 'cooperation_decentralisee'")));
    REQUIRE(query.next());
    const Partnership created = *PartnershipStore(fixture.db()).find(query.value(0).toLongLong());
    CHECK(created.actors == QList<ActorLink>{{fixture.grenoble, QStringLiteral("signataire")}});
    CHECK(created.signedOn.toIso() == QStringLiteral("2019-05"));
    CHECK(fixture.window->undoStack()->count() == 1);
    // Undo removes it again.
    fixture.window->undoStack()->undo();
    CHECK_FALSE(PartnershipStore(fixture.db()).find(created.id).has_value());
}

TEST_CASE("The partnership editor names its first date by the nature chosen, as the details panel does",
          "[ui][editors]")
{
    EditorFixture fixture;
    fixture.window->showFamily(RecordList::Family::Partnerships);
    REQUIRE_EVENTUALLY(!fixture.window->listsLoading());
    QStringList labels;
    whenOpen<PartnershipEditor>([&](PartnershipEditor* editor) {
        auto* signedOn = editor->findChild<QWidget*>(QStringLiteral("signedOn"));
        const auto dateLabel = [&] {
            for (const QLabel* label : editor->findChildren<QLabel*>()) {
                if (label->buddy() == signedOn)
                    return label->text();
            }
            return QString();
        };
        auto* kind = editor->findChild<QComboBox*>(QStringLiteral("kind"));
        labels << dateLabel(); // no nature yet: nothing says it was signed
        chooseByArrows(kind, QStringLiteral("jumelage"));
        labels << dateLabel();
        chooseByArrows(kind, QStringLiteral("partenariat_associatif"));
        labels << dateLabel();
        // An association partnership whose convention was signed.
        auto* formalized = editor->findChild<QCheckBox*>(QStringLiteral("formalized"));
        formalized->setFocus();
        QTest::keyClick(formalized, Qt::Key_Space);
        labels << dateLabel();
        // Still to be made: the date is the one planned, a signature or a start.
        auto* status = editor->findChild<QComboBox*>(QStringLiteral("status"));
        chooseByArrows(status, QStringLiteral("en_projet"));
        labels << dateLabel();
        QTest::keyClick(formalized, Qt::Key_Space);
        labels << dateLabel();
        chooseByArrows(status, QStringLiteral("actif"));
        labels << dateLabel();
        Dialogs::queueChoice(1); // the form was changed: discard it
        editor->reject();
    });
    QTest::keyClick(fixture.window.get(), Qt::Key_N, Qt::ControlModifier);
    CHECK(labels == QStringList{QStringLiteral("Started on"), QStringLiteral("Signed on"),
                                QStringLiteral("Started on"), QStringLiteral("Signed on"),
                                QStringLiteral("To be signed on"), QStringLiteral("To start on"),
                                QStringLiteral("Started on")});
}

TEST_CASE("Validation blocks saving and says why, keeping what was typed", "[ui][editors]")
{
    EditorFixture fixture;
    fixture.window->showFamily(RecordList::Family::Partnerships);
    QString shown;
    bool stillOpen = false;
    QString keptDate;
    whenOpen<PartnershipEditor>([&](PartnershipEditor* editor) {
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("signedOn")),
                         QStringLiteral("31/02/2020"));
        clickSave(editor);
        shown = editor->problemText();
        stillOpen = editor->isVisible();
        keptDate = editor->findChild<QLineEdit*>(QStringLiteral("signedOn"))->text();
        Dialogs::queueChoice(1); // the form was changed: discard it
        editor->reject();
    });
    fixture.window->findChild<QAction*>(QStringLiteral("actionNewRecord"))->trigger();
    CHECK(stillOpen);
    CHECK(shown.contains(QStringLiteral("Choose the nature")));
    CHECK(shown.contains(QStringLiteral("at least one actor")));
    CHECK(shown.contains(QStringLiteral("at least one foreign partner")));
    CHECK(shown.contains(QStringLiteral("does not exist in the calendar")));
    CHECK(keptDate == QStringLiteral("31/02/2020"));
    CHECK(fixture.window->undoStack()->count() == 0);
    CHECK(fixture.db().isOpen());
    CHECK(PartnershipStore(fixture.db()).find(2).has_value() == false);
}

TEST_CASE("A duplicate is announced and the existing record can be opened instead", "[ui][editors]")
{
    EditorFixture fixture;
    fixture.window->showFamily(RecordList::Family::Partnerships);
    REQUIRE_EVENTUALLY(!fixture.window->listsLoading());
    qint64 reopened = 0;
    whenOpen<PartnershipEditor>([&](PartnershipEditor* editor) {
        selectByKeyboard(editor->findChild<QComboBox*>(QStringLiteral("kind")), QStringLiteral("Twin"));
        editor->addActor(fixture.lyon);
        editor->addPartner(fixture.leipzig);
        // The existing one then opens in its own editor.
        whenOpen<PartnershipEditor>(
            [&](PartnershipEditor* existing) {
                reopened = existing->findChild<QWidget*>(QStringLiteral("actorLinks"))
                               ->findChild<QListWidget*>()
                               ->count();
                CHECK(existing->windowTitle() == QStringLiteral("Partnership"));
                existing->reject();
            },
            editor);
        Dialogs::queueChoice(0);
        clickSave(editor);
    });
    fixture.window->findChild<QAction*>(QStringLiteral("actionNewRecord"))->trigger();
    REQUIRE_FALSE(Dialogs::shownMessages().isEmpty());
    CHECK(Dialogs::shownMessages().last().contains(QStringLiteral("Lyon – Leipzig")));
    CHECK(reopened == 1);
    QSqlQuery count(fixture.db());
    REQUIRE(count.exec(QStringLiteral("SELECT count(*) FROM partnership")));
    REQUIRE(count.next());
    CHECK(count.value(0).toInt() == 1);
}

TEST_CASE("Choosing a commune fills its INSEE code, SIREN, département and population", "[ui][editors]")
{
    EditorFixture fixture;
    QString insee, siren, departement, population, name;
    whenOpen<ActorEditor>([&](ActorEditor* editor) {
        pickFirstSuggestion(editor->communeField(), QStringLiteral("villeurb"));
        CHECK_EVENTUALLY_EQUAL(editor->communeField()->text(), QStringLiteral("Villeurbanne"));
        insee = editor->findChild<QLineEdit*>(QStringLiteral("insee"))->text();
        siren = editor->findChild<QLineEdit*>(QStringLiteral("siren"))->text();
        departement = editor->findChild<QComboBox*>(QStringLiteral("departement"))->currentData().toString();
        population = editor->findChild<QLineEdit*>(QStringLiteral("population"))->text();
        name = editor->findChild<QLineEdit*>(QStringLiteral("name"))->text();
        clickSave(editor);
    });
    fixture.window->findChild<QAction*>(QStringLiteral("actionNewRecord"))->trigger();
    CHECK(insee == QStringLiteral("69266"));
    CHECK(siren.size() == 9);
    CHECK(departement == QStringLiteral("69M"));
    CHECK(QLocale().toLongLong(population) > 100000);
    CHECK(name == QStringLiteral("Villeurbanne"));
    REQUIRE_EVENTUALLY(!fixture.window->listsLoading());
    CHECK(fixture.window->page(RecordList::Family::Actors)->model()->rowCount() == 3);
}

TEST_CASE("A name that designates an official place fills the actor's codes, as the import does",
          "[ui][editors][places]")
{
    EditorFixture fixture;
    QString insee, type, departement, note;
    bool noteShown = false;
    whenOpen<ActorEditor>([&](ActorEditor* editor) {
        // Tab leaves the field only in the active window (the offscreen platform does not
        // activate a modal dialog by itself).
        QApplication::setActiveWindow(editor);
        auto* name = editor->findChild<QLineEdit*>(QStringLiteral("name"));
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("Mairie de Villeurbanne"));
        QTest::keyClick(name, Qt::Key_Tab);
        insee = editor->findChild<QLineEdit*>(QStringLiteral("insee"))->text();
        type = editor->findChild<QComboBox*>(QStringLiteral("actorType"))->currentData().toString();
        departement = editor->findChild<QComboBox*>(QStringLiteral("departement"))->currentData().toString();
        const auto* placeNote = editor->findChild<QLabel*>(QStringLiteral("placeNote"));
        noteShown = placeNote->isVisible();
        note = placeNote->text();
        clickSave(editor);
    });
    fixture.window->findChild<QAction*>(QStringLiteral("actionNewRecord"))->trigger();
    CHECK(insee == QStringLiteral("69266"));
    CHECK(type == QStringLiteral("commune"));
    CHECK(departement == QStringLiteral("69M"));
    CHECK(noteShown);
    CHECK(note.contains(QStringLiteral("Villeurbanne")));
    REQUIRE_EVENTUALLY(!fixture.window->listsLoading());
    CHECK(fixture.window->page(RecordList::Family::Actors)->model()->rowCount() == 3);
}

TEST_CASE("A former INSEE code becomes the current commune's, with a note; the commune follows the code",
          "[ui][editors][places]")
{
    EditorFixture fixture;
    QString insee, commune, departement, note;
    whenOpen<ActorEditor>([&](ActorEditor* editor) {
        QApplication::setActiveWindow(editor);
        auto* code = editor->findChild<QLineEdit*>(QStringLiteral("insee"));
        code->setFocus();
        QTest::keyClicks(code, QStringLiteral("74011"));
        QTest::keyClick(code, Qt::Key_Tab);

        insee = code->text();
        commune = editor->communeField()->text();
        departement = editor->findChild<QComboBox*>(QStringLiteral("departement"))->currentData().toString();
        note = editor->findChild<QLabel*>(QStringLiteral("placeNote"))->text();
        // Another code later: the commune follows it instead of staying Annecy.
        code->setFocus();
        code->selectAll();
        QTest::keyClicks(code, QStringLiteral("38185"));
        QTest::keyClick(code, Qt::Key_Tab);
        CHECK(editor->communeField()->text() == QStringLiteral("Grenoble"));
        Dialogs::queueChoice(1); // the form was changed: discard it
        editor->reject();
    });
    fixture.window->findChild<QAction*>(QStringLiteral("actionNewRecord"))->trigger();
    CHECK(insee == QStringLiteral("74010"));
    CHECK(commune == QStringLiteral("Annecy"));
    CHECK(departement == QStringLiteral("74"));
    CHECK(note.contains(QStringLiteral("74011")));
    CHECK(note.contains(QStringLiteral("Annecy-le-Vieux")));
}

TEST_CASE("An actor without type or département is warned that the report will not count it",
          "[ui][editors][places]")
{
    EditorFixture fixture;
    bool warnedAtFirst = false, warnedWithType = false, warnedWithBoth = true;
    QString warning;
    whenOpen<ActorEditor>([&](ActorEditor* editor) {
        const auto* countWarning = editor->findChild<QLabel*>(QStringLiteral("countWarning"));
        warnedAtFirst = countWarning->isVisible();
        warning = countWarning->text();
        selectByKeyboard(editor->findChild<QComboBox*>(QStringLiteral("actorType")),
                         QStringLiteral("Municipality"));
        warnedWithType = countWarning->isVisible();
        selectByKeyboard(editor->findChild<QComboBox*>(QStringLiteral("departement")), QStringLiteral("38"));
        warnedWithBoth = countWarning->isVisible();
        Dialogs::queueChoice(1);
        editor->reject();
    });
    fixture.window->findChild<QAction*>(QStringLiteral("actionNewRecord"))->trigger();
    CHECK(warnedAtFirst);
    CHECK(warning.contains(QStringLiteral("department")));
    CHECK(warning.contains(QStringLiteral("type")));
    CHECK(warnedWithType);
    CHECK_FALSE(warnedWithBoth);
}

TEST_CASE("A partner's country is understood whatever the spelling", "[ui][editors]")
{
    EditorFixture fixture;
    fixture.window->showFamily(RecordList::Family::Partners);
    QString understood;
    whenOpen<PartnerEditor>([&](PartnerEditor* editor) {
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("Cheltenham"));
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("country")),
                         QStringLiteral("Royaume Uni"));
        understood = editor->findChild<QLabel*>(QStringLiteral("countryFound"))->text();
        clickSave(editor);
    });
    fixture.window->findChild<QAction*>(QStringLiteral("actionNewRecord"))->trigger();
    CHECK(understood.contains(QStringLiteral("(GB)")));
    QSqlQuery query(fixture.db());
    REQUIRE(query.exec(QStringLiteral("SELECT country_code FROM foreign_partner WHERE name = 'Cheltenham'")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("GB"));
}

TEST_CASE("An actor missing from a partnership is created on the spot", "[ui][editors]")
{
    EditorFixture fixture;
    fixture.window->showFamily(RecordList::Family::Partnerships);
    REQUIRE_EVENTUALLY(!fixture.window->listsLoading());
    int actorsListed = 0;
    whenOpen<PartnershipEditor>([&](PartnershipEditor* editor) {
        auto* actors = editor->findChild<QWidget*>(QStringLiteral("actorLinks"));
        QTest::keyClicks(actors->findChild<QLineEdit*>(QStringLiteral("linkSearch")),
                         QStringLiteral("Jumelage Annecy-Bayreuth"));
        whenOpen<ActorEditor>([&](ActorEditor* actorEditor) {
            CHECK(actorEditor->findChild<QLineEdit*>(QStringLiteral("name"))->text() ==
                  QStringLiteral("Jumelage Annecy-Bayreuth"));
            selectByKeyboard(actorEditor->findChild<QComboBox*>(QStringLiteral("actorType")),
                             QStringLiteral("Twin"));
            clickSave(actorEditor);
        });
        QTest::mouseClick(actors->findChild<QPushButton*>(QStringLiteral("createLinked")), Qt::LeftButton);
        actorsListed = actors->findChild<QListWidget*>()->count();
        Dialogs::queueChoice(1); // the form was changed: discard it
        editor->reject();
    });
    fixture.window->findChild<QAction*>(QStringLiteral("actionNewRecord"))->trigger();
    CHECK(actorsListed == 1);
    QSqlQuery query(fixture.db());
    REQUIRE(query.exec(
        QStringLiteral("SELECT actor_type_code FROM actor WHERE name = 'Jumelage Annecy-Bayreuth'")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("comite_jumelage"));
    CHECK(fixture.window->undoStack()->count() == 1);
}

TEST_CASE("Enter opens the selected record, and an edit is undoable", "[ui][editors]")
{
    EditorFixture fixture;
    RecordListPage* page = fixture.window->page(RecordList::Family::Actors);
    fixture.window->selectRecord(fixture.grenoble);
    page->table()->setFocus();
    whenOpen<ActorEditor>([&](ActorEditor* editor) {
        auto* name = editor->findChild<QLineEdit*>(QStringLiteral("name"));
        CHECK(name->text() == QStringLiteral("Grenoble"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Ville de Grenoble"));
        clickSave(editor);
    });
    QTest::keyClick(page->table(), Qt::Key_Return);
    CHECK(ActorStore(fixture.db()).find(fixture.grenoble)->name == QStringLiteral("Ville de Grenoble"));
    fixture.window->undoStack()->undo();
    CHECK(ActorStore(fixture.db()).find(fixture.grenoble)->name == QStringLiteral("Grenoble"));
    fixture.window->undoStack()->redo();
    CHECK(ActorStore(fixture.db()).find(fixture.grenoble)->name == QStringLiteral("Ville de Grenoble"));
}

TEST_CASE("A local authority's APD declarations are typed in its editor, saved, in its history and undone",
          "[ui][editors][apd]")
{
    EditorFixture fixture;
    RecordListPage* page = fixture.window->page(RecordList::Family::Actors);
    fixture.window->selectRecord(fixture.grenoble);
    page->table()->setFocus();
    bool shownForCommune = false;
    bool shownForAssociation = true;
    QString refused;
    QStringList headers;
    whenOpen<ActorEditor>([&](ActorEditor* editor) {
        EditableRows* apd = editor->apdRows();
        // The list keeps the keyboard focus under the offscreen platform, and its Return opens a
        // record: the keys go to the editor, as when an adviser types in it.
        page->table()->clearFocus();
        shownForCommune = apd->isVisible();
        auto* type = editor->findChild<QComboBox*>(QStringLiteral("actorType"));
        // An association declares no APD: the part is hidden, and shown again for a commune.
        type->setCurrentIndex(type->findData(QStringLiteral("asso_si")));
        shownForAssociation = apd->isVisible();
        type->setCurrentIndex(type->findData(QStringLiteral("commune")));
        QTableWidget* table = apd->table();
        for (int column = 0; column < table->columnCount(); ++column)
            headers << table->horizontalHeaderItem(column)->text();
        // Two years typed as an adviser does: the year, the amount, the date (the box comes ticked).
        for (const auto& [year, amount, date] :
             {std::tuple{"2024", "12 000", "15/04/2025"}, std::tuple{"2023", "", ""}}) {
            QTest::mouseClick(apd->addButton(), Qt::LeftButton);
            const int row = table->rowCount() - 1;
            typeInCell(table, row, 0, QString::fromLatin1(year));
            if (*amount)
                typeInCell(table, row, 2, QString::fromLatin1(amount));
            if (*date)
                typeInCell(table, row, 3, QString::fromLatin1(date));
        }
        // 2023: not declared (the box unticked with the space bar).
        table->setCurrentCell(1, 1);
        QTest::keyClick(table, Qt::Key_Space);
        clickSave(editor);
        // A refused save keeps the dialog open: say why rather than wait for ever.
        if (editor->isVisible()) {
            refused = editor->problemText();
            Dialogs::queueChoice(1);
            editor->reject();
        }
    });
    QTest::keyClick(page->table(), Qt::Key_Return);
    INFO(refused.toStdString());
    CHECK(refused.isEmpty());
    CHECK(shownForCommune);
    CHECK_FALSE(shownForAssociation);
    // The date's header does not repeat the status beside it (« Déclarée », « Déclarée le »).
    INFO(headers.join(QLatin1Char('|')).toStdString());
    for (const QString& header : std::as_const(headers)) {
        for (const QString& other : std::as_const(headers))
            CHECK((other == header || !other.startsWith(header)));
    }
    const Actor saved = *ActorStore(fixture.db()).find(fixture.grenoble);
    REQUIRE(saved.apdDeclarations.size() == 2);
    CHECK(saved.apdDeclarations.at(0).year == 2024);
    CHECK(saved.apdDeclarations.at(0).declared);
    CHECK(saved.apdDeclarations.at(0).amountCents == 1'200'000);
    CHECK(saved.apdDeclarations.at(0).declaredOn.toIso() == QStringLiteral("2025-04-15"));
    CHECK(saved.apdDeclarations.at(1).year == 2023);
    CHECK_FALSE(saved.apdDeclarations.at(1).declared);
    // In the history under its label, then undone and redone as one step.
    CHECK(fixture.window->undoStack()->count() == 1);
    const QStringList fields = [&] {
        QStringList list;
        for (const ChangeEntry& entry :
             ChangeLog(fixture.db()).forRecord(QStringLiteral("actor"), fixture.grenoble))
            list << FieldLabels::label(entry.field);
        return list;
    }();
    CHECK(fields.contains(QStringLiteral("ODA declarations")));
    fixture.window->undoStack()->undo();
    CHECK(ActorStore(fixture.db()).find(fixture.grenoble)->apdDeclarations.isEmpty());
    fixture.window->undoStack()->redo();
    CHECK(ActorStore(fixture.db()).find(fixture.grenoble)->apdDeclarations == saved.apdDeclarations);
}

TEST_CASE("A project is entered with its funding lines, their total and shares, and undone in one step",
          "[ui][editors][projects]")
{
    EditorFixture fixture;
    fixture.window->showFamily(RecordList::Family::Projects);
    REQUIRE_EVENTUALLY(!fixture.window->listsLoading());
    QString summary;
    whenOpen<ProjectEditor>([&](ProjectEditor* editor) {
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("title")),
                         QStringLiteral("Puits a Kaya"));
        auto* actors = editor->findChild<QWidget*>(QStringLiteral("actorLinks"));
        pickFirstSuggestion(actors->findChild<QLineEdit*>(QStringLiteral("linkSearch")),
                            QStringLiteral("grenob"));
        auto* country = editor->findChild<QLineEdit*>(QStringLiteral("countryInput"));
        QTest::keyClicks(country, QStringLiteral("burkina"));
        QTest::keyClick(country, Qt::Key_Return);
        // Enter added the country and did not save the dialog.
        CHECK(editor->isVisible());
        CHECK(editor->findChild<QListWidget*>(QStringLiteral("countries"))->count() == 1);
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("budget")),
                         QStringLiteral("25 000,00"));
        FundingTable* fundings = editor->fundingTable();
        auto* add = fundings->findChild<QPushButton*>(QStringLiteral("addFunding"));
        QTest::mouseClick(add, Qt::LeftButton);
        QTest::mouseClick(add, Qt::LeftButton);
        const FundingTable::Line first = fundings->line(0);
        first.programme->setCurrentIndex(first.programme->findData(QStringLiteral("region_aura")));
        QTest::keyClicks(first.amount, QStringLiteral("10 000"));
        // The second line from the keyboard: Tab goes through its fields as they read (the next
        // widget Tab reaches: enabled, shown, taking focus by Tab).
        const FundingTable::Line second = fundings->line(1);
        const auto tabFrom = [](QWidget* widget) {
            QWidget* next = widget->nextInFocusChain();
            while (next != widget && (!(next->focusPolicy() & Qt::TabFocus) || !next->isEnabled() ||
                                      !next->isVisibleTo(widget->window())))
                next = next->nextInFocusChain();
            return next;
        };
        CHECK(tabFrom(second.funder) == second.programme);
        QTest::keyClicks(second.programme, QStringLiteral("Own"));
        CHECK(second.programme->currentData().toString() == QStringLiteral("fonds_propres"));
        CHECK(tabFrom(second.programme) == second.scheme);
        // The call waits for a scheme: Tab passes it by.
        CHECK(tabFrom(second.scheme) == second.amount);
        QTest::keyClicks(second.amount, QStringLiteral("15000"));
        CHECK(tabFrom(second.amount) == second.year);
        QTest::keyClicks(second.year, QStringLiteral("2025"));
        CHECK(tabFrom(second.year) == second.status);
        // The first line's last field leads to the second line.
        CHECK(tabFrom(first.status) == second.funder);
        summary = fundings->summary();
        clickSave(editor);
    });
    fixture.window->findChild<QAction*>(QStringLiteral("actionNewRecord"))->trigger();
    CHECK(summary.contains(QStringLiteral("40 %")));
    CHECK(summary.contains(QStringLiteral("60 %")));
    CHECK(summary.contains(QStringLiteral("25,000")));

    QSqlQuery query(fixture.db());
    REQUIRE(query.exec(QStringLiteral("SELECT id, budget_cents FROM project WHERE title = 'Puits a Kaya'")));
    REQUIRE(query.next());
    const qint64 id = query.value(0).toLongLong();
    CHECK(query.value(1).toLongLong() == 2'500'000);
    REQUIRE(query.exec(QStringLiteral("SELECT sum(amount_cents), count(*) FROM funding")));
    REQUIRE(query.next());
    CHECK(query.value(0).toLongLong() == 2'500'000);
    CHECK(query.value(1).toInt() == 2);
    REQUIRE(query.exec(QStringLiteral("SELECT year FROM funding WHERE programme_code = 'fonds_propres'")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 2025);
    REQUIRE(query.exec(QStringLiteral("SELECT country_code FROM project_country")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("BF"));
    const Project project = *ProjectStore(fixture.db()).find(id);
    CHECK(project.actors == QList<ActorLink>{{fixture.grenoble, QStringLiteral("porteur")}});

    CHECK(fixture.window->undoStack()->count() == 1);
    fixture.window->undoStack()->undo();
    INFO(Dialogs::shownMessages().join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(ProjectStore(fixture.db()).find(id).has_value());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM funding")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 0);
    fixture.window->undoStack()->redo();
    CHECK(ProjectStore(fixture.db()).find(id).has_value());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM funding")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 2);
}

TEST_CASE("Vocabularies are managed from a settings dialog", "[ui][vocabularies]")
{
    EditorFixture fixture;
    whenOpen<VocabularyDialog>([&](VocabularyDialog* dialog) {
        dialog->showVocabulary(QStringLiteral("ref_theme"));
        QTest::keyClicks(dialog->newFrench(), QStringLiteral("Sport et sante"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addEntry")), Qt::LeftButton);
        CHECK(dialog->table()->rowCount() == 24);
        // The same label again: the message says so in a sentence, no column name before it.
        Dialogs::clearShownMessages();
        dialog->newFrench()->insert(QStringLiteral("Sport et santé")); // QTest types ASCII only
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addEntry")), Qt::LeftButton);
        REQUIRE(Dialogs::shownMessages().size() == 1);
        CHECK(Dialogs::shownMessages().first() ==
              QStringLiteral("\"Sport et sante\" is already in the list."));
        dialog->showVocabulary(QStringLiteral("ref_partnership_status"));
        for (int row = 0; row < dialog->table()->rowCount(); ++row) {
            if (dialog->table()->item(row, 0)->text() == QLatin1String("a_verifier"))
                dialog->table()->item(row, 3)->setCheckState(Qt::Unchecked);
        }
        dialog->accept();
    });
    fixture.window->findChild<QAction*>(QStringLiteral("actionVocabularies"))->trigger();
    QSqlQuery query(fixture.db());
    REQUIRE(
        query.exec(QStringLiteral("SELECT active FROM ref_partnership_status WHERE code = 'a_verifier'")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 0);
    // The filters offer the new theme and no longer the retired status.
    fixture.window->showFamily(RecordList::Family::Partnerships);
    auto* theme = fixture.window->findChild<QComboBox*>(QStringLiteral("themeFilter"));
    CHECK(theme->findData(QStringLiteral("sport_et_sante")) >= 0);
    auto* status = fixture.window->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    CHECK(status->findData(QStringLiteral("a_verifier")) < 0);
    CHECK(status->findData(QStringLiteral("actif")) >= 0);
}

namespace {

// What an import run by another program (another connection) does to Leipzig meanwhile, as a
// nightly job or a colleague would: `columns` (CSV headers after the name and country) set to
// `values`; the columns the file does not have keep their values.
void importIntoLeipzig(const EditorFixture& fixture, const QByteArray& columns, const QByteArray& values)
{
    const auto partner = PartnerStore(fixture.db()).find(fixture.leipzig);
    REQUIRE(partner);
    const TemporaryFile file("Identifiant;Nom;Pays;" + columns + "\n" + partner->uuid.toUtf8() +
                             ";Leipzig;Allemagne;" + values + "\n");
    const ProgramRun run = observatoire({QStringLiteral("--db"), fixture.path, QStringLiteral("import"),
                                         QStringLiteral("partners"), file.path()});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

// A new source and notes.
void importSourceAndNotes(const EditorFixture& fixture)
{
    importIntoLeipzig(fixture, "Source;Notes", "Annuaire des jumelages 2026;Vérifié par la mairie");
}

// The rows of a conflict dialog: each field that differs, with who changed it.
QStringList conflictRows(const ConflictDialog* dialog)
{
    QStringList rows;
    const QTableWidget* table = dialog->table();
    for (int row = 0; row < table->rowCount(); ++row)
        rows << table->item(row, 0)->text() + QLatin1Char('|') + table->item(row, 3)->text();
    return rows;
}

// Opens a record of the window's list in its editor, as Edit › Open record does.
void openInEditor(const EditorFixture& fixture, RecordList::Family family, qint64 id)
{
    fixture.window->showFamily(family);
    REQUIRE_EVENTUALLY(!fixture.window->listsLoading());
    fixture.window->selectRecord(id);
    REQUIRE(fixture.window->selectedId() == id);
    fixture.window->findChild<QAction*>(QStringLiteral("actionOpenRecord"))->trigger();
}

// A project titled « Puits » led by Grenoble, with one funding line of `amount`.
void fillProjectWithFunding(ProjectEditor* editor, const QString& amount)
{
    QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("title")), QStringLiteral("Puits"));
    pickFirstSuggestion(editor->findChild<QWidget*>(QStringLiteral("actorLinks"))
                            ->findChild<QLineEdit*>(QStringLiteral("linkSearch")),
                        QStringLiteral("grenob"));
    QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("addFunding")), Qt::LeftButton);
    QComboBox* programme = editor->fundingTable()->line(0).programme;
    programme->setCurrentIndex(programme->findData(QStringLiteral("region_aura")));
    auto* field = editor->fundingTable()->findChild<QLineEdit*>(QStringLiteral("amount"));
    field->setFocus();
    QTest::keyClicks(field, amount);
}

// Saves; a refused save is recorded and the editor closed, so that the test goes on.
void saveOrGiveUp(RecordEditorDialog* editor, QString* refused)
{
    clickSave(editor);
    if (!editor->isVisible())
        return;
    *refused = editor->problemText();
    Dialogs::queueChoice(1);
    editor->reject();
}

void changeAreaAndSave(PartnerEditor* editor, const QString& area)
{
    auto* field = editor->findChild<QLineEdit*>(QStringLiteral("partnerArea"));
    REQUIRE(field);
    field->setFocus();
    QTest::keyClicks(field, area);
    clickSave(editor);
}

} // namespace

TEST_CASE("Saving over an import made meanwhile merges, never writes back the old values",
          "[ui][editors][conflict]")
{
    // The lost update: the editor held the old Source and Notes, and saving the region wrote them
    // back, crediting the adviser with reverting the import.
    EditorFixture fixture;
    RecordEditorDialog::setConflictAnswer(ConflictDialog::Merge);
    whenOpen<PartnerEditor>([&](PartnerEditor* editor) {
        importSourceAndNotes(fixture);
        changeAreaAndSave(editor, QStringLiteral("Saxe"));
    });
    openInEditor(fixture, RecordList::Family::Partners, fixture.leipzig);
    RecordEditorDialog::setConflictAnswer(std::nullopt);
    const auto saved = PartnerStore(fixture.db()).find(fixture.leipzig);
    CHECK(saved->adminArea == QStringLiteral("Saxe"));
    CHECK(saved->source == QStringLiteral("Annuaire des jumelages 2026"));
    CHECK(saved->notes == QStringLiteral("Vérifié par la mairie"));
    // The adviser's history entry names the region alone.
    QSqlQuery history(fixture.db());
    REQUIRE(history.exec(QStringLiteral("SELECT field FROM change_log WHERE entity = 'foreign_partner' AND "
                                        "record_id = %1 AND user_name = 'tester' AND action = 'update'")
                             .arg(fixture.leipzig)));
    QStringList fields;
    while (history.next())
        fields << history.value(0).toString();
    CHECK(fields == QStringList{QStringLiteral("admin_area")});
    // Undo takes back the region only: the import's values stay.
    fixture.window->undoStack()->undo();
    const auto undone = PartnerStore(fixture.db()).find(fixture.leipzig);
    CHECK(undone->adminArea.isEmpty());
    CHECK(undone->source == QStringLiteral("Annuaire des jumelages 2026"));
}

TEST_CASE("The conflict dialog shows each field that differs and who changed it", "[ui][editors][conflict]")
{
    EditorFixture fixture;
    QStringList rows;
    whenOpen<PartnerEditor>([&](PartnerEditor* editor) {
        importSourceAndNotes(fixture);
        whenOpen<ConflictDialog>(
            [&](ConflictDialog* dialog) {
                rows = conflictRows(dialog);
                // Dropping one's changes closes the editor without saving.
                QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("discardButton")),
                                  Qt::LeftButton);
            },
            editor);
        changeAreaAndSave(editor, QStringLiteral("Saxe"));
    });
    openInEditor(fixture, RecordList::Family::Partners, fixture.leipzig);
    CHECK(rows.contains(QStringLiteral("Partner area|you")));
    CHECK(rows.contains(QStringLiteral("Source|them")));
    CHECK(rows.contains(QStringLiteral("Notes|them")));
    const auto kept = PartnerStore(fixture.db()).find(fixture.leipzig);
    CHECK(kept->adminArea.isEmpty());
    CHECK(kept->source == QStringLiteral("Annuaire des jumelages 2026"));
    CHECK(fixture.window->undoStack()->count() == 0);
}

namespace {

// What the adviser saw of two colleagues' saves (ConflictDialog, once or twice).
struct TwoColleagues
{
    int dialogs = 0;
    QStringList lastRows; // the last dialog's rows
};

// The adviser changes Leipzig's region while a colleague imports its source; at the conflict
// dialog, another colleague imports its notes, then the adviser clicks `firstButton`; a second
// dialog (if any) is answered with Merge.
TwoColleagues saveBetweenTwoColleagues(const EditorFixture& fixture, const QString& firstButton)
{
    TwoColleagues seen;
    whenOpen<PartnerEditor>([&](PartnerEditor* editor) {
        importIntoLeipzig(fixture, "Source", "Annuaire des jumelages 2026");
        whenOpen<ConflictDialog>(
            [&](ConflictDialog* first) {
                ++seen.dialogs;
                importIntoLeipzig(fixture, "Notes", "Vérifié par la mairie");
                whenOpen<ConflictDialog>([&](ConflictDialog* second) {
                    ++seen.dialogs;
                    seen.lastRows = conflictRows(second);
                    QTest::mouseClick(second->findChild<QPushButton*>(QStringLiteral("mergeButton")),
                                      Qt::LeftButton);
                });
                QTest::mouseClick(first->findChild<QPushButton*>(firstButton), Qt::LeftButton);
            },
            editor);
        changeAreaAndSave(editor, QStringLiteral("Saxe"));
    });
    openInEditor(fixture, RecordList::Family::Partners, fixture.leipzig);
    return seen;
}

// Leipzig has the adviser's region (or none) and both colleagues' source and notes.
void checkBothColleaguesKept(const EditorFixture& fixture, const QString& area)
{
    const auto partner = PartnerStore(fixture.db()).find(fixture.leipzig);
    CHECK(partner->adminArea == area);
    CHECK(partner->source == QStringLiteral("Annuaire des jumelages 2026"));
    CHECK(partner->notes == QStringLiteral("Vérifié par la mairie"));
}

} // namespace

TEST_CASE("A second conflict in the same editor still merges against what the editor read",
          "[ui][editors][conflict]")
{
    // The adviser, shown the first colleague's save, keeps their version; the second colleague's
    // save, made while the dialog was open, makes it conflict again, and the adviser merges.
    // Merging must take the adviser's changes from the form as it opened: against the first
    // colleague's version, the adviser's empty source counted as a change and wiped it out.
    EditorFixture fixture;
    const TwoColleagues seen = saveBetweenTwoColleagues(fixture, QStringLiteral("keepMineButton"));
    REQUIRE(seen.dialogs == 2);
    // The second dialog shows both colleagues' changes as theirs.
    CHECK(seen.lastRows.contains(QStringLiteral("Partner area|you")));
    CHECK(seen.lastRows.contains(QStringLiteral("Source|them")));
    CHECK(seen.lastRows.contains(QStringLiteral("Notes|them")));
    checkBothColleaguesKept(fixture, QStringLiteral("Saxe"));
    // Undo brings back the version the save replaced, both colleagues' changes included.
    REQUIRE(fixture.window->undoStack()->count() == 1);
    fixture.window->undoStack()->undo();
    checkBothColleaguesKept(fixture, QString());
}

TEST_CASE("Merging after a save made while the conflict dialog is open shows that save first",
          "[ui][editors][conflict]")
{
    // The merge is made onto the version the adviser was shown; one saved while the dialog was
    // open is shown in turn instead of being merged onto unseen.
    EditorFixture fixture;
    const TwoColleagues seen = saveBetweenTwoColleagues(fixture, QStringLiteral("mergeButton"));
    CHECK(seen.dialogs == 2);
    CHECK(seen.lastRows.contains(QStringLiteral("Notes|them")));
    checkBothColleaguesKept(fixture, QStringLiteral("Saxe"));
}

TEST_CASE("Undoing an edit made before an import does not overwrite what the import changed", "[ui][undo]")
{
    EditorFixture fixture;
    whenOpen<PartnerEditor>(
        [&](PartnerEditor* editor) { changeAreaAndSave(editor, QStringLiteral("Saxe")); });
    openInEditor(fixture, RecordList::Family::Partners, fixture.leipzig);
    REQUIRE(fixture.window->undoStack()->count() == 1);
    importSourceAndNotes(fixture);
    Dialogs::clearShownMessages();
    fixture.window->undoStack()->undo();
    const auto kept = PartnerStore(fixture.db()).find(fixture.leipzig);
    CHECK(kept->adminArea == QStringLiteral("Saxe"));
    CHECK(kept->source == QStringLiteral("Annuaire des jumelages 2026"));
    REQUIRE(Dialogs::shownMessages().size() == 1);
    CHECK(Dialogs::shownMessages().first().contains(QStringLiteral("was changed since this step")));
    // The history is given up once the stack's own undo has returned.
    REQUIRE_EVENTUALLY(fixture.window->undoStack()->count() == 0);
}

TEST_CASE("Escape or Cancel on a changed editor asks before dropping what was typed",
          "[ui][editors][unsaved]")
{
    EditorFixture fixture;
    Dialogs::clearShownMessages();
    // Unchanged: Escape closes at once, nothing asked.
    bool closedAtOnce = false;
    whenOpen<PartnerEditor>([&](PartnerEditor* editor) {
        CHECK_FALSE(editor->hasUnsavedChanges());
        QTest::keyClick(editor, Qt::Key_Escape);
        closedAtOnce = !editor->isVisible();
    });
    openInEditor(fixture, RecordList::Family::Partners, fixture.leipzig);
    CHECK(closedAtOnce);
    CHECK(Dialogs::shownMessages().isEmpty());

    // Changed: Escape asks; « Keep editing » (the harmless answer, also closing the question) keeps the
    // dialog and the text, « Discard » closes it.
    bool keptOpen = false;
    QString keptText;
    bool closedAfterDiscard = false;
    whenOpen<PartnerEditor>([&](PartnerEditor* editor) {
        auto* area = editor->findChild<QLineEdit*>(QStringLiteral("partnerArea"));
        area->setFocus();
        QTest::keyClicks(area, QStringLiteral("Saxe"));
        CHECK(editor->hasUnsavedChanges());
        QTest::keyClick(area, Qt::Key_Escape);
        keptOpen = editor->isVisible();
        keptText = area->text();
        Dialogs::queueChoice(1); // Discard the changes
        QTest::mouseClick(editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel),
                          Qt::LeftButton);
        closedAfterDiscard = !editor->isVisible();
    });
    openInEditor(fixture, RecordList::Family::Partners, fixture.leipzig);
    REQUIRE(Dialogs::shownMessages().size() == 2);
    CHECK(Dialogs::shownMessages().first().contains(QStringLiteral("have not been saved")));
    CHECK(keptOpen);
    CHECK(keptText == QStringLiteral("Saxe"));
    CHECK(closedAfterDiscard);
    CHECK(PartnerStore(fixture.db()).find(fixture.leipzig)->adminArea.isEmpty());
    CHECK(fixture.window->undoStack()->count() == 0);

    // Typing a text and erasing it again is no change.
    bool unchangedAfterErasing = false;
    whenOpen<PartnerEditor>([&](PartnerEditor* editor) {
        auto* area = editor->findChild<QLineEdit*>(QStringLiteral("partnerArea"));
        area->setFocus();
        QTest::keyClicks(area, QStringLiteral("ab"));
        QTest::keyClick(area, Qt::Key_Backspace);
        QTest::keyClick(area, Qt::Key_Backspace);
        unchangedAfterErasing = !editor->hasUnsavedChanges();
        editor->reject();
    });
    openInEditor(fixture, RecordList::Family::Partners, fixture.leipzig);
    CHECK(unchangedAfterErasing);

    // « Save » saves, as the Save button would: one step in the undo history.
    whenOpen<PartnerEditor>([&](PartnerEditor* editor) {
        auto* area = editor->findChild<QLineEdit*>(QStringLiteral("partnerArea"));
        area->setFocus();
        QTest::keyClicks(area, QStringLiteral("Saxe"));
        Dialogs::queueChoice(0);
        QTest::keyClick(area, Qt::Key_Escape);
    });
    openInEditor(fixture, RecordList::Family::Partners, fixture.leipzig);
    CHECK(PartnerStore(fixture.db()).find(fixture.leipzig)->adminArea == QStringLiteral("Saxe"));
    CHECK(fixture.window->undoStack()->count() == 1);
}

TEST_CASE("A project's funding lines count as changes too", "[ui][editors][unsaved]")
{
    EditorFixture fixture;
    Dialogs::clearShownMessages();
    fixture.window->showFamily(RecordList::Family::Projects);
    REQUIRE_EVENTUALLY(!fixture.window->listsLoading());
    bool changed = false;
    whenOpen<ProjectEditor>([&](ProjectEditor* editor) {
        CHECK_FALSE(editor->hasUnsavedChanges());
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("addFunding")), Qt::LeftButton);
        changed = editor->hasUnsavedChanges();
        Dialogs::queueChoice(1);
        editor->reject();
    });
    fixture.window->findChild<QAction*>(QStringLiteral("actionNewRecord"))->trigger();
    CHECK(changed);
    CHECK(Dialogs::shownMessages().size() == 1);
}

TEST_CASE("The window title marks undoable work with [*]", "[ui][editors][unsaved]")
{
    EditorFixture fixture;
    CHECK(fixture.window->windowTitle().contains(QStringLiteral("[*]")));
    CHECK_FALSE(fixture.window->isWindowModified());
    whenOpen<PartnerEditor>(
        [&](PartnerEditor* editor) { changeAreaAndSave(editor, QStringLiteral("Saxe")); });
    openInEditor(fixture, RecordList::Family::Partners, fixture.leipzig);
    CHECK(fixture.window->isWindowModified());
    fixture.window->undoStack()->undo();
    CHECK_FALSE(fixture.window->isWindowModified());
}

TEST_CASE("Every editor fits a 1024x700 screen, its form scrolling when taller",
          "[ui][editors][small-screen]")
{
    EditorFixture fixture;
    for (const RecordList::Family family : RecordList::families()) {
        INFO(RecordList::familyTitle(family).toStdString());
        fixture.window->showFamily(family);
        REQUIRE_EVENTUALLY(!fixture.window->listsLoading());
        QSize minimum;
        QSize size;
        QSize screen;
        whenOpen<RecordEditorDialog>([&](RecordEditorDialog* editor) {
            minimum = editor->minimumSizeHint();
            size = editor->size();
            screen = editor->screen()->availableSize();
            editor->reject();
        });
        fixture.window->findChild<QAction*>(QStringLiteral("actionNewRecord"))->trigger();
        CHECK(minimum.width() <= 1024);
        CHECK(minimum.height() <= 700);
        // No larger than the screen it opens on.
        CHECK(size.width() <= screen.width());
        CHECK(size.height() <= screen.height());
    }
}

TEST_CASE("A project's funding lines show every field whole at 1024x700, without sideways scrolling, in "
          "French and in English",
          "[ui][editors][small-screen]")
{
    const bool french = GENERATE(true, false);
    INFO((french ? "French" : "English"));
    const InLanguage language(french);
    EditorFixture fixture;
    fixture.window->showFamily(RecordList::Family::Projects);
    REQUIRE_EVENTUALLY(!fixture.window->listsLoading());
    whenOpen<ProjectEditor>([&](ProjectEditor* editor) {
        // As it opens on a 1024x700 screen (fitToScreen: 820 wide; the offscreen screen is smaller).
        editor->resize(820, editor->height());
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("addFunding")), Qt::LeftButton);
        QApplication::processEvents();
        FundingTable* fundings = editor->fundingTable();
        QTableWidget* table = fundings->table();
        INFO("editor " << editor->width() << " px, table " << table->width() << " px");
        CHECK(table->horizontalHeader()->length() <= table->viewport()->width());
        CHECK_FALSE(table->horizontalScrollBar()->isVisible());
        const FundingTable::Line line = fundings->line(0);
        // Each choice's longest entry shows whole in its field, and the longest French programme
        // (« Valorisation (contributions en nature) ») too: as wide as the style makes a field
        // around that text (its frame and arrow).
        const auto wholeWidth = [](const QComboBox* box, const QString& text) {
            QStyleOptionComboBox option;
            option.initFrom(box);
            const QSize content(box->fontMetrics().boundingRect(text).width(), box->fontMetrics().height());
            return box->style()->sizeFromContents(QStyle::CT_ComboBox, &option, content, box).width();
        };
        const auto longest = [](const QComboBox* box) {
            QString widest;
            for (int i = 0; i < box->count(); ++i) {
                if (box->fontMetrics().horizontalAdvance(box->itemText(i)) >
                    box->fontMetrics().horizontalAdvance(widest))
                    widest = box->itemText(i);
            }
            return widest;
        };
        // The status too (« Requested »): its field is the narrowest of the three stacked columns'.
        for (const QComboBox* box : {line.funder, line.programme, line.status}) {
            INFO(box->objectName().toStdString() << ": " << longest(box).toStdString());
            CHECK(box->width() >= wholeWidth(box, longest(box)));
        }
        CHECK(line.programme->width() >=
              wholeWidth(line.programme, QStringLiteral("Valorisation (contributions en nature)")));
        CHECK(line.amount->width() >=
              line.amount->fontMetrics().horizontalAdvance(QStringLiteral("12 500 000,00 €")) + 8);
        // Every field of the line lies inside the table's view.
        for (const QWidget* field : std::initializer_list<const QWidget*>{
                 line.funder, line.programme, line.scheme, line.call, line.amount, line.year, line.status}) {
            INFO(field->objectName().toStdString());
            const QRect inView(field->mapTo(table->viewport(), QPoint(0, 0)), field->size());
            CHECK(table->viewport()->rect().contains(inView));
        }
        Dialogs::queueChoice(1); // the form was changed: discard it
        editor->reject();
    });
    fixture.window->findChild<QAction*>(QStringLiteral("actionNewRecord"))->trigger();
}

TEST_CASE("The history reads as people speak: labels, names, euros, funding lines, undo said",
          "[ui][editors][history]")
{
    EditorFixture fixture;
    QString refused;
    // The actor's département, chosen in the editor.
    whenOpen<ActorEditor>([&](ActorEditor* editor) {
        auto* departement = editor->findChild<QComboBox*>(QStringLiteral("departement"));
        departement->setCurrentIndex(departement->findData(QStringLiteral("69M")));
        saveOrGiveUp(editor, &refused);
    });
    openInEditor(fixture, RecordList::Family::Actors, fixture.lyon);
    fixture.window->navigateTo(RecordList::Family::Actors, fixture.lyon);
    QString history = fixture.window->details()->toPlainText();
    INFO(history.toStdString());
    CHECK(history.contains(QStringLiteral("Department")));
    CHECK(history.contains(QStringLiteral("Department: ∅ → Métropole de Lyon")));
    CHECK_FALSE(history.contains(QStringLiteral("departement_code")));
    CHECK_FALSE(history.contains(QStringLiteral("69M")));
    CHECK(history.contains(QStringLiteral("tester")));

    // Undo says what it undid.
    fixture.window->findChild<QAction*>(QStringLiteral("actionUndo"))->trigger();
    CHECK(fixture.window->statusBar()->currentMessage() == QStringLiteral("Undone: Edit \"Lyon\""));
    fixture.window->findChild<QAction*>(QStringLiteral("actionRedo"))->trigger();
    CHECK(fixture.window->statusBar()->currentMessage() == QStringLiteral("Redone: Edit \"Lyon\""));

    // A project's funding lines show in its history, amounts in euros.
    fixture.window->showFamily(RecordList::Family::Projects);
    REQUIRE_EVENTUALLY(!fixture.window->listsLoading());
    qint64 project = 0;
    whenOpen<ProjectEditor>([&](ProjectEditor* editor) {
        fillProjectWithFunding(editor, QStringLiteral("1500"));
        saveOrGiveUp(editor, &refused);
        project = editor->saved().id;
    });
    fixture.window->findChild<QAction*>(QStringLiteral("actionNewRecord"))->trigger();
    INFO(refused.toStdString());
    REQUIRE(project > 0);
    fixture.window->navigateTo(RecordList::Family::Projects, project);
    history = fixture.window->details()->toPlainText();
    INFO(history.toStdString());
    CHECK(history.contains(QStringLiteral("Funding line: Amount")));
    CHECK(history.contains(QStringLiteral("∅ → €1,500")));
    CHECK(history.contains(QStringLiteral("Funding line: Project")));
}

TEST_CASE("A funding line's scheme and call are chosen in the project editor, in its history by name, "
          "and undone",
          "[ui][editors][projects][schemes]")
{
    EditorFixture fixture;
    Scheme fund;
    fund.name = QStringLiteral("Fonds X");
    fund.kindCode = QStringLiteral("fonds");
    fund.calls = {{QStringLiteral("Session 1"), PartialDate(), PartialDate::ofDay(QDate(2026, 3, 31))},
                  {QString(), PartialDate(), PartialDate::ofMonth(2026, 9)}};
    const Result<Scheme> scheme = SchemeStore(fixture.db()).create(fund);
    REQUIRE(scheme.ok());
    fixture.window->showFamily(RecordList::Family::Projects);
    REQUIRE_EVENTUALLY(!fixture.window->listsLoading());
    QString refused;
    qint64 project = 0;
    QStringList callsOffered;
    bool callEnabledBefore = true;
    whenOpen<ProjectEditor>([&](ProjectEditor* editor) {
        fillProjectWithFunding(editor, QStringLiteral("1500"));
        auto* schemeBox = editor->fundingTable()->findChild<QComboBox*>(QStringLiteral("scheme"));
        auto* callBox = editor->fundingTable()->findChild<QComboBox*>(QStringLiteral("call"));
        REQUIRE(schemeBox);
        REQUIRE(callBox);
        callEnabledBefore = callBox->isEnabled(); // no scheme: no call to choose
        schemeBox->setCurrentIndex(schemeBox->findData(QString::number(scheme.value().id)));
        for (int i = 0; i < callBox->count(); ++i)
            callsOffered << callBox->itemText(i);
        callBox->setCurrentIndex(callBox->findData(QStringLiteral("2026-03-31")));
        saveOrGiveUp(editor, &refused);
        project = editor->saved().id;
    });
    fixture.window->findChild<QAction*>(QStringLiteral("actionNewRecord"))->trigger();
    INFO(refused.toStdString());
    REQUIRE(project > 0);
    CHECK_FALSE(callEnabledBefore);
    CHECK(callsOffered == QStringList{QStringLiteral("(none)"), QStringLiteral("Session 1 (31/03/2026)"),
                                      QStringLiteral("09/2026")});
    QSqlQuery query(fixture.db());
    REQUIRE(query.exec(QStringLiteral("SELECT scheme_id, call_closes_on FROM funding")));
    REQUIRE(query.next());
    CHECK(query.value(0).toLongLong() == scheme.value().id);
    CHECK(query.value(1).toString() == QStringLiteral("2026-03-31"));

    fixture.window->navigateTo(RecordList::Family::Projects, project);
    const QString history = fixture.window->details()->toPlainText();
    INFO(history.toStdString());
    CHECK(history.contains(QStringLiteral("Funding line: Scheme")));
    CHECK(history.contains(QStringLiteral("∅ → Fonds X")));
    CHECK(history.contains(QStringLiteral("∅ → Session 1 (2026-03-31)")));
    CHECK_FALSE(history.contains(QStringLiteral("scheme_id")));

    // Reopened, the line shows its scheme and call; choosing another scheme empties the call.
    bool reopened = false;
    whenOpen<ProjectEditor>([&](ProjectEditor* editor) {
        reopened = true;
        auto* schemeBox = editor->fundingTable()->findChild<QComboBox*>(QStringLiteral("scheme"));
        auto* callBox = editor->fundingTable()->findChild<QComboBox*>(QStringLiteral("call"));
        CHECK(schemeBox->currentText() == QStringLiteral("Fonds X"));
        CHECK(callBox->currentData().toString() == QStringLiteral("2026-03-31"));
        schemeBox->setCurrentIndex(0);
        CHECK(callBox->currentData().toString().isEmpty());
        // The amount as the English editor shows it ("€1,500") is saved back as it is.
        CHECK(editor->fundingTable()->findChild<QLineEdit*>(QStringLiteral("amount"))->text() ==
              QStringLiteral("€1,500"));
        CHECK_FALSE(callBox->isEnabled());
        saveOrGiveUp(editor, &refused);
    });
    openInEditor(fixture, RecordList::Family::Projects, project);
    REQUIRE(reopened);
    INFO(refused.toStdString());
    REQUIRE(refused.isEmpty());
    REQUIRE(query.exec(QStringLiteral("SELECT scheme_id, call_closes_on FROM funding")));
    REQUIRE(query.next());
    CHECK(query.value(0).isNull());
    CHECK(query.value(1).isNull());

    // The one undo stack gives the line its scheme and call back.
    fixture.window->undoStack()->undo();
    REQUIRE(query.exec(QStringLiteral("SELECT scheme_id, call_closes_on FROM funding")));
    REQUIRE(query.next());
    CHECK(query.value(0).toLongLong() == scheme.value().id);
    CHECK(query.value(1).toString() == QStringLiteral("2026-03-31"));
}

TEST_CASE("An editor opens with its first field focused; Tab leaves a text of several lines",
          "[ui][editors][keyboard]")
{
    EditorFixture fixture;
    QString focused;
    bool tabLeftNotes = false;
    QString notesText;
    whenOpen<ActorEditor>([&](ActorEditor* editor) {
        // The editor's own focus: offscreen, the active window may stay the main one.
        focused = editor->focusWidget() ? editor->focusWidget()->objectName() : QString();
        auto* notes = editor->findChild<QPlainTextEdit*>();
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("ab"));
        QTest::keyClick(notes, Qt::Key_Tab);
        tabLeftNotes = editor->focusWidget() != notes;
        notesText = notes->toPlainText();
        Dialogs::queueChoice(1);
        editor->reject();
    });
    fixture.window->findChild<QAction*>(QStringLiteral("actionNewRecord"))->trigger();
    CHECK(focused == QStringLiteral("name"));
    CHECK(tabLeftNotes);
    CHECK(notesText == QStringLiteral("ab"));
}

TEST_CASE("A negative amount is told to be positive; the error frame stays on its field", "[ui][editors]")
{
    EditorFixture fixture;
    fixture.window->showFamily(RecordList::Family::Projects);
    REQUIRE_EVENTUALLY(!fixture.window->listsLoading());
    QString problems;
    QString frame;
    QString buttonSheet;
    whenOpen<ProjectEditor>([&](ProjectEditor* editor) {
        fillProjectWithFunding(editor, QStringLiteral("-50"));
        clickSave(editor);
        problems = editor->problemText();
        frame = editor->fundingTable()->styleSheet();
        buttonSheet = editor->findChild<QPushButton*>(QStringLiteral("addFunding"))->styleSheet();
        Dialogs::queueChoice(1);
        editor->reject();
    });
    fixture.window->findChild<QAction*>(QStringLiteral("actionNewRecord"))->trigger();
    CHECK(problems.contains(QStringLiteral("\"-50\": an amount must be positive")));
    // A rule for the field alone (its object name), not one every child widget would take.
    CHECK(frame.startsWith(QStringLiteral("#fundings {")));
    CHECK(buttonSheet.isEmpty());
}

TEST_CASE("The completion offers the name as typed first", "[ui][editors][completion]")
{
    EditorFixture fixture;
    Actor other;
    other.name = QStringLiteral("Association Lyon Monde");
    other.typeCode = QStringLiteral("asso_si");
    REQUIRE(ActorStore(fixture.db()).create(other));
    fixture.window->showFamily(RecordList::Family::Partnerships);
    REQUIRE_EVENTUALLY(!fixture.window->listsLoading());
    QStringList offered;
    int popupWidth = 0;
    int widest = 0;
    whenOpen<PartnershipEditor>([&](PartnershipEditor* editor) {
        auto* search = editor->findChild<QWidget*>(QStringLiteral("actorLinks"))
                           ->findChild<QLineEdit*>(QStringLiteral("linkSearch"));
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("lyon"));
        QAbstractItemView* popup = search->completer()->popup();
        CHECK_EVENTUALLY(popup->isVisible());
        for (int row = 0; row < popup->model()->rowCount(); ++row)
            offered << popup->model()->index(row, 0).data().toString();
        popupWidth = popup->width();
        widest = popup->sizeHintForColumn(0);
        QTest::keyClick(popup, Qt::Key_Escape);
        Dialogs::queueChoice(1);
        editor->reject();
    });
    fixture.window->findChild<QAction*>(QStringLiteral("actionNewRecord"))->trigger();
    REQUIRE(offered.size() == 2);
    CHECK(offered.first().startsWith(QStringLiteral("Lyon")));
    CHECK(popupWidth >= widest);
}

TEST_CASE("The wheel scrolls an editor's form, not the list box it passes over", "[ui][editors]")
{
    EditorFixture fixture;
    fixture.window->showFamily(RecordList::Family::Projects);
    REQUIRE_EVENTUALLY(!fixture.window->listsLoading());
    struct
    {
        bool driven = false;
        int programmeBefore = -1, programmeAfter = -1, programmeFocused = -1;
        int scrollBefore = -1, scrollAfter = -1, scrollRange = 0;
    } seen;
    whenOpen<ProjectEditor>([&](ProjectEditor* editor) {
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("addFunding")), Qt::LeftButton);
        editor->resize(820, 360); // shorter than its form: the form scrolls
        QApplication::processEvents();
        auto* form = editor->findChild<QScrollArea*>();
        QComboBox* programme = editor->fundingTable()->line(0).programme;
        programme->setCurrentIndex(0);
        seen.scrollRange = form->verticalScrollBar()->maximum();
        seen.programmeBefore = programme->currentIndex();
        seen.scrollBefore = form->verticalScrollBar()->value();
        const auto wheelDown = [programme] {
            const QPointF inside(programme->rect().center());
            QWheelEvent wheel(inside, programme->mapToGlobal(inside), QPoint(), QPoint(0, -120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(programme, &wheel);
        };
        // The pointer over the programme, which does not have the focus: the form scrolls
        // (a line's programme changed while the adviser scrolled down a project).
        wheelDown();
        seen.programmeAfter = programme->currentIndex();
        seen.scrollAfter = form->verticalScrollBar()->value();
        // Once the adviser is in the box (a click, Tab), the wheel is theirs to change it.
        programme->setFocus();
        wheelDown();
        seen.programmeFocused = programme->currentIndex();
        seen.driven = true;
        Dialogs::queueChoice(1); // the form was changed: discard it
        editor->reject();
    });
    fixture.window->findChild<QAction*>(QStringLiteral("actionNewRecord"))->trigger();
    REQUIRE(seen.driven);
    REQUIRE(seen.scrollRange > 0);
    CHECK(seen.programmeAfter == seen.programmeBefore);
    CHECK(seen.scrollAfter > seen.scrollBefore);
    CHECK(seen.programmeFocused != seen.programmeBefore);
}

TEST_CASE("A commune's new code brings its SIREN, population, commune and département; none is kept from "
          "the previous one",
          "[ui][editors][places]")
{
    EditorFixture fixture;
    const GeoLookup geography(fixture.db());
    const Commune lyon = geography.communeByCode(QStringLiteral("69123"))->commune;
    const Commune annecy = geography.communeByCode(QStringLiteral("74010"))->commune;
    REQUIRE(lyon.siren != annecy.siren);
    Actor actor;
    actor.name = QStringLiteral("Commune test");
    actor.typeCode = QStringLiteral("commune");
    actor.inseeCode = lyon.code;
    actor.siren = lyon.siren;
    actor.population = lyon.population;
    actor.departementCode = lyon.departementCode;
    const Result<Actor> created = ActorStore(fixture.db()).create(actor);
    REQUIRE(created.ok());
    fixture.window->reloadLists();
    REQUIRE_EVENTUALLY(!fixture.window->listsLoading());
    QString commune, refused;
    whenOpen<ActorEditor>([&](ActorEditor* editor) {
        QApplication::setActiveWindow(editor);
        auto* code = editor->findChild<QLineEdit*>(QStringLiteral("insee"));
        code->setFocus();
        code->selectAll();
        QTest::keyClicks(code, annecy.code);
        QTest::keyClick(code, Qt::Key_Tab);
        commune = editor->communeField()->text();
        saveOrGiveUp(editor, &refused);
    });
    openInEditor(fixture, RecordList::Family::Actors, created.value().id);
    INFO(refused.toStdString());
    CHECK(refused.isEmpty());
    CHECK(commune == QStringLiteral("Annecy"));
    const Actor saved = *ActorStore(fixture.db()).find(created.value().id);
    CHECK(saved.inseeCode == annecy.code);
    CHECK(saved.siren == annecy.siren);
    CHECK(saved.population == annecy.population);
    CHECK(saved.departementCode == annecy.departementCode);
    CHECK(saved.communeInsee.isEmpty());
}

TEST_CASE("A cleared code takes away what its commune filled in; a commune typed by name brings its code",
          "[ui][editors][places]")
{
    EditorFixture fixture;
    const GeoLookup geography(fixture.db());
    const Commune grenoble = geography.communeByCode(QStringLiteral("38185"))->commune;
    QString sirenAfterClear, populationAfterClear, communeAfterClear, sirenTyped, populationTyped, refused;
    qint64 id = 0;
    whenOpen<ActorEditor>([&](ActorEditor* editor) {
        QApplication::setActiveWindow(editor);
        auto* name = editor->findChild<QLineEdit*>(QStringLiteral("name"));
        auto* code = editor->findChild<QLineEdit*>(QStringLiteral("insee"));
        auto* siren = editor->findChild<QLineEdit*>(QStringLiteral("siren"));
        auto* population = editor->findChild<QLineEdit*>(QStringLiteral("population"));
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("Commune test"));
        code->setFocus();
        QTest::keyClicks(code, QStringLiteral("69123"));
        QTest::keyClick(code, Qt::Key_Tab);
        // The code erased: Lyon's SIREN, population and name go with it.
        code->setFocus();
        code->selectAll();
        QTest::keyClick(code, Qt::Key_Delete);
        QTest::keyClick(code, Qt::Key_Tab);
        sirenAfterClear = siren->text();
        populationAfterClear = population->text();
        communeAfterClear = editor->communeField()->text();
        // A SIREN the adviser types is theirs; a commune typed whole (no suggestion chosen) brings
        // its code, and its SIREN and population over the typed ones.
        siren->setFocus();
        QTest::keyClicks(siren, QStringLiteral("123456782"));
        editor->communeField()->setFocus();
        QTest::keyClicks(editor->communeField(), QStringLiteral("Grenoble"));
        editor->communeField()->completer()->popup()->hide();
        QTest::keyClick(editor->communeField(), Qt::Key_Tab);
        sirenTyped = siren->text();
        populationTyped = population->text();
        saveOrGiveUp(editor, &refused);
        id = editor->saved().id;
    });
    fixture.window->findChild<QAction*>(QStringLiteral("actionNewRecord"))->trigger();
    CHECK(sirenAfterClear.isEmpty());
    CHECK(populationAfterClear.isEmpty());
    CHECK(communeAfterClear.isEmpty());
    CHECK(sirenTyped == grenoble.siren);
    CHECK(populationTyped == QLocale().toString(*grenoble.population));
    INFO(refused.toStdString());
    REQUIRE(id > 0);
    const Actor saved = *ActorStore(fixture.db()).find(id);
    CHECK(saved.inseeCode == grenoble.code);
    CHECK(saved.siren == grenoble.siren);
    CHECK(saved.departementCode == grenoble.departementCode);
}

TEST_CASE("An actor's population reads grouped in the interface's language, typed with or without "
          "separators",
          "[ui][editors]")
{
    const bool french = GENERATE(true, false);
    INFO((french ? "French" : "English"));
    const InLanguage language(french);
    EditorFixture fixture;
    Actor actor = *ActorStore(fixture.db()).find(fixture.lyon);
    actor.population = 163684;
    REQUIRE(ActorStore(fixture.db()).update(actor).ok());
    fixture.window->reloadLists();
    REQUIRE_EVENTUALLY(!fixture.window->listsLoading());
    // QLocale's own grouping: a narrow no-break space in French.
    const QString shown = french ? QStringLiteral("163\u202F684") : QStringLiteral("163,684");
    const QString typedGrouped = french ? QStringLiteral("1 234 567") : QStringLiteral("1,234,567");
    const QString regrouped = french ? QStringLiteral("1\u202F234\u202F567") : QStringLiteral("1,234,567");
    QString opened, afterPlain, afterGrouped, refused;
    whenOpen<ActorEditor>([&](ActorEditor* editor) {
        QApplication::setActiveWindow(editor);
        auto* population = editor->findChild<QLineEdit*>(QStringLiteral("population"));
        opened = population->text();
        population->setFocus();
        population->selectAll();
        QTest::keyClicks(population, QStringLiteral("1234567"));
        QTest::keyClick(population, Qt::Key_Tab);
        afterPlain = population->text();
        population->setFocus();
        population->selectAll();
        QTest::keyClicks(population, typedGrouped);
        QTest::keyClick(population, Qt::Key_Tab);
        afterGrouped = population->text();
        saveOrGiveUp(editor, &refused);
    });
    openInEditor(fixture, RecordList::Family::Actors, fixture.lyon);
    CHECK(opened == shown);
    CHECK(afterPlain == regrouped);
    CHECK(afterGrouped == regrouped);
    INFO(refused.toStdString());
    CHECK(refused.isEmpty());
    CHECK(ActorStore(fixture.db()).find(fixture.lyon)->population == 1234567);
}

TEST_CASE("A record's checked themes show as its editor opens, first in their list", "[ui][editors][themes]")
{
    EditorFixture fixture;
    const QList<std::pair<QString, QString>> themes =
        ReferenceChoices::entries(fixture.db(), QStringLiteral("ref_theme"));
    REQUIRE(themes.size() > 10);
    // The last theme of the list: below the fold of a list a few lines high.
    const QString last = themes.last().first;
    QSqlQuery query(fixture.db());
    REQUIRE(query.exec(QStringLiteral("SELECT id FROM partnership")));
    REQUIRE(query.next());
    Partnership partnership = *PartnershipStore(fixture.db()).find(query.value(0).toLongLong());
    partnership.themeCodes = {last};
    REQUIRE(PartnershipStore(fixture.db()).update(partnership).ok());
    QString first;
    bool firstChecked = false, firstInView = false;
    QStringList checked;
    whenOpen<PartnershipEditor>([&](PartnershipEditor* editor) {
        auto* list = editor->findChild<CodeCheckList*>(QStringLiteral("themes"));
        REQUIRE(list);
        first = list->item(0)->data(Qt::UserRole).toString();
        firstChecked = list->item(0)->checkState() == Qt::Checked;
        firstInView = list->viewport()->rect().contains(list->visualItemRect(list->item(0)));
        checked = list->checkedCodes();
        editor->reject();
    });
    openInEditor(fixture, RecordList::Family::Partnerships, partnership.id);
    CHECK(first == last);
    CHECK(firstChecked);
    CHECK(firstInView);
    CHECK(checked == QStringList{last});
}

TEST_CASE("The check boxes of the themes and goals lists fit their rows, none over the next",
          "[ui][editors][themes]")
{
    EditorFixture fixture;
    for (const RecordList::Family family : {RecordList::Family::Partnerships, RecordList::Family::Projects}) {
        INFO(RecordList::familyTitle(family).toStdString());
        fixture.window->showFamily(family);
        REQUIRE_EVENTUALLY(!fixture.window->listsLoading());
        int lists = 0;
        whenOpen<RecordEditorDialog>([&](RecordEditorDialog* editor) {
            for (CodeCheckList* list : editor->findChildren<CodeCheckList*>()) {
                INFO(list->objectName().toStdString());
                ++lists;
                REQUIRE(list->count() > 1);
                QStyleOptionButton box;
                box.initFrom(list);
                const int indicator = list->style()->pixelMetric(QStyle::PM_IndicatorHeight, &box, list);
                QRect previous;
                for (int row = 0; row < list->count(); ++row) {
                    const QListWidgetItem* item = list->item(row);
                    INFO(item->text().toStdString());
                    const QRect rect = list->visualItemRect(item);
                    // The box and its frame inside the row, the text (elided, on one line) too.
                    CHECK(rect.height() >= indicator + 2);
                    CHECK(rect.height() >= list->fontMetrics().height());
                    if (row > 0)
                        CHECK(rect.top() > previous.bottom());
                    previous = rect;
                }
            }
            Dialogs::queueChoice(1);
            editor->reject();
        });
        fixture.window->findChild<QAction*>(QStringLiteral("actionNewRecord"))->trigger();
        CHECK(lists == (family == RecordList::Family::Projects ? 2 : 1));
    }
}

TEST_CASE("The history says a restore and a merge in one line each, a label apart from its value, goals "
          "by name",
          "[ui][editors][history]")
{
    EditorFixture fixture;
    const QSqlDatabase db = fixture.db();
    const Result<qint64> trashed = ActorStore(db).moveToTrash(fixture.grenoble, QStringLiteral("Grenoble"));
    REQUIRE(trashed.ok());
    REQUIRE(Trash(db).restore(trashed.value()).ok());
    fixture.window->navigateTo(RecordList::Family::Actors, fixture.grenoble);
    QString history = fixture.window->details()->toPlainText();
    INFO(history.toStdString());
    CHECK(history.contains(QStringLiteral("Moved to the trash")));
    CHECK(history.contains(QStringLiteral("Restored from the trash")));
    // The creation lists the fields once; the deletion and the restore do not list them again.
    CHECK(history.count(QStringLiteral("∅ → Grenoble")) == 1);
    CHECK_FALSE(history.contains(QStringLiteral("Grenoble → ∅")));
    CHECK(history.contains(QStringLiteral("Name: ∅ → Grenoble")));

    MergeRequest request;
    request.keptId = fixture.lyon;
    request.otherId = fixture.grenoble;
    REQUIRE(DuplicateMerge<Actor>(db).merge(request).ok());
    fixture.window->navigateTo(RecordList::Family::Actors, fixture.lyon);
    history = fixture.window->details()->toPlainText();
    INFO(history.toStdString());
    CHECK(history.contains(QStringLiteral("Merged with Grenoble (#%1)").arg(fixture.grenoble)));
    CHECK_FALSE(history.contains(QStringLiteral("∅ → Grenoble (#")));

    Project project;
    project.title = QStringLiteral("Eau");
    project.actors = {{fixture.lyon, QString::fromLatin1(Project::kLeadRole)}};
    project.sdgGoals = {6};
    const Result<Project> created = ProjectStore(db).create(project);
    REQUIRE(created.ok());
    fixture.window->navigateTo(RecordList::Family::Projects, created.value().id);
    history = fixture.window->details()->toPlainText();
    INFO(history.toStdString());
    CHECK(history.contains(
        QStringLiteral("Sustainable development goals: ∅ → 6 – Clean water and sanitation")));
}

TEST_CASE("A part an actor's editor shows once the name is recognised is not cut at the right",
          "[ui][editors][small-screen]")
{
    // The French labels are the wider.
    InFrench inFrench;
    EditorFixture fixture;
    bool noteShown = false;
    int buttonRight = 0, viewportWidth = 0;
    whenOpen<ActorEditor>([&](ActorEditor* editor) {
        QApplication::setActiveWindow(editor);
        const int opened = editor->height();
        auto* name = editor->findChild<QLineEdit*>(QStringLiteral("name"));
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("Mairie de Villeurbanne"));
        QTest::keyClick(name, Qt::Key_Tab);
        noteShown = editor->findChild<QLabel*>(QStringLiteral("placeNote"))->isVisible();
        // The APD declarations appear for a commune (the editor grows with its form, the screen
        // allowing: test_editor_screens).
        QPushButton* add = editor->apdRows()->addButton();
        CHECK_EVENTUALLY(add->isVisible() && editor->height() > opened);
        // Shorter than its form, as on a 700-pixel screen (the offscreen screen is taller): the
        // form then needs its scroll bar, which takes some of its width.
        editor->resize(editor->width(), 560);
        auto* scroll = editor->findChild<QScrollArea*>();
        QWidget* viewport = scroll->viewport();
        CHECK_EVENTUALLY(scroll->verticalScrollBar()->isVisible());
        CHECK_EVENTUALLY(add->isVisible() &&
                         add->mapTo(viewport, QPoint(add->width(), 0)).x() <= viewport->width());
        buttonRight = add->mapTo(viewport, QPoint(add->width(), 0)).x();
        viewportWidth = viewport->width();
        Dialogs::queueChoice(1);
        editor->reject();
    });
    fixture.window->findChild<QAction*>(QStringLiteral("actionNewRecord"))->trigger();
    CHECK(noteShown);
    CHECK(buttonRight <= viewportWidth);
}

TEST_CASE("The error frame of a partner's country goes round the country typed, not over the note beside it",
          "[ui][editors]")
{
    EditorFixture fixture;
    fixture.window->showFamily(RecordList::Family::Partners);
    REQUIRE_EVENTUALLY(!fixture.window->listsLoading());
    QString framed, note, problems;
    whenOpen<PartnerEditor>([&](PartnerEditor* editor) {
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("Partenaire"));
        auto* country = editor->findChild<QLineEdit*>(QStringLiteral("country"));
        country->setFocus();
        QTest::keyClicks(country, QStringLiteral("Nowhereland"));
        clickSave(editor);
        problems = editor->problemText();
        framed = country->styleSheet();
        note = editor->findChild<QLabel*>(QStringLiteral("countryFound"))->parentWidget()->styleSheet();
        Dialogs::queueChoice(1);
        editor->reject();
    });
    fixture.window->findChild<QAction*>(QStringLiteral("actionNewRecord"))->trigger();
    CHECK(problems.contains(QStringLiteral("Nowhereland")));
    CHECK(framed.contains(QStringLiteral("border")));
    CHECK(note.isEmpty());
}

TEST_CASE("The project's country field shows its whole hint at 1024x700, in French and in English",
          "[ui][editors][small-screen]")
{
    const bool french = GENERATE(true, false);
    INFO((french ? "French" : "English"));
    const InLanguage language(french);
    EditorFixture fixture;
    fixture.window->showFamily(RecordList::Family::Projects);
    REQUIRE_EVENTUALLY(!fixture.window->listsLoading());
    QString hint;
    int hintWidth = 0;
    int room = 0;
    whenOpen<ProjectEditor>([&](ProjectEditor* editor) {
        // As it opens on a 1024x700 screen: 820 wide (fitToScreen), shorter than its form, which
        // scrolls (its scroll bar takes some of the field's width).
        editor->resize(820, 600);
        QApplication::processEvents();
        auto* country = editor->findChild<QLineEdit*>(QStringLiteral("countryInput"));
        REQUIRE(country);
        hint = country->placeholderText();
        hintWidth = country->fontMetrics().horizontalAdvance(hint);
        // The room the line edit gives its text: its contents inside the frame, less the margin
        // QLineEdit keeps on each side (2 px) and any text margins.
        QStyleOptionFrame frame;
        frame.initFrom(country);
        frame.lineWidth = country->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &frame, country);
        const QMargins margins = country->textMargins();
        room = country->style()->subElementRect(QStyle::SE_LineEditContents, &frame, country).width() -
               margins.left() - margins.right() - 2 * 2;
        // The spelling advice that no longer fits the field is in its tooltip.
        CHECK_FALSE(country->toolTip().isEmpty());
        editor->reject();
    });
    fixture.window->findChild<QAction*>(QStringLiteral("actionNewRecord"))->trigger();
    INFO(hint.toStdString() << ": " << hintWidth << " px in " << room << " px");
    CHECK_FALSE(hint.isEmpty());
    CHECK(hintWidth <= room);
}

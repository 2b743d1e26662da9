// The editors on a screen of the guide's size (1400x900) and on a small one (1024x700): the
// offscreen platform gives this program both (tests/ui/TwoScreens.json, set by CTest).
#include <catch2/catch.hpp>

#include "support/QtPrinting.h"
#include "support/StoreFixture.h"

#include "ui/Dialogs.h"
#include "ui/editors/ActorEditor.h"
#include "ui/editors/FundingTable.h"
#include "ui/editors/PartnerEditor.h"
#include "ui/editors/PartnershipEditor.h"
#include "ui/editors/ProjectEditor.h"
#include "ui/editors/SchemeEditor.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>

namespace {

// Dialogs answered without being shown, from before the first editor opens to after the last
// closes (a changed form asks whether to drop its changes).
struct TestMode
{
    TestMode() { Dialogs::setTestMode(true); }
    ~TestMode() { Dialogs::setTestMode(false); }
};

QScreen* screenOfSize(const QSize& size)
{
    for (QScreen* screen : QGuiApplication::screens()) {
        if (screen->size() == size)
            return screen;
    }
    return nullptr;
}

// Each editor, opened as the window opens it: over a window on `screen`.
struct OpenEditor
{
    QWidget host;
    std::unique_ptr<RecordEditorDialog> editor;

    OpenEditor(QScreen* screen, const std::function<RecordEditorDialog*(QWidget*)>& make)
    {
        host.setScreen(screen);
        host.setGeometry(QRect(screen->availableGeometry().topLeft() + QPoint(20, 20), QSize(900, 600)));
        host.show();
        editor.reset(make(&host));
        editor->show();
        QApplication::processEvents();
    }
    ~OpenEditor()
    {
        if (editor->hasUnsavedChanges())
            Dialogs::queueChoice(1); // drop the changes
        editor->reject();
    }

    QScrollBar* formScrollBar() const { return editor->findChild<QScrollArea*>()->verticalScrollBar(); }
    // Within the screen's free area, frame included.
    bool onScreen() const { return editor->screen()->availableGeometry().contains(editor->frameGeometry()); }
};

QList<std::pair<const char*, std::function<RecordEditorDialog*(QWidget*)>>> editors(const QSqlDatabase& db)
{
    return {
        {"actor", [db](QWidget* parent) { return new ActorEditor(db, Actor(), parent); }},
        {"partner", [db](QWidget* parent) { return new PartnerEditor(db, ForeignPartner(), parent); }},
        {"partnership", [db](QWidget* parent) { return new PartnershipEditor(db, Partnership(), parent); }},
        {"project", [db](QWidget* parent) { return new ProjectEditor(db, Project(), parent); }},
        {"scheme", [db](QWidget* parent) { return new SchemeEditor(db, Scheme(), parent); }},
    };
}

} // namespace

TEST_CASE("On a 1400x900 screen each editor opens as tall as its whole form, the project's funding lines "
          "three rows high",
          "[ui][editors][screens]")
{
    QScreen* screen = screenOfSize(QSize(1400, 900));
    REQUIRE(screen); // run by CTest, with the two screens of tests/ui/TwoScreens.json
    StoreFixture db;
    const TestMode testMode;
    for (const auto& [name, make] : editors(db.connection())) {
        INFO(name);
        const OpenEditor open(screen, make);
        INFO("editor " << open.editor->width() << "x" << open.editor->height());
        CHECK(open.editor->screen() == screen);
        CHECK(open.onScreen());
        // The whole form shows: nothing to scroll.
        CHECK(open.formScrollBar()->maximum() == 0);
    }

    // The project's funding lines: three of them visible at once in their table, the form whole.
    const OpenEditor open(screen, editors(db.connection()).at(3).second);
    auto* project = static_cast<ProjectEditor*>(open.editor.get());
    for (int line = 0; line < 3; ++line)
        QTest::mouseClick(project->findChild<QPushButton*>(QStringLiteral("addFunding")), Qt::LeftButton);
    QApplication::processEvents();
    QTableWidget* table = project->fundingTable()->table();
    INFO("table " << table->viewport()->height() << " px high, its rows " << table->rowHeight(0) << " px");
    CHECK(table->rowViewportPosition(2) + table->rowHeight(2) <= table->viewport()->height());
    CHECK(open.formScrollBar()->maximum() == 0);
}

TEST_CASE("An actor's editor grows with its form on a 1400x900 screen, not scrolling it",
          "[ui][editors][screens]")
{
    QScreen* screen = screenOfSize(QSize(1400, 900));
    REQUIRE(screen);
    StoreFixture db;
    const TestMode testMode;
    const OpenEditor open(screen, editors(db.connection()).at(0).second);
    const int opened = open.editor->height();
    // A name that designates a commune: its codes, its APD declarations' table show.
    auto* name = open.editor->findChild<QLineEdit*>(QStringLiteral("name"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Mairie de Villeurbanne"));
    QTest::keyClick(name, Qt::Key_Tab);
    for (int round = 0; round < 5; ++round)
        QApplication::processEvents();
    INFO("opened " << opened << " px high, now " << open.editor->height());
    CHECK(open.editor->height() > opened);
    CHECK(open.formScrollBar()->maximum() == 0);
    CHECK(open.onScreen());
}

TEST_CASE("On a 1024x700 screen each editor fits, its form scrolling when taller", "[ui][editors][screens]")
{
    QScreen* screen = screenOfSize(QSize(1024, 700));
    REQUIRE(screen);
    StoreFixture db;
    const TestMode testMode;
    for (const auto& [name, make] : editors(db.connection())) {
        INFO(name);
        const OpenEditor open(screen, make);
        INFO("editor " << open.editor->width() << "x" << open.editor->height() << " at " << open.editor->x()
                       << "," << open.editor->y());
        CHECK(open.editor->screen() == screen);
        CHECK(open.editor->width() <= screen->availableGeometry().width());
        CHECK(open.editor->height() <= screen->availableGeometry().height());
        CHECK(open.onScreen());
    }
    // The project's form is taller than that: it scrolls, in one column.
    const OpenEditor open(screen, editors(db.connection()).at(3).second);
    CHECK(open.formScrollBar()->maximum() > 0);
}

namespace {

// The row of the form that holds `widget` (its field, or the whole of a field made of several
// widgets), or nullptr outside the form (the buttons).
QWidget* rowOf(QWidget* form, QWidget* widget)
{
    while (widget && widget->parentWidget() != form)
        widget = widget->parentWidget();
    return widget;
}

// Presses Tab from the first field until the focus leaves the form: the widgets it went through.
QList<QWidget*> tabThrough(RecordEditorDialog* editor)
{
    QApplication::setActiveWindow(editor);
    QWidget* form = editor->findChild<QScrollArea*>()->widget();
    QList<QWidget*> visited;
    for (QWidget* focused = editor->focusWidget(); focused && rowOf(form, focused) && visited.size() < 200;
         focused = editor->focusWidget()) {
        if (visited.contains(focused))
            break;
        visited << focused;
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    return visited;
}

} // namespace

TEST_CASE("Tab goes down the first column of the project and scheme editors, then down the second, then "
          "the funding lines; in one column from top to bottom",
          "[ui][editors][screens][keyboard]")
{
    const QSize size = GENERATE(QSize(1400, 900), QSize(1024, 700));
    INFO("screen " << size.width() << "x" << size.height());
    QScreen* screen = screenOfSize(size);
    REQUIRE(screen);
    StoreFixture db;
    const TestMode testMode;
    const auto all = editors(db.connection());
    for (const int which : {3, 4}) {
        INFO(all.at(which).first);
        const OpenEditor open(screen, all.at(which).second);
        // One funding line, its fields part of the walk, which starts in the field that has the
        // focus when the editor opens.
        QWidget* first = open.editor->focusWidget();
        REQUIRE(first);
        if (auto* add = open.editor->findChild<QPushButton*>(QStringLiteral("addFunding")))
            QTest::mouseClick(add, Qt::LeftButton);
        QApplication::processEvents();
        first->setFocus();
        QWidget* form = open.editor->findChild<QScrollArea*>()->widget();
        const QList<QWidget*> visited = tabThrough(open.editor.get());
        // Every row with a field Tab can reach, in the order the form reads: in two columns, the
        // first column's rows, then the second's, then those under both (at the width of both).
        QList<QWidget*> rows;
        for (QWidget* child : form->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
            const QList<QWidget*> inside = child->findChildren<QWidget*>();
            const bool reachable = child->isVisible() && child->isEnabled() &&
                                   ((child->focusPolicy() & Qt::TabFocus) ||
                                    std::any_of(inside.cbegin(), inside.cend(), [](QWidget* inner) {
                                        return inner->isVisible() && inner->isEnabled() &&
                                               !inner->focusProxy() && (inner->focusPolicy() & Qt::TabFocus);
                                    }));
            if (reachable)
                rows << child;
        }
        const bool twoColumns = std::any_of(rows.cbegin(), rows.cend(),
                                            [&](QWidget* row) { return row->x() > form->width() / 2; });
        CHECK(twoColumns == (size.width() == 1400));
        const auto place = [&](QWidget* row) {
            const int column = row->x() > form->width() / 2                          ? 1
                               : twoColumns && row->width() > form->width() * 7 / 10 ? 2
                                                                                     : 0;
            return std::make_pair(column, row->y());
        };
        std::sort(rows.begin(), rows.end(), [&](QWidget* a, QWidget* b) { return place(a) < place(b); });
        QList<QWidget*> walked;
        QStringList names;
        for (QWidget* widget : visited) {
            names << widget->objectName();
            if (walked.isEmpty() || walked.last() != rowOf(form, widget))
                walked << rowOf(form, widget);
        }
        INFO("focus went through: " << names.join(QStringLiteral(", ")).toStdString());
        CHECK(walked == rows);
        // In a funding line's fields after the table, before the buttons under it.
        if (which == 3) {
            const auto at = [&](const char* objectName) { return names.indexOf(QLatin1String(objectName)); };
            CHECK(at("funder") >= 0);
            CHECK(at("funder") < at("status"));
            CHECK(at("status") < at("addFunding"));
        }
    }
}

#pragma once

#include <QCoreApplication>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

// Opens a cell of the table with F2, as an adviser edits a cell, types, and commits with Return
// (a record editor's small tables: a scheme's calls, an authority's APD declarations).
inline void typeInCell(QTableWidget* table, int row, int column, const QString& text)
{
    // Editors closed before are deleted later: the new one is the one that was not there.
    const QList<QLineEdit*> before = table->findChildren<QLineEdit*>();
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_F2);
    QLineEdit* editor = nullptr;
    for (QLineEdit* candidate : table->findChildren<QLineEdit*>()) {
        if (!before.contains(candidate))
            editor = candidate;
    }
    REQUIRE(editor);
    // The keys go where the adviser types (a shortcut of the window behind must not take Return).
    editor->setFocus();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);

    // The cell takes the text once the event loop runs (the editor commits it queued).
    QCoreApplication::processEvents();
}

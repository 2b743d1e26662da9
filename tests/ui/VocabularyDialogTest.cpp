// Settings › Vocabularies, at the size it opens with on a 1024x700 screen: every label is read
// whole, a long one on several lines.
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include "ui/VocabularyDialog.h"

#include <QApplication>
#include <QListWidget>
#include <QStyle>
#include <QTableWidget>
#include <QTest>

TEST_CASE("The vocabularies' labels are shown whole, on several lines when long", "[ui][vocabularies]")
{
    TestDatabase db;
    VocabularyDialog dialog(db.connection());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.width() <= 1024);
    auto* vocabularies = dialog.findChild<QListWidget*>();
    REQUIRE(vocabularies);
    vocabularies->setFocus();
    QTableWidget* table = dialog.table();
    const QFontMetrics metrics(table->font());
    // The delegate's text margin, on each side.
    const int margin = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
    int severalLines = 0;
    for (int vocabulary = 0; vocabulary < vocabularies->count(); ++vocabulary) {
        if (vocabulary > 0)
            QTest::keyClick(vocabularies, Qt::Key_Down);
        QApplication::processEvents();
        REQUIRE(vocabularies->currentRow() == vocabulary);
        INFO(vocabularies->currentItem()->text().toStdString());
        for (int row = 0; row < table->rowCount(); ++row) {
            for (const int column : {1, 2}) {
                const QString label = table->item(row, column)->text();
                const QRect needed = metrics.boundingRect(
                    QRect(0, 0, table->columnWidth(column) - margin, 10000), Qt::TextWordWrap, label);
                INFO(label.toStdString() << ": " << needed.width() << "x" << needed.height() << " in "
                                         << table->columnWidth(column) << "x" << table->rowHeight(row));
                CHECK(needed.width() <= table->columnWidth(column) - margin);
                CHECK(needed.height() <= table->rowHeight(row));
                if (needed.height() > metrics.height())
                    ++severalLines;
            }
        }
    }
    // The long labels (« Organisation de solidarité internationale issue des migrations ») did not
    // fit on one line.
    CHECK(severalLines > 0);
}

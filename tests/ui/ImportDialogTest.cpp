#include "support/ImportChecks.h"
#include "support/QtPrinting.h"
#include "support/TemporaryFile.h"
#include "support/TestDatabase.h"

#include "ui/AppSettings.h"
#include "ui/Dialogs.h"
#include "ui/ImportDialog.h"
#include "ui/ValueChoicesTable.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>

namespace {

QPushButton* button(const ImportDialog& dialog, const char* name)
{
    return dialog.findChild<QPushButton*>(QString::fromLatin1(name));
}

// The summary names the tab of the values to settle in « »: wrapped at any width, the name and
// its quotes stay on one line (at 1024 px the closing » stood alone on the next one).
void checkQuotesWhole(const QLabel& label, const QString& quoted)
{
    const QString text = label.text();
    INFO(text.toStdString());
    const qsizetype opening = text.indexOf(QChar(0x00AB));
    const qsizetype closing = text.indexOf(QChar(0x00BB), opening);
    REQUIRE(opening >= 0);
    REQUIRE(closing > opening);
    CHECK(text.mid(opening + 2, closing - opening - 3) ==
          QString(quoted).replace(QLatin1Char(' '), QChar(0x00A0)));
    for (int width = 120; width <= 900; width += 3) {
        QTextLayout layout(text, label.font());
        QTextOption option;
        option.setWrapMode(QTextOption::WordWrap);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            const qsizetype start = line.textStart();
            INFO(width << " px, line from " << start);
            // No line begins inside the quotation.
            CHECK((start <= opening || start > closing));
        }
        layout.endLayout();
    }
}

} // namespace

TEST_CASE("Import dialog: each unknown value is settled once for all its rows, and may be kept",
          "[ui][import][values]")
{
    TestDatabase db;
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    Dialogs::setTestMode(true);
    const QString file = writeTestFile(dir, QStringLiteral("jumelages.csv"),
                                       "Acteur;Ville jumelle;Pays\n"
                                       "Lyon;Turin;Italy\n"
                                       "Grenoble;Essen;West Germany\n"
                                       "Ville de Grenoble;Bielefeld;West Germany\n"
                                       "Bron;Basse-Terre;Guadeloupe, France\n");
    ImportDialog dialog(db.connection(), settings);
    dialog.show();
    Dialogs::queueFileName(file);
    QTest::mouseClick(button(dialog, "chooseFile"), Qt::LeftButton);

    // No nature column: one value for every row.
    auto* field = dialog.findChild<QComboBox*>(QStringLiteral("wholeField"));
    field->setCurrentIndex(field->findData(QStringLiteral("kind")));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("wholeValue")), QStringLiteral("Jumelage"));
    QTest::mouseClick(button(dialog, "setWholeColumn"), Qt::LeftButton);
    // It says what it does: the file's own cells of that column give way to it.
    CHECK(
        dialog.findChild<QLabel*>(QStringLiteral("wholeColumns"))->text() ==
        QStringLiteral("Every row takes Nature = Jumelage, whatever the file holds (an empty value takes it "
                       "back)."));

    QTest::mouseClick(button(dialog, "checkButton"), Qt::LeftButton);
    CHECK(dialog.lastReport().errors.size() == 3);
    checkQuotesWhole(*dialog.findChild<QLabel*>(QStringLiteral("summary")),
                     QStringLiteral("Values to settle"));
    auto* values = dialog.findChild<ValueChoicesTable*>(QStringLiteral("values"));
    // « West Germany » once, for its two rows; the partner in France, whose row is to be left out.
    REQUIRE(values->rowCount() == 2);
    CHECK(values->item(0, ValueChoicesTable::Found)->text() == QStringLiteral("West Germany"));
    CHECK(values->item(0, ValueChoicesTable::Rows)->text() == QStringLiteral("2"));
    QComboBox* germany = values->comboFor(QStringLiteral("country"), QStringLiteral("West Germany"));
    REQUIRE(germany);
    // The suggestions come first: « Germany » is in the value.
    CHECK(germany->itemData(3).toString() == QStringLiteral("DE"));
    germany->setCurrentIndex(3);
    values->item(0, ValueChoicesTable::Keep)->setCheckState(Qt::Checked);
    CHECK_FALSE(button(dialog, "importButton")->isEnabled());
    QTest::mouseClick(button(dialog, "checkButton"), Qt::LeftButton);
    REQUIRE(dialog.lastReport().errors.size() == 1);
    CHECK(dialog.lastReport().errors.first().message ==
          QStringLiteral("partner located in France (overseas): not a foreign partner"));
    CHECK(values->rowCount() == 2); // what was settled stays listed

    QComboBox* overseas = values->comboFor(QStringLiteral("country"), QStringLiteral("Guadeloupe, France"));
    REQUIRE(overseas);
    overseas->setCurrentIndex(overseas->findData(ValueChoicesTable::leaveOutChoice()));
    QTest::mouseClick(button(dialog, "checkButton"), Qt::LeftButton);
    REQUIRE(dialog.lastReport().errors.isEmpty());
    CHECK(dialog.lastReport().leftOut == 1);
    REQUIRE(button(dialog, "importButton")->isEnabled());
    QTest::mouseClick(button(dialog, "importButton"), Qt::LeftButton);
    REQUIRE(dialog.lastReport().written);
    CHECK(dialog.lastReport().created == 3);
    CHECK(dialog.lastReport().actorsMatchedByName == 2); // Lyon, Grenoble (twice written)
    CHECK(
        db.scalar(QStringLiteral("SELECT count(*) FROM foreign_partner WHERE country_code = 'DE'")).toInt() ==
        2);
    CHECK(
        db.scalar(QStringLiteral("SELECT count(*) FROM partnership WHERE kind_code = 'jumelage'")).toInt() ==
        3);
    // Settled and imported: the values to settle are those of the file as it is now, none.
    CHECK(values->rowCount() == 0);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("wholeColumns"))->text().isEmpty());
    // The spelling is the observatory's now: the next file that writes it is read without asking.
    CHECK(
        db.scalar(QStringLiteral("SELECT country_code FROM ref_country_alias WHERE alias_key = 'westgermany' "
                                 "AND builtin = 0"))
            .toString() == QStringLiteral("DE"));
    Dialogs::setTestMode(false);
}

TEST_CASE("Import dialog: a list pasted from a spreadsheet is read like a file", "[ui][import][paste]")
{
    TestDatabase db;
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    Dialogs::setTestMode(true);
    ImportDialog dialog(db.connection(), settings);
    dialog.show();

    // Cells copied from Calc: tab-separated, a header row, a cell with a line break in quotes.
    QGuiApplication::clipboard()->setText(
        QStringLiteral("Nature\tActeur\tPays\tPartenaire\tDescription\n"
                       "Jumelage\tMairie d'Annecy\tItalie\tVicenza\t\"Depuis\n1990\"\n"
                       "Jumelage\tChambéry\tAllemagne\tAlbstadt\t\n"));
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(&dialog, Qt::Key_V, Qt::ControlModifier);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("fileName"))
              ->text()
              .startsWith(QStringLiteral("pasted on")));
    QTest::mouseClick(button(dialog, "checkButton"), Qt::LeftButton);
    INFO(describeErrors(dialog.lastReport()).toStdString());
    REQUIRE(dialog.lastReport().errors.isEmpty());
    QTest::mouseClick(button(dialog, "importButton"), Qt::LeftButton);
    REQUIRE(dialog.lastReport().written);
    CHECK(dialog.lastReport().created == 2);
    CHECK(db.scalar(QStringLiteral("SELECT file_name FROM import_batch"))
              .toString()
              .startsWith(QStringLiteral("pasted on")));
    CHECK(db.scalar(QStringLiteral("SELECT insee_code FROM actor WHERE name = 'Mairie d''Annecy'"))
              .toString() == QStringLiteral("74010"));
    CHECK(
        db.scalar(QStringLiteral("SELECT description FROM partnership WHERE description <> ''")).toString() ==
        QStringLiteral("Depuis\n1990"));

    // Without a header row: numbered columns, which the adviser maps.
    QGuiApplication::clipboard()->setText(QStringLiteral("Jumelage\tVoiron\tItalie\tBra\n"));
    dialog.pasteList();
    auto* preview = dialog.findChild<QTableWidget*>(QStringLiteral("preview"));
    REQUIRE(preview->columnCount() == 4);
    CHECK(preview->horizontalHeaderItem(0)->text() == QStringLiteral("Column 1"));
    CHECK(preview->rowCount() == 1);

    QGuiApplication::clipboard()->setText(QStringLiteral("  \n"));
    Dialogs::clearShownMessages();
    dialog.pasteList();
    REQUIRE(Dialogs::shownMessages().size() == 1);
    Dialogs::setTestMode(false);
}

TEST_CASE("Import dialog: warnings at their line and column, the file named once", "[ui][import][warnings]")
{
    TestDatabase db;
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    Dialogs::setTestMode(true);
    // A partnership without a signature date: the report will leave it out.
    const QString file = writeTestFile(dir, QStringLiteral("jumelages.csv"),
                                       "Nature;Statut;Acteur;Pays;Partenaire\n"
                                       "Jumelage;Actif;Lyon;Italie;Turin\n");
    ImportDialog dialog(db.connection(), settings);
    dialog.show();
    Dialogs::queueFileName(file);
    QTest::mouseClick(button(dialog, "chooseFile"), Qt::LeftButton);
    QTest::mouseClick(button(dialog, "checkButton"), Qt::LeftButton);
    REQUIRE(dialog.lastReport().errors.isEmpty());
    INFO(dialog.lastReport().warningLines().join(QLatin1Char('\n')).toStdString());
    REQUIRE(dialog.lastReport().warnings.size() == 1);

    const QString summary = dialog.findChild<QLabel*>(QStringLiteral("summary"))->text();
    INFO(summary.toStdString());
    CHECK(summary.count(QStringLiteral("jumelages.csv")) == 1);
    CHECK(summary.contains(QStringLiteral("1 warning about jumelages.csv")));
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("errors"));
    REQUIRE(table->rowCount() == 1);
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row)
        rows << QStringLiteral("%1 | %2 | %3")
                    .arg(table->item(row, 0)->text(), table->item(row, 1)->text(),
                         table->item(row, 2)->text());
    INFO(rows.join(QLatin1Char('\n')).toStdString());
    // Nowhere the folder of the file, nor the command line's « FILE:LINE: ».
    CHECK_FALSE(rows.join(QLatin1Char('\n')).contains(dir.path()));
    CHECK_FALSE(summary.contains(dir.path()));
    CHECK(rows.filter(QRegularExpression(QStringLiteral("^2 \\| Date de signature \\| Warning: no signature "
                                                        "date")))
              .size() == 1);
    Dialogs::setTestMode(false);
}

// Texts of the windows that read right in both languages: a sentence that says what it means, a
// word that is not taken for another, an example that cannot be read two ways.
#include "support/InFrench.h"
#include "support/StoreFixture.h"

#include "common/PartialDate.h"
#include "common/Preferences.h"
#include "ui/AppSettings.h"
#include "ui/ExportDialog.h"
#include "ui/PreferencesDialog.h"
#include "ui/WelcomePage.h"
#include "ui/editors/PartialDateEdit.h"

#include <QComboBox>
#include <QLabel>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextLayout>

#include <catch2/catch.hpp>

TEST_CASE("The export dialog says that its file imports back unchanged, in both languages", "[ui][wording]")
{
    const bool french = GENERATE(true, false);
    const InLanguage language(french);
    StoreFixture db;
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    ExportDialog dialog(db.database().connection(), {RecordList::Family::Partnerships, {}, 1, 1}, settings);
    const auto* note = dialog.findChild<QLabel*>(QStringLiteral("exportNote"));
    REQUIRE(note);
    // The file, not the export, is what imports back (« an export, which import back »).
    CHECK(note->text().contains(french ? QStringLiteral("il peut être réimporté tel quel")
                                       : QStringLiteral("it can be imported back unchanged")));
}

TEST_CASE("The preferences say which setting every adviser shares, without a word read as an actor type",
          "[ui][wording]")
{
    const bool french = GENERATE(true, false);
    const InLanguage language(french);
    StoreFixture db;
    QTemporaryDir dir;
    Preferences preferences(dir.filePath(QStringLiteral("preferences.ini")));
    PreferencesDialog dialog(db.database().connection(), preferences);
    QStringList notes;
    for (const QLabel* label : dialog.findChildren<QLabel*>()) {
        if (label->wordWrap())
            notes << label->text();
    }
    INFO(notes.join(QLatin1Char('\n')).toStdString());
    // « Commune à tous… » opened the dialog: the actor type (a municipality) before the sense.
    CHECK(notes.filter(QRegularExpression(QStringLiteral("^Commune\\b"))).isEmpty());
    CHECK_FALSE(notes
                    .filter(french ? QStringLiteral("La région vaut pour tous")
                                   : QStringLiteral("The region applies to everyone"))
                    .isEmpty());
}

TEST_CASE("The welcome page keeps its menu path on one line, at any width", "[ui][wording][welcome]")
{
    const bool french = GENERATE(true, false);
    const InLanguage language(french);
    WelcomePage page;
    QStringList withPath;
    for (const QLabel* label : page.findChildren<QLabel*>()) {
        if (label->text().contains(QStringLiteral("›")))
            withPath << label->text();
    }
    REQUIRE(withPath.size() == 1);
    const QString text = withPath.first();
    // The path between the parenthesis and the shortcut: « (Edit › New record, Ctrl+N) ».
    const qsizetype arrow = text.indexOf(QStringLiteral("›"));
    const qsizetype start = text.lastIndexOf(QLatin1Char('('), arrow) + 1;
    const qsizetype end = text.indexOf(QLatin1Char(','), arrow);
    REQUIRE(start > 0);
    REQUIRE(end > arrow);
    INFO(text.toStdString());
    // As a word-wrapped label lays it out, from the narrowest width that holds the path (it broke
    // before « › New record » at 1024×700 and 1400×900).
    const int narrowest = page.fontMetrics().horizontalAdvance(text.mid(start, end - start)) + 2;
    for (int width = narrowest; width <= 700; width += 3) {
        QTextLayout layout(text, page.font());
        QTextOption option;
        option.setWrapMode(QTextOption::WordWrap);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine())
            line.setLineWidth(width);
        layout.endLayout();
        INFO("width " << width);
        CHECK(layout.lineForTextPosition(static_cast<int>(start)).lineNumber() ==
              layout.lineForTextPosition(static_cast<int>(end - 1)).lineNumber());
    }
}

TEST_CASE("The date examples cannot be read two ways, and read as the parser reads them",
          "[ui][wording][dates]")
{
    const bool french = GENERATE(true, false);
    const InLanguage language(french);
    StoreFixture db;
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    // The field's hint, the export's format, the message of a date not understood.
    QStringList texts{PartialDateEdit().placeholderText()};
    const ExportDialog exporting(db.database().connection(), {RecordList::Family::Partnerships, {}, 1, 1},
                                 settings);
    const auto* format = exporting.findChild<QComboBox*>(QStringLiteral("format"));
    REQUIRE(format);
    for (int index = 0; index < format->count(); ++index)
        texts << format->itemText(index);
    QString error;
    CHECK_FALSE(PartialDate::parse(QStringLiteral("someday"), &error));
    texts << error;

    static const QRegularExpression day(QStringLiteral("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b"));
    int examples = 0;
    for (const QString& text : std::as_const(texts)) {
        for (auto match = day.globalMatch(text); match.hasNext();) {
            const QRegularExpressionMatch example = match.next();
            ++examples;
            INFO(text.toStdString());
            // « 12/05/1998 »: 12 May, or 5 December as an English reader may take it.
            CHECK(example.captured(1).toInt() > 12);
            const std::optional<PartialDate> read = PartialDate::parse(example.captured(0));
            REQUIRE(read);
            CHECK(read->day() == example.captured(1).toInt());
            CHECK(read->month() == example.captured(2).toInt());
        }
    }
    CHECK(examples == 3);
}

// Texts of the windows that read right in both languages: a sentence that says what it means, a
// word that is not taken for another, an example that cannot be read two ways.
#include "support/InFrench.h"
#include "support/StoreFixture.h"

#include "common/Preferences.h"
#include "ui/AppSettings.h"
#include "ui/ExportDialog.h"
#include "ui/PreferencesDialog.h"

#include <QLabel>
#include <QRegularExpression>
#include <QTemporaryDir>

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

// Texts of the windows that read right in both languages: a sentence that says what it means, a
// word that is not taken for another, an example that cannot be read two ways.
#include "support/InFrench.h"
#include "support/StoreFixture.h"

#include "ui/AppSettings.h"
#include "ui/ExportDialog.h"

#include <QLabel>
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

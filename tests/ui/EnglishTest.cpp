// The English interface speaks English everywhere: every window is walked and each text it shows
// is compared with the French labels of the interface itself (the French translations that differ
// from their English source) and of the vocabularies (their French labels that differ from the
// English ones).
#include "support/StoreFixture.h"
#include "support/TemporaryFile.h"
#include "support/WaitFor.h"
#include "support/WhenOpen.h"

#include "common/PartialDate.h"
#include "common/Preferences.h"
#include "i18n/Translations.h"
#include "ui/AppSettings.h"
#include "ui/ColumnMappingTable.h"
#include "ui/Dialogs.h"
#include "ui/ExportDialog.h"
#include "ui/ImportDialog.h"
#include "ui/MainWindow.h"
#include "ui/PreferencesDialog.h"
#include "ui/RecordDetails.h"
#include "ui/RecordListModel.h"
#include "ui/RecordListPage.h"
#include "ui/TrashDialog.h"
#include "ui/VocabularyDialog.h"
#include "ui/editors/RecordEditorDialog.h"
#include "ui/report/ReportDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QXmlStreamReader>

#include <algorithm>
#include <functional>

namespace {

// The French translations of the interface's own messages that are not also English.
QSet<QString> frenchInterfaceLabels()
{
    QSet<QString> labels;
    QFile file(QStringLiteral(OBSERVATOIRE_SOURCE_DIR "/translations/observatoire_fr.ts"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString french = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (!french.isEmpty() && french != source && !french.contains(QLatin1Char('%')))
                labels.insert(french);
        }
    }
    return labels;
}

// The French labels of every vocabulary, where the English one differs.
QSet<QString> frenchVocabularyLabels(const QSqlDatabase& db)
{
    QSet<QString> labels;
    for (const char* table :
         {"ref_actor_type", "ref_actor_family", "ref_partner_type", "ref_partnership_kind",
          "ref_partnership_status", "ref_project_status", "ref_theme", "ref_zone", "ref_country",
          "ref_org_role", "ref_funding_programme", "ref_funding_status", "ref_sdg"}) {
        QSqlQuery query(db);
        REQUIRE(query.exec(
            QStringLiteral("SELECT label_fr FROM %1 WHERE label_fr <> label_en").arg(QLatin1String(table))));
        while (query.next())
            labels.insert(query.value(0).toString());
    }
    return labels;
}

QString plain(QString text)
{
    return text.remove(QLatin1Char('&')).trimmed();
}

// Every text a window shows: titles, labels, buttons, choices, placeholders, headers and the
// cells on screen, the menus, the details.
QStringList textsOf(const QWidget* root, bool views);

// The innermost widget that shows `text`: where a French word was found.
QString shownBy(const QWidget* root, const QString& text, bool views)
{
    const QWidget* innermost = root;
    for (const QWidget* widget : root->findChildren<QWidget*>()) {
        if (widget->findChildren<QWidget*>().size() < innermost->findChildren<QWidget*>().size() &&
            textsOf(widget, views).contains(text))
            innermost = widget;
    }
    return QStringLiteral("%1 (%2 %3)")
        .arg(text, QString::fromLatin1(innermost->metaObject()->className()), innermost->objectName());
}

QStringList textsOf(const QWidget* root, bool views)
{
    QStringList texts{plain(root->windowTitle())};
    QList<const QWidget*> widgets{root};
    for (const QWidget* child : root->findChildren<QWidget*>())
        widgets << child;
    for (const QWidget* widget : std::as_const(widgets)) {
        if (!widget->isVisibleTo(root) && widget != root)
            continue;
        if (const auto* label = qobject_cast<const QLabel*>(widget))
            texts << plain(label->text());
        if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
            texts << plain(button->text());
        if (const auto* box = qobject_cast<const QGroupBox*>(widget))
            texts << plain(box->title());
        if (const auto* line = qobject_cast<const QLineEdit*>(widget))
            texts << line->placeholderText() << line->text();
        // The régions have French names only (no English ones in the reference data), and a few
        // overseas ones are also countries, whose French name is a vocabulary label.
        if (const auto* combo = qobject_cast<const QComboBox*>(widget);
            combo && combo->objectName() != QLatin1String("region")) {
            for (int index = 0; index < combo->count(); ++index)
                texts << combo->itemText(index);
        }
        if (const auto* tabs = qobject_cast<const QTabWidget*>(widget)) {
            for (int index = 0; index < tabs->count(); ++index)
                texts << plain(tabs->tabText(index));
        }
        if (const auto* browser = qobject_cast<const QTextBrowser*>(widget)) {
            for (const QString& line :
                 browser->toPlainText().split(QRegularExpression(QStringLiteral("[\n\t]"))))
                texts << line.trimmed();
        }
        if (const auto* view = qobject_cast<const QAbstractItemView*>(widget);
            views && view && view->model()) {
            const QAbstractItemModel* model = view->model();
            for (int column = 0; column < model->columnCount(); ++column)
                texts << model->headerData(column, Qt::Horizontal).toString();
            for (int row = 0; row < qMin(model->rowCount(), 30); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    for (const QString& part :
                         model->index(row, column).data().toString().split(QStringLiteral(" | ")))
                        texts << part.trimmed();
                }
            }
        }
        for (const QAction* action : widget->actions()) {
            texts << plain(action->text());
            if (action->menu()) {
                for (const QAction* item : action->menu()->actions())
                    texts << plain(item->text());
            }
        }
    }
    texts.removeAll(QString());
    return texts;
}

struct EnglishWindow
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("english.sqlite"));
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<MainWindow> window;
    QSet<QString> french;

    EnglishWindow()
    {
        {
            StoreFixture db;
            const qint64 lyon = db.addActor(QStringLiteral("Lyon"));
            const qint64 kaya = db.addPartner(QStringLiteral("Kaya"), QStringLiteral("BF"));
            db.addPartnership(lyon, kaya, QStringLiteral("cooperation_decentralisee"));
            db.addProject(QStringLiteral("Water in Kaya"), lyon);
            // Open to two types of actors, one of which had a French English label, with a named call.
            Scheme scheme;
            scheme.name = QStringLiteral("Water together");
            scheme.kindCode = QStringLiteral("fonds");
            scheme.actorTypeCodes = {QStringLiteral("region"), QStringLiteral("departement")};
            scheme.calls = {{QStringLiteral("Call 2027"), *PartialDate::parse(QStringLiteral("2027-01-15")),
                             *PartialDate::parse(QStringLiteral("2027-03-31"))}};
            db.addScheme(scheme);
            db.database().close();
            REQUIRE(QFile::copy(db.path(), path));
        }
        Dialogs::setTestMode(true);
        settings = std::make_unique<AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
        window = std::make_unique<MainWindow>(*settings);
        window->resize(1200, 800);
        window->show();
        REQUIRE(window->openDatabase(DatabaseLocation::sqliteFile(path), Database::OpenMode::MustExist));
        REQUIRE_EVENTUALLY(!window->listsLoading());
        french = frenchInterfaceLabels() + frenchVocabularyLabels(window->database()->connection());
        // French words that the French interface shares with the English source, where English has
        // its own: the actor type and the field of the actor's place.
        french << QStringLiteral("Commune");
    }
    ~EnglishWindow()
    {
        window.reset();
        Dialogs::setTestMode(false);
    }

    void check(const QWidget* shown, const QString& where, bool views = true) const
    {
        // A plural form read at one as its English singular would not say it: « The 1 record ».
        static const QRegularExpression theOne(QStringLiteral("\\b[Tt]he 1 "));
        // French typography: a space before a colon, a semicolon, a question or exclamation mark
        // inside a sentence (« Semicolon ; » names the character, at the end).
        static const QRegularExpression frenchSpace(QStringLiteral("\\w[ \u00A0\u202F][:;?!]\\s"));
        // The French words of the interface's vocabulary that English writes otherwise, inside a
        // sentence (« by département ») where a whole label would not be found.
        static const QRegularExpression frenchWord(
            QStringLiteral("\\b(d[e\u00E9]partements?|r\u00E9gions?)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        // A figure written the French way (« 12 500,50 € », « 3,8 »): thousands grouped by spaces,
        // or a decimal comma.
        static const QRegularExpression frenchNumber(
            QStringLiteral("\\d[ \u00A0\u202F]\\d{3}\\b|\\b\\d+,\\d{1,2}(\\s|\u00A0|\u202F)*(€|%)"));
        // APD is the French word: English says ODA (official development assistance), the French
        // term given only as such (« déclaration APD »).
        static const QRegularExpression apd(QStringLiteral("(?<!d\u00E9claration )\\bAPD\\b"));
        QStringList found;
        for (const QString& text : textsOf(shown, views)) {
            // A list of labels (« Region, Department ») is read label by label too.
            const QStringList parts = text.split(QStringLiteral(", "));
            const bool frenchLabel = std::any_of(parts.cbegin(), parts.cend(),
                                                 [&](const QString& part) { return french.contains(part); });
            if (frenchLabel || text.contains(theOne) || text.contains(frenchSpace) ||
                text.contains(frenchWord) || text.contains(frenchNumber) || text.contains(apd))
                found << shownBy(shown, text, views);
        }
        found.removeDuplicates();
        INFO(where.toStdString() << ": " << found.join(QStringLiteral(" / ")).toStdString());
        CHECK(found.isEmpty());
    }
};

} // namespace

TEST_CASE("The English interface shows no French label, in any window", "[ui][english]")
{
    REQUIRE(Translations::current() == Translations::Language::English);
    EnglishWindow english;
    MainWindow& window = *english.window;
    CHECK(english.french.contains(QStringLiteral("Coopération décentralisée"))); // the list is read
    CHECK(english.french.contains(QStringLiteral("Partenariats")));

    for (const RecordList::Family family : RecordList::families()) {
        window.showFamily(family);
        REQUIRE_EVENTUALLY(!window.listsLoading());
        window.page(family)->table()->selectRow(0);
        english.check(&window, RecordList::familyTitle(family));

        whenOpen<QWidget>(
            [&](QWidget* editor) {
                english.check(editor, QStringLiteral("editor of ") + RecordList::familyTitle(family));
                static_cast<QDialog*>(editor)->reject();
            },
            &window);
        window.findChild<QAction*>(QStringLiteral("actionOpenRecord"))->trigger();
    }

    const QSqlDatabase db = window.database()->connection();
    ImportDialog import(db, *english.settings, &window);
    import.show();
    // With a file chosen: the fields of its columns are listed by their English names (the
    // file's own words in English, so that only the dialog's are checked).
    Dialogs::queueFileName(writeTestFile(english.dir, QStringLiteral("twinnings.csv"),
                                         "Kind;Actor;Country;Partner\ntwinning;City of Lyon;DE;Frankfurt\n"));
    QTest::mouseClick(import.findChild<QPushButton*>(QStringLiteral("chooseFile")), Qt::LeftButton);
    english.check(&import, QStringLiteral("import"));
    ExportDialog exporting(db, {RecordList::Family::Partnerships, {}, 1, 1}, *english.settings, &window);
    exporting.show();
    english.check(&exporting, QStringLiteral("export"));
    VocabularyDialog vocabularies(db, &window);
    vocabularies.show();
    // Its table holds the French labels on purpose, for the adviser to edit them.
    english.check(&vocabularies, QStringLiteral("vocabularies"), false);
    ReportDialog report(db, *english.settings, &window);
    report.show();
    REQUIRE_EVENTUALLY(!report.computing());
    english.check(&report, QStringLiteral("report"));
    Preferences preferences(english.dir.filePath(QStringLiteral("preferences.ini")));
    PreferencesDialog preferencesDialog(db, preferences, &window);
    preferencesDialog.show();
    english.check(&preferencesDialog, QStringLiteral("preferences"));
}

TEST_CASE("The English interface has one word per concept: the partnership's « Nature », the trash's "
          "type of record",
          "[ui][english]")
{
    REQUIRE(Translations::current() == Translations::Language::English);
    EnglishWindow english;
    const QSqlDatabase db = english.window->database()->connection();
    // A file whose header says « Kind », as the English label once did: it is still read as the
    // nature, and the dialog calls the field « Nature », as the editor, the lists and the filters do.
    ImportDialog import(db, *english.settings, english.window.get());
    import.show();
    Dialogs::queueFileName(writeTestFile(english.dir, QStringLiteral("kinds.csv"),
                                         "Kind;Actor;Country;Partner\ntwinning;City of Lyon;DE;Frankfurt\n"));
    QTest::mouseClick(import.findChild<QPushButton*>(QStringLiteral("chooseFile")), Qt::LeftButton);
    auto* kindColumn = import.findChild<QComboBox*>(QStringLiteral("column_kind"));
    REQUIRE(kindColumn);
    CHECK(kindColumn->currentText() == QStringLiteral("Kind"));
    // The fields as the dialog names them: the mapping's first column, the choices of a field to
    // give one value (the combo boxes of the file's columns list the file's own headers).
    QStringList fields;
    const auto* mapping = import.findChild<ColumnMappingTable*>();
    REQUIRE(mapping);
    for (int row = 0; row < mapping->rowCount(); ++row)
        fields << mapping->item(row, 0)->text();
    for (const QComboBox* combo : import.findChildren<QComboBox*>()) {
        for (int index = 0;
             !combo->objectName().startsWith(QLatin1String("column_")) && index < combo->count(); ++index)
            fields << combo->itemText(index);
    }
    CHECK(fields.contains(QStringLiteral("Nature")));
    CHECK_FALSE(fields.contains(QStringLiteral("Kind")));

    TrashDialog trash(
        db, [](qint64) { return false; }, english.window.get());
    QStringList headers;
    for (int column = 0; column < trash.table()->columnCount(); ++column)
        headers << trash.table()->horizontalHeaderItem(column)->text();
    CHECK_FALSE(headers.contains(QStringLiteral("Kind")));
    CHECK(headers.contains(QStringLiteral("Type of record")));
}

// SQLite's POSIX locks belong to the whole process: code that opens and closes the open database
// file (or its -wal) by other means drops them, and another program may then delete the WAL
// under the open connection, losing every later write. These tests do what failed: a connection
// open and written in this process, each path that might touch the file exercised, a second
// program (backup, check) run on the same file, more writes, close, reopen.
#include "support/ObservatoireProgram.h"
#include "support/QtPrinting.h"
#include "support/StoreFixture.h"
#include "support/TemporaryFile.h"
#include "support/WaitFor.h"

#include "backup/AutomaticBackups.h"
#include "database/DatabaseFiles.h"
#include "store/ActorStore.h"
#include "ui/AppSettings.h"
#include "ui/Dialogs.h"
#include "ui/ExportDialog.h"
#include "ui/ImportDialog.h"
#include "ui/MainWindow.h"
#include "ui/RecordListModel.h"
#include "ui/RecordListPage.h"
#include "ui/RestoreDialog.h"
#include "ui/report/ReportDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

// The inode of a file, or 0 when there is none: a WAL deleted and made again has another one.
ino_t inodeOf(const QString& path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
}

int actorCount(const QString& path)
{
    Database reopened;
    const DatabaseStatus opened =
        reopened.open(DatabaseLocation::sqliteFile(path), Database::OpenMode::MustExist);
    INFO(opened.message.toStdString());
    REQUIRE(opened.ok());
    QSqlQuery query(reopened.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM actor")));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

// Shows a file dialog on `folder` the way an adviser sees it (detailed view: icons and types of
// every file), and waits until it has listed and drawn every entry.
void showFileDialogOn(const QString& folder)
{
    const std::unique_ptr<QFileDialog> dialog(
        Dialogs::createFileDialog(nullptr, Dialogs::FileDialogKind::Open, QStringLiteral("Open"),
                                  QStringLiteral("All files (*)"), folder, false));
    dialog->setViewMode(QFileDialog::Detail);
    dialog->show();
    auto* model = dialog->findChild<QFileSystemModel*>();
    REQUIRE(model != nullptr);
    const QModelIndex root = model->index(folder);
    REQUIRE_EVENTUALLY(model->rowCount(root) >= 3); // the file, -wal, -shm
    for (int row = 0; row < model->rowCount(root); ++row) {
        for (int column = 0; column < model->columnCount(root); ++column) {
            const QModelIndex index = model->index(row, column, root);
            model->data(index, Qt::DisplayRole);
            model->data(index, Qt::DecorationRole);
        }
    }
    dialog->grab(); // paints every visible icon
    QTest::qWait(300);
}

} // namespace

TEST_CASE("A file dialog showing the database's folder, a second opening and other programs lose no write",
          "[database][locks]")
{
    StoreFixture db;
    const QString path = db.path();
    db.addActor(QStringLiteral("Avant le dialogue"));
    const ino_t wal = inodeOf(path + QLatin1String("-wal"));
    REQUIRE(wal != 0);

    SECTION("a file dialog listing the folder")
    {
        showFileDialogOn(db.folder());
    }
    SECTION("the same file opened again in this process, and closed")
    {
        Database second;
        REQUIRE(second.open(DatabaseLocation::sqliteFile(path), Database::OpenMode::MustExist).ok());
        second.close();
    }

    // A nightly backup and a check, while the window is open.
    CHECK(observatoire({QStringLiteral("--db"), path, QStringLiteral("backup"), QStringLiteral("-o"),
                        db.folder() + QLatin1String("/copie.sqlite")})
              .exitCode == 0);
    CHECK(observatoire({QStringLiteral("--db"), path, QStringLiteral("check")}).exitCode == 0);
    CHECK(inodeOf(path + QLatin1String("-wal")) == wal);

    db.addActor(QStringLiteral("Après le dialogue"));
    // Another program sees the write: it went to the WAL that every program shares.
    const ProgramRun exported =
        observatoire({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("actors"),
                      QStringLiteral("-o"), QStringLiteral("-")});
    CHECK(exported.out.contains(QStringLiteral("Après le dialogue")));
    db.database().close();
    CHECK(actorCount(path) == 2);
}

TEST_CASE("The open database and its companions are known by any of their names", "[database][locks]")
{
    StoreFixture db;
    const QString path = db.path();
    for (const QString& companion : DatabaseFiles::companions(path)) {
        INFO(companion.toStdString());
        CHECK(DatabaseFiles::openDatabaseOf(companion) == QFileInfo(path).canonicalFilePath());
    }
    const QString link = db.folder() + QLatin1String("/lien.sqlite");
    REQUIRE(QFile::link(path, link));
    CHECK_FALSE(DatabaseFiles::openDatabaseOf(link).isEmpty());
    const QString hard = db.folder() + QLatin1String("/autre-nom.sqlite");
    REQUIRE(::link(QFile::encodeName(path).constData(), QFile::encodeName(hard).constData()) == 0);
    CHECK_FALSE(DatabaseFiles::openDatabaseOf(hard).isEmpty());
    CHECK(DatabaseFiles::openDatabaseOf(db.folder() + QLatin1String("/export.csv")).isEmpty());
    db.database().close();
    CHECK(DatabaseFiles::openDatabaseOf(path).isEmpty());
}

TEST_CASE("A database opened read-only shows a banner and offers nothing that writes",
          "[database][read-only]")
{
    StoreFixture db;
    db.addActor(QStringLiteral("Lyon"));
    const QString path = db.path();
    db.database().close();
    const QByteArray before = fileBytes(path);
    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    Dialogs::setTestMode(true);
    {
        MainWindow window(settings);
        window.show();
        REQUIRE(window.openDatabase(DatabaseLocation::sqliteFile(path), Database::OpenMode::MustExist,
                                    Database::Access::ReadOnly));
        REQUIRE_EVENTUALLY(!window.listsLoading());
        CHECK(window.isReadOnly());
        auto* banner = window.findChild<QLabel*>(QStringLiteral("readOnlyBanner"));
        REQUIRE(banner != nullptr);
        CHECK(banner->isVisible());
        for (const char* name :
             {"actionNewRecord", "actionOpenRecord", "actionDelete", "actionImport", "actionVocabularies"}) {
            INFO(name);
            auto* action = window.findChild<QAction*>(QString::fromLatin1(name));
            REQUIRE(action != nullptr);
            CHECK_FALSE(action->isEnabled());
        }
        CHECK(window.findChild<QAction*>(QStringLiteral("actionExport"))->isEnabled());
        // Ctrl+N opens no editor.
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QTest::qWait(50);
        CHECK(QApplication::activeModalWidget() == nullptr);
        CHECK(window.page(RecordList::Family::Actors)->model()->rowCount() == 1);
    }
    Dialogs::setTestMode(false);
    CHECK(fileBytes(path) == before); // SQLite may leave an empty -wal beside it: its own files
}

TEST_CASE("The window refuses an empty file and a damaged database, and keeps the current one",
          "[database][refusal]")
{
    StoreFixture current;
    const QString currentPath = current.path();
    current.database().close();
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("vide.sqlite"));
    {
        QFile file(empty);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    Dialogs::setTestMode(true);
    {
        MainWindow window(settings);
        REQUIRE(
            window.openDatabase(DatabaseLocation::sqliteFile(currentPath), Database::OpenMode::MustExist));
        Dialogs::queueFileName(empty);
        window.findChild<QAction*>(QStringLiteral("actionOpenDatabase"))->trigger();
        REQUIRE(Dialogs::shownMessages().size() == 1);
        CHECK(Dialogs::shownMessages().first().contains(QStringLiteral("is empty")));
        CHECK(QFileInfo(empty).size() == 0);
        CHECK(window.database()->location().filePath() == currentPath);
    }
    Dialogs::setTestMode(false);
}

TEST_CASE("File › Restore a backup lists the automatic copies and brings one back", "[database][backup]")
{
    StoreFixture db;
    db.addActor(QStringLiteral("Lyon"));
    const QString path = db.path();
    db.database().close();
    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    Dialogs::setTestMode(true);
    {
        MainWindow window(settings);
        window.show();
        REQUIRE(window.openDatabase(DatabaseLocation::sqliteFile(path), Database::OpenMode::MustExist));
        REQUIRE_EVENTUALLY(!window.listsLoading());
        const AutomaticBackups backups(path, 10);
        REQUIRE(backups.make(window.database()->connection(), QStringLiteral("import")).ok());
        {
            ActorStore store(window.database()->connection());
            Actor grenoble;
            grenoble.name = QStringLiteral("Grenoble");
            grenoble.typeCode = QStringLiteral("commune");
            REQUIRE(store.create(grenoble).ok());
        }

        RestoreDialog dialog(path, 10, &window);
        dialog.show();
        REQUIRE(dialog.table()->rowCount() == 1);
        CHECK(dialog.table()->item(0, 1)->text() == QStringLiteral("before an import"));
        CHECK(dialog.table()->item(0, 2)->text().contains(QStringLiteral("1 actor,")));
        CHECK_FALSE(dialog.restoreButton()->isEnabled());
        const QRect cell = dialog.table()->visualItemRect(dialog.table()->item(0, 0));
        QTest::mouseClick(dialog.table()->viewport(), Qt::LeftButton, {}, cell.center());
        REQUIRE(dialog.restoreButton()->isEnabled());
        QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
        CHECK(dialog.result() == QDialog::Accepted);

        Dialogs::queueConfirmation(true);
        REQUIRE(window.restoreFrom(dialog.chosenCopy()));
        REQUIRE_EVENTUALLY(!window.listsLoading());
        CHECK(window.page(RecordList::Family::Actors)->model()->rowCount() == 1);
        const QList<BackupCopy> copies = backups.list();
        REQUIRE(copies.size() == 2);
        CHECK(copies.first().reason == QLatin1String("restore"));
        CHECK(BackupContents::read(copies.first().path)->actors == 2);
    }
    Dialogs::setTestMode(false);
}

TEST_CASE("Opening a damaged database offers its latest automatic copy", "[database][backup]")
{
    StoreFixture db;
    db.addActor(QStringLiteral("Lyon"));
    const QString path = db.path();
    REQUIRE(AutomaticBackups(path, 10).make(db.connection(), QStringLiteral("import")).ok());
    for (int i = 0; i < 400; ++i)
        db.addActor(QStringLiteral("Commune %1").arg(i));
    db.database().close();
    damageTablePage(path, QStringLiteral("actor"));

    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    Dialogs::setTestMode(true);
    {
        MainWindow window(settings);
        Dialogs::queueChoice(0); // « Restore the copy of … »
        REQUIRE(window.openDatabase(DatabaseLocation::sqliteFile(path), Database::OpenMode::MustExist));
        REQUIRE_FALSE(Dialogs::shownMessages().isEmpty());
        CHECK(Dialogs::shownMessages().first().contains(QStringLiteral("is damaged")));
        REQUIRE_EVENTUALLY(!window.listsLoading());
        CHECK(window.page(RecordList::Family::Actors)->model()->rowCount() == 1);
    }
    Dialogs::setTestMode(false);
    CHECK(
        QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("*.damaged-*")}, QDir::Files).size() ==
        1);
}

TEST_CASE("The window's save dialogs refuse the open database, its companions and links to it",
          "[database][refusal]")
{
    StoreFixture db;
    const QString path = db.path();
    db.addActor(QStringLiteral("Lyon"));
    const ino_t wal = inodeOf(path + QLatin1String("-wal"));
    REQUIRE(wal != 0);
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    const QString link = dir.filePath(QStringLiteral("lien.csv"));
    REQUIRE(QFile::link(path, link));
    const QString reportLink = dir.filePath(QStringLiteral("rapport.html"));
    REQUIRE(QFile::link(path, reportLink));
    Dialogs::setTestMode(true);
    Dialogs::clearShownMessages();
    const QString refusal = QStringLiteral("is the observatory's database");

    // (The dialogs in a block: each holds the connection, which must be free when it closes.)
    {
        // File › Export.
        ExportDialog exportDialog(db.connection(), {RecordList::Family::Actors, {}, 1, 1}, settings);
        for (const QString& target :
             QStringList{path, path + QLatin1String("-wal"), path + QLatin1String("-shm"), link}) {
            INFO(target.toStdString());
            Dialogs::clearShownMessages();
            Dialogs::queueFileName(target);
            exportDialog.accept();
            CHECK(exportDialog.writtenCount() == 0);
            REQUIRE(Dialogs::shownMessages().size() == 1);
            CHECK(Dialogs::shownMessages().first().contains(refusal));
        }

        // The report window's export.
        ReportDialog reportDialog(db.connection(), settings);
        REQUIRE(QTest::qWaitFor([&] { return !reportDialog.computing(); }, 60000));
        auto* format = reportDialog.findChild<QComboBox*>(QStringLiteral("exportFormat"));
        REQUIRE(format);
        format->setCurrentIndex(format->findData(QStringLiteral("html")));
        Dialogs::clearShownMessages();
        Dialogs::queueFileName(reportLink);
        QTest::mouseClick(reportDialog.findChild<QPushButton*>(QStringLiteral("exportButton")),
                          Qt::LeftButton);
        REQUIRE(Dialogs::shownMessages().size() == 1);
        CHECK(Dialogs::shownMessages().first().contains(refusal));

        // The import's list of errors.
        const QString bad = writeTestFile(dir, QStringLiteral("bad.csv"),
                                          "Nature;Acteur;Pays;Partenaire\n"
                                          "Jumelage;Lyon;Atlantide;Essen\n");
        ImportDialog importDialog(db.connection(), settings);
        Dialogs::queueFileName(bad);
        QTest::mouseClick(importDialog.findChild<QPushButton*>(QStringLiteral("chooseFile")), Qt::LeftButton);
        QTest::mouseClick(importDialog.findChild<QPushButton*>(QStringLiteral("checkButton")),
                          Qt::LeftButton);
        REQUIRE(importDialog.findChild<QTableWidget*>(QStringLiteral("errors"))->rowCount() >=
                1); // the unknown country, then warnings
        Dialogs::clearShownMessages();
        Dialogs::queueFileName(path + QLatin1String("-wal"));
        QTest::mouseClick(importDialog.findChild<QPushButton*>(QStringLiteral("saveErrorsButton")),
                          Qt::LeftButton);
        REQUIRE(Dialogs::shownMessages().size() == 1);
        CHECK(Dialogs::shownMessages().first().contains(refusal));
    }
    Dialogs::setTestMode(false);

    // Nothing was written over the database or its WAL, and nothing of it was lost.
    CHECK(inodeOf(path + QLatin1String("-wal")) == wal);
    db.addActor(QStringLiteral("Après"));
    db.database().close();
    CHECK(actorCount(path) == 2);
    CHECK(fileBytes(path).startsWith("SQLite format 3"));
}

#include "MainWindow.h"
#include "ConnectDialog.h"
#include "DuplicatesDialog.h"
#include "PersonalDataDialog.h"
#include "RestoreDialog.h"
#include "TrashDialog.h"
#include "backup/AutomaticBackups.h"
#include "backup/DatabaseBackup.h"
#include "common/Preferences.h"
#include "database/DatabaseChanges.h"

#include "AppSettings.h"
#include "ClosingCallsPanel.h"
#include "Dialogs.h"
#include "ExportDialog.h"
#include "FilterBar.h"
#include "HelpDialogs.h"
#include "ImportDialog.h"
#include "ListLoader.h"
#include "PreferencesDialog.h"
#include "RecordActions.h"
#include "RecordDetails.h"
#include "RecordListModel.h"
#include "RecordListPage.h"
#include "VocabularyDialog.h"
#include "WelcomePage.h"
#include "demo/DemoDatabase.h"
#include "observatory/ObservatoryDatabase.h"
#include "refdata/ReferenceDataManifest.h"
#include "report/ReportDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <optional>

namespace {

// The settings key of a list.
QString listKey(RecordList::Family family)
{
    switch (family) {
    case RecordList::Family::Actors:
        return QStringLiteral("actors");
    case RecordList::Family::Partners:
        return QStringLiteral("partners");
    case RecordList::Family::Partnerships:
        return QStringLiteral("partnerships");
    case RecordList::Family::Projects:
        return QStringLiteral("projects");
    case RecordList::Family::Schemes:
        return QStringLiteral("schemes");
    }
    return {};
}

} // namespace

MainWindow::MainWindow(AppSettings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_undoStack = new QUndoStack(this);
    m_actions = new RecordActions(this, m_undoStack, this);
    connect(m_actions, &RecordActions::recordsChanged, this, &MainWindow::refreshLists);
    // Every change is saved at once; "modified" means "changed since opening, and undoable".
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { setWindowModified(!clean); });
    createPlaces();
    createMenus();
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(m_databaseLabel);
    updateTitle();
    if (!restoreGeometry(m_settings.mainWindowGeometry())) {
        // Never larger than the screen: a 1024x700 one gets a window it shows whole.
        const QSize available = screen() ? screen()->availableSize() : QSize(1200, 760);
        resize(qMin(1200, available.width()), qMin(760, available.height()));
    }
    restoreState(m_settings.mainWindowState());
    for (RecordListPage* page : std::as_const(m_pages))
        page->restoreHeaderState(m_settings.listHeaderState(listKey(page->family())));
}

MainWindow::~MainWindow()
{
    // The lists hold handles on the connection; let go of them before the database closes.
    for (RecordListPage* page : std::as_const(m_pages))
        page->setDatabase(QSqlDatabase());
    m_filterBar->setDatabase(QSqlDatabase());
    m_details->setDatabase(QSqlDatabase());
    m_closingCalls->setDatabase(QSqlDatabase());
    m_undoStack->clear();
    m_actions->setDatabase(QSqlDatabase());
}

void MainWindow::createPlaces()
{
    m_loader = new ListLoader(this);
    connect(m_loader, &ListLoader::readAheadFinished, this, [this] { m_listsReadAhead = true; });
    m_places = new QListWidget(this);
    m_places->setObjectName(QStringLiteral("placeList"));
    m_stack = new QStackedWidget(this);
    for (const RecordList::Family family : RecordList::families()) {
        auto* page = new RecordListPage(family, m_stack);
        page->model()->setLoader(m_loader);
        connect(page, &RecordListPage::selectionChanged, this, [this, family](qint64 id) {
            if (family == currentFamily())
                m_details->showRecord(family, id);
        });
        connect(page, &RecordListPage::openRequested, this, [this, family](qint64 id) {
            if (!m_readOnly && RecordActions::canEdit(family))
                m_actions->editRecord(family, id);
        });
        m_pages << page;
        m_stack->addWidget(page);
        m_places->addItem(RecordList::familyTitle(family));
    }
    m_places->setCurrentRow(0);
    m_places->setStyleSheet(QStringLiteral("QListWidget::item { padding: 6px 10px; }"));
    QFont placeFont = m_places->font();
    placeFont.setPointSizeF(placeFont.pointSizeF() * 1.1);
    m_places->setFont(placeFont);
    m_places->setFrameShape(QFrame::NoFrame);
    m_places->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_places->setMinimumWidth(m_places->sizeHintForColumn(0) + 2 * m_places->frameWidth() + 8);
    connect(m_places, &QListWidget::currentRowChanged, this, &MainWindow::placeChanged);

    // The filter stays when the adviser changes place; each list applies what concerns it.
    m_filterBar = new FilterBar(this);
    connect(m_filterBar, &FilterBar::filterChanged, this,
            [this](const RecordFilter& filter) { m_pages.at(m_stack->currentIndex())->setFilter(filter); });
    connect(m_filterBar, &FilterBar::typingChanged, this, [this](bool typing) {
        for (RecordListPage* page : std::as_const(m_pages))
            page->model()->setTyping(typing, FilterBar::kTypingPauseMs);
    });
    auto* lists = new QWidget(this);
    auto* listsLayout = new QVBoxLayout(lists);
    m_readOnlyBanner = new QLabel(
        tr("This database is open read-only: its file or its folder cannot be written. You can browse, "
           "search, export and produce the report; to change records, copy the file to a folder you can "
           "write to and open the copy."),
        this);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4ce; color: #3d3000; border: 1px solid #e0c060; padding: 6px; }"));
    m_readOnlyBanner->hide();
    listsLayout->addWidget(m_readOnlyBanner);
    listsLayout->addWidget(m_filterBar);
    listsLayout->addWidget(m_stack, 1);
    createWelcome(listsLayout);

    m_details = new RecordDetails(this);
    connect(m_details, &RecordDetails::recordRequested, this, &MainWindow::navigateTo);
    auto* listAndDetails = new QSplitter(Qt::Vertical, this);
    listAndDetails->addWidget(lists);
    listAndDetails->addWidget(m_details);
    listAndDetails->setStretchFactor(0, 3);
    listAndDetails->setStretchFactor(1, 2);

    // The calls closing soon stay in sight under the places, whatever the place.
    m_closingCalls = new ClosingCallsPanel(this);
    connect(m_closingCalls, &ClosingCallsPanel::schemeRequested, this,
            [this](qint64 id) { navigateTo(RecordList::Family::Schemes, id); });
    auto* side = new QSplitter(Qt::Vertical, this);
    side->addWidget(m_places);
    side->addWidget(m_closingCalls);
    side->setStretchFactor(0, 1);
    side->setStretchFactor(1, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(side);
    splitter->addWidget(listAndDetails);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({m_places->sizeHintForColumn(0) + 48, 1000});
    setCentralWidget(splitter);
}

void MainWindow::createWelcome(QVBoxLayout* listsLayout)
{
    m_welcome = new WelcomePage(this);
    m_welcome->hide();
    listsLayout->addWidget(m_welcome, 1, Qt::AlignHCenter);
    connect(m_welcome, &WelcomePage::createRequested, this, [this] {
        showFamily(RecordList::Family::Actors);
        if (!m_readOnly)
            m_actions->createRecord(RecordList::Family::Actors);
    });
    connect(m_welcome, &WelcomePage::importRequested, this, &MainWindow::importFile);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseDatabase);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemonstration);
    for (const RecordListPage* page : std::as_const(m_pages))
        connect(page->model(), &RecordListModel::countsChanged, this, &MainWindow::updateWelcome);
}

void MainWindow::updateWelcome()
{
    // The welcome shows once every list is read and none holds a record.
    const bool empty = m_database && !listsLoading() &&
                       std::all_of(m_pages.cbegin(), m_pages.cend(), [](const RecordListPage* page) {
                           return page->model()->totalCount() == 0;
                       });
    m_welcome->setVisible(empty);
    m_filterBar->setVisible(!empty);
    m_stack->setVisible(!empty);
    // Nothing to select: the welcome takes the height of the pane of details too (at 700 px its
    // text was cut).
    m_details->setVisible(!empty);
}

void MainWindow::openDemonstration()
{
    // A database of its own beside the default one: the adviser's stays untouched.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString path = QDir(folder).filePath(QStringLiteral("demonstration.sqlite"));
    if (!QFileInfo::exists(path)) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Status made = DemoDatabase::create(path, kDemonstrationRows);
        QApplication::restoreOverrideCursor();
        if (!made) {
            Dialogs::error(this, tr("Demonstration"), made.message());
            return;
        }
    }
    openDatabase(DatabaseLocation::sqliteFile(path), Database::OpenMode::MustExist);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));

    QAction* create = file->addAction(tr("&New database…"), this, &MainWindow::newDatabase);
    create->setObjectName(QStringLiteral("actionNewDatabase"));
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));

    QAction* open = file->addAction(tr("&Open database…"), this, &MainWindow::chooseDatabase);
    open->setObjectName(QStringLiteral("actionOpenDatabase"));
    open->setShortcut(QKeySequence::Open);

    QAction* connectToServer =
        file->addAction(tr("&Connect to a server…"), this, [this] { this->connectToServer(); });
    connectToServer->setObjectName(QStringLiteral("actionConnectToServer"));

    m_recentMenu = file->addMenu(tr("&Recent databases"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    rebuildRecentMenu();

    file->addSeparator();
    QAction* saveCopy = file->addAction(tr("&Save a copy…"), this, &MainWindow::saveCopy);
    saveCopy->setObjectName(QStringLiteral("actionSaveCopy"));
    saveCopy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QAction* restore = file->addAction(tr("Res&tore a backup…"), this, [this] {
        if (!m_database || m_database->location().backend() != DatabaseLocation::Backend::Sqlite)
            return;
        RestoreDialog dialog(m_database->location().filePath(), Preferences().backupsKept(), this);
        if (dialog.exec() == QDialog::Accepted)
            restoreFrom(dialog.chosenCopy());
    });
    restore->setObjectName(QStringLiteral("actionRestore"));
    m_writingActions << restore;

    file->addSeparator();
    QAction* importFile = file->addAction(tr("&Import a CSV file…"), this, &MainWindow::importFile);
    importFile->setObjectName(QStringLiteral("actionImport"));
    importFile->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_writingActions << importFile;
    QAction* exportList = file->addAction(tr("&Export the list…"), this, &MainWindow::exportList);
    exportList->setObjectName(QStringLiteral("actionExport"));
    exportList->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction* report = file->addAction(tr("Yearly re&port…"), this, [this] {
        if (!m_database)
            return;
        ReportDialog dialog(m_database->connection(), m_settings, this);
        dialog.exec();
    });
    report->setObjectName(QStringLiteral("actionReport"));
    report->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));

    file->addSeparator();
    QAction* vocabularies = file->addAction(tr("&Vocabularies…"), this, [this] {
        if (!m_database)
            return;
        VocabularyDialog dialog(m_database->connection(), this);
        // New and retired entries show in the filters and lists at once.
        connect(&dialog, &VocabularyDialog::vocabularyChanged, this, [this] {
            m_filterBar->setDatabase(m_database->connection());
            refreshLists();
        });
        dialog.exec();
    });
    vocabularies->setObjectName(QStringLiteral("actionVocabularies"));
    m_writingActions << vocabularies;
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setProperty(HelpDialogs::kShortcutName, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    edit->addAction(undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setProperty(HelpDialogs::kShortcutName, tr("Redo"));
    // Ctrl+Y as on Windows, besides the platform's own; twice the same key would make it ambiguous.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys.prepend(QKeySequence(Qt::CTRL | Qt::Key_Y));
    redo->setShortcuts(redoKeys);
    edit->addAction(redo);
    // What was undone or redone, said once it is done (the stack's own slots run first).
    connect(undo, &QAction::triggered, this,
            [this] { statusBar()->showMessage(tr("Undone: %1").arg(m_undoStack->redoText()), 10000); });
    connect(redo, &QAction::triggered, this,
            [this] { statusBar()->showMessage(tr("Redone: %1").arg(m_undoStack->undoText()), 10000); });
    edit->addSeparator();
    QAction* createRecord = edit->addAction(tr("&New record…"), this, [this] {
        if (m_database && RecordActions::canEdit(currentFamily()))
            m_actions->createRecord(currentFamily());
    });
    createRecord->setObjectName(QStringLiteral("actionNewRecord"));
    createRecord->setShortcut(QKeySequence::New);
    m_writingActions << createRecord;
    QAction* openRecord = edit->addAction(tr("&Open record"), this, [this] {
        if (const qint64 id = selectedId(); id > 0 && RecordActions::canEdit(currentFamily()))
            m_actions->editRecord(currentFamily(), id);
    });
    openRecord->setObjectName(QStringLiteral("actionOpenRecord"));
    openRecord->setShortcut(QKeySequence(Qt::Key_F2));
    m_writingActions << openRecord;
    QAction* remove = edit->addAction(tr("&Delete…"), this, &MainWindow::deleteSelected);
    remove->setObjectName(QStringLiteral("actionDelete"));
    remove->setShortcut(QKeySequence::Delete);
    m_writingActions << remove;
    QAction* trash = edit->addAction(tr("&Trash…"), this, [this] {
        if (!m_database)
            return;
        TrashDialog dialog(
            m_database->connection(), [this](qint64 entryId) { return m_actions->restoreFromTrash(entryId); },
            this);
        dialog.exec();
    });
    trash->setObjectName(QStringLiteral("actionTrash"));
    m_writingActions << trash;
    QAction* duplicates = edit->addAction(tr("Dup&licates…"), this, [this] {
        if (!m_database)
            return;
        DuplicatesDialog dialog(
            m_database->connection(),
            [this](RecordList::Family family, qint64 first, qint64 second) {
                return m_actions->mergeRecords(family, first, second);
            },
            this);
        dialog.exec();
    });
    duplicates->setObjectName(QStringLiteral("actionDuplicates"));
    m_writingActions << duplicates;
    QAction* personalData = edit->addAction(tr("Personal d&ata…"), this, [this] {
        if (!m_database)
            return;
        PersonalDataDialog dialog(
            m_database->connection(),
            [this] {
                // The history's steps hold the values erased: undoing one would write them back.
                m_undoStack->clear();
                refreshLists();
            },
            this);
        dialog.exec();
    });
    personalData->setObjectName(QStringLiteral("actionPersonalData"));
    m_writingActions << personalData;
    edit->addSeparator();
    QAction* find = edit->addAction(tr("&Search…"), this, [this] { m_filterBar->focusSearch(); });
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    QAction* clearFilters = edit->addAction(tr("&Clear filters"), this, [this] { m_filterBar->clear(); });
    clearFilters->setObjectName(QStringLiteral("actionClearFilters"));
    clearFilters->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QAction* columns = edit->addAction(tr("Colu&mns…"), this, [this] {
        RecordListPage* current = m_pages.at(m_stack->currentIndex());
        current->showColumnMenu(current->mapToGlobal(current->rect().topRight()));
    });
    columns->setObjectName(QStringLiteral("actionColumns"));
    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("&Preferences…"), this, [this] {
        Preferences chosen;
        PreferencesDialog dialog(m_database ? m_database->connection() : QSqlDatabase(), chosen, this);
        connect(&dialog, &PreferencesDialog::regionChanged, this, [this] {
            m_filterBar->setDatabase(m_database->connection());
            refreshLists();
        });
        dialog.exec();
    });
    preferences->setObjectName(QStringLiteral("actionPreferences"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);

    // Ctrl+1, Ctrl+2… go to the places in the order of the list on the left.
    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QList<RecordList::Family> families = RecordList::families();
    for (qsizetype place = 0; place < families.size(); ++place) {
        const RecordList::Family family = families.at(place);
        // « &1 Acteurs »: the place's number is its letter in the menu, as in its shortcut.
        QAction* go =
            view->addAction(QStringLiteral("&%1 %2").arg(place + 1).arg(RecordList::familyTitle(family)),
                            this, [this, family] { showFamily(family); });
        go->setObjectName(QStringLiteral("actionShow%1").arg(place + 1));
        if (place < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + place)));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User guide"), this, [this] {
        const std::unique_ptr<QDialog> dialog(HelpDialogs::createUserGuide(this));
        dialog->exec();
    });
    guide->setObjectName(QStringLiteral("actionUserGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction* keys = help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        const std::unique_ptr<QDialog> dialog(HelpDialogs::createShortcuts(menuBar(), this));
        dialog->exec();
    });
    keys->setObjectName(QStringLiteral("actionShortcuts"));
    help->addSeparator();
    QAction* about = help->addAction(tr("&About Observatoire"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
}

bool MainWindow::openDatabase(const DatabaseLocation& location, Database::OpenMode mode,
                              Database::Access access)
{
    const DatabaseStatus status = switchDatabase(location, mode, access);
    if (!status.ok()) {
        if (status.failure == DatabaseFailure::Corrupt && offerRestoreOfDamaged(location, status.message))
            return openDatabase(location, mode, access);
        Dialogs::error(this, tr("Cannot open the database"), status.message);
        return false;
    }
    return true;
}

DatabaseStatus MainWindow::switchDatabase(const DatabaseLocation& location, Database::OpenMode mode,
                                          Database::Access access)
{
    auto database = std::make_unique<Database>();
    database->setUpgradeGuard([](const Database& upgraded) {
        return AutomaticBackups::beforeWriting(upgraded.connection(), QStringLiteral("migration"));
    });
    const DatabaseStatus status = ObservatoryDatabase::open(*database, location, mode, access);
    if (!status.ok())
        return status;
    // The old database closes at the end of this function, once the lists have let go of it.
    m_changes.reset();
    std::swap(m_database, database);
    m_changes = std::make_unique<DatabaseChanges>(m_database->connection());
    connect(m_changes.get(), &DatabaseChanges::changedElsewhere, this, &MainWindow::refreshLists);
    m_undoStack->clear();
    setReadOnly(m_database->isReadOnly());
    m_actions->setDatabase(m_database->connection());
    // Never the password (one the connection dialog was given).
    const QString key = location.rememberedName();
    m_settings.setLastDatabase(key);
    m_settings.addRecentDatabase(key);
    rebuildRecentMenu();
    reloadLists();
    updateTitle();
    // A permanent part of the status bar: a menu's help text or a message does not remove it.
    // A file by its name, the folder in the tooltip: a long path would crowd a small screen.
    m_databaseLabel->setText(tr("Database: %1")
                                 .arg(location.backend() == DatabaseLocation::Backend::Sqlite
                                          ? QFileInfo(location.filePath()).fileName()
                                          : location.displayName()));
    m_databaseLabel->setToolTip(location.displayName());
    return status;
}

void MainWindow::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_readOnlyBanner->setVisible(readOnly);
    for (QAction* action : std::as_const(m_writingActions))
        action->setEnabled(!readOnly);
}

void MainWindow::placeChanged(int index)
{
    if (index < 0)
        return;
    m_stack->setCurrentIndex(index);
    m_filterBar->setFamily(m_pages.at(index)->family());
    m_pages.at(index)->setFilter(m_filterBar->filter());
    m_details->showRecord(m_pages.at(index)->family(), m_pages.at(index)->selectedId());
}

void MainWindow::refreshLists()
{
    for (RecordListPage* page : std::as_const(m_pages))
        page->reload();
    m_details->showRecord(currentFamily(), selectedId());
    m_closingCalls->refresh();
}

void MainWindow::navigateTo(RecordList::Family family, qint64 id)
{
    showFamily(family);
    page(family)->selectWhenLoaded(id);
    m_details->showRecord(family, id);
}

qint64 MainWindow::selectedId() const
{
    const RecordListPage* page = m_pages.at(m_stack->currentIndex());
    const QModelIndex current = page->table()->currentIndex();
    return current.isValid() ? page->model()->idAt(current.row()) : 0;
}

void MainWindow::selectRecord(qint64 id)
{
    RecordListPage* page = m_pages.at(m_stack->currentIndex());
    const int row = page->model()->rowOf(id);
    if (row >= 0)
        page->table()->selectRow(row);
}

void MainWindow::deleteSelected()
{
    if (!m_database)
        return;
    const qint64 id = selectedId();
    if (id > 0)
        m_actions->deleteRecord(currentFamily(), id);
}

bool MainWindow::listsLoading() const
{
    return std::any_of(m_pages.cbegin(), m_pages.cend(),
                       [](const RecordListPage* page) { return page->model()->isLoading(); });
}

void MainWindow::reloadLists()
{
    const QSqlDatabase db = m_database ? m_database->connection() : QSqlDatabase();
    if (m_database) {
        m_listsReadAhead = false;
        m_loader->setDatabase(*m_database);
    }
    for (RecordListPage* page : std::as_const(m_pages))
        page->setDatabase(db);
    m_filterBar->setDatabase(db);
    m_details->setDatabase(db);
    m_closingCalls->setDatabase(db);
}

RecordListPage* MainWindow::page(RecordList::Family family) const
{
    for (RecordListPage* page : m_pages) {
        if (page->family() == family)
            return page;
    }
    return nullptr;
}

void MainWindow::importFile()
{
    if (!m_database)
        return;
    ImportDialog dialog(m_database->connection(), m_settings, this);
    connect(&dialog, &ImportDialog::imported, this, &MainWindow::refreshLists);
    dialog.exec();
}

void MainWindow::exportList()
{
    if (!m_database)
        return;
    const RecordListPage* page = m_pages.at(m_stack->currentIndex());
    const RecordListModel* model = page->model();
    std::optional<int> shown;
    if (model->countKnown())
        shown = model->matchingCount();
    ExportDialog dialog(m_database->connection(),
                        {page->family(), model->selection(), shown, model->totalCount()}, m_settings, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(
            tr("%Ln record(s) exported to %1", nullptr, dialog.writtenCount()).arg(dialog.writtenFile()));
}

RecordList::Family MainWindow::currentFamily() const
{
    return m_pages.at(m_stack->currentIndex())->family();
}

void MainWindow::showFamily(RecordList::Family family)
{
    m_places->setCurrentRow(static_cast<int>(RecordList::families().indexOf(family)));
}

void MainWindow::newDatabase()
{
    QString fileName =
        Dialogs::saveFileName(this, tr("New database"), tr("Observatoire databases (*.sqlite)"));
    if (fileName.isEmpty())
        return;
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += QLatin1String(".sqlite");
    if (QFileInfo::exists(fileName)) {
        Dialogs::error(this, tr("New database"),
                       tr("%1 already exists. To work in it, use File › Open database.").arg(fileName));
        return;
    }
    openDatabase(DatabaseLocation::sqliteFile(fileName), Database::OpenMode::Initialize);
}

bool MainWindow::offerRestoreOfDamaged(const DatabaseLocation& location, const QString& problem)
{
    if (location.backend() != DatabaseLocation::Backend::Sqlite)
        return false;
    const QList<BackupCopy> copies =
        AutomaticBackups(location.filePath(), Preferences().backupsKept()).list();
    if (copies.isEmpty())
        return false;
    const BackupCopy& latest = copies.first();
    const QString when = QLocale().toString(latest.madeAt, QLocale::ShortFormat);
    const int choice = Dialogs::choose(
        this, tr("Damaged database"),
        tr("%1\n\nThe latest automatic copy was made on %2, %3. Restore it? The damaged file is kept beside "
           "the database, renamed « .damaged-… », for a specialist to look at.")
            .arg(problem, when, latest.reasonText()),
        {tr("Restore the copy of %1").arg(when), tr("Cancel")});
    if (choice != 0)
        return false;
    const Result<QString> replaced = DatabaseBackup::replaceDamaged(location.filePath(), latest.path);
    if (!replaced) {
        Dialogs::error(this, tr("Damaged database"), replaced.message());
        return false;
    }
    return true;
}

void MainWindow::saveCopy()
{
    if (!m_database)
        return;
    const QFileInfo database(m_database->location().filePath());
    const QString suggested = database.absoluteDir().filePath(
        QStringLiteral("%1-%2.sqlite")
            .arg(database.completeBaseName(), QDate::currentDate().toString(Qt::ISODate)));
    QString fileName = Dialogs::saveFileName(this, tr("Save a copy"), tr("Observatoire databases (*.sqlite)"),
                                             suggested, true);
    if (fileName.isEmpty())
        return;
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += QLatin1String(".sqlite");
    if (Status written = DatabaseBackup::write(m_database->connection(), fileName); !written) {
        Dialogs::error(this, tr("Save a copy"), written.message());
        return;
    }
    statusBar()->showMessage(tr("Copy saved: %1").arg(QDir::toNativeSeparators(fileName)));
}

bool MainWindow::restoreFrom(const QString& copy)
{
    if (!m_database || copy.isEmpty())
        return false;
    const DatabaseLocation location = m_database->location();
    if (!Dialogs::confirm(
            this, tr("Restore a backup"),
            tr("Replace the whole content of %1 by the copy %2?\n\nThe current content is copied "
               "first: restoring that copy undoes this.")
                .arg(location.displayName(), QDir::toNativeSeparators(copy))))
        return false;
    if (Status saved = AutomaticBackups::beforeWriting(m_database->connection(), QStringLiteral("restore"));
        !saved) {
        Dialogs::error(this, tr("Restore a backup"), saved.message());
        return false;
    }
    if (Status restored = DatabaseBackup::restore(m_database->connection(), copy); !restored) {
        Dialogs::error(this, tr("Restore a backup"), restored.message());
        return false;
    }
    // Opened again: the lists, the filters and the undo history start from the restored content.
    return openDatabase(location, Database::OpenMode::MustExist);
}

void MainWindow::chooseDatabase()
{
    const QString fileName = Dialogs::openFileName(this, tr("Open database"),
                                                   tr("Observatoire databases (*.sqlite);;All files (*)"));
    if (!fileName.isEmpty())
        openDatabase(DatabaseLocation::sqliteFile(fileName), Database::OpenMode::MustExist);
}

void MainWindow::connectToServer(const QString& recent)
{
    ConnectDialog dialog(
        m_settings,
        [this](const DatabaseLocation& location) {
            return switchDatabase(location, Database::OpenMode::MustExist, Database::Access::ReadWrite);
        },
        this, recent);
    dialog.exec();
}

void MainWindow::openRecent(const QString& location)
{
    const std::optional<DatabaseLocation> parsed = DatabaseLocation::parse(location);
    // A server's password is not remembered with it: the connection dialog asks for it, or
    // reads it from the keyring, and keeps the entry when the server does not answer today.
    if (parsed && parsed->backend() == DatabaseLocation::Backend::Postgres) {
        connectToServer(location);
        return;
    }
    if (parsed && openDatabase(*parsed, Database::OpenMode::MustExist))
        return;
    m_settings.removeRecentDatabase(location);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentDatabases();
    for (const QString& location : recent) {
        QAction* action = m_recentMenu->addAction(QFileInfo(location).fileName());
        action->setToolTip(location);
        action->setStatusTip(location);
        connect(action, &QAction::triggered, this, [this, location] { openRecent(location); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showAbout()
{
    Dialogs::about(this, tr("About Observatoire"),
                   tr("<h3>Observatoire %1</h3>"
                      "<p>Records the international partnerships, twinnings and projects of the "
                      "region's actors, and produces the yearly observatory report.</p>"
                      "<p>Database schema version %2.</p>"
                      "<p>Reference data version %3, from:<br>%4</p>"
                      "<p>French geography: INSEE, Code officiel géographique, via Etalab "
                      "(Licence Ouverte 2.0).</p>")
                       .arg(QStringLiteral(OBSERVATOIRE_VERSION))
                       .arg(m_database ? m_database->schemaVersion() : 0)
                       .arg(ReferenceDataManifest::shipped().version)
                       .arg(ReferenceDataManifest::shipped().describeSources().toHtmlEscaped().replace(
                           QLatin1Char('\n'), QLatin1String("<br>"))));
}

void MainWindow::updateTitle()
{
    if (m_database && m_database->isOpen())
        setWindowTitle(
            tr("%1[*] — Observatoire").arg(QFileInfo(m_database->location().displayName()).fileName()));
    else
        setWindowTitle(QStringLiteral("Observatoire[*]"));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    for (RecordListPage* page : std::as_const(m_pages))
        m_settings.setListHeaderState(listKey(page->family()), page->headerState());
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    m_settings.sync();
    event->accept();
}

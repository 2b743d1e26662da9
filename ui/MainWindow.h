#pragma once

#include "database/Database.h"
#include "lists/RecordList.h"

#include <QMainWindow>

#include <memory>

class AppSettings;
class DatabaseChanges;
class ClosingCallsPanel;
class FilterBar;
class ListLoader;
class QUndoStack;
class RecordActions;
class RecordDetails;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class RecordListPage;

// The adviser's window: one place per record family (actors, foreign partners, partnerships,
// projects), each listing the records of the open database; the File menu opens and creates
// databases and remembers the recent ones.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the database in place of the current one; on failure says why and keeps the current.
    // A database that cannot be written (or asked read-only) opens with a banner, and nothing
    // that writes is offered.
    bool openDatabase(const DatabaseLocation& location, Database::OpenMode mode,
                      Database::Access access = Database::Access::ReadWrite);
    bool isReadOnly() const { return m_readOnly; }
    const Database* database() const { return m_database.get(); }

    RecordListPage* page(RecordList::Family family) const;
    RecordList::Family currentFamily() const;
    void showFamily(RecordList::Family family);
    FilterBar* filterBar() const { return m_filterBar; }

    // Rereads every list from the database.
    void reloadLists();
    // Whether a list is still being read (tests wait for it).
    bool listsLoading() const;
    // Whether the lists' loader has read every table of the database ahead of the searches
    // (ListLoader::readAheadFinished; the window's benchmark waits for it).
    bool listsReadAhead() const { return m_listsReadAhead; }
    // Reads the lists again after records changed, keeping filters and order.
    void refreshLists();
    QUndoStack* undoStack() const { return m_undoStack; }
    // The record selected in the current list, or 0.
    qint64 selectedId() const;
    // Selects a record of the current list (tests, navigation).
    void selectRecord(qint64 id);
    // Shows a record: its place, its row when the list holds it, and its details.
    void navigateTo(RecordList::Family family, qint64 id);
    RecordDetails* details() const { return m_details; }
    ClosingCallsPanel* closingCalls() const { return m_closingCalls; }
    // Replaces the open database's content by the copy at `copy`, once the adviser confirms; the
    // current content is copied first. False when cancelled or refused (with the reason shown).
    bool restoreFrom(const QString& copy);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createPlaces();
    // The page an empty observatory shows instead of its lists (WelcomePage).
    void createWelcome(class QVBoxLayout* listsLayout);
    void updateWelcome();
    // Opens the demonstration database, made whole the first time (DemoDatabase).
    void openDemonstration();
    static constexpr int kDemonstrationRows = 600;
    void placeChanged(int index);
    void deleteSelected();
    void exportList();
    void importFile();
    void newDatabase();
    void saveCopy();
    // Offers the latest automatic copy in place of a damaged database; true once it is there.
    bool offerRestoreOfDamaged(const DatabaseLocation& location, const QString& problem);
    // Opens the database in place of the current one without showing a failure: the window is
    // unchanged when it fails (openDatabase and the connection dialog say why, each their way).
    DatabaseStatus switchDatabase(const DatabaseLocation& location, Database::OpenMode mode,
                                  Database::Access access);
    void chooseDatabase();
    // File › Connect to a server (ConnectDialog), showing `recent` (a server's address) first.
    void connectToServer(const QString& recent = QString());
    void openRecent(const QString& location);
    void rebuildRecentMenu();
    void showAbout();
    void updateTitle();
    // Shows the read-only banner and turns off every action that writes, or the reverse.
    void setReadOnly(bool readOnly);

    AppSettings& m_settings;
    std::unique_ptr<Database> m_database;
    // What another adviser, window or program commits to it refreshes the lists (after
    // m_database: let go of its connection before it closes).
    std::unique_ptr<DatabaseChanges> m_changes;
    QListWidget* m_places = nullptr;
    QStackedWidget* m_stack = nullptr;
    FilterBar* m_filterBar = nullptr;
    ListLoader* m_loader = nullptr;
    bool m_listsReadAhead = false;
    QUndoStack* m_undoStack = nullptr;
    RecordActions* m_actions = nullptr;
    RecordDetails* m_details = nullptr;
    ClosingCallsPanel* m_closingCalls = nullptr;
    QList<RecordListPage*> m_pages;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_readOnlyBanner = nullptr;
    QLabel* m_databaseLabel = nullptr;
    class WelcomePage* m_welcome = nullptr;
    QList<QAction*> m_writingActions; // off while the database is read-only
    bool m_readOnly = false;
};

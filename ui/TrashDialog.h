#pragma once

#include "store/Trash.h"

#include <QDialog>
#include <QSqlDatabase>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

// Edit › Trash…: the deleted records, newest first, with when and by whom, and what went with
// each (a project's funding lines). A deletion is restored through `restore` (the window's
// undoable step), deleted for good, or the whole trash emptied, after confirmation.
class TrashDialog : public QDialog
{
    Q_OBJECT

public:
    TrashDialog(const QSqlDatabase& db, std::function<bool(qint64 entryId)> restore,
                QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QPushButton* restoreButton() const { return m_restore; }
    QPushButton* eraseButton() const { return m_erase; }
    QPushButton* emptyButton() const { return m_empty; }

private:
    void reload();
    void restoreChosen();
    void eraseChosen();
    void emptyTrash();
    qint64 chosenEntry() const;

    QSqlDatabase m_db;
    std::function<bool(qint64)> m_restoreEntry;
    QList<TrashEntry> m_entries;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_erase = nullptr;
    QPushButton* m_empty = nullptr;
};

#pragma once

#include "backup/AutomaticBackups.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

// File › Restore a backup…: the automatic copies of the open database, newest first, with their
// date, why they were made and what they hold; or another copy chosen on the disk. The choice is
// confirmed by MainWindow, which copies the current content before replacing it.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(const QString& databasePath, int kept, QWidget* parent = nullptr);

    // The copy chosen, once the dialog is accepted.
    QString chosenCopy() const { return m_chosen; }
    QTableWidget* table() const { return m_table; }
    QPushButton* restoreButton() const { return m_restore; }

private:
    void chooseOtherFile();

    QList<BackupCopy> m_copies;
    QTableWidget* m_table = nullptr;
    QPushButton* m_restore = nullptr;
    QString m_chosen;
};

#pragma once

#include "store/PersonalData.h"

#include <QDialog>
#include <QSqlDatabase>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// Edit › Personal data…: what the observatory holds about one person, looked for by name, e-mail
// address or phone number (PersonalData), to export for them (a JSON file) or to erase, after
// confirmation. `erased` is called after an erasure (the window clears its undo history, whose
// steps hold the old values).
class PersonalDataDialog : public QDialog
{
    Q_OBJECT

public:
    PersonalDataDialog(const QSqlDatabase& db, std::function<void()> erased, QWidget* parent = nullptr);

    QLineEdit* personField() const { return m_person; }
    QTableWidget* table() const { return m_table; }
    QPushButton* searchButton() const { return m_search; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* eraseButton() const { return m_erase; }

private:
    void search();
    void exportFound();
    void eraseFound();

    QSqlDatabase m_db;
    std::function<void()> m_erased;
    QString m_searched;
    QLineEdit* m_person = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_search = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_erase = nullptr;
};

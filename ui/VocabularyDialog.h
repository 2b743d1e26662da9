#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QLineEdit;
class QListWidget;
class QTableWidget;

// Settings › Vocabularies: the lists advisers extend themselves. Add an entry (a new theme),
// rename one, or retire one (unchecked "In use"): retired entries are no longer offered but stay
// valid on the records that use them. Each change is saved at once and written in the history.
class VocabularyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit VocabularyDialog(const QSqlDatabase& db, QWidget* parent = nullptr);

    void showVocabulary(const QString& table);
    QTableWidget* table() const { return m_entries; }
    QLineEdit* newFrench() const { return m_newFrench; }

Q_SIGNALS:
    // An entry was added, renamed, retired or brought back.
    void vocabularyChanged();

private:
    void load();
    void addEntry();
    QString currentTable() const;

    QSqlDatabase m_db;
    QListWidget* m_vocabularies;
    QTableWidget* m_entries;
    QLineEdit* m_newFrench;
    QLineEdit* m_newEnglish;
    bool m_loading = false;
};

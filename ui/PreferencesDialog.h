#pragma once

#include <QDialog>
#include <QSqlDatabase>

class Preferences;
class QComboBox;
class QLineEdit;
class QSpinBox;

// Edit › Preferences: the region the observatory covers (kept in the database, shared by everyone
// who opens it), the adviser's name written in the history, the interface language (from the
// next start) and how many automatic copies of a database are kept.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(const QSqlDatabase& db, Preferences& preferences, QWidget* parent = nullptr);

    void accept() override;

Q_SIGNALS:
    // The region changed: the filters and lists take its départements.
    void regionChanged();

private:
    QSqlDatabase m_db;
    Preferences& m_preferences;
    QComboBox* m_region;
    QLineEdit* m_adviser;
    QComboBox* m_language;
    QSpinBox* m_backups;
};

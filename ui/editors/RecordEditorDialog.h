#pragma once

#include "check/DuplicateFinder.h"
#include "common/Result.h"

#include <QDialog>
#include <QHash>
#include <QSqlDatabase>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

// What every record editor shares: a form, a banner that lists what is wrong (each problem also
// marks its field), and Save/Cancel. Save validates and writes through the store; a refused save
// keeps the dialog open with everything typed.
class RecordEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // Returned by exec() when the adviser chose to open an existing record instead.
    static constexpr int OpenExisting = 2;

    RecordEditorDialog(const QSqlDatabase& db, QWidget* parent);

    // The record the adviser preferred to open, after exec() returned OpenExisting.
    qint64 existingId() const { return m_existingId; }

    // The problems shown, for tests.
    QString problemText() const;

protected:
    // Adds a row to the form; `field` is the key validation problems use ("kind", "actor"…).
    void addRow(const QString& label, QWidget* widget, const QString& field = QString());
    void showProblems(const Problems& problems);
    // Sizes the dialog to its form, within the screen.
    void fitToScreen(int width);
    // Validates and writes; returns false to keep the dialog open.
    virtual bool save() = 0;

    // Before creating a record: when similar ones exist, asks whether to open one of them, create
    // anyway or go back. Returns true to go on creating.
    bool confirmNoDuplicate(const QList<DuplicateFinder::Candidate>& similar);

    QSqlDatabase m_db;

private:
    void accept() override;

    QFormLayout* m_form;
    QLabel* m_problems;
    class QScrollArea* m_scroll;
    QDialogButtonBox* m_buttons;
    QHash<QString, QWidget*> m_fields;
    qint64 m_existingId = 0;
};

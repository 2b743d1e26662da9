#pragma once

#include "ConflictDialog.h"
#include "check/DuplicateFinder.h"
#include "common/Result.h"
#include "store/EntityTable.h"

#include <optional>

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
    // Whether the form differs from what it showed when it opened.
    bool hasUnsavedChanges() const;
    // Escape, Cancel and the window's close button: a changed form asks first whether to save,
    // drop the changes or go on editing, so that nothing typed is lost by a stray key.
    void reject() override;

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    // Adds a row to the form; `field` is the key validation problems use ("kind", "actor"…).
    void addRow(const QString& label, QWidget* widget, const QString& field = QString());
    // The same, the label above the widget and the widget across the whole form: for a table
    // whose columns need the labels' width too (a project's funding lines at 1024x700). In two
    // columns, under both.
    void addWideRow(const QString& label, QWidget* widget, const QString& field = QString());
    // Lays the form out in two columns when the screen has room for `width` pixels across: a form
    // taller than a screen of 900 pixels (a project's) then shows whole. Called before any row.
    void useTwoColumns(int width);
    // A row of the second column in two columns; else a row as addRow adds it.
    void addSideRow(const QString& label, QWidget* widget, const QString& field = QString());
    // Shows or hides a row added with addRow, its label with it (a part that applies to some
    // records only).
    void setRowShown(QWidget* widget, bool shown);
    // The label of a row added with addRow, to name a field by what the form holds.
    QLabel* rowLabel(QWidget* widget) const;
    void showProblems(const Problems& problems);
    // Sizes the dialog to its form, within the screen.
    void fitToScreen(int width);
    // Validates and writes; returns false to keep the dialog open.
    virtual bool save() = 0;

    // Before creating a record: when similar ones exist, asks whether to open one of them, create
    // anyway or go back. Returns true to go on creating.
    bool confirmNoDuplicate(const QList<DuplicateFinder::Candidate>& similar);

    // Writes `record` (read as `original`) through `store`. When someone saved the record
    // meanwhile, shows both versions (ConflictDialog) and does what the adviser chooses: merge
    // (theirs with the adviser's changes over them), keep theirs entirely overwritten by mine,
    // drop the adviser's changes (the editor then closes without saving), or go back to
    // editing. After a save over a change made meanwhile, `original` becomes the record that was
    // replaced, so that undo brings back theirs, not the older version the editor read.
    // Each round (someone may save again while the dialog is open) compares with what the editor
    // read, not with the previous round's theirs: the adviser's changes are what `record` changed
    // from the form as it opened; against a later version, every field a colleague changed would
    // count as the adviser's too, and merging would put its old value back.
    template <typename Store, typename Record>
    Result<Record> saveOver(Store& store, Record& original, const Record& record)
    {
        const Record base = original;
        Record attempt = record;
        for (int round = 0; round < 3; ++round) {
            const Result<Record> written = store.update(attempt);
            if (written || !hasConflict(written.problems()))
                return written;
            const std::optional<Record> theirs = store.find(record.id);
            if (!theirs)
                return written;
            ConflictDialog dialog(store.readable(base), store.readable(record), store.readable(*theirs),
                                  this);
            if (auto* answer = conflictAnswer())
                dialog.choose(*answer);
            else
                dialog.exec();
            switch (dialog.choice()) {
            case ConflictDialog::Merge: {
                const std::optional<Record> merged = store.mergeOntoCurrent(base, record);
                if (!merged)
                    return written; // deleted meanwhile
                // Saved again while the dialog was open: the next round shows that version
                // (the attempt's older version conflicts) rather than merging onto one unseen.
                if (merged->version != theirs->version)
                    continue;
                attempt = *merged;
                break;
            }
            case ConflictDialog::KeepMine:
                attempt = record;
                attempt.version = theirs->version;
                break;
            case ConflictDialog::DiscardMine:
                m_discarded = true;
                return Result<Record>::failure(tr("Your changes were dropped; the record keeps the version "
                                                  "saved meanwhile."));
            case ConflictDialog::BackToEditing:
                return Result<Record>::failure(
                    tr("Not saved: the record was changed meanwhile. Review it and save "
                       "again, or cancel."));
            }
            original = *theirs;
        }
        return Problems{EntityTable::conflict()};
    }

    QSqlDatabase m_db;

private:
    void accept() override;
    // Tests answer the conflict dialog in advance (setConflictAnswer).
    static ConflictDialog::Choice* conflictAnswer();

public:
    // Tests: the answer the next conflict dialogs get without being shown; nullopt shows them.
    static void setConflictAnswer(std::optional<ConflictDialog::Choice> answer);
    // True when the adviser dropped their changes after a conflict: the editor closed unsaved.
    bool discarded() const { return m_discarded; }

protected:
    // A field of the form: Tab leaves its texts of several lines; `field` names it to problems.
    // Also for the part of a row that a problem frames (a field with a note beside it).
    void addField(QWidget* widget, const QString& field);

private:
    // Widens the dialog, within the screen, when its form no longer fits across: a part shown
    // later (an actor's APD declarations once it is recognised as a commune) or the scroll bar
    // a note brings would otherwise cut the fields and buttons at the right, as the form does not
    // scroll sideways.
    void keepFormWhole();
    // The largest an editor may be on the screen it opens on (its parent's).
    QRect screenArea() const;
    QFormLayout* formOf(QWidget* widget) const;
    // Tab follows the form as it reads, not the order its widgets were made in: down its (first)
    // column, then down the second, then the rows under both (a project's funding lines).
    void orderTabs();

    bool m_discarded = false;

    QFormLayout* m_form;            // the form, or its first column
    QFormLayout* m_side = nullptr;  // its second column, in two columns
    QFormLayout* m_below = nullptr; // the wide rows under both columns
    int m_twoColumnsWidth = 0;      // asked for by useTwoColumns, when the screen has it
    // The form's height when the dialog was last sized to it: the dialog grows with the form (a
    // part shown once a commune is recognised), not back after the adviser made it smaller.
    int m_fittedFormHeight = 0;
    QLabel* m_problems;
    class QScrollArea* m_scroll;
    QDialogButtonBox* m_buttons;
    QHash<QString, QWidget*> m_fields;
    qint64 m_existingId = 0;
    // The form as it opened (FormState), taken when it is first shown.
    std::optional<QStringList> m_openedState;
};

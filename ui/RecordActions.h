#pragma once

#include "RecordCommands.h"
#include "lists/RecordList.h"

#include <QObject>
#include <QSqlDatabase>

class QUndoStack;
class QWidget;

// What the adviser does to records from the lists — create, edit, delete — each as an undoable
// command on the window's undo stack, with the confirmations and refusals that go with it.
class RecordActions : public QObject
{
    Q_OBJECT

public:
    RecordActions(QWidget* window, QUndoStack* undoStack, QObject* parent = nullptr);

    void setDatabase(const QSqlDatabase& db);

    // Whether records of the family can be created and edited here.
    static bool canEdit(RecordList::Family family);

    // Opens the editor for a new record (an actor or partner with `name` filled in); returns the
    // id of the record created, or of the existing one the adviser chose instead, or 0.
    qint64 createRecord(RecordList::Family family, const QString& name = QString());
    // Opens the record's editor; returns whether it was saved.
    bool editRecord(RecordList::Family family, qint64 id);

    // Asks first, says what depends on the record; returns whether it was deleted (put in the trash).
    bool deleteRecord(RecordList::Family family, qint64 id);

    // Takes a deletion out of the trash (File › Trash), as an undoable step; says why if refused.
    bool restoreFromTrash(qint64 entryId);

    // How a record is named in messages and in the undo history.
    QString describe(RecordList::Family family, qint64 id) const;

Q_SIGNALS:
    // Records changed (the lists must be read again).
    void recordsChanged();

private:
    // Said with every deletion: nothing is gone for good until the trash is emptied.
    static QString trashNote();
    CommandContext context() const;
    // Runs an editor on `record` (id 0 for a new one) and puts what it saved on the undo stack.
    template <typename Editor, typename Store, typename Record>
    qint64 runEditor(RecordList::Family family, const Record& record);

    // Puts the record in the trash and the deletion on the undo stack; false (and says why) if refused.
    template <typename Store> bool moveToTrash(qint64 id, const QString& name);
    template <typename Store> bool takeOutOfTrash(const TrashEntry& entry);

    QWidget* m_window;
    QUndoStack* m_undoStack;
    QSqlDatabase m_db;
};

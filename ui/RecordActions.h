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

    // Asks first, says what depends on the record; returns whether it was deleted.
    bool deleteRecord(RecordList::Family family, qint64 id);

    // How a record is named in messages and in the undo history.
    QString describe(RecordList::Family family, qint64 id) const;

Q_SIGNALS:
    // Records changed (the lists must be read again).
    void recordsChanged();

private:
    CommandContext context() const;

    QWidget* m_window;
    QUndoStack* m_undoStack;
    QSqlDatabase m_db;
};

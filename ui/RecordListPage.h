#pragma once

#include "lists/RecordFilter.h"
#include "lists/RecordList.h"

#include <QWidget>

class QLabel;
class QSqlDatabase;
class QTableView;
class RecordListModel;

// One place of the main window: the title of a record family, how many records it has, and
// the table that lists them.
class RecordListPage : public QWidget
{
    Q_OBJECT

public:
    explicit RecordListPage(RecordList::Family family, QWidget* parent = nullptr);

    RecordList::Family family() const;
    void setDatabase(const QSqlDatabase& db);
    void setFilter(const RecordFilter& filter);
    void reload();

    QTableView* table() const { return m_table; }
    RecordListModel* model() const { return m_model; }
    QString countText() const;
    // The header as the adviser left it (widths, hidden columns, sort), to remember between sessions.
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray& state);
    // The column chooser: a checkable entry per column, also the header's context menu.
    void showColumnMenu(const QPoint& globalPosition);
    class QMenu* columnMenu();

    // Selects the record once the list holds it (lists arrive from a background thread).
    void selectWhenLoaded(qint64 id);
    qint64 selectedId() const;

Q_SIGNALS:
    // Enter or a double click on a record.
    void openRequested(qint64 id);
    // The current record changed (0: none).
    void selectionChanged(qint64 id);

private:
    void updateCount();
    void fitColumns();

    RecordListModel* m_model;
    QTableView* m_table;
    QLabel* m_title;
    QLabel* m_count;
    bool m_fitPending = false;
    bool m_headerRestored = false;
    qint64 m_pendingSelection = 0;
};

#pragma once

#include "lists/RecordFilter.h"
#include "lists/RecordList.h"

#include <QSet>
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
    // Whether the page shows that its list is being read.
    bool showsBusy() const;
    // The header as the adviser left it (widths, hidden columns, sort), to remember between sessions.
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray& state);
    // The column chooser: a checkable entry per column, also the header's context menu.
    void showColumnMenu(const QPoint& globalPosition);
    class QMenu* columnMenu();

    // Selects the record once the list holds it (lists arrive from a background thread).
    void selectWhenLoaded(qint64 id);
    qint64 selectedId() const;
    // The column that takes the width the others leave: the name or title.
    int stretchColumn() const;
    // The cell's text as the list draws it at its column's width: whole, or elided at its end.
    QString shownText(const QModelIndex& index) const;

Q_SIGNALS:
    // Enter or a double click on a record.
    void openRequested(qint64 id);
    // The current record changed (0: none).
    void selectionChanged(qint64 id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void keepSelectionThroughReload();
    void updateCount();
    // Measures every column's values in its first rows (the first screen's, sampled whether or
    // not they are visible), then fits the columns to the view.
    void fitColumns();
    // The widths of a column's sampled values, narrowest first (none in an empty list).
    QList<int> valueWidths(int column) const;
    // The width that shows `shownWhole` hundredths of those values whole (100: the widest; 0 in
    // an empty list), its title aside.
    static int widthShowing(const QList<int>& widths, int shownWhole);
    // The fitting rule. Every visible column gets the width its values (sampled, capped) and its
    // title want, or the one the adviser gave it (that one always wins), and the stretching
    // column the rest. In a view too narrow for them all (at 1024 px), they give way in this
    // order: the stretching column, down to a quarter of the view (or its content, or its
    // title); then the titles wider than their values, down to their values (the title then
    // ends in « … », whole in the header's tooltip); only then the longest values, the widest
    // first, a cell cut showing its whole text in its tooltip. A kind or type (the nature of a
    // partnership) is not cut below its usual labels, those that 3 in 4 of its rows show, up to
    // the stretching column's quarter of the view: its rarer long labels are cut at their end
    // (« Partenariat scolaire ou… »), their start telling them apart, and the names beside it
    // give the rest. A date is never cut (« prévue 12/2… » reads nothing). A country's column
    // wants the width of its common names only (19 rows in 20): a rare long one is cut at its
    // end. The sort arrow counts in the sorted column's title only.
    void fitToView();
    // Gives the stretching column the width the other visible columns leave, never less than its
    // own minimum (its content, or the width the adviser gave it).
    void stretch();

    RecordListModel* m_model;
    QTableView* m_table;
    QLabel* m_title;
    QLabel* m_count;
    // Shown when a reading takes long enough to be noticed; the rows on screen stay meanwhile.
    class QProgressBar* m_busy;
    class QTimer* m_busyDelay;
    bool m_fitPending = false;
    bool m_stretching = false;
    int m_stretchMinimum = 0;
    // Each column's values' width (widthShowing() all of them), capped.
    QList<int> m_wanted;
    // The width the fitting does not cut into: a kind's usual labels, a date's values (0 for other
    // columns).
    QList<int> m_usual;
    // The columns beside the stretching one whose width the adviser set (by dragging, in this
    // session or an earlier one): fitting keeps their width.
    QSet<int> m_adviserColumns;
    // The width the adviser gave the stretching column in this session (0: none), its minimum.
    int m_nameByAdviser = 0;
    qint64 m_pendingSelection = 0;
};

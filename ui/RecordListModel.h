#pragma once

#include "lists/ListSelection.h"
#include "lists/RecordList.h"
#include "lists/RecordQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>

#include <optional>

// The records of one family that pass the current filter, in the chosen order. The matching ids
// are read at once; the displayed values a page at a time, when the view shows those rows, so
// that 100,000 records list without a pause. Labels, dates and amounts follow the locale.
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Role giving the raw value (ISO date, cents, number) for export and tests.
    static constexpr int RawRole = Qt::UserRole + 1;
    // Rows read at a time: a screen's worth or two. Each row's values cost some 35 µs to read (its
    // actors', partners' and countries' names joined), so a page of 200 took 7–11 ms of each
    // search keystroke's first screen for the 25–40 rows shown (docs/performance.md).
    static constexpr int kPageSize = 64;

    explicit RecordListModel(RecordList::Family family, QObject* parent = nullptr);

    RecordList::Family family() const { return m_family; }
    void setDatabase(const QSqlDatabase& db);
    // Finds the matching records on the loader's thread instead of waiting for them (the GUI
    // sets one; without it, reload() is synchronous).
    void setLoader(class ListLoader* loader);
    // Whether a reload is on its way (until the whole list and its count have come).
    bool isLoading() const { return m_pendingRequest != 0; }
    // Whether the rows shown are the first screen of the reload on its way, the rest of the list
    // and its count still to come (ListLoader::firstScreenLoaded).
    bool isCounting() const { return m_pendingRequest != 0 && m_firstScreenOf == m_pendingRequest; }
    // Whether matchingCount() is the count of the list: false while the rows shown are a first
    // screen, also once a newer reading is on its way (a search typed on): the list then reads as
    // being counted, never as the rows of its first screen.
    bool countKnown() const { return !m_showsFirstScreen; }
    // While the adviser types in the search field (FilterBar::typingChanged), the whole list is
    // not counted: a reading asked meanwhile counts it only after a pause in typing of `pauseMs`
    // that follows its first screen. A search typed letter by letter, each letter's first screen
    // shown before the next, no longer counts its list at each letter, beside the next letter's
    // first screen. Any other reading (a sort, a filter chosen) counts at once.
    void setTyping(bool typing, int pauseMs);
    void setFilter(const RecordFilter& filter);
    const ListSelection& selection() const { return m_selection; }
    const RecordFilter& filter() const { return m_selection.filter; }
    // Reads the list again (after an edit, an import…), keeping filter and order.
    void reload();

    int matchingCount() const { return static_cast<int>(m_ids.size()); }
    int totalCount() const { return m_total; }
    QString errorString() const { return m_error; }
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // The number of matching or total records may have changed, or a reading began.
    void countsChanged();

private:
    void applyIds(const QList<qint64>& ids, int total, const QString& error);
    void applyFirstScreen(quint64 requestId, const QList<qint64>& ids);
    void applyWhole(quint64 requestId, const QList<qint64>& ids, int total, const QString& error);
    // Asks the loader for the whole list of the reading whose first screen is shown.
    void loadRest();
    bool awaitsRest() const { return isCounting() && !m_restAsked; }
    // The page of rows that holds `row`, read when first asked for.
    const RecordList::Rows& pageOf(int row) const;
    const QVariantList& valuesAt(int row) const;
    QString displayText(const RecordList::Column& column, const QVariant& value) const;
    // A date still to come is not « Depuis … »: « prévue 03/2027 » in the cell, to the month, the
    // details panel's wording and the whole date in the tooltip. Empty for any other date.
    QString plannedText(int row, int column, int role) const;

    RecordList::Family m_family;
    QList<RecordList::Column> m_columns;
    QSqlDatabase m_db;
    std::optional<RecordQuery> m_query;
    ListSelection m_selection;
    QList<qint64> m_ids;
    int m_total = 0;
    QString m_error;
    mutable QHash<int, RecordList::Rows> m_pages;
    QVariantList m_emptyRow; // a value per column, none set
    // The column of the natural order's date, whose planned dates read as such.
    int m_firstDateColumn;
    class ListLoader* m_loader = nullptr;
    quint64 m_pendingRequest = 0;
    quint64 m_firstScreenOf = 0;     // the request whose first screen m_ids holds
    bool m_showsFirstScreen = false; // m_ids is a first screen, whatever reading is on its way
    bool m_restAsked = false;        // of the pending request
    bool m_typing = false;
    bool m_typedRequest = false; // the pending request was made while the adviser typed
    class QTimer* m_countPause;
};

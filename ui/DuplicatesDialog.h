#pragma once

#include "check/DuplicateFinder.h"
#include "lists/RecordList.h"

#include <QDialog>
#include <QSqlDatabase>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

// Edit › Duplicates…: the actors, or foreign partners, that may be recorded twice
// (DuplicateFinder::actorPairs), most likely first, with the score and the reason. The chosen pair
// is merged through `merge` (the window's merge dialog and undoable step), then the list is read
// again.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT

public:
    using Merge = std::function<bool(RecordList::Family family, qint64 firstId, qint64 secondId)>;

    DuplicatesDialog(const QSqlDatabase& db, Merge merge, QWidget* parent = nullptr);

    QComboBox* familyChoice() const { return m_family; }
    QTableWidget* table() const { return m_table; }
    QPushButton* mergeButton() const { return m_merge; }

private:
    void reload();
    void mergeChosen();
    RecordList::Family family() const;

    QSqlDatabase m_db;
    Merge m_mergePair;
    QList<DuplicateFinder::Pair> m_pairs;
    QComboBox* m_family = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_merge = nullptr;
};

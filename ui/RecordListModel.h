#pragma once

#include "lists/RecordList.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

// The rows of one record family, read from the database in one go and shown with French (or
// English) labels, dates and amounts as the locale writes them.
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Role giving the raw value (ISO date, cents, number) for sorting and export.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit RecordListModel(RecordList::Family family, QObject* parent = nullptr);

    RecordList::Family family() const { return m_family; }
    void setDatabase(const QSqlDatabase& db);
    void reload();
    QString errorString() const { return m_error; }
    qint64 idAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const RecordList::Column& column, const QVariant& value) const;

    RecordList::Family m_family;
    QList<RecordList::Column> m_columns;
    QSqlDatabase m_db;
    RecordList::Rows m_rows;
    QString m_error;
};

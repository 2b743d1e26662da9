#include "RecordListModel.h"

#include "common/Money.h"
#include "common/PartialDate.h"
#include "i18n/Translations.h"

#include <QLocale>

RecordListModel::RecordListModel(RecordList::Family family, QObject* parent)
    : QAbstractTableModel(parent)
    , m_family(family)
    , m_columns(RecordList::columns(family))
{
}

void RecordListModel::setDatabase(const QSqlDatabase& db)
{
    m_db = db;
    reload();
}

void RecordListModel::reload()
{
    beginResetModel();
    m_rows = {};
    m_error.clear();
    if (m_db.isValid() && m_db.isOpen()) {
        const bool english = Translations::current() == Translations::Language::English;
        m_rows = RecordList::load(m_db, m_family, english);
        m_error = m_rows.error;
    }
    endResetModel();
}

qint64 RecordListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.ids.size() ? m_rows.ids.at(row) : 0;
}

int RecordListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.values.size());
}

int RecordListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QString RecordListModel::displayText(const RecordList::Column& column, const QVariant& value) const
{
    if (value.isNull())
        return {};
    const QLocale locale;
    switch (column.kind) {
    case RecordList::ColumnKind::Text:
        return value.toString();
    case RecordList::ColumnKind::Integer:
        return locale.toString(value.toLongLong());
    case RecordList::ColumnKind::Date: {
        const std::optional<PartialDate> date = PartialDate::fromIso(value.toString());
        return date ? date->toFrench() : value.toString();
    }
    case RecordList::ColumnKind::Money:
        return Money::format(value.toLongLong(), locale);
    }
    return {};
}

QVariant RecordListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecordList::Column& column = m_columns.at(index.column());
    const QVariant& value = m_rows.values.at(index.row()).at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayText(column, value);
    case SortRole:
        return value;
    case Qt::TextAlignmentRole:
        if (column.kind == RecordList::ColumnKind::Integer || column.kind == RecordList::ColumnKind::Money)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return RecordList::columnTitle(m_columns.at(section));
}

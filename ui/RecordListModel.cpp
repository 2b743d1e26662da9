#include "RecordListModel.h"

#include "ListLoader.h"
#include "common/Money.h"
#include "common/PartialDate.h"
#include "i18n/Translations.h"
#include "records/Partnership.h"

#include <QLocale>
#include <QTimer>

#include <algorithm>

namespace {

// Pages kept in memory before the cache starts again; a screen shows one or two.
constexpr int kCachedPages = 64;

} // namespace

RecordListModel::RecordListModel(RecordList::Family family, QObject* parent)
    : QAbstractTableModel(parent)
    , m_family(family)
    , m_columns(RecordList::columns(family))
    , m_emptyRow(m_columns.size())
    , m_firstDateColumn(RecordList::naturalOrder(family).column)
    , m_countPause(new QTimer(this))
{
    m_countPause->setSingleShot(true);
    connect(m_countPause, &QTimer::timeout, this, [this] {
        if (!m_typing && awaitsRest())
            loadRest();
    });
}

void RecordListModel::setDatabase(const QSqlDatabase& db)
{
    m_db = db;
    m_query.reset();
    if (m_db.isValid() && m_db.isOpen())
        m_query.emplace(m_db, m_family, Translations::current() == Translations::Language::English);
    reload();
}

void RecordListModel::setFilter(const RecordFilter& filter)
{
    if (filter == m_selection.filter)
        return;
    m_selection.filter = filter;
    reload();
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    m_selection.sortColumn = column;
    m_selection.sortOrder = order;
    reload();
}

void RecordListModel::setLoader(ListLoader* loader)
{
    if (m_loader)
        disconnect(m_loader, nullptr, this, nullptr);
    m_loader = loader;
    if (m_loader) {
        connect(m_loader, &ListLoader::firstScreenLoaded, this, &RecordListModel::applyFirstScreen);
        connect(m_loader, &ListLoader::loaded, this, &RecordListModel::applyWhole);
    }
}

void RecordListModel::setTyping(bool typing, int pauseMs)
{
    m_typing = typing;
    m_countPause->setInterval(pauseMs);
    if (typing)
        m_countPause->stop(); // the search typed will ask for a list of its own
    else if (awaitsRest())
        m_countPause->start();
}

void RecordListModel::applyFirstScreen(quint64 requestId, const QList<qint64>& ids)
{
    if (requestId != m_pendingRequest)
        return; // an older answer, overtaken by a newer request
    m_firstScreenOf = requestId;
    m_showsFirstScreen = true;
    beginResetModel();
    m_ids = ids;
    m_pages.clear();
    m_error.clear();
    endResetModel();
    // Before countsChanged(), so that a key typed as the first screen shows holds the count.
    if (!m_typedRequest && !m_typing)
        loadRest();
    else if (!m_typing)
        m_countPause->start();
    Q_EMIT countsChanged();
}

void RecordListModel::loadRest()
{
    m_restAsked = true;
    m_loader->loadRest(m_pendingRequest);
}

void RecordListModel::applyWhole(quint64 requestId, const QList<qint64>& ids, int total, const QString& error)
{
    if (requestId != m_pendingRequest)
        return;
    m_pendingRequest = 0;
    m_showsFirstScreen = false;
    const bool continuesScreen = m_firstScreenOf == requestId && error.isEmpty() &&
                                 ids.size() >= m_ids.size() &&
                                 std::equal(m_ids.cbegin(), m_ids.cend(), ids.cbegin());
    m_firstScreenOf = 0;
    if (!continuesScreen) {
        applyIds(ids, total, error);
        return;
    }
    // The rows shown stay as they are, with the adviser's selection and scrolling, and the pages
    // already read: the rest comes below them.
    if (ids.size() > m_ids.size()) {
        beginInsertRows({}, static_cast<int>(m_ids.size()), static_cast<int>(ids.size()) - 1);
        m_ids = ids;
        endInsertRows();
    }
    m_total = total;
    Q_EMIT countsChanged();
}

void RecordListModel::reload()
{
    if (!m_query) {
        m_pendingRequest = 0;
        applyIds({}, 0, QString());
        return;
    }
    m_query->setSelection(m_selection);
    if (m_loader) {
        m_countPause->stop();
        m_restAsked = false;
        m_typedRequest = m_typing;
        // The rows on screen stay until the answer comes.
        m_pendingRequest = m_loader->request(
            {m_family, m_selection, Translations::current() == Translations::Language::English});
        // The page shows that an answer is coming (a long sort, a search at a million records).
        Q_EMIT countsChanged();
        return;
    }
    QString error;
    const QList<qint64> ids = m_query->matchingIds(&error);
    applyIds(ids, m_query->total(), error);
}

void RecordListModel::applyIds(const QList<qint64>& ids, int total, const QString& error)
{
    beginResetModel();
    m_ids = ids;
    m_showsFirstScreen = false;
    m_pages.clear();
    m_total = total;
    m_error = error;
    endResetModel();
    Q_EMIT countsChanged();
}

qint64 RecordListModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int RecordListModel::rowOf(qint64 id) const
{
    return static_cast<int>(m_ids.indexOf(id));
}

int RecordListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int RecordListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

const RecordList::Rows& RecordListModel::pageOf(int row) const
{
    const int page = row / kPageSize;
    const qsizetype first = static_cast<qsizetype>(page) * kPageSize;
    auto found = m_pages.constFind(page);
    // A page read while the list held fewer rows (the first screen's last, the rest of the list
    // come below it since) is read again whole.
    if (found != m_pages.cend() && found->error.isEmpty() &&
        found->ids.size() < std::min<qsizetype>(kPageSize, m_ids.size() - first))
        found = m_pages.cend();
    if (found == m_pages.cend()) {
        if (m_pages.size() >= kCachedPages)
            m_pages.clear();
        found = m_pages.insert(page, m_query->rows(m_ids.mid(first, kPageSize)));
    }
    return *found;
}

const QVariantList& RecordListModel::valuesAt(int row) const
{
    const RecordList::Rows& page = pageOf(row);
    const qsizetype index = row % kPageSize;
    // A page that could not be read (RecordList::Rows::error) shows empty rows.
    return index < page.values.size() ? page.values.at(index) : m_emptyRow;
}

QString RecordListModel::plannedText(int row, int column, int role) const
{
    if (column != m_firstDateColumn)
        return {};
    const RecordList::Rows& page = pageOf(row);
    const RecordList::FirstDate firstDate = page.firstDates.value(row % kPageSize);
    const std::optional<PartialDate> date = PartialDate::fromIso(valuesAt(row).at(column).toString());
    if (!firstDate.planned || !date || date->isNull())
        return {};
    if (role == Qt::ToolTipRole) {
        return Partnership::firstDateWording(firstDate.signedAgreement, true, *date) + QLatin1Char(' ') +
               date->inWords();
    }
    // The month is enough to tell a plan (the day is in the tooltip): the column stays narrow.
    const PartialDate shown = date->precision() == PartialDate::Precision::Day
                                  ? PartialDate::ofMonth(date->year(), date->month())
                                  : *date;
    return tr("planned %1").arg(shown.toFrench());
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
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (const QString planned = plannedText(index.row(), index.column(), role); !planned.isEmpty())
            return planned;
        return displayText(column, valuesAt(index.row()).at(index.column()));
    case RawRole:
        return valuesAt(index.row()).at(index.column());
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
    // The tooltip gives the title whole when the adviser narrowed its column.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole) ||
        section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return RecordList::columnTitle(m_columns.at(section));
}

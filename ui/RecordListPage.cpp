#include "RecordListPage.h"

#include "ElidingHeaderView.h"
#include "RecordListModel.h"

#include <algorithm>

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// A kind or type of record (a vocabulary's label): a few labels that recur down the list, read to
// tell the records apart; unlike a name, it has no start that is enough by itself when cut short
// (« Partenariat … »).
bool isKindColumn(const RecordList::Column& column)
{
    return column.key == QLatin1String("kind") || column.key == QLatin1String("actor_type") ||
           column.key == QLatin1String("partner_type");
}

// A country, or a project's countries: a few short names recur down the list; a rare long one
// (« Saint-Vincent-et-les-Grenadines ») would take the width of the names beside it for one row.
bool isCountryColumn(const RecordList::Column& column)
{
    return column.key == QLatin1String("country");
}

} // namespace

RecordListPage::RecordListPage(RecordList::Family family, QWidget* parent)
    : QWidget(parent)
    , m_model(new RecordListModel(family, this))
    , m_table(new QTableView(this))
    , m_title(new QLabel(RecordList::familyTitle(family), this))
    , m_count(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_busyDelay(new QTimer(this))
{
    // A title the adviser narrowed ends in « … »; its tooltip gives it whole.
    m_table->setHorizontalHeader(new ElidingHeaderView(Qt::Horizontal, m_table));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    // The order before any click has its arrow too: the adviser sees what the list is sorted by.
    const RecordList::Sorting byDefault = RecordList::naturalOrder(family);
    m_table->sortByColumn(byDefault.column, byDefault.order);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView* columns = m_table->horizontalHeader();
    // The name or title column stretches (stretch()), not the last one: a date or an amount
    // needs no more than its width.
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setDefaultSectionSize(160);
    columns->setMinimumSectionSize(48);
    const QList<RecordList::Column> all = RecordList::columns(family);
    for (int column = 0; column < all.size(); ++column)
        columns->setSectionHidden(column, !all.at(column).shownByDefault);
    m_table->viewport()->installEventFilter(this);
    // The arrow takes room from the sorted column's title only (ElidingHeaderView::titleWidth):
    // the columns are fitted again when it moves.
    connect(columns, &QHeaderView::sortIndicatorChanged, this, &RecordListPage::fitToView);
    connect(columns, &QHeaderView::sectionResized, this, [this](int column, int oldSize, int size) {
        if (m_stretching)
            return;
        // A column the adviser resized keeps its width; a width the adviser gives the stretching
        // column becomes its minimum (hiding or showing a column resizes it from or to 0).
        if (oldSize > 0 && size > 0) {
            if (column == stretchColumn()) {
                m_nameByAdviser = size;
                m_stretchMinimum = size;
            } else {
                m_adviserColumns.insert(column);
            }
        }
        stretch();
    });

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_count->setObjectName(QStringLiteral("countLabel"));

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_busy);
    header->addWidget(m_count);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumSize(80, m_count->sizeHint().height());
    m_busy->hide();
    // A reading shorter than this shows nothing: no flicker at each keystroke.
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(150);
    connect(m_busyDelay, &QTimer::timeout, this, [this] { m_busy->setVisible(m_model->isLoading()); });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_table);

    connect(m_model, &RecordListModel::countsChanged, this, &RecordListPage::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                Q_EMIT selectionChanged(current.isValid() ? m_model->idAt(current.row()) : 0);
            });
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { Q_EMIT openRequested(m_model->idAt(index.row())); });
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint& position) {
                showColumnMenu(m_table->horizontalHeader()->mapToGlobal(position));
            });
    for (const int key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto* open = new QShortcut(QKeySequence(key), m_table, nullptr, nullptr, Qt::WidgetShortcut);
        connect(open, &QShortcut::activated, this, [this] {
            if (m_table->currentIndex().isValid())
                Q_EMIT openRequested(m_model->idAt(m_table->currentIndex().row()));
        });
    }
    updateCount();
}

namespace {

// Rows measured to size the columns: the first screen's (ListLoader::kFirstScreen), read once when
// a list first shows rows.
constexpr int kSampledRows = 200;
// No column but the stretching one is made wider than this by its content.
constexpr int kWidestColumn = 360;
// The cell's margins and a little air around the text.
constexpr int kCellPadding = 18;
// The stretching column is narrowed first when the columns do not all fit, down to this part of
// the view (or its content, if narrower), before the others give up any of their content.
constexpr int kNameShareOfView = 4;
// A kind's column keeps the width that shows this part of its rows (in hundredths) whole, up to
// the stretching column's share of the view (the name and the kind read first), while the other
// values are cut.
constexpr int kUsualLabels = 75;
// A country's column is as wide as this part of its rows (in hundredths) need, not as its widest
// name: a name rarer than that is cut at its end, whole in its tooltip.
constexpr int kCommonCountries = 95;
} // namespace

int RecordListPage::stretchColumn() const
{
    // Partnerships have no title in the list: their actors name them.
    return family() == RecordList::Family::Partnerships ? 1 : 0;
}

QString RecordListPage::shownText(const QModelIndex& index) const
{
    // The style's margin on each side of a cell's text (QCommonStyle's viewItemDrawText).
    const int margin = m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1;
    return QFontMetrics(m_table->font())
        .elidedText(index.data().toString(), m_table->textElideMode(),
                    m_table->visualRect(index).width() - 2 * margin);
}

QList<int> RecordListPage::valueWidths(int column) const
{
    const QFontMetrics metrics(m_table->font());
    const int rows = qMin(m_model->rowCount(), kSampledRows);
    QList<int> widths;
    widths.reserve(rows);
    for (int row = 0; row < rows; ++row)
        widths << metrics.horizontalAdvance(m_model->index(row, column).data().toString());
    std::sort(widths.begin(), widths.end());
    return widths;
}

int RecordListPage::widthShowing(const QList<int>& widths, int shownWhole)
{
    if (widths.isEmpty())
        return 0;
    // The narrowest width that shows `shownWhole` of the rows (in hundredths) whole.
    const qsizetype kept = qMax<qsizetype>(1, (widths.size() * shownWhole + 99) / 100);
    return widths.at(kept - 1) + kCellPadding;
}

void RecordListPage::fitColumns()
{
    m_wanted.clear();
    m_usual.clear();
    const QList<RecordList::Column> columns = RecordList::columns(family());
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const QList<int> widths = valueWidths(column);
        const bool country = isCountryColumn(columns.value(column));
        m_wanted << qMin(widthShowing(widths, country ? kCommonCountries : 100), kWidestColumn);
        // A date cut reads nothing (« prévue 12/2… »): its values are all short, kept whole.
        int usual = 0;
        if (isKindColumn(columns.value(column)))
            usual = qMin(widthShowing(widths, kUsualLabels), kWidestColumn);
        else if (columns.value(column).kind == RecordList::ColumnKind::Date)
            usual = m_wanted.last();
        m_usual << usual;
    }
    fitToView();
}

void RecordListPage::fitToView()
{
    auto* header = static_cast<ElidingHeaderView*>(m_table->horizontalHeader());
    if (m_wanted.size() != m_model->columnCount()) {
        stretch();
        return;
    }
    const int name = stretchColumn();
    const int available = m_table->viewport()->width();
    QList<int> titles;
    int widestTitle = 0;
    for (int column = 0; column < m_wanted.size(); ++column) {
        titles << header->titleWidth(column);
        widestTitle = qMax(widestTitle, titles.last());
    }
    // What the columns beside the name give up is one scale, `kept`, from everything kept
    // (kWidestColumn + widestTitle) down to 0. Above kWidestColumn, every value shows whole (up to
    // the cap) and the titles wider than their column's values are held to `kept - kWidestColumn`:
    // « Département » over « 69M », « Partenariats » over counts give way first, their titles
    // ending in « … » (whole in their tooltip). Below, the titles are gone and the widest values
    // (a kind, a partner's name) are held to `kept`, the short ones (a date, a status) keeping
    // theirs. No column is narrower than the header's minimum; one the adviser sized keeps its
    // width.
    const int narrowest = header->minimumSectionSize();
    const int everything = kWidestColumn + widestTitle;
    const auto widthAt = [&](int column, int kept) {
        if (m_adviserColumns.contains(column))
            return header->sectionSize(column);
        // A kind's usual labels whole: held back like the others, they all read « Partenariat … »;
        // a date's values whole.
        const int usual = qMin(m_usual.at(column), available / kNameShareOfView);
        const int values = qMax(qMin(m_wanted.at(column), kept), usual);
        const int title = qMin(titles.at(column), qMax(0, kept - kWidestColumn));
        return qMax(narrowest, qMax(values, title));
    };
    const auto othersAt = [&](int kept) {
        int total = 0;
        for (int column = 0; column < m_wanted.size(); ++column) {
            if (column != name && !header->isSectionHidden(column))
                total += widthAt(column, kept);
        }
        return total;
    };
    const int nameTitle = titles.at(name);
    const int nameFloor = m_nameByAdviser > 0
                              ? m_nameByAdviser
                              : qMax(nameTitle, qMin(m_wanted.at(name), available / kNameShareOfView));
    // The most the others can keep while leaving the name its floor.
    int low = 0;
    int high = everything;
    while (low < high) {
        const int kept = (low + high + 1) / 2;
        if (othersAt(kept) + nameFloor <= available)
            low = kept;
        else
            high = kept - 1;
    }
    // The scale moves by whole pixels for every column it holds back: what it leaves over goes to
    // those columns, a pixel each, not to the name, which stays at its floor while they are cut.
    int spare = available - nameFloor - othersAt(low);
    int others = 0;
    m_stretching = true;
    for (int column = 0; column < m_wanted.size(); ++column) {
        if (column == name)
            continue;
        const bool shown = !header->isSectionHidden(column);
        int width = widthAt(column, low);
        if (shown && spare > 0 && low < everything && !m_adviserColumns.contains(column) &&
            widthAt(column, low + 1) > width) {
            ++width;
            --spare;
        }
        if (!m_adviserColumns.contains(column))
            header->resizeSection(column, width);
        if (shown)
            others += width;
    }
    // Even the titles alone may not leave the name its floor: it keeps its title then, and the
    // list scrolls sideways.
    header->resizeSection(name, qMax(qMin(nameFloor, nameTitle), available - others));
    m_stretching = false;
    m_stretchMinimum = qMin(nameFloor, header->sectionSize(name));
    stretch();
}

void RecordListPage::stretch()
{
    QHeaderView* header = m_table->horizontalHeader();
    const int column = stretchColumn();
    if (header->isSectionHidden(column) || m_stretchMinimum <= 0)
        return;
    const int others = header->length() - header->sectionSize(column);
    const int wanted = qMax(m_stretchMinimum, m_table->viewport()->width() - others);
    if (wanted == header->sectionSize(column))
        return;
    m_stretching = true;
    header->resizeSection(column, wanted);
    m_stretching = false;
}

bool RecordListPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitToView();
    return QWidget::eventFilter(watched, event);
}

RecordList::Family RecordListPage::family() const
{
    return m_model->family();
}

void RecordListPage::setDatabase(const QSqlDatabase& db)
{
    // Columns fit the first rows of a new database, once they have arrived.
    m_fitPending = true;
    m_model->setDatabase(db);
}

void RecordListPage::setFilter(const RecordFilter& filter)
{
    keepSelectionThroughReload();
    m_model->setFilter(filter);
}

void RecordListPage::reload()
{
    keepSelectionThroughReload();
    m_model->reload();
}

void RecordListPage::keepSelectionThroughReload()
{
    // The model's reset drops the selection without a signal: the record is selected again once
    // the list is read, or, when the list no longer holds it, the window is told that nothing is
    // selected (the pane of details showed a record the filter had left out).
    if (m_pendingSelection == 0)
        m_pendingSelection = selectedId();
}

QString RecordListPage::countText() const
{
    return m_count->text();
}

namespace {

// A remembered header begins with its number of columns: a header saved when the list had other
// columns is not applied to today's.
QByteArray headerStatePrefix(int columnCount)
{
    return QByteArray::number(columnCount) + ':';
}

// Then the columns the adviser sized, « a1,3; », before the header's own state: a header saved
// without it (before they were told apart) holds the widths fitting gave, not the adviser's.
constexpr char kAdviserColumns = 'a';

} // namespace

QByteArray RecordListPage::headerState() const
{
    QList<int> sized = m_adviserColumns.values();
    std::sort(sized.begin(), sized.end());
    QByteArrayList columns;
    for (const int column : std::as_const(sized))
        columns << QByteArray::number(column);
    return headerStatePrefix(m_model->columnCount()) + kAdviserColumns + columns.join(',') + ';' +
           m_table->horizontalHeader()->saveState();
}

void RecordListPage::restoreHeaderState(const QByteArray& state)
{
    const QByteArray prefix = headerStatePrefix(m_model->columnCount());
    if (!state.startsWith(prefix))
        return;
    QByteArray header = state.mid(prefix.size());
    QSet<int> sized;
    if (header.startsWith(kAdviserColumns) && header.contains(';')) {
        const int end = header.indexOf(';');
        for (const QByteArray& column : header.mid(1, end - 1).split(',')) {
            bool ok = false;
            const int number = column.toInt(&ok);
            if (ok && number >= 0 && number < m_model->columnCount() && number != stretchColumn())
                sized.insert(number);
        }
        header = header.mid(end + 1);
    }
    // The columns shown, their order and the sort come back; widths only where the adviser set
    // them, the others fitted to today's rows and view.
    m_stretching = true;
    const bool restored = m_table->horizontalHeader()->restoreState(header);
    m_stretching = false;
    if (restored) {
        m_adviserColumns = sized;
        QHeaderView* columns = m_table->horizontalHeader();
        // A header remembered before the default order had its arrow has none: it gets the
        // default's, as the list's order is.
        if (!columns->isSortIndicatorShown() || columns->sortIndicatorSection() < 0) {
            const RecordList::Sorting byDefault = RecordList::naturalOrder(family());
            const QSignalBlocker quiet(columns);
            columns->setSortIndicatorShown(true);
            columns->setSortIndicator(byDefault.column, byDefault.order);
        }
        m_model->sort(columns->sortIndicatorSection(), columns->sortIndicatorOrder());
    }
}

QMenu* RecordListPage::columnMenu()
{
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("columnMenu"));
    QHeaderView* header = m_table->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction* action = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            // The last visible column stays: a list without columns would show nothing.
            if (!shown && header->count() - header->hiddenSectionCount() <= 1)
                return;
            header->setSectionHidden(column, !shown);
            fitToView();
        });
    }
    return menu;
}

void RecordListPage::showColumnMenu(const QPoint& globalPosition)
{
    QMenu* menu = columnMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPosition);
}

void RecordListPage::selectWhenLoaded(qint64 id)
{
    m_pendingSelection = id;
    updateCount();
}

qint64 RecordListPage::selectedId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

bool RecordListPage::showsBusy() const
{
    return m_busy->isVisible();
}

void RecordListPage::updateCount()
{
    if (m_model->isLoading()) {
        if (!m_busy->isVisible() && !m_busyDelay->isActive())
            m_busyDelay->start();
    } else {
        m_busyDelay->stop();
        m_busy->hide();
    }
    if (m_pendingSelection > 0 && !m_model->isLoading()) {
        const int row = m_model->rowOf(m_pendingSelection);
        m_pendingSelection = 0;
        if (row >= 0) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
        } else {
            Q_EMIT selectionChanged(0);
        }
    }
    // Fitted once there are rows to measure; an empty list fits its titles to the view (no
    // sideways scrolling under the default widths), and again when the first records come.
    if (m_fitPending && (!m_model->isLoading() || m_model->isCounting())) {
        m_fitPending = m_model->rowCount() == 0;
        fitColumns();
    }
    if (!m_model->errorString().isEmpty())
        m_count->setText(tr("The list could not be read: %1").arg(m_model->errorString()));
    else if (!m_model->countKnown())
        m_count->setText(tr("Counting…"));
    else
        m_count->setText(RecordList::countText(family(), m_model->matchingCount(), m_model->totalCount()));
}

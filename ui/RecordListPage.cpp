#include "RecordListPage.h"

#include "RecordListModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

RecordListPage::RecordListPage(RecordList::Family family, QWidget* parent)
    : QWidget(parent)
    , m_model(new RecordListModel(family, this))
    , m_table(new QTableView(this))
    , m_title(new QLabel(RecordList::familyTitle(family), this))
    , m_count(new QLabel(this))
{
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(160);
    m_table->horizontalHeader()->setMinimumSectionSize(60);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_count->setObjectName(QStringLiteral("countLabel"));

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_count);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_table);

    connect(m_model, &RecordListModel::countsChanged, this, &RecordListPage::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { Q_EMIT selectionChanged(current.isValid() ? m_model->idAt(current.row()) : 0); });
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { Q_EMIT openRequested(m_model->idAt(index.row())); });
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint& position) { showColumnMenu(m_table->horizontalHeader()->mapToGlobal(position)); });
    for (const int key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto* open = new QShortcut(QKeySequence(key), m_table, nullptr, nullptr, Qt::WidgetShortcut);
        connect(open, &QShortcut::activated, this, [this] {
            if (m_table->currentIndex().isValid())
                Q_EMIT openRequested(m_model->idAt(m_table->currentIndex().row()));
        });
    }
    updateCount();
}

void RecordListPage::fitColumns()
{
    // Wide enough for what the first screens of rows hold, but no column takes the whole width.
    constexpr int kWidestColumn = 360;
    QHeaderView* header = m_table->horizontalHeader();
    // The last column stretches to the edge on its own.
    for (int column = 0; column + 1 < m_model->columnCount(); ++column) {
        m_table->resizeColumnToContents(column);
        header->resizeSection(column, qMin(header->sectionSize(column) + 12, kWidestColumn));
    }
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
    m_model->setFilter(filter);
}

void RecordListPage::reload()
{
    m_model->reload();
}

QString RecordListPage::countText() const
{
    return m_count->text();
}

QByteArray RecordListPage::headerState() const
{
    return m_table->horizontalHeader()->saveState();
}

void RecordListPage::restoreHeaderState(const QByteArray& state)
{
    // A remembered header keeps its widths: columns are not fitted to the rows again.
    if (!state.isEmpty() && m_table->horizontalHeader()->restoreState(state)) {
        m_headerRestored = true;
        const QHeaderView* header = m_table->horizontalHeader();
        if (header->isSortIndicatorShown() && header->sortIndicatorSection() >= 0)
            m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
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
        connect(action, &QAction::toggled, this, [header, column](bool shown) {
            // The last visible column stays: a list without columns would show nothing.
            if (!shown && header->count() - header->hiddenSectionCount() <= 1)
                return;
            header->setSectionHidden(column, !shown);
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

void RecordListPage::updateCount()
{
    if (m_pendingSelection > 0 && !m_model->isLoading()) {
        const int row = m_model->rowOf(m_pendingSelection);
        m_pendingSelection = 0;
        if (row >= 0) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
        }
    }
    if (m_fitPending && !m_model->isLoading()) {
        m_fitPending = false;
        if (!m_headerRestored)
            fitColumns();
    }
    if (!m_model->errorString().isEmpty())
        m_count->setText(tr("The list could not be read: %1").arg(m_model->errorString()));
    else
        m_count->setText(RecordList::countText(family(), m_model->matchingCount(), m_model->totalCount()));
}

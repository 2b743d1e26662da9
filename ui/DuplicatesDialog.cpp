#include "DuplicatesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

DuplicatesDialog::DuplicatesDialog(const QSqlDatabase& db, Merge merge, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_mergePair(std::move(merge))
{
    setWindowTitle(tr("Duplicates"));
    m_family = new QComboBox(this);
    m_family->setObjectName(QStringLiteral("duplicatesFamily"));
    m_family->addItem(tr("Actors"), static_cast<int>(RecordList::Family::Actors));
    m_family->addItem(tr("Foreign partners"), static_cast<int>(RecordList::Family::Partners));
    auto* familyLabel = new QLabel(tr("&Records:"), this);
    familyLabel->setBuddy(m_family);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("duplicatesTable"));
    m_table->setHorizontalHeaderLabels({tr("Score"), tr("Record"), tr("Looks like"), tr("Place"), tr("Why")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_merge = buttons->addButton(tr("&Merge…"), QDialogButtonBox::ActionRole);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_merge->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &DuplicatesDialog::mergeChosen);
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesDialog::mergeChosen);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_family, &QComboBox::currentIndexChanged, this, &DuplicatesDialog::reload);

    auto* top = new QHBoxLayout;
    top->addWidget(familyLabel);
    top->addWidget(m_family);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 480);
    reload();
}

RecordList::Family DuplicatesDialog::family() const
{
    return static_cast<RecordList::Family>(m_family->currentData().toInt());
}

void DuplicatesDialog::reload()
{
    const DuplicateFinder finder(m_db);
    m_pairs = family() == RecordList::Family::Actors ? finder.actorPairs() : finder.partnerPairs();
    m_summary->setText(
        m_pairs.isEmpty()
            ? tr("No likely duplicates.")
            : tr("%n pair(s) that may be one record twice, the most likely first. Check them, then "
                 "merge those that are.",
                 nullptr, static_cast<int>(m_pairs.size())));
    m_table->setRowCount(static_cast<int>(m_pairs.size()));
    for (int row = 0; row < m_pairs.size(); ++row) {
        const DuplicateFinder::Pair& pair = m_pairs.at(row);
        auto* score = new QTableWidgetItem(QString::number(pair.score));
        score->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 0, score);
        m_table->setItem(
            row, 1, new QTableWidgetItem(QStringLiteral("%1 (#%2)").arg(pair.firstName).arg(pair.firstId)));
        m_table->setItem(
            row, 2, new QTableWidgetItem(QStringLiteral("%1 (#%2)").arg(pair.secondName).arg(pair.secondId)));
        m_table->setItem(row, 3, new QTableWidgetItem(pair.place));
        auto* why = new QTableWidgetItem(pair.reason);
        why->setToolTip(pair.reason);
        m_table->setItem(row, 4, why);
    }
    if (!m_pairs.isEmpty()) {
        m_table->resizeColumnsToContents();
        // Long names must not push the reason out of sight: the names share what is left.
        for (int column : {1, 2})
            m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 260));
    }
    m_merge->setEnabled(false);
}

void DuplicatesDialog::mergeChosen()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_pairs.size() || m_table->selectedItems().isEmpty())
        return;
    const DuplicateFinder::Pair pair = m_pairs.at(row);
    if (m_mergePair(family(), pair.firstId, pair.secondId))
        reload();
}

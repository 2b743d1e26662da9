#include "EditableRows.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

EditableRows::EditableRows(const QStringList& headers, int stretched, const QString& addText, QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, static_cast<int>(headers.size()), this))
    , m_add(new QPushButton(addText, this))
{
    m_table->setHorizontalHeaderLabels(headers);
    // The other columns (years, dates, a check box) as wide as their contents and title: at
    // 1024x700 the stretched one gets the rest, rather than each a fixed share that cuts amounts.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(stretched, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setMaximumHeight(m_table->fontMetrics().height() * 8);
    m_table->installEventFilter(this);
    auto* remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removeRow"));
    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = appendRow({});
        Q_EMIT rowAdded(row);
        m_table->setFocus();
        m_table->setCurrentCell(row, 0);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
}

int EditableRows::appendRow(const QStringList& cells)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int column = 0; column < m_table->columnCount(); ++column)
        m_table->setItem(row, column, new QTableWidgetItem(cells.value(column)));
    return row;
}

QString EditableRows::text(int row, int column) const
{
    const QTableWidgetItem* item = m_table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

bool EditableRows::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter)
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

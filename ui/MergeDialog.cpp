#include "MergeDialog.h"

#include "records/FieldLabels.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString valueOf(const FieldValues& fields, const QString& name)
{
    for (const auto& [field, value] : fields) {
        if (field == name)
            return FieldValue::historyText(value);
    }
    return {};
}

} // namespace

MergeDialog::MergeDialog(const QString& kind, const Side& first, const Side& second,
                         std::function<QString(const QString&, const QString&)> display, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Merge two records"));
    auto* intro = new QLabel(
        tr("<b>%1</b>: the record kept keeps its identifier and history; the other goes to the trash, and "
           "its "
           "partnerships, projects, funding lines, attached actors, import rows and history move to the kept "
           "one. Choose below the value the kept record takes for each field that differs (click it, or "
           "Space). A copy of the database is made first; Edit › Undo takes the merge back.")
            .arg(kind.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);

    m_keepFirst = new QRadioButton(tr("Keep \"%1\" (#%2)").arg(first.name).arg(first.id), this);
    m_keepFirst->setObjectName(QStringLiteral("keepFirst"));
    m_keepSecond = new QRadioButton(tr("Keep \"%1\" (#%2)").arg(second.name).arg(second.id), this);
    m_keepSecond->setObjectName(QStringLiteral("keepSecond"));
    m_keepFirst->setChecked(true);

    QStringList same;
    for (const auto& [field, value] : first.fields) {
        const QString a = FieldValue::historyText(value);
        const QString b = valueOf(second.fields, field);
        if (a == b)
            same << FieldLabels::label(field);
        else
            m_fields << field;
    }

    m_table = new QTableWidget(static_cast<int>(m_fields.size()), 3, this);
    m_table->setObjectName(QStringLiteral("mergeTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), QStringLiteral("#%1").arg(first.id), QStringLiteral("#%1").arg(second.id)});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (int row = 0; row < m_fields.size(); ++row) {
        const QString& field = m_fields.at(row);
        auto* label = new QTableWidgetItem(FieldLabels::label(field));
        label->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, 0, label);
        const QString a = valueOf(first.fields, field);
        const QString b = valueOf(second.fields, field);
        for (const auto& [column, stored] : {std::pair{1, a}, std::pair{2, b}}) {
            const QString shown = stored.isEmpty() ? tr("(empty)") : display(field, stored);
            auto* item = new QTableWidgetItem(shown);
            item->setToolTip(shown);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            // By default the first record's value, unless it has none.
            const bool chosen = column == 1 ? !a.isEmpty() : a.isEmpty();
            item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
            m_table->setItem(row, column, item);
        }
    }
    connect(m_table, &QTableWidget::itemChanged, this, &MergeDialog::valueChanged);
    connect(m_table, &QTableWidget::cellClicked, this, &MergeDialog::choose);

    auto* identical = new QLabel(
        same.isEmpty() ? QString() : tr("Identical: %1.").arg(same.join(QStringLiteral(", "))), this);
    identical->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_merge->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_keepFirst);
    layout->addWidget(m_keepSecond);
    layout->addWidget(m_table, 1);
    layout->addWidget(identical);
    layout->addWidget(buttons);
    resize(820, 520);
}

void MergeDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    m_table->resizeRowsToContents();
}

bool MergeDialog::keepsFirst() const
{
    return m_keepFirst->isChecked();
}

QSet<QString> MergeDialog::fromOther() const
{
    const int other = keepsFirst() ? 2 : 1;
    QSet<QString> fields;
    for (int row = 0; row < m_fields.size(); ++row) {
        if (m_table->item(row, other)->checkState() == Qt::Checked)
            fields << m_fields.at(row);
    }
    return fields;
}

void MergeDialog::valueChanged(QTableWidgetItem* item)
{
    if (m_updating || item->column() == 0)
        return;
    m_updating = true;
    QTableWidgetItem* partner = m_table->item(item->row(), item->column() == 1 ? 2 : 1);
    if (item->checkState() == Qt::Checked)
        partner->setCheckState(Qt::Unchecked);
    else if (partner->checkState() == Qt::Unchecked)
        item->setCheckState(Qt::Checked);
    m_updating = false;
}

void MergeDialog::choose(int row, int column)
{
    if (column == 0)
        return;
    if (QTableWidgetItem* item = m_table->item(row, column); item && item->checkState() != Qt::Checked)
        item->setCheckState(Qt::Checked);
}

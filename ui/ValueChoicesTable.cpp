#include "ValueChoicesTable.h"

#include "ReferenceChoices.h"
#include "common/TextFolding.h"

#include <QComboBox>
#include <QHeaderView>

namespace {

// The entries whose label holds the value or is held by it (« England, United Kingdom » holds
// « United Kingdom »), at most a few: offered first.
ReferenceChoices::Entries suggestions(const ReferenceChoices::Entries& entries, const QString& value)
{
    constexpr qsizetype kMostSuggested = 5;
    const QString folded = TextFolding::key(value);
    ReferenceChoices::Entries found;
    for (const auto& entry : entries) {
        const QString label = TextFolding::key(entry.second);
        if (label.size() >= 3 && (folded.contains(label) || (folded.size() >= 3 && label.contains(folded))))
            found.append(entry);
        if (found.size() == kMostSuggested)
            break;
    }
    return found;
}

} // namespace

ValueChoicesTable::ValueChoicesTable(const QSqlDatabase& db, QWidget* parent)
    : QTableWidget(parent)
    , m_db(db)
{
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels({tr("Column"), tr("Value in the file"), tr("Rows"), tr("Read as"), tr("Keep")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(Found, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(ReadAs, QHeaderView::Stretch);
    horizontalHeaderItem(Keep)->setToolTip(
        tr("Keep this spelling: the next files that write it are read the same "
           "way"));
    connect(this, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() == Keep)
            Q_EMIT choicesChanged();
    });
}

QString ValueChoicesTable::leaveOutChoice()
{
    return QStringLiteral("-");
}

void ValueChoicesTable::clearValues()
{
    m_values.clear();
    setRowCount(0);
}

void ValueChoicesTable::addUnknown(const QList<UnknownValue>& values)
{
    const QSignalBlocker blocker(this);
    for (const UnknownValue& value : values) {
        if (comboFor(value.column, value.value))
            continue;
        const int row = rowCount();
        insertRow(row);
        m_values.append(value);
        setItem(row, ColumnName, new QTableWidgetItem(value.header));
        setItem(row, Found, new QTableWidgetItem(value.value));
        auto* rows = new QTableWidgetItem(QString::number(value.rows));
        rows->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setItem(row, Rows, rows);
        auto* combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("readAs"));
        combo->addItem(tr("(to choose)"), QString());
        combo->addItem(tr("Leave these rows out"), leaveOutChoice());
        const ReferenceChoices::Entries entries = ReferenceChoices::entries(m_db, value.vocabulary);
        const ReferenceChoices::Entries suggested = suggestions(entries, value.value);
        combo->insertSeparator(combo->count());
        for (const auto& [code, label] : suggested)
            combo->addItem(label, code);
        if (!suggested.isEmpty())
            combo->insertSeparator(combo->count());
        for (const auto& [code, label] : entries)
            combo->addItem(label, code);
        setCellWidget(row, ReadAs, combo);
        auto* keep = new QTableWidgetItem;
        keep->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        keep->setCheckState(Qt::Unchecked);
        setItem(row, Keep, keep);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT choicesChanged(); });
    }
    resizeColumnToContents(ColumnName);
    resizeColumnToContents(Rows);
}

QComboBox* ValueChoicesTable::comboFor(const QString& column, const QString& found) const
{
    const QString key = TextFolding::key(found);
    for (int row = 0; row < m_values.size(); ++row) {
        if (m_values.at(row).column == column && TextFolding::key(m_values.at(row).value) == key)
            return qobject_cast<QComboBox*>(cellWidget(row, ReadAs));
    }
    return nullptr;
}

ValueChoices ValueChoicesTable::choices() const
{
    ValueChoices choices;
    for (int row = 0; row < m_values.size(); ++row) {
        const QString chosen = qobject_cast<QComboBox*>(cellWidget(row, ReadAs))->currentData().toString();
        if (chosen == leaveOutChoice())
            choices.leaveOut(m_values.at(row).column, m_values.at(row).value);
        else if (!chosen.isEmpty())
            choices.replace(m_values.at(row).column, m_values.at(row).value, chosen);
    }
    return choices;
}

QList<ValueChoicesTable::KeptSpelling> ValueChoicesTable::spellingsToKeep() const
{
    QList<KeptSpelling> kept;
    for (int row = 0; row < m_values.size(); ++row) {
        const QString chosen = qobject_cast<QComboBox*>(cellWidget(row, ReadAs))->currentData().toString();
        if (item(row, Keep)->checkState() == Qt::Checked && !chosen.isEmpty() && chosen != leaveOutChoice())
            kept.append({m_values.at(row).vocabulary, m_values.at(row).value, chosen});
    }
    return kept;
}

#include "ColumnMappingTable.h"

#include "csv/CsvValues.h"
#include "i18n/Translations.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSignalBlocker>

namespace {

constexpr int kFieldColumn = 0;
constexpr int kFileColumn = 1;
constexpr int kValuesColumn = 2;
constexpr int kShownValues = 3;

} // namespace

ColumnMappingTable::ColumnMappingTable(QWidget* parent)
    : QTableWidget(parent)
{
    setColumnCount(3);
    setHorizontalHeaderLabels({tr("Field"), tr("Column of the file"), tr("First values, as imported")});
    horizontalHeader()->setSectionResizeMode(kValuesColumn, QHeaderView::Stretch);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setWordWrap(false);
    // Headers whole before a file is chosen, « Colonne du fichier » included.
    resizeColumnToContents(kFieldColumn);
    resizeColumnToContents(kFileColumn);
}

void ColumnMappingTable::setColumns(const QList<ColumnMap::Field>& fields, const QStringList& header,
                                    const QList<QStringList>& sample,
                                    const QHash<QString, QString>& remembered)
{
    m_fields = fields;
    m_header = header;
    m_sample = sample;
    ColumnMap matched(fields);
    matched.build(header, remembered);
    const bool french = Translations::current() == Translations::Language::French;
    clearContents();
    setRowCount(static_cast<int>(fields.size()));
    for (int row = 0; row < fields.size(); ++row) {
        const ColumnMap::Field& field = fields.at(row);
        auto* label = new QTableWidgetItem(QString::fromUtf8(french ? field.french : field.english));
        if (field.required) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
            label->setToolTip(tr("Required"));
        }
        setItem(row, kFieldColumn, label);
        auto* combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("column_") + QString::fromLatin1(field.key));
        combo->addItem(tr("(not imported)"), -1);
        for (int column = 0; column < header.size(); ++column)
            combo->addItem(header.at(column), column);
        combo->setCurrentIndex(qMax(0, combo->findData(matched.column(QString::fromLatin1(field.key)))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, row] { chosen(row); });
        setCellWidget(row, kFileColumn, combo);
        setItem(row, kValuesColumn, new QTableWidgetItem);
        showValues(row);
    }
    resizeColumnToContents(kFieldColumn);
    resizeColumnToContents(kFileColumn);
}

int ColumnMappingTable::chosenColumn(int row) const
{
    const auto* combo = qobject_cast<QComboBox*>(cellWidget(row, kFileColumn));
    return combo ? combo->currentData().toInt() : -1;
}

QComboBox* ColumnMappingTable::comboFor(const QString& key) const
{
    for (int row = 0; row < m_fields.size(); ++row) {
        if (QString::fromLatin1(m_fields.at(row).key) == key)
            return qobject_cast<QComboBox*>(cellWidget(row, kFileColumn));
    }
    return nullptr;
}

void ColumnMappingTable::chosen(int row)
{
    // A column goes to one field: the field that had it gives it up.
    const int column = chosenColumn(row);
    for (int other = 0; column >= 0 && other < m_fields.size(); ++other) {
        if (other != row && chosenColumn(other) == column) {
            auto* combo = qobject_cast<QComboBox*>(cellWidget(other, kFileColumn));
            const QSignalBlocker blocker(combo);
            combo->setCurrentIndex(0);
            showValues(other);
        }
    }
    showValues(row);
    Q_EMIT mappingChanged();
}

void ColumnMappingTable::showValues(int row)
{
    const int column = chosenColumn(row);
    QStringList values;
    for (const QStringList& record : std::as_const(m_sample)) {
        if (values.size() == kShownValues)
            break;
        if (column >= 0 && column < record.size())
            values << CsvValues::clean(record.at(column));
    }
    item(row, kValuesColumn)->setText(values.join(QStringLiteral(" \u00B7 ")));
}

QHash<QString, QString> ColumnMappingTable::mapping() const
{
    QHash<QString, QString> mapping;
    for (const QString& header : m_header)
        mapping.insert(header, QString());
    for (int row = 0; row < m_fields.size(); ++row) {
        const int column = chosenColumn(row);
        if (column >= 0 && column < m_header.size())
            mapping.insert(m_header.at(column), QString::fromLatin1(m_fields.at(row).key));
    }
    return mapping;
}

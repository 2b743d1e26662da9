#include "CodeCheckList.h"

CodeCheckList::CodeCheckList(QWidget* parent)
    : QListWidget(parent)
{
    setMaximumHeight(fontMetrics().height() * 7);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);
}

void CodeCheckList::setEntries(const QList<std::pair<QString, QString>>& entries, const QStringList& checked)
{
    clear();
    for (const auto& [code, label] : entries) {
        auto* item = new QListWidgetItem(label, this);
        item->setData(Qt::UserRole, code);
        item->setToolTip(label);
        item->setCheckState(checked.contains(code) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList CodeCheckList::checkedCodes() const
{
    QStringList codes;
    for (int row = 0; row < count(); ++row) {
        if (item(row)->checkState() == Qt::Checked)
            codes << item(row)->data(Qt::UserRole).toString();
    }
    return codes;
}

void CodeCheckList::setChecked(const QString& code, bool checked)
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(Qt::UserRole).toString() == code)
            item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

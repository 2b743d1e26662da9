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
    // The checked entries first, then the others, each in the list's order: what the record has
    // shows as the list opens, not below its fold. The order holds while the adviser ticks.
    for (const bool checkedPass : {true, false}) {
        for (const auto& [code, label] : entries) {
            if (checked.contains(code) != checkedPass)
                continue;
            auto* item = new QListWidgetItem(label, this);
            item->setData(Qt::UserRole, code);
            item->setToolTip(label);
            item->setCheckState(checkedPass ? Qt::Checked : Qt::Unchecked);
        }
    }
    scrollToTop();
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

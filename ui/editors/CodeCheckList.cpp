#include "CodeCheckList.h"

#include <QApplication>
#include <QStyledItemDelegate>

namespace {

// Fusion makes a checkable row exactly as tall as its check box, so that the boxes of
// neighbouring rows touched and read as one column of overlapping frames: a row gets a pixel of
// air above and below its box.
class CheckRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const QStyle* style = option.widget ? option.widget->style() : QApplication::style();
        const int box = style->pixelMetric(QStyle::PM_IndicatorHeight, &option, option.widget);
        size.setHeight(qMax(size.height(), box + 2));
        return size;
    }
};

} // namespace

CodeCheckList::CodeCheckList(QWidget* parent)
    : QListWidget(parent)
{
    setMaximumHeight(fontMetrics().height() * 7);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);
    setItemDelegate(new CheckRowDelegate(this));
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

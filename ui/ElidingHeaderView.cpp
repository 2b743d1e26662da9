#include "ElidingHeaderView.h"

#include <QStyle>
#include <QStyleOptionHeader>

ElidingHeaderView::ElidingHeaderView(Qt::Orientation orientation, QWidget* parent)
    : QHeaderView(orientation, parent)
{
    // As QTableView's own header: a click on a title sorts, the current column's title shows.
    setSectionsClickable(true);
    setHighlightSections(true);
}

void ElidingHeaderView::initStyleOptionForIndex(QStyleOptionHeader* option, int logicalIndex) const
{
    QHeaderView::initStyleOptionForIndex(option, logicalIndex);
    // The room the style leaves the text: the section less its margins and, on the sorted
    // section, the sort arrow.
    int room = sectionSize(logicalIndex) - 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, option, this);
    if (isSortIndicatorShown() && sortIndicatorSection() == logicalIndex)
        room -= style()->pixelMetric(QStyle::PM_HeaderMarkSize, option, this);
    option->text = option->fontMetrics.elidedText(option->text, Qt::ElideRight, room);
}

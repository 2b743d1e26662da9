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

int ElidingHeaderView::textRoom(const QStyleOptionHeader& option, int width) const
{
    QStyleOptionHeader sized = option;
    sized.rect = QRect(0, 0, width, qMax(height(), sizeHint().height()));
    return style()->subElementRect(QStyle::SE_HeaderLabel, &sized, this).width();
}

int ElidingHeaderView::titleWidth(int logicalIndex) const
{
    QStyleOptionHeader option;
    initStyleOption(&option);
    QHeaderView::initStyleOptionForIndex(&option, logicalIndex);
    QFont bold = font();
    bold.setBold(true);
    // The room is the width less what the style keeps around the text, the same at any width.
    constexpr int kAnyWidth = 1000;
    return QFontMetrics(bold).horizontalAdvance(option.text) + kAnyWidth - textRoom(option, kAnyWidth);
}

void ElidingHeaderView::initStyleOptionForIndex(QStyleOptionHeader* option, int logicalIndex) const
{
    QHeaderView::initStyleOptionForIndex(option, logicalIndex);
    // The style draws the titles over a selected row in bold (QCommonStyle's CE_HeaderLabel).
    QFont font = this->font();
    font.setBold(option->state.testFlag(QStyle::State_On));
    option->text = QFontMetrics(font).elidedText(option->text, Qt::ElideRight,
                                                 textRoom(*option, sectionSize(logicalIndex)));
}

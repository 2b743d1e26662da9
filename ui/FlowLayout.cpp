#include "FlowLayout.h"

#include <QWidget>

#include <algorithm>

FlowLayout::FlowLayout(QWidget* parent, int spacing)
    : QLayout(parent)
    , m_spacing(spacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem* item)
{
    m_items.append(item);
}

QLayoutItem* FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem* FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

int FlowLayout::count() const
{
    return static_cast<int>(m_items.size());
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as its widest item: everything else goes to the next rows.
    QSize size;
    for (const QLayoutItem* item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One row when the room allows.
    int width = 0;
    int height = 0;
    for (const QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width() + (width > 0 ? m_spacing : 0);
        height = qMax(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void FlowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect& rect, bool place) const
{
    const QMargins margins = contentsMargins();
    const QRect area = rect.marginsRemoved(margins);
    // The items of a row that may grow share the row's spare width, so that rows end at the edge.
    QList<QLayoutItem*> row;
    int y = area.y();
    int rowWidth = 0;
    int rowHeight = 0;
    int rows = 0;
    const auto finishRow = [&] {
        if (row.isEmpty())
            return;
        if (place) {
            const int spare = qMax(0, area.width() - rowWidth);
            const auto growing =
                static_cast<int>(std::count_if(row.cbegin(), row.cend(), [](const QLayoutItem* item) {
                    return bool(item->expandingDirections() & Qt::Horizontal);
                }));
            int x = area.x();
            int grown = 0;
            for (QLayoutItem* item : std::as_const(row)) {
                int width = item->sizeHint().width();
                if (growing > 0 && (item->expandingDirections() & Qt::Horizontal))
                    width += spare / growing + (++grown == growing ? spare % growing : 0);
                item->setGeometry(QRect(x, y, width, rowHeight));
                x += width + m_spacing;
            }
        }
        y += rowHeight + m_spacing;
        ++rows;
        row.clear();
        rowWidth = 0;
        rowHeight = 0;
    };
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        if (!row.isEmpty() && rowWidth + m_spacing + hint.width() > area.width())
            finishRow();
        rowWidth += (row.isEmpty() ? 0 : m_spacing) + hint.width();
        rowHeight = qMax(rowHeight, hint.height());
        row.append(item);
    }
    finishRow();
    const int used = y - area.y() - (rows > 0 ? m_spacing : 0);
    return used + margins.top() + margins.bottom();
}

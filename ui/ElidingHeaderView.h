#pragma once

#include <QHeaderView>

// A header whose titles end in « … » when their section is narrower than them (Qt 6.4's own
// header clips them on both sides whatever its textElideMode); the model's tooltip gives them whole.
class ElidingHeaderView : public QHeaderView
{
    Q_OBJECT

public:
    explicit ElidingHeaderView(Qt::Orientation orientation, QWidget* parent = nullptr);

    // The width the section needs to show its title whole as this header paints it: in bold (the
    // titles over a selected row are), beside the sort arrow on the sorted section only. Qt's
    // sectionSizeHint() counts the arrow's room on every section.
    int titleWidth(int logicalIndex) const;

protected:
    void initStyleOptionForIndex(QStyleOptionHeader* option, int logicalIndex) const override;

private:
    // The room the style leaves a title in a section `width` wide (SE_HeaderLabel: the margins
    // and, on the sorted section, the arrow).
    int textRoom(const QStyleOptionHeader& option, int width) const;
};

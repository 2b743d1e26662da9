#pragma once

#include <QHeaderView>

// A header whose titles end in « … » when their section is narrower than them (Qt 6.4's own
// header clips them on both sides whatever its textElideMode); the model's tooltip gives them whole.
class ElidingHeaderView : public QHeaderView
{
    Q_OBJECT

public:
    explicit ElidingHeaderView(Qt::Orientation orientation, QWidget* parent = nullptr);

protected:
    void initStyleOptionForIndex(QStyleOptionHeader* option, int logicalIndex) const override;
};

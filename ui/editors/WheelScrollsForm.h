#pragma once

#include <QObject>

class QScrollArea;
class QWidget;

// In a form that scrolls, the mouse wheel scrolls the form, even when the pointer passes over a
// list or number box on the way: Qt gives the wheel to the box under the pointer, which then
// changes its value (a funding line's programme became « Autre » while the adviser scrolled to
// the bottom of a project). A box that has the keyboard focus (clicked or reached by Tab) still
// takes the wheel, as the adviser then means it. Watches the whole application, so that boxes
// added later (a new funding line) are covered; lives as long as the form.
class WheelScrollsForm : public QObject
{
public:
    explicit WheelScrollsForm(QScrollArea* form);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The list or number box of the form that `widget` is or is part of (a spin box's text
    // field), if it does not have the focus.
    QWidget* unfocusedBoxOf(QWidget* widget) const;

    QScrollArea* m_form;
};

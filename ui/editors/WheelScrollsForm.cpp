#include "WheelScrollsForm.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QScrollArea>
#include <QScrollBar>

WheelScrollsForm::WheelScrollsForm(QScrollArea* form)
    : QObject(form)
    , m_form(form)
{
    qApp->installEventFilter(this);
}

QWidget* WheelScrollsForm::unfocusedBoxOf(QWidget* widget) const
{
    for (QWidget* part = widget; part && part != m_form; part = part->parentWidget()) {
        if (!qobject_cast<QComboBox*>(part) && !qobject_cast<QAbstractSpinBox*>(part))
            continue;
        if (part->hasFocus() || !m_form->isAncestorOf(part))
            return nullptr;
        return part;
    }
    return nullptr;
}

bool WheelScrollsForm::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::Wheel || !watched->isWidgetType())
        return false;
    QWidget* box = unfocusedBoxOf(static_cast<QWidget*>(watched));
    if (!box)
        return false;
    // Nor does the wheel give it the focus (Qt::WheelFocus, a combo box's default).
    if (box->focusPolicy() == Qt::WheelFocus)
        box->setFocusPolicy(Qt::StrongFocus);
    QCoreApplication::sendEvent(m_form->verticalScrollBar(), event);
    return true;
}

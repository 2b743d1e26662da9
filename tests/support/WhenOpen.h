#pragma once

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

// Runs `drive` on the next modal dialog of type T once it is shown (exec() blocks the test, so
// the dialog is driven from exec()'s own event loop); `opener` is the dialog that opens it, if
// any, so that it is not mistaken for the new one. whenOpen<QWidget> takes any modal dialog.
template <typename T> void whenOpen(std::function<void(T*)> drive, QWidget* opener = nullptr)
{
    QTimer::singleShot(0, [drive, opener] {
        T* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog || dialog == opener || !dialog->isVisible()) {
            whenOpen<T>(drive, opener); // not shown yet: look again
            return;
        }
        drive(dialog);
    });
}

#pragma once

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

// Runs `drive` on the next modal dialog of type T once it is open (exec() blocks the test);
// `opener` is the dialog that opens it, if any, so that it is not mistaken for the new one.
template <typename T> void whenOpen(std::function<void(T*)> drive, QWidget* opener = nullptr)
{
    QTimer::singleShot(0, [drive, opener] {
        T* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog || dialog == opener) {
            whenOpen<T>(drive, opener); // not shown yet: look again
            return;
        }
        drive(dialog);
    });
}

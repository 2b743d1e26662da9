#pragma once

#include <QWidget>

// What an empty observatory shows in place of its empty lists: how to begin. Each way is a
// button; the window does the work.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

Q_SIGNALS:
    void createRequested();
    void importRequested();
    void demoRequested();
    void openRequested();
};

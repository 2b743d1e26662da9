#include "Dialogs.h"

#include <QFileDialog>
#include <QPushButton>
#include <QQueue>

namespace {

struct TestState
{
    bool enabled = false;
    QQueue<QString> fileNames;
    QQueue<bool> confirmations;
    QQueue<int> choices;
    QStringList messages;
};

TestState& testState()
{
    static TestState state;
    return state;
}

QString nextFileName()
{
    return testState().fileNames.isEmpty() ? QString() : testState().fileNames.dequeue();
}

} // namespace

namespace Dialogs {

QString openFileName(QWidget* parent, const QString& caption, const QString& filter, const QString& folder)
{
    if (testState().enabled)
        return nextFileName();
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

QString saveFileName(QWidget* parent, const QString& caption, const QString& filter, const QString& suggested,
                     bool confirmOverwrite)
{
    if (testState().enabled)
        return nextFileName();
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter, nullptr,
                                        confirmOverwrite ? QFileDialog::Options()
                                                         : QFileDialog::DontConfirmOverwrite);
}

void error(QWidget* parent, const QString& title, const QString& text)
{
    if (testState().enabled) {
        testState().messages << text;
        return;
    }
    QMessageBox::critical(parent, title, text);
}

void about(QWidget* parent, const QString& title, const QString& text)
{
    if (testState().enabled) {
        testState().messages << text;
        return;
    }
    QMessageBox::about(parent, title, text);
}

bool confirm(QWidget* parent, const QString& title, const QString& text)
{
    if (testState().enabled) {
        testState().messages << text;
        return testState().confirmations.isEmpty() ? false : testState().confirmations.dequeue();
    }
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

int choose(QWidget* parent, const QString& title, const QString& text, const QStringList& options)
{
    if (testState().enabled) {
        testState().messages << text;
        return testState().choices.isEmpty() ? static_cast<int>(options.size()) - 1 : testState().choices.dequeue();
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QList<QAbstractButton*> buttons;
    for (qsizetype i = 0; i < options.size(); ++i) {
        const bool last = i + 1 == options.size();
        buttons << box.addButton(options.at(i), last ? QMessageBox::RejectRole : QMessageBox::AcceptRole);
    }
    box.setDefaultButton(qobject_cast<QPushButton*>(buttons.last()));
    box.exec();
    const qsizetype chosen = buttons.indexOf(box.clickedButton());
    return chosen >= 0 ? static_cast<int>(chosen) : static_cast<int>(options.size()) - 1;
}

void queueChoice(int index)
{
    testState().choices.enqueue(index);
}

void setTestMode(bool enabled)
{
    testState() = TestState();
    testState().enabled = enabled;
}

void queueFileName(const QString& fileName)
{
    testState().fileNames.enqueue(fileName);
}

void queueConfirmation(bool answer)
{
    testState().confirmations.enqueue(answer);
}

QStringList shownMessages()
{
    return testState().messages;
}

void clearShownMessages()
{
    testState().messages.clear();
}

} // namespace Dialogs

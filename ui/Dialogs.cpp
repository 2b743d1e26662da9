#include "Dialogs.h"

#include "NameOnlyFileIconProvider.h"

#include <QFileDialog>
#include <QPushButton>
#include <QQueue>

#include <memory>

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

QString runFileDialog(QFileDialog* dialog)
{
    const std::unique_ptr<QFileDialog> owned(dialog);
    if (dialog->exec() != QDialog::Accepted || dialog->selectedFiles().isEmpty())
        return QString();
    return dialog->selectedFiles().constFirst();
}

} // namespace

namespace Dialogs {

QFileDialog* createFileDialog(QWidget* parent, FileDialogKind kind, const QString& caption,
                              const QString& filter, const QString& start, bool confirmOverwrite)
{
    // One provider for the process, never freed: a dialog may outlive any owner chosen for it.
    static NameOnlyFileIconProvider* const icons = new NameOnlyFileIconProvider;
    auto* dialog = new QFileDialog(parent, caption, start, filter);
    // Qt's own dialog, not the desktop's: a desktop's dialog loaded into this process may read
    // the files it lists, and only Qt's takes an icon provider that does not.
    QFileDialog::Options options = QFileDialog::DontUseNativeDialog;
    if (!confirmOverwrite)
        options |= QFileDialog::DontConfirmOverwrite;
    dialog->setOptions(options);
    dialog->setIconProvider(icons);
    if (kind == FileDialogKind::Save) {
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setFileMode(QFileDialog::AnyFile);
    } else {
        dialog->setAcceptMode(QFileDialog::AcceptOpen);
        dialog->setFileMode(QFileDialog::ExistingFile);
    }
    return dialog;
}

QString openFileName(QWidget* parent, const QString& caption, const QString& filter, const QString& folder)
{
    if (testState().enabled)
        return nextFileName();
    return runFileDialog(createFileDialog(parent, FileDialogKind::Open, caption, filter, folder, false));
}

QString saveFileName(QWidget* parent, const QString& caption, const QString& filter, const QString& suggested,
                     bool confirmOverwrite)
{
    if (testState().enabled)
        return nextFileName();
    return runFileDialog(
        createFileDialog(parent, FileDialogKind::Save, caption, filter, suggested, confirmOverwrite));
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

QMessageBox* createConfirmation(QWidget* parent, const QString& title, const QString& text)
{
    auto* box =
        new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    // The harmless answer is the default: Enter pressed too soon deletes nothing.
    box->setDefaultButton(QMessageBox::Cancel);
    box->setEscapeButton(QMessageBox::Cancel);
    return box;
}

QString sentences(const Problems& problems)
{
    QStringList lines;
    lines.reserve(problems.size());
    for (const Problem& problem : problems)
        lines << problem.message;
    return lines.join(QLatin1Char('\n'));
}

bool confirm(QWidget* parent, const QString& title, const QString& text)
{
    if (testState().enabled) {
        testState().messages << text;
        return testState().confirmations.isEmpty() ? false : testState().confirmations.dequeue();
    }
    const std::unique_ptr<QMessageBox> box(createConfirmation(parent, title, text));
    return box->exec() == QMessageBox::Yes;
}

int choose(QWidget* parent, const QString& title, const QString& text, const QStringList& options)
{
    if (testState().enabled) {
        testState().messages << text;
        return testState().choices.isEmpty() ? static_cast<int>(options.size()) - 1
                                             : testState().choices.dequeue();
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

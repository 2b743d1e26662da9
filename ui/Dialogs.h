#pragma once

#include "common/Result.h"

#include <QMessageBox>
#include <QString>
#include <QStringList>

class QFileDialog;
class QWidget;

// Every file dialog and message box of the GUI goes through here, so that tests can answer them
// without a modal loop: in test mode nothing is shown, the next answers are taken from a queue,
// and the messages are kept for the test to read.
namespace Dialogs {

enum class FileDialogKind
{
    Open,
    Save
};
// The file dialog every open and save goes through: Qt's own, with icons and types told from the
// names alone, so that showing the open database's folder never opens the database file
// (NameOnlyFileIconProvider.h). Tests show it for real; the caller owns it.
QFileDialog* createFileDialog(QWidget* parent, FileDialogKind kind, const QString& caption,
                              const QString& filter, const QString& start, bool confirmOverwrite);

QString openFileName(QWidget* parent, const QString& caption, const QString& filter,
                     const QString& folder = QString());
// `suggested` is the folder or file the dialog starts from; `confirmOverwrite` asks before an
// existing file is chosen (exports replace files; a new database never does).
QString saveFileName(QWidget* parent, const QString& caption, const QString& filter,
                     const QString& suggested = QString(), bool confirmOverwrite = false);

void error(QWidget* parent, const QString& title, const QString& text);
// The problems' messages alone, one a line, for a message box: each is a whole sentence that says
// what it is about, where describeProblems() puts the field's key before it (for the command line).
QString sentences(const Problems& problems);
// The About box: rich text, the application icon.
void about(QWidget* parent, const QString& title, const QString& text);
bool confirm(QWidget* parent, const QString& title, const QString& text);
// The box confirm() shows (Yes, Cancel the default): tests look at it; the caller owns it.
QMessageBox* createConfirmation(QWidget* parent, const QString& title, const QString& text);
// Offers a choice between buttons; returns the index of the one chosen (the last one when the box
// is closed). The last option should be the harmless one.
int choose(QWidget* parent, const QString& title, const QString& text, const QStringList& options);

// Test hooks.
void setTestMode(bool enabled);
void queueFileName(const QString& fileName);
void queueConfirmation(bool answer);
void queueChoice(int index);
QStringList shownMessages();
void clearShownMessages();

} // namespace Dialogs

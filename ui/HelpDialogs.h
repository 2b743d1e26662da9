#pragma once

#include <QString>

class QDialog;
class QMenuBar;
class QWidget;

// Help › User guide (F1) and Help › Keyboard shortcuts.
namespace HelpDialogs {

// The user guide installed beside the program (share/doc/observatoire), or the build tree's copy;
// empty when neither is there.
QString userGuidePath();

// The guide (French, with its screenshots) in a window of its own; the caller owns it.
QDialog* createUserGuide(QWidget* parent);

// Every action of the menus that has a key, with its key, read from the menus themselves so
// that the list is always the one the window has; the caller owns it. An action whose text
// changes (Undo says what it undoes: « Annuler Restaurer « … » depuis la corbeille ») is listed
// under the name it carries in the property kShortcutName.
inline constexpr char kShortcutName[] = "shortcutName";
QDialog* createShortcuts(const QMenuBar* menus, QWidget* parent);

} // namespace HelpDialogs

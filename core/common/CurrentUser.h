#pragma once

#include <QString>

// Who is making changes, for the change history: the adviser's name when set (the window
// sets it from the preferences), else the system account's full name, else its login name.
namespace CurrentUser {

QString name();
// The name without the override: the system account's full name, else its login name.
QString systemName();

// Tests and scripted imports may name someone else; an empty name goes back to the system's.
void setOverride(const QString& name);

} // namespace CurrentUser

#pragma once

#include <QString>

// Who is making changes, for the change history: the operating-system account name.
namespace CurrentUser {

QString name();

// Tests and scripted imports may name someone else; an empty name goes back to the system's.
void setOverride(const QString& name);

} // namespace CurrentUser

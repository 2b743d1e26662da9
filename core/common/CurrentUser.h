#pragma once

#include <QString>

// Who is making changes, for the change history, the trash and import batches, decided in this
// order:
// 1. the name set with setOverride: the adviser's name in the preferences (the window sets it),
//    a test's or a scripted import's;
// 2. on PostgreSQL, the adviser's database role (current_user): each adviser connects with a
//    role of their own (docs/team.md), and the server fills it in as it writes
//    (SqlEngine::author), so that a shared account's name is never what history shows;
// 3. on SQLite, which has no users, the system account's full name, else its login name.
namespace CurrentUser {

// The override when set, else the system's name (what the history of a SQLite database takes).
QString name();
// The name set with setOverride; empty when none (the database's engine then decides).
QString chosenName();
// The name without the override: the system account's full name, else its login name.
QString systemName();

// Tests and scripted imports may name someone else; an empty name goes back to the system's.
void setOverride(const QString& name);

} // namespace CurrentUser

#pragma once

#include <QtGlobal>

namespace SchemaIdentity {

// PRAGMA application_id of every Observatoire SQLite file: "OBSV" in ASCII. Tells our databases
// apart from other SQLite files; the schema version itself is PRAGMA user_version.
constexpr quint32 kApplicationId = 0x4F425356;

} // namespace SchemaIdentity

#pragma once

#include <QString>

namespace Clock {

// The current UTC time as stored in the database: ISO 8601 with milliseconds and a Z.
QString nowIso();

} // namespace Clock

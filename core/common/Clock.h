#pragma once

#include <QString>

namespace Clock {

// The current UTC time as stored in the database: ISO 8601 with milliseconds and a Z.
QString nowIso();

// Tests stop the clock: nowIso() returns `iso` until it is set back to an empty string. Two
// writes in the same millisecond must behave as two writes far apart.
void setOverride(const QString& iso);

} // namespace Clock

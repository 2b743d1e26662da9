#pragma once

#include "ChangeLog.h"

#include <QSqlDatabase>

// The change history of a project's funding lines, those it has and those deleted since, so that
// the project's history shows them: a line is a record of its own in the change log.
namespace FundingHistory {

// Every entry of every funding line of the project, oldest first.
QList<ChangeEntry> forProject(const QSqlDatabase& db, qint64 projectId);

} // namespace FundingHistory

#pragma once

#include <QSqlDatabase>

// Loads tests/data/report/dataset.sql, the small observatory whose 2024 report the tests count
// by hand, into a migrated database.
void loadReportDataset(const QSqlDatabase& db);

#pragma once

#include "Report.h"
#include "common/Result.h"
#include "database/RowScan.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Computes the observatory's report for a reference year from the database: the five parts of
// indicators (actors, partnerships, projects, money, data quality), each table with its base, and
// the methodology that states every counting rule.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    static constexpr int kFirstYear = 1950;
    static constexpr int kLastYear = 2100;

    explicit ReportBuilder(const QSqlDatabase& db);

    // The report, or why it cannot be computed (a year out of range, a database error).
    Result<Report> build(int year);
    // How the records are read: SQLite's C API by default (tests compare it with Qt Sql's reading,
    // which PostgreSQL uses).
    void setScanEngine(RowScan::Engine engine) { m_engine = engine; }

private:
    static QList<QPair<QString, QString>> methodology(int year);

    QSqlDatabase m_db;
    RowScan::Engine m_engine = RowScan::Engine::Native;
};

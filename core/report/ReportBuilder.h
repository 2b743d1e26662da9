#pragma once

#include "Report.h"
#include "ReportRules.h"
#include "common/Result.h"
#include "database/Statement.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

// Computes the observatory's report for a reference year from the database: the five parts of
// indicators (actors, partnerships, projects, money, data quality), each table with its base, and
// the methodology that states every counting rule.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    static constexpr int kFirstYear = 1950;

    explicit ReportBuilder(const QSqlDatabase& db);

    // The report, or why it cannot be computed (a year out of range or to come, a database error).
    Result<Report> build(int year);
    // The last year a report can cover: the current one (provisional).
    static int lastYear(const QDate& today = QDate::currentDate()) { return today.year(); }
    // The day the report is computed on (tests set it).
    void setToday(const QDate& today) { m_today = today; }
    // How the records are read: SQLite's C API by default (tests compare it with Qt Sql's reading,
    // which PostgreSQL uses).
    void setScanEngine(Statement::Engine engine) { m_engine = engine; }
    // The language of the labels of the vocabularies (the texts follow the installed translator):
    // the interface's by default.
    void setEnglish(bool english) { m_english = english; }

private:
    QSqlDatabase m_db;
    Statement::Engine m_engine = Statement::Engine::Native;
    bool m_english;
    QDate m_today = QDate::currentDate();
};

#pragma once

#include "report/Report.h"

#include <QDialog>
#include <QSqlDatabase>

class AppSettings;
class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QSpinBox;

// The yearly report in the window: the adviser picks the year; the dashboard shows every table
// of the report with its chart or map, base and figures, then the methodology; the same files as
// `observatoire report` (PDF, HTML, workbook, CSV tables) are exported from here.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(const QSqlDatabase& db, AppSettings& settings, QWidget* parent = nullptr);

    const Report& report() const { return m_report; }

private:
    void compute();
    void exportReport();
    void showReport();

    QSqlDatabase m_db;
    AppSettings& m_settings;
    Report m_report;
    QSpinBox* m_year;
    QComboBox* m_format;
    QPushButton* m_exportButton;
    QLabel* m_status;
    QScrollArea* m_scroll;
};

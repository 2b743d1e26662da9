#pragma once

#include "common/Result.h"
#include "report/Report.h"

#include <QDialog>
#include <QSqlDatabase>

class AppSettings;
class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QThread;

// The yearly report in the window: the adviser picks the year; the dashboard shows every table
// of the report with its chart or map, base and figures, then the methodology; the same files as
// `observatoire report` (PDF, HTML, workbook, CSV tables) are exported from here. The figures are
// computed on a thread with its own connection: on a large database the window stays usable.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(const QSqlDatabase& db, AppSettings& settings, QWidget* parent = nullptr);

    ~ReportDialog() override;

    const Report& report() const { return m_report; }
    // Whether a report is being computed (on a thread of its own: the window stays usable).
    bool computing() const { return m_worker != nullptr; }

private:
    void compute();
    void computed(const Result<Report>& result, int year);
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
    QThread* m_worker = nullptr;
    bool m_yearChangedMeanwhile = false;
};

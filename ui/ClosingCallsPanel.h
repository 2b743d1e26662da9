#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QListWidget;
class QPushButton;
class QSpinBox;

// Under the places of the window, always in sight: the calls of the support-scheme catalogue
// that close in the next weeks, soonest first; a click opens the scheme, and the button writes
// them as an .ics file for the adviser's own calendar.
class ClosingCallsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ClosingCallsPanel(QWidget* parent = nullptr);

    void setDatabase(const QSqlDatabase& db);
    // Reads the calls again (after records changed).
    void refresh();

    QListWidget* list() const { return m_list; }
    QSpinBox* weeks() const { return m_weeks; }
    // Asks where, then writes the calls shown as an .ics file.
    void exportCalendar();

Q_SIGNALS:
    void schemeRequested(qint64 schemeId);

private:
    QSqlDatabase m_db;
    QSpinBox* m_weeks;
    QListWidget* m_list;
    QPushButton* m_export;
};

#pragma once

#include "records/Funding.h"

#include <QList>
#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

// A project's funding lines — funder, programme, support scheme and call, year, amount, status —
// with the total and each funder's share of it, updated as amounts are typed. Each line is one
// row of three columns, each holding two fields one above the other (funder over programme,
// scheme over call, amount over year and status): seven side by side scrolled sideways at
// 1024x700 and cut the choices (« Valorisation (contributi… »).
class FundingTable : public QWidget
{
    Q_OBJECT

public:
    FundingTable(const QSqlDatabase& db, QWidget* parent = nullptr);

    void setFundings(const QList<Funding>& fundings);
    // The lines as typed; `problems` gets what cannot be read (an amount, a year).
    QList<Funding> fundings(QStringList* problems) const;
    void addLine();

    QTableWidget* table() const { return m_table; }
    // The fields of the line at `row`.
    struct Line
    {
        QComboBox* funder = nullptr;
        QComboBox* programme = nullptr;
        QComboBox* scheme = nullptr;
        QComboBox* call = nullptr;
        QLineEdit* amount = nullptr;
        QLineEdit* year = nullptr;
        QComboBox* status = nullptr;
    };
    Line line(int row) const;
    QString summary() const;

private:
    void addRow(const Funding& funding);
    void updateSummary();

    QSqlDatabase m_db;
    QTableWidget* m_table;
    QLabel* m_summary;
};

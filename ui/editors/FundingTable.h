#pragma once

#include "records/Funding.h"

#include <QList>
#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QTableWidget;

// A project's funding lines — funder, programme, support scheme and call, year, amount, status —
// with the total and each funder's share of it, updated as amounts are typed.
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
    QString summary() const;

private:
    void addRow(const Funding& funding);
    void updateSummary();

    QSqlDatabase m_db;
    QTableWidget* m_table;
    QLabel* m_summary;
};

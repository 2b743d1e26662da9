#pragma once

#include "csv/ImportReport.h"
#include "csv/ValueChoices.h"

#include <QSqlDatabase>
#include <QTableWidget>

// The values of a file that match no entry, each listed once with its column and number of rows:
// the adviser picks the entry it stands for (suggestions first) or leaves its rows out, once for
// all of them, and may keep the spelling for the next files (ValueAliases). What was settled
// stays listed when the file is checked again, so that it can be changed.
class ValueChoicesTable : public QTableWidget
{
    Q_OBJECT

public:
    // Columns of the table.
    enum Column
    {
        ColumnName,
        Found,
        Rows,
        ReadAs,
        Keep,
        ColumnCount
    };

    explicit ValueChoicesTable(const QSqlDatabase& db, QWidget* parent = nullptr);

    // Adds the unknown values a check found; those already listed keep their choice.
    void addUnknown(const QList<UnknownValue>& values);
    // Forgets every value (another file, another kind of records).
    void clearValues();
    // What the adviser chose, as the import reads it.
    ValueChoices choices() const;

    struct KeptSpelling
    {
        QString vocabulary;
        QString spelling;
        QString code;
    };
    // The spellings to keep as the observatory's: chosen entries whose "keep" box is ticked.
    QList<KeptSpelling> spellingsToKeep() const;

    // The combo of a value (for tests).
    class QComboBox* comboFor(const QString& column, const QString& found) const;
    // The data of the combo entry that leaves the rows out.
    static QString leaveOutChoice();

Q_SIGNALS:
    void choicesChanged();

private:
    QSqlDatabase m_db;
    QList<UnknownValue> m_values; // in the table's order
};

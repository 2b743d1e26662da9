#pragma once

#include <QStringList>
#include <QWidget>

class QPushButton;
class QTableWidget;

// A small table of rows that the adviser types in a record's editor — a scheme's calls, a local
// authority's APD declarations — with buttons to add a row (its first cell then current, so that
// typing fills it) and to remove the current one. Return ends the typing of a cell; it does not
// also save the dialog before the cell is kept.
class EditableRows : public QWidget
{
    Q_OBJECT

public:
    // `stretched`: the column that takes the room left.
    EditableRows(const QStringList& headers, int stretched, const QString& addText,
                 QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    // Appends a row of text cells; its number.
    int appendRow(const QStringList& cells);
    // A cell's text, trimmed; empty when the cell has no item.
    QString text(int row, int column) const;

Q_SIGNALS:
    // A row was added by the button (not by appendRow): the editor may set its other cells.
    void rowAdded(int row);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTableWidget* m_table;
    QPushButton* m_add;
};

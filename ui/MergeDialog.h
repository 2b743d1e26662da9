#pragma once

#include "store/FieldValues.h"

#include <QDialog>
#include <QSet>
#include <QString>

#include <functional>

class QLabel;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QTableWidgetItem;

// Two records side by side, to merge them (Edit › Duplicates…): the adviser chooses which one is
// kept (its id, its history; the other goes to the trash and its links move to it), and for each
// field that differs, which value the kept record takes — by a click or Space on the value.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    // One of the two records: its name and id as shown, and its fields as the change history
    // names them (RecordStore::readable).
    struct Side
    {
        qint64 id = 0;
        QString name;
        FieldValues fields;
    };
    // `display` shows a stored value as people read it (FieldText::display).
    MergeDialog(const QString& kind, const Side& first, const Side& second,
                std::function<QString(const QString& field, const QString& stored)> display,
                QWidget* parent = nullptr);

    // Whether the first record is the one kept.
    bool keepsFirst() const;
    // The fields whose value comes from the record not kept.
    QSet<QString> fromOther() const;

    QRadioButton* keepFirstButton() const { return m_keepFirst; }
    QRadioButton* keepSecondButton() const { return m_keepSecond; }
    QTableWidget* table() const { return m_table; }
    QPushButton* mergeButton() const { return m_merge; }
    // The field shown on `row`.
    QString fieldAt(int row) const { return m_fields.value(row); }

protected:
    // Rows are as tall as their wrapped values once the columns have their widths.
    void showEvent(QShowEvent* event) override;

private:
    // Keeps one value of a row chosen: checking one side unchecks the other, and a side cannot
    // be unchecked but by checking the other.
    void valueChanged(QTableWidgetItem* item);
    void choose(int row, int column);

    QStringList m_fields; // the fields that differ, one a row
    QRadioButton* m_keepFirst = nullptr;
    QRadioButton* m_keepSecond = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_merge = nullptr;
    bool m_updating = false;
};

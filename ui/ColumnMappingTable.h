#pragma once

#include "csv/ColumnMap.h"

#include <QHash>
#include <QTableWidget>

class QComboBox;

// Which column of a file goes to which field of an import: one row per field, with a combo of the
// file's columns (pre-filled from the last choices for these headers, then from the headers' own
// names) and the first values that the field would receive. A column serves one field at most.
class ColumnMappingTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit ColumnMappingTable(QWidget* parent = nullptr);

    // `sample`: the first records of the file, to show what each field receives.
    void setColumns(const QList<ColumnMap::Field>& fields, const QStringList& header,
                    const QList<QStringList>& sample, const QHash<QString, QString>& remembered);
    // Every header of the file → the key of the field it goes to, or "" when it is not imported.
    QHash<QString, QString> mapping() const;
    // The combo of a field (for tests and for focus).
    QComboBox* comboFor(const QString& key) const;

Q_SIGNALS:
    void mappingChanged();

private:
    void chosen(int row);
    void showValues(int row);
    int chosenColumn(int row) const;

    QList<ColumnMap::Field> m_fields;
    QStringList m_header;
    QList<QStringList> m_sample;
};

#pragma once

#include "ValueChoices.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Which column of a file holds which field. Headers are matched against each field's French
// label, English label and key, ignoring case, accents, spaces and punctuation ("Code INSEE/SIREN",
// "code insee siren" and "actor_code" are one); a JSON mapping file names other headers.
class ColumnMap
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMap)

public:
    struct Field
    {
        const char* key;
        const char* french;
        const char* english;
        bool required = false;
        // Other headers that real files use for the field, separated by "|".
        const char* aliases = "";
    };

    explicit ColumnMap(QList<Field> fields);

    // `mapping`: header as written in the file → field key; an empty key leaves the column out.
    // `choices`: the values the adviser settled, their columns named by key or header.
    void build(const QStringList& header, const QHash<QString, QString>& mapping = {},
               const ValueChoices& choices = {});

    // The column of a field, or -1.
    int column(const QString& key) const { return m_columns.value(key, -1); }
    // The same, for the keys importers write in their code — string literals only: each is
    // looked up once, then found by its address (on every row of a million-row file).
    int column(const char* key) const;
    // The header of a field as the file writes it (for error messages), else its French label.
    QString headerOf(const QString& key) const;
    QStringList unknownColumns() const { return m_unknown; }
    // A column read as a field that an earlier column already gives ("Pays" twice, or "Code
    // INSEE" and "SIREN"): the earlier one is read, this one ignored. Columns count from 1.
    struct Duplicate
    {
        QString header;
        int column = 0;
        QString usedHeader;
        int usedColumn = 0;
        QString key;
    };
    QList<Duplicate> duplicates() const { return m_duplicates; }
    // How many columns the header has, and the header of one (from 0), empty beyond them.
    qsizetype headerSize() const { return m_header.size(); }
    QString headerAt(qsizetype index) const { return m_header.value(index); }
    QStringList missingRequired() const;
    // The columns that settled values name and that are no field.
    QStringList unknownChoiceColumns() const { return m_unknownChoices; }

    // Whether the adviser settled any value: rows are then read through chosen() and leftOut().
    bool hasChoices() const { return !m_wholeColumn.isEmpty() || !m_replacements.isEmpty(); }
    bool hasWholeColumn(const QString& key) const { return m_wholeColumn.contains(key); }
    // The value to read for a field's cell, when the adviser settled it.
    std::optional<QString> chosen(const QString& key, const QString& cell) const;
    // Whether one of the record's cells is a value whose rows the adviser left out.
    bool leftOut(const QStringList& cells) const;
    const QList<Field>& fields() const { return m_fields; }

    // Reads {"header": "key", …}; nullopt and a reason when the file is not such an object.
    static std::optional<QHash<QString, QString>> readMapping(const QString& path, QString* error);

private:
    QList<Field> m_fields;
    QHash<QString, int> m_columns;
    mutable QHash<const char*, int> m_columnsByLiteral;
    QStringList m_header;
    QStringList m_unknown;
    QList<Duplicate> m_duplicates;
    QHash<QString, QString> m_wholeColumn;                  // field key → value
    QHash<QString, QHash<QString, QString>> m_replacements; // field key → folded value → value
    QStringList m_unknownChoices;
};

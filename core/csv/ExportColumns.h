#pragma once

#include "CellFormatter.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

// The columns of each entity's export (docs/csv.md), in the file's order: for each, its header,
// the SQL expression of its value on the record `r` or the linked list it joins, the reference
// table naming its codes, and how its values are written.
class ExportColumns
{
public:
    enum class Entity
    {
        Actors,
        Partners,
        Partnerships,
        Projects,
        Fundings,
        Schemes
    };

    // The rows a record links to (its actors, partners, themes…), read for a whole batch of
    // records in one query rather than a sub-query per record and column: `values` of the rows
    // of `from` whose `owner` is the record, in the order of the `order` expressions.
    struct Linked
    {
        QString from;
        QString owner;
        QStringList values;
        QStringList order;
        // Actors and partners are read whole by OrganisationCells (too many to keep each value
        // once, as VocabularyCells does for the other lists).
        enum class Organisations
        {
            None,
            Actors,
            Partners
        } organisations = Organisations::None;
    };

    struct Column
    {
        const char* header;
        QString sql; // an expression on the record `r`, when the column is not linked
        CellFormatter::Kind kind = CellFormatter::Text;
        // A linked column: the record's values of `linked->values[field]`, joined by "|".
        std::shared_ptr<const Linked> linked = nullptr;
        int field = 0;
        // A code column shown by its label: the reference table whose label_fr names the code
        // in `sql`. The labels are read once rather than looked up per record.
        const char* labels = nullptr;
    };

    static QList<Column> of(Entity entity);
    // The table of the entity's records.
    static QString table(Entity entity);
    // The query of a linked list's values, record by record with what orders a record's values;
    // `where` limits the records (empty: all of them).
    static QString linkedQuery(const Linked& linked, const QString& where);

private:
    static QList<Column> organisationColumns(const QString& link, const char* partnerCountryHeader);
    static Column themesColumn(const QString& link);
    static QList<Column> apdColumns();
    static Column labelled(const char* header, const char* code, const char* labels);
    // The labels of a record's codes in `link` (its table aliased lt, code column `code`),
    // in the order of the reference table `labels`.
    static Column codeLabelsColumn(const char* header, const QString& link, const QString& owner,
                                   const QString& code, const QString& labels);
    // The columns of `linked`, one per value, under `headers`.
    static QList<Column> linkedColumns(const Linked& linked, const QList<const char*>& headers);
};

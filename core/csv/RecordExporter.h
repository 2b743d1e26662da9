#pragma once

#include "CellFormatter.h"
#include "ExportBatch.h"
#include "common/Result.h"
#include "lists/ListSelection.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

// Writes the records of one entity as CSV, one row per record with the columns of docs/csv.md
// (for partnerships: the contract's flat file, actors and partners by name, several separated by
// "|"). Each record carries its stable id, so that the file re-imports onto the same records.
class RecordExporter
{
    Q_DECLARE_TR_FUNCTIONS(RecordExporter)

public:
    enum class Entity
    {
        Actors,
        Partners,
        Partnerships,
        Projects,
        Fundings
    };

    struct Options
    {
        // Excel: CSV for Excel in French; Csv: RFC 4180; Xlsx: an Excel workbook with typed cells.
        enum class Format
        {
            Excel,
            Csv,
            Xlsx
        } format = Format::Excel;
        // The list's filter and order. The filter's year keeps what was active that year
        // (funding lines: of that year; actors and partners: of a partnership or project active
        // that year).
        ListSelection selection;
    };

    RecordExporter(const QSqlDatabase& db, Entity entity);

    static std::optional<Entity> entityFromName(const QString& name);
    QStringList headers() const;

    // Writes header and rows; `progress` gets (done, total) and may return false to stop.
    Result<int> write(QIODevice* device, const Options& options,
                      const std::function<bool(int, int)>& progress = {}) const;

    // From how many records the linked lists (actors, partners, themes…) are read whole, once,
    // rather than per batch of records; tests set it to compare both ways.
    void setWholeReadFrom(int records) { m_wholeReadFrom = records; }

private:
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

    QList<Column> columns() const;
    static QList<Column> organisationColumns(const QString& link, const char* partnerCountryHeader);
    static Column themesColumn(const QString& link);
    static Column labelled(const char* header, const char* code, const char* labels);
    // The columns of `linked`, one per value, under `headers`.
    static QList<Column> linkedColumns(const Linked& linked, const QList<const char*>& headers);
    QString table() const;
    QList<qint64> selectIds(const Options& options, QString* error) const;
    // The query of a linked list's values, record by record in the cells' order; `where` limits
    // the records (empty: all of them).
    static QString linkedQuery(const Linked& linked, const QString& where);
    using Row = ExportBatch::Row;
    // Reads the rows of `ids` in batches and hands each one, in the order of `ids`, to `write`
    // (a record deleted meanwhile is left out). The records written. In a large export, `write`
    // runs on a thread of its own while this one reads; `progress` always runs on this one.
    Result<int> forEachRow(const QList<qint64>& ids, const std::function<bool(const Row&)>& write,
                           const std::function<bool(int, int)>& progress) const;

    QSqlDatabase m_db;
    Entity m_entity;
    int m_wholeReadFrom = 20000;
};

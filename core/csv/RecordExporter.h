#pragma once

#include "CellFormatter.h"
#include "ExportBatch.h"
#include "ExportColumns.h"
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
    using Entity = ExportColumns::Entity;

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
    QList<qint64> selectIds(const Options& options, QString* error) const;
    using Row = ExportBatch::Row;
    // Reads the rows of `ids` in batches and hands each one, in the order of `ids`, to `write`
    // (a record deleted meanwhile is left out). The records written. In a large export, `write`
    // runs on a thread of its own while this one reads; `progress` always runs on this one. A
    // `second` connection, open, reads the actors and partners of a large export.
    Result<int> forEachRow(const QList<qint64>& ids, const std::function<bool(const Row&)>& write,
                           const std::function<bool(int, int)>& progress,
                           class SecondConnection* second) const;

    QSqlDatabase m_db;
    Entity m_entity;
    int m_wholeReadFrom = 20000;
};

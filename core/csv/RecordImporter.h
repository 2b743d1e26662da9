#pragma once

#include "ColumnMap.h"
#include "CsvReader.h"
#include "ImportBatch.h"
#include "ImportReport.h"
#include "ValueChoices.h"
#include "common/Result.h"
#include "store/BulkRecordWriter.h"
#include "store/ImportSession.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <functional>
#include <optional>

// What every import does, whatever it imports: read the file once and check every row, then, if
// no row has a problem, read it again and write every row in one transaction recorded as an
// import batch — or nothing (a dry run rolls back). Subclasses say which columns they read, how
// a row is checked and how it is written.
class RecordImporter
{
    Q_DECLARE_TR_FUNCTIONS(RecordImporter)

public:
    struct Options
    {
        CsvReader::Options read{std::nullopt, CsvReader::Delimiter::Auto};
        QHash<QString, QString> mapping; // header → field key
        ValueChoices choices;            // values settled once for the whole file
        // What the batch and the messages name instead of the file (a pasted list's « pasted on … »).
        QString sourceName;
        bool dryRun = false;
        // Runs once every row is checked and before anything is written (not for a dry run):
        // the automatic copy of the database. A failure stops the import, nothing written.
        std::function<Status()> beforeWriting;
    };

    virtual ~RecordImporter();

    // The fields the importer reads, with their French and English headers.
    QList<ColumnMap::Field> fields() const { return columns(); }

    // `progress` gets a percentage; returning false cancels (nothing is written).
    ImportReport run(const QString& path, const Options& options,
                     const std::function<bool(int)>& progress = {});

protected:
    // `entity` names the batch: "partnerships", "partners"…
    RecordImporter(const QSqlDatabase& db, const QString& entity);

    virtual QList<ColumnMap::Field> columns() const = 0;
    // Forgets what an earlier run matched or created (a rolled-back run's ids are gone).
    virtual void reset() {}
    // Pass 1: adds the row's problems to the report; writes nothing.
    virtual void check(const CsvRecord& record, const ColumnMap& columns, ImportReport& report) = 0;
    // Pass 2: writes one checked row and counts it; false (problems in the report) stops the import.
    virtual bool write(const CsvRecord& record, const ColumnMap& columns, const ImportBatch& batch,
                       ImportReport& report) = 0;

    // For write(): counts what a row did to its record, and links the record to the batch when
    // the row created or changed it.
    enum class Outcome
    {
        Created,
        Updated,
        Unchanged
    };
    static void tally(Outcome outcome, const ImportBatch& batch, const QString& entity, qint64 id, int line,
                      ImportReport& report);

    // For write(), when a row updates a stored record: takes the file's value of a field whose
    // column the file has; a column the file lacks keeps the stored value.
    template <typename Value>
    static void take(const ColumnMap& columns, const char* key, Value& stored, const Value& fromFile)
    {
        if (columns.column(key) >= 0)
            stored = fromFile;
    }

    // For write(): saves a row's record through its store — `merged` over `existing` when the row
    // matched one, else `parsed` as a new record (keeping an id from an export) — reports the
    // store's objections with their column and tallies what the row did. Gives the record's id, 0
    // when refused. Records are not read back: the import needs only their ids.
    template <typename Store, typename Record>
    qint64 save(Store&& store, const Record& parsed, const std::optional<Record>& existing,
                const Record& merged, const QString& entity, int line, const ColumnMap& columns,
                const ImportBatch& batch, ImportReport& report) const
    {
        Outcome outcome = Outcome::Created;
        Result<qint64> saved = qint64(0);
        if (existing) {
            const Result<bool> changed = store.replace(*existing, merged, &batch.session());
            saved = changed ? Result<qint64>(existing->id) : Result<qint64>(changed.problems());
            if (changed)
                outcome = changed.value() ? Outcome::Updated : Outcome::Unchanged;
        } else {
            // Only the id is needed: the record is not read back.
            saved = store.insertImported(parsed, batch.session());
        }
        if (!saved) {
            for (const Problem& problem : saved.problems())
                report.errors.append(
                    {line, columns.headerOf(problem.field), problem.message, problem.isStorage()});
            return 0;
        }
        tally(outcome, batch, entity, saved.value(), line, report);
        return saved.value();
    }

    // The rows the import has seen and, in its second pass, its writer: what the stores' checks
    // and writes of both passes are given.
    ImportSession& session() { return m_session; }

    // For check(): the store's objections to a row's record, with their columns, except on a
    // column where the row's reading already found a problem (`reported`: the report's errors
    // before it): each rule has one message. `fieldColumns` gives the column key of a store's
    // field that the file names otherwise (a partner's "partner" is the partner file's "name").
    using FieldColumns = QHash<QString, const char*>;
    static void reportStoreProblems(const Problems& problems, int line, const ColumnMap& columns,
                                    qsizetype reported, ImportReport& report,
                                    const FieldColumns& fieldColumns = {});

    QSqlDatabase m_db;

private:
    // Pass 1, for every entity: a row with more cells than the header, or whose id is another
    // kind of record's.
    void checkShape(const CsvRecord& record, const ColumnMap& columns, ImportReport& report) const;
    void checkIdKind(const CsvRecord& record, const ColumnMap& columns, ImportReport& report) const;

    QString m_entity;
    ImportSession m_session;
};

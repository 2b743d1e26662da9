#include "RecordImporter.h"

#include "ImportBatch.h"
#include "ImportFile.h"
#include "database/PageCache.h"
#include "database/Transaction.h"

RecordImporter::RecordImporter(const QSqlDatabase& db, const QString& entity)
    : m_db(db)
    , m_entity(entity)
{
}

RecordImporter::~RecordImporter() = default;

ImportReport RecordImporter::run(const QString& path, const Options& options,
                                 const std::function<bool(int)>& progress)
{
    ImportReport report;
    reset();
    ImportFile file(path, options.read);
    if (!file.open(columns(), options.mapping, report))
        return report;
    const ColumnMap& map = file.columns();

    // Pass 1: read and check every row; nothing is written.
    const bool read = file.forEachRecord(
        [&](const CsvRecord& record) {
            ++report.rows;
            check(record, map, report);
            return true;
        },
        report, progress, 0, 40);
    if (!read || !report.errors.isEmpty())
        return report;
    if (!options.dryRun && report.rows > 0 && options.beforeWriting) {
        if (Status ready = options.beforeWriting(); !ready) {
            report.addProblems(ready.problems());
            return report;
        }
    }

    // Pass 2: read again and write everything in one transaction (rolled back for a dry run).
    const PageCache pageCache(m_db);
    Transaction transaction(m_db);
    if (!transaction.started()) {
        report.addProblems(transaction.started().problems());
        return report;
    }
    ImportBatch batch(m_db);
    if (Status begun = batch.begin(m_entity, path, report, options.dryRun, options.mapping); !begun) {
        report.addProblems(begun.problems());
        return report;
    }
    // The last part is the search index of the records created, written at the end.
    file.forEachRecord([&](const CsvRecord& record) { return write(record, map, batch, report); }, report,
                       progress, 40, 50);
    if (!report.errors.isEmpty() || options.dryRun) {
        reset();
        return report; // the transaction rolls back
    }
    if (progress && !progress(90)) {
        report.errors.append({0, QString(), ImportFile::cancelledMessage()});
        reset();
        return report; // the transaction rolls back
    }
    if (Status finished = batch.finish(report); !finished) {
        report.addProblems(finished.problems());
        return report;
    }
    if (Status committed = transaction.commit(); !committed) {
        report.addProblems(committed.problems());
        return report;
    }
    report.written = true;
    if (progress)
        progress(100);
    return report;
}

void RecordImporter::tally(Outcome outcome, const ImportBatch& batch, const QString& entity, qint64 id,
                           int line, ImportReport& report)
{
    switch (outcome) {
    case Outcome::Created:
        ++report.created;
        break;
    case Outcome::Updated:
        ++report.updated;
        break;
    case Outcome::Unchanged:
        ++report.unchanged;
        return;
    }
    batch.link(entity, id, line);
}

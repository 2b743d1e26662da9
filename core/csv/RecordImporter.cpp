#include "RecordImporter.h"

#include "CsvValues.h"
#include "ImportBatch.h"
#include "ImportFile.h"
#include "database/PageCache.h"
#include "database/PreparedQuery.h"
#include "database/Statement.h"
#include "database/Transaction.h"

#include <QUuid>

#include <algorithm>
#include <optional>

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
    m_session.reset();
    ImportFile file(path, options.read);
    if (!file.open(columns(), options.mapping, report, options.choices))
        return report;
    const ColumnMap& map = file.columns();
    if (!options.sourceName.isEmpty())
        report.file = options.sourceName;

    // Pass 1: read and check every row; nothing is written. One read transaction for the whole
    // pass: every row is checked against the same state, and SQLite takes its shared lock once
    // instead of for each of the pass's lookups (a quarter of a first import's time went to
    // taking and releasing it: its id looked for in every table, the actors' names matched).
    std::optional<Transaction> snapshot(std::in_place, m_db, Transaction::Kind::Read);
    if (!snapshot->started()) {
        report.addProblems(snapshot->started().problems());
        return report;
    }
    const bool read = file.forEachRecord(
        [&](const CsvRecord& record) {
            if (map.hasChoices() && map.leftOut(record.fields)) {
                ++report.leftOut;
                return true;
            }
            ++report.rows;
            checkShape(record, map, report);
            check(record, map, report);
            checkIdKind(record, map, report);
            return true;
        },
        report, progress, 0, 40);
    // Ended before the backup that precedes the writing (SQLite's VACUUM INTO runs outside any).
    snapshot.reset();
    if (!read || !report.errors.isEmpty()) {
        reset(); // nothing will be written: what the pass kept goes
        return report;
    }
    // A file of a header alone: no batch is recorded for nothing.
    if (report.rows == 0) {
        report.warnings.append({0, QString(), tr("no records after the header; nothing was written")});
        return report;
    }
    if (!options.dryRun && report.rows > 0 && options.beforeWriting) {
        if (Status ready = options.beforeWriting(); !ready) {
            report.addProblems(ready.problems());
            reset();
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
    ImportBatch batch(m_db, m_session);
    if (Status begun =
            batch.begin(m_entity, path, report, options.dryRun, options.mapping, options.sourceName);
        !begun) {
        report.addProblems(begun.problems());
        return report;
    }
    // The last part is the search index of the records created, written at the end.
    file.forEachRecord(
        [&](const CsvRecord& record) {
            return (map.hasChoices() && map.leftOut(record.fields)) || write(record, map, batch, report);
        },
        report, progress, 40, 50);
    if (!report.errors.isEmpty() || options.dryRun) {
        reset();
        m_session.reset();
        return report; // the transaction rolls back
    }
    if (progress && !progress(90)) {
        report.errors.append({0, QString(), ImportFile::cancelledMessage()});
        reset();
        m_session.reset();
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

void RecordImporter::reportStoreProblems(const Problems& problems, int line, const ColumnMap& columns,
                                         qsizetype reported, ImportReport& report,
                                         const FieldColumns& fieldColumns)
{
    QStringList headers;
    for (qsizetype i = reported; i < report.errors.size(); ++i)
        headers << report.errors.at(i).column;
    for (const Problem& problem : problems) {
        const auto key = fieldColumns.constFind(problem.field);
        const QString header =
            columns.headerOf(key == fieldColumns.cend() ? problem.field : QString::fromLatin1(*key));
        if (!headers.contains(header))
            report.errors.append({line, header, problem.message, problem.isStorage()});
    }
}

void RecordImporter::checkShape(const CsvRecord& record, const ColumnMap& columns, ImportReport& report) const
{
    // Cells beyond the header belong to no column: most often a delimiter inside a value that
    // was not quoted, which shifts every cell after it. Empty ones (a row ending with ";;") are
    // harmless and ignored.
    const qsizetype header = columns.headerSize();
    if (record.fields.size() <= header)
        return;
    const auto extra = std::count_if(record.fields.cbegin() + header, record.fields.cend(),
                                     [](const QString& cell) { return !cell.trimmed().isEmpty(); });
    if (extra == 0)
        return;
    report.errors.append({record.line, QString(),
                          tr("the row has %1 cells and the header %2 columns; beyond the header, %n cell(s) "
                             "with a value (a delimiter inside a value that is not quoted?)",
                             nullptr, static_cast<int>(extra))
                              .arg(record.fields.size())
                              .arg(header)});
}

void RecordImporter::checkIdKind(const CsvRecord& record, const ColumnMap& columns,
                                 ImportReport& report) const
{
    const int column = columns.column("id");
    if (column < 0 || column >= record.fields.size())
        return;
    const QString uuid = CsvValues::clean(record.fields.at(column));
    if (uuid.isEmpty() || QUuid::fromString(uuid).isNull())
        return; // the importer reports a malformed id
    // Ids are unique across tables: taken as given, another kind of record's id would make a new
    // record under it (a partnership with a project's id). Its own table first: the usual case
    // (re-importing an export) costs one lookup.
    struct Kind
    {
        const char* entity;
        const char* table;
    };
    static const Kind kinds[] = {
        {"actors", "actor"},     {"partners", "foreign_partner"}, {"partnerships", "partnership"},
        {"projects", "project"}, {"fundings", "funding"},         {"schemes", "scheme"}};
    const auto has = [&](const char* table) {
        PreparedQuery query(m_db,
                            QStringLiteral("SELECT 1 FROM %1 WHERE uuid = ?").arg(QLatin1String(table)));
        Statement& lookup = query.bound();
        lookup.bind(0, uuid);
        return lookup.run() && lookup.returnedRow();
    };
    for (const Kind& kind : kinds) {
        if (m_entity == QLatin1String(kind.entity) && has(kind.table))
            return;
    }
    for (const Kind& kind : kinds) {
        if (m_entity == QLatin1String(kind.entity) || !has(kind.table))
            continue;
        const QString table = QLatin1String(kind.table);
        QString message;
        if (table == QLatin1String("actor"))
            message = tr("this id is an actor's: a row cannot take another record's id");
        else if (table == QLatin1String("foreign_partner"))
            message = tr("this id is a foreign partner's: a row cannot take another record's id");
        else if (table == QLatin1String("partnership"))
            message = tr("this id is a partnership's: a row cannot take another record's id");
        else if (table == QLatin1String("project"))
            message = tr("this id is a project's: a row cannot take another record's id");
        else if (table == QLatin1String("scheme"))
            message = tr("this id is a support scheme's: a row cannot take another record's id");
        else
            message = tr("this id is a funding line's: a row cannot take another record's id");
        report.errors.append({record.line, columns.headerOf(QStringLiteral("id")), message});
        return;
    }
}

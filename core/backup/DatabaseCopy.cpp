#include "DatabaseCopy.h"

#include "database/BulkInsert.h"
#include "database/Database.h"
#include "database/DatabaseFiles.h"
#include "database/SqlEngine.h"
#include "database/SqlErrors.h"
#include "database/Transaction.h"
#include "observatory/ObservatoryDatabase.h"
#include "search/SearchIndex.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <memory>

namespace {

// The search index is written again from the copied records rather than copied: SQLite keeps it
// in an FTS5 table, PostgreSQL in a table of its own with a full-text index.
const QString kSearchIndexTable = QStringLiteral("search_index");

// Tables a new observatory already fills (the migrations' vocabularies, the reference data, the
// settings): the target may hold those, and they are replaced by the source's. A row in any other
// table is a record (or its history, links, import…): a target that has one is refused.
bool isReferenceData(const QString& table)
{
    return table.startsWith(QLatin1String("ref_")) || table == QLatin1String("observatory_setting");
}

QString quotedName(const QString& name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

struct Schema
{
    QStringList tables;                      // each after the tables it refers to
    QHash<QString, QStringList> selfColumns; // columns that refer to their own table's rows
};

// The tables of `db` in an order where every table comes after those its foreign keys name, so
// that each row's references exist when it is written (PostgreSQL checks them at each statement).
Result<Schema> readSchema(const QSqlDatabase& db)
{
    const SqlEngine& engine = SqlEngine::of(db);
    const Result<QStringList> tables = engine.dataTables(db);
    if (!tables)
        return tables.status();
    const Result<QList<SqlEngine::Reference>> references = engine.references(db);
    if (!references)
        return references.status();
    Schema schema;
    QHash<QString, QSet<QString>> parents;
    for (const SqlEngine::Reference& reference : references.value()) {
        if (reference.table == reference.parent)
            schema.selfColumns[reference.table] << reference.column;
        else
            parents[reference.table].insert(reference.parent);
    }
    QStringList left;
    for (const QString& table : tables.value()) {
        if (table != kSearchIndexTable)
            left << table;
    }
    while (!left.isEmpty()) {
        const qsizetype before = left.size();
        for (qsizetype i = 0; i < left.size();) {
            bool ready = true;
            for (const QString& parent : std::as_const(parents[left.at(i)]))
                ready = ready && !left.contains(parent);
            if (ready)
                schema.tables << left.takeAt(i);
            else
                ++i;
        }
        if (left.size() == before)
            return Result<Schema>::failure(DatabaseCopy::tr("the tables %1 refer to each other in a circle")
                                               .arg(left.join(QLatin1String(", "))));
    }
    return schema;
}

Result<qint64> count(const QSqlDatabase& db, const QString& table)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(quotedName(table))) || !query.next())
        return SqlErrors::failure(DatabaseCopy::tr("The rows of %1 could not be counted").arg(table),
                                  query.lastError());
    return query.value(0).toLongLong();
}

// The records the target holds (rows outside the reference data); 0 for a database without a
// schema yet.
Result<qint64> recordsIn(const QSqlDatabase& db)
{
    const Result<QStringList> tables = SqlEngine::of(db).dataTables(db);
    if (!tables)
        return tables.status();
    qint64 records = 0;
    for (const QString& table : tables.value()) {
        if (isReferenceData(table))
            continue;
        const Result<qint64> rows = count(db, table);
        if (!rows)
            return rows;
        records += rows.value();
    }
    return records;
}

// Copies every row of every table from `source` into `target`, whose own rows are deleted first,
// within the transactions the caller holds on both.
class RowCopier
{
public:
    RowCopier(const QSqlDatabase& source, const QSqlDatabase& target, const DatabaseCopy::Progress& progress)
        : m_source(source)
        , m_target(target)
        , m_progress(progress)
    {
    }

    Result<qint64> run()
    {
        // The target's schema decides: it is the program's, and the source was opened (and
        // brought up to date) by the same program.
        const Result<Schema> schema = readSchema(m_target);
        if (!schema)
            return schema.status();
        const Result<QStringList> sourceTables = SqlEngine::of(m_source).dataTables(m_source);
        if (!sourceTables)
            return sourceTables.status();
        qint64 total = 0;
        for (const QString& table : schema.value().tables) {
            if (!sourceTables.value().contains(table))
                return Result<qint64>::failure(DatabaseCopy::tr("the source has no table %1").arg(table));
            const Result<qint64> rows = count(m_source, table);
            if (!rows)
                return rows;
            total += rows.value();
        }
        for (auto table = schema.value().tables.crbegin(); table != schema.value().tables.crend(); ++table) {
            QSqlQuery clear(m_target);
            if (!clear.exec(QStringLiteral("DELETE FROM %1").arg(quotedName(*table))))
                return SqlErrors::failure(DatabaseCopy::tr("The rows of %1 could not be deleted").arg(*table),
                                          clear.lastError());
        }
        m_total = total;
        for (const QString& table : schema.value().tables) {
            if (Status copied = copyTable(table, schema.value().selfColumns.value(table)); !copied)
                return copied;
        }
        return m_done;
    }

private:
    Status copyTable(const QString& table, const QStringList& selfColumns)
    {
        const QSqlRecord record = m_target.record(table);
        QStringList columns;
        QList<bool> nulled; // written NULL first: the row they name may come later
        for (int i = 0; i < record.count(); ++i) {
            columns << record.fieldName(i);
            nulled << selfColumns.contains(record.fieldName(i));
        }
        QStringList quoted;
        for (const QString& column : std::as_const(columns))
            quoted << quotedName(column);
        QSqlQuery read(m_source);
        read.setForwardOnly(true);
        if (!read.exec(
                QStringLiteral("SELECT %1 FROM %2").arg(quoted.join(QLatin1String(", ")), quotedName(table))))
            return SqlErrors::failure(DatabaseCopy::tr("The rows of %1 could not be read").arg(table),
                                      read.lastError());
        BulkInsert insert(m_target, table, quoted);
        QVariantList values(columns.size());
        while (read.next()) {
            for (int i = 0; i < columns.size(); ++i)
                values[i] = nulled.at(i) ? QVariant() : read.value(i);
            if (Status added = insert.add(values); !added)
                return added;
            tell(table);
        }
        if (read.lastError().isValid())
            return SqlErrors::failure(DatabaseCopy::tr("The rows of %1 could not be read").arg(table),
                                      read.lastError());
        if (Status finished = insert.finish(); !finished)
            return finished;
        for (const QString& column : selfColumns) {
            if (Status linked = copySelfReference(table, column); !linked)
                return linked;
        }
        return {};
    }

    // A row that names another row of its table (an actor's parent): set once every row is there.
    Status copySelfReference(const QString& table, const QString& column)
    {
        QSqlQuery read(m_source);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT id, %1 FROM %2 WHERE %1 IS NOT NULL")
                           .arg(quotedName(column), quotedName(table))))
            return SqlErrors::failure(DatabaseCopy::tr("The rows of %1 could not be read").arg(table),
                                      read.lastError());
        QSqlQuery write(m_target);
        write.prepare(
            QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(quotedName(table), quotedName(column)));
        while (read.next()) {
            write.addBindValue(read.value(1));
            write.addBindValue(read.value(0));
            if (!write.exec())
                return SqlErrors::failure(DatabaseCopy::tr("The rows of %1 could not be written").arg(table),
                                          write.lastError());
        }
        return {};
    }

    void tell(const QString& table)
    {
        ++m_done;
        if (m_progress && m_done % kProgressRows == 0)
            m_progress(table, m_done, m_total);
    }

    static constexpr qint64 kProgressRows = 100000;

    QSqlDatabase m_source;
    QSqlDatabase m_target;
    const DatabaseCopy::Progress& m_progress;
    qint64 m_total = 0;
    qint64 m_done = 0;
};

// The rows, the search index and the next ids, within the transaction open on `target`.
Result<qint64> fill(const QSqlDatabase& source, const QSqlDatabase& target,
                    const DatabaseCopy::Progress& progress)
{
    const SqlEngine& engine = SqlEngine::of(target);
    if (Status suspended = engine.suspendSortKeys(target); !suspended)
        return suspended;
    const Result<qint64> rows = RowCopier(source, target, progress).run();
    if (!rows)
        return rows;
    if (Status resumed = engine.resumeSortKeys(target); !resumed)
        return resumed;
    if (Status sorted = SqlEngine::rewriteSortKeys(target); !sorted)
        return sorted;
    if (Status indexed = SearchIndex::rebuild(target); !indexed)
        return indexed;
    if (Status continued = engine.continueIdentities(target); !continued)
        return continued;
    return rows;
}

} // namespace

DatabaseCopy::Outcome DatabaseCopy::copy(const Database& source, const DatabaseLocation& target,
                                         const Progress& progress)
{
    const QString name = target.displayName();
    const bool file = target.backend() == DatabaseLocation::Backend::Sqlite;
    if (file && source.location().backend() == DatabaseLocation::Backend::Sqlite) {
        if (const Status refused =
                DatabaseFiles::refuseDatabaseFile(target.filePath(), source.location().filePath());
            !refused)
            return {Failure::Refused, refused.message()};
    }
    if (target.rememberedName() == source.location().rememberedName())
        return {Failure::Refused, tr("%1 is the database being copied; copy it into another one.").arg(name)};

    // What the target holds, read without changing it (an older schema is read as it is).
    const bool existed = !file || QFileInfo::exists(target.filePath());
    // An empty file (zero bytes) is made an observatory by the opening below, before the copy's
    // transaction: on a failure it is emptied again.
    const bool blankFile = file && existed && QFileInfo(target.filePath()).size() == 0;
    if (existed) {
        Database probe;
        const DatabaseStatus opened =
            probe.open(target, Database::OpenMode::Initialize, Database::Access::Inspect);
        if (!opened.ok())
            return {Failure::Unavailable, opened.message};
        if (probe.schemaVersion() > 0) {
            const Result<qint64> records = recordsIn(probe.connection());
            if (!records)
                return {Failure::Unavailable, records.message()};
            if (records.value() > 0)
                return {
                    Failure::Refused,
                    tr("%1 already holds an observatory (%n row(s) of records, history or imports); the copy "
                       "goes only into an empty database. It was left untouched.",
                       nullptr, static_cast<int>(records.value()))
                        .arg(name)};
        }
    }

    // The one transaction of the copy; on a server without tables, it begins before the schema
    // is created, so that a failure leaves no table either.
    Database opened;
    std::unique_ptr<Transaction> transaction;
    opened.setBeforeSchemaCreation([&transaction](const Database& database) {
        transaction = std::make_unique<Transaction>(database.connection());
        return transaction->started();
    });
    const auto failed = [&](Failure failure, const QString& message) -> Outcome {
        transaction.reset();
        opened.close();
        if (!existed || blankFile) {
            for (const QString& path : DatabaseFiles::companions(target.filePath())) {
                if (path != target.filePath() || !blankFile)
                    QFile::remove(path);
            }
            if (blankFile)
                QFile::resize(target.filePath(), 0);
        }
        return {failure, message};
    };
    if (const DatabaseStatus status =
            ObservatoryDatabase::open(opened, target, Database::OpenMode::Initialize);
        !status.ok())
        return failed(Failure::Unavailable, status.message);
    if (const DatabaseStatus writable = opened.writableOrWhy(); !writable.ok())
        return failed(Failure::Unavailable, writable.message);
    if (!transaction) {
        transaction = std::make_unique<Transaction>(opened.connection());
        if (!transaction->started())
            return failed(Failure::Unavailable, transaction->started().message());
    }
    // One state of the source for the whole copy.
    const Transaction snapshot(source.connection(), Transaction::Kind::Read);
    if (!snapshot.started())
        return failed(Failure::Unavailable, snapshot.started().message());

    // (No handle on the target's connection is kept past this: failed() closes it.)
    const Result<qint64> rows = fill(source.connection(), opened.connection(), progress);
    Status committed = rows ? transaction->commit() : rows.status();
    if (!committed)
        return failed(Failure::Failed, tr("%1: nothing was copied: %2").arg(name, committed.message()));
    transaction.reset();
    return {Failure::None, QString(), rows.value()};
}

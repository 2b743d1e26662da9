#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

// What the database engines write or do each their own way, in one place: the rest of core writes
// the SQL that SQLite and PostgreSQL share and asks the engine of its connection for the rest.
// Two engines: SqliteEngine (the QSQLITE driver) and PostgresEngine (QPSQL); Database opens
// no other driver, so every connection has one.
class SqlEngine
{
    Q_DECLARE_TR_FUNCTIONS(SqlEngine)

public:
    virtual ~SqlEngine() = default;

    // The engine of a connection opened by Database.
    static const SqlEngine& of(const QSqlDatabase& db);

    enum class Kind
    {
        Sqlite,
        Postgres
    };
    // For what only one engine has at all (FTS5's settings, SQLite's C API), not for SQL text.
    virtual Kind kind() const = 0;

    // An aggregate: the values of `expression` joined by `separator`, in no set order.
    virtual QString aggregateList(const QString& expression, const QString& separator) const = 0;
    // Who writes, for the history's author columns (change log, trash, import batch): an
    // expression that takes one bound value, authorValue(named); when it is NULL (nobody named),
    // the engine's own answer (defaultAuthor). The order of the rule: common/CurrentUser.h.
    QString author() const;
    static QVariant authorValue(const QString& named = QString());
    // Whom `db`'s writes name when nobody is named (the preferences show it where the name is
    // left empty); empty when the database cannot say.
    QString unnamedAuthor(const QSqlDatabase& db) const;
    // The distinct values of `expression`, joined by commas.
    virtual QString aggregateDistinctList(const QString& expression) const = 0;
    // `expression` compared and ordered without regard to case.
    virtual QString caseInsensitive(const QString& expression) const = 0;
    // An ORDER BY term from the largest value down, the empty values (NULL) last: SQLite puts
    // NULL below every value, PostgreSQL above.
    virtual QString descendingEmptyLast(const QString& expression) const = 0;
    // Who writes when nobody was named: PostgreSQL the session's role, SQLite the system account.
    virtual QString defaultAuthor() const = 0;
    // The tail of an INSERT that, when a row with the same `keys` is there, updates its `columns`
    // instead (an upsert); without columns, leaves that row as it is. The same words on both
    // engines: SQLite took PostgreSQL's.
    QString onConflict(const QStringList& keys, const QStringList& columns) const;
    // The ids of the records of the entity numbered `entityNumber` (search/SearchIndex) whose
    // words match the bound `:search` expression.
    virtual QString searchMatches(int entityNumber) const = 0;

    // The schema version recorded in the database (0 for a new one), and recording it, within the
    // migration's transaction.
    virtual Result<int> schemaVersion(const QSqlDatabase& db) const = 0;
    virtual Status setSchemaVersion(const QSqlDatabase& db, int version) const = 0;

    struct BrokenReference
    {
        QString table;
        QString row;
        QString parent;
    };
    // What the engine finds damaged in its storage (empty: nothing), and rows whose foreign keys
    // point nowhere.
    virtual Result<QStringList> storageProblems(const QSqlDatabase& db) const = 0;
    virtual QList<BrokenReference> brokenReferences(const QSqlDatabase& db) const = 0;

    // How a transaction begins: a write takes its lock at once, so that a busy database is
    // reported at the start rather than half-way; a read is one snapshot for all its statements.
    virtual QString beginWrite() const = 0;
    virtual QString beginSnapshot() const = 0;

    // Changes committed by other connections (another adviser, window or program), for
    // DatabaseChanges. PostgreSQL: each write transaction runs `changeNotice()` before it commits
    // (a NOTIFY on `changeChannel()`, sent at the commit, not at all on a rollback); the others
    // LISTEN. SQLite: `dataVersion()` changes when another connection has committed.
    virtual QString changeNotice() const = 0;
    static QString changeChannel();
    virtual std::optional<qint64> dataVersion(const QSqlDatabase& db) const = 0;

    // A whole, consistent copy of the database written into the new file `path`; on failure,
    // `what` (translated) followed by the cause.
    virtual Status copyInto(const QSqlDatabase& db, const QString& path, const QString& what) const = 0;

    // What a copy of a whole database into another engine (backup/DatabaseCopy) reads from the
    // schema itself, so that a table a later migration adds is copied without a list to update:
    // the tables that hold rows (not views, not the engine's own bookkeeping: FTS5's tables,
    // PostgreSQL's schema_version), by name; the foreign keys between them; and, once rows were
    // written with their ids, the identity columns set to give ids past the largest (PostgreSQL's
    // sequences; SQLite takes the largest rowid + 1 by itself).
    struct Reference
    {
        QString table;
        QString column;
        QString parent;
    };
    Result<QStringList> dataTables(const QSqlDatabase& db) const;
    Result<QList<Reference>> references(const QSqlDatabase& db) const;
    virtual Status continueIdentities(const QSqlDatabase& db) const = 0;
    // Such a copy writes the records with their stored sort keys (migration 013), then their
    // links, each of which has the keys of its record computed again by a trigger: the source's
    // keys may be wrong (another program's) or another engine's (SQLite lower-cases ASCII only),
    // so the copy writes every record's keys once after the rows (rewriteSortKeys). On
    // PostgreSQL, whose per-link triggers were the whole cost of a copy, suspendSortKeys() stops
    // them for the rest of the copy's transaction and resumeSortKeys() restarts them; SQLite's
    // triggers cost little, and both do nothing there.
    virtual Status suspendSortKeys(const QSqlDatabase& db) const = 0;
    virtual Status resumeSortKeys(const QSqlDatabase& db) const = 0;
    // Every record's stored sort keys computed again from its links, by the statements of
    // migration 013's first filling, on either engine.
    static Status rewriteSortKeys(const QSqlDatabase& db);

protected:
    // The catalogue queries behind dataTables() and references(), in the engine's own words:
    // the tables' names; the foreign keys as (table, column, parent table) rows.
    virtual QString dataTablesQuery() const = 0;
    virtual QString referencesQuery() const = 0;

    // `text` as an SQL string literal.
    static QString quoted(const QString& text);
};

#pragma once

#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

// A set of record ids that an SQLite statement tests in constant time: the condition
// condition("p.id", ":matches") with the set bound to :matches (Statement::bind(name, IdSet)).
// SQLite's own `IN (subquery)` puts its ids in a temporary b-tree, about 1.5 µs an id: the walk
// of a list against the 34,000 matches of « lyo » at a million records spent 50 ms building it
// (docs/performance.md). SQLite through its C API only (available()); elsewhere the caller keeps
// its `IN`.
class IdSet
{
public:
    // Whether statements on `db` can test an IdSet: an SQLite connection whose library is ours,
    // opened by Database (which installs the test on each of its connections).
    static bool available(const QSqlDatabase& db);
    // Installs the SQL function behind condition() on an SQLite connection (Database does).
    static void install(const QSqlDatabase& db);
    // "the id `idExpression` is in the set bound to `placeholder`", an SQL condition.
    static QString condition(const QString& idExpression, const QString& placeholder);

    // The name under which Statement binds a set (SQLite's pointer-passing interface: a value SQL
    // cannot forge, given only to a function that asks for this name).
    static constexpr char kPointerType[] = "observatoire_id_set";

    // The integers of the first column of `query`'s rows, all read, and how many rows they were
    // (repeats included) into `rows` when given; none when it fails.
    static std::optional<IdSet> read(class Statement& query, qint64* rows = nullptr);

    void insert(qint64 id);
    bool contains(qint64 id) const;

private:
    // Ids an observatory gives (from 1 up, a row at a time) in a bit each, 4 to 6 MB at most
    // (the search index's entries, id × 8 + a number, 1 MB at a million records);
    // an id past them (a file whose ids were set by hand) in a hash, so that no id makes the
    // bits grow without bound.
    static constexpr qint64 kDenseIds = qint64(1) << 25;
    std::vector<quint64> m_words;
    QSet<qint64> m_sparse;
};

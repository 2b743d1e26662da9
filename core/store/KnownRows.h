#pragma once

#include <QHash>
#include <QSet>
#include <QString>

// Rows that one import has seen to exist: the reference codes its records name and the records
// it matched or created. Within the import's transaction, which deletes nothing, a row that
// existed still exists; so the stores' validation asks the database about each row once rather
// than on every line that names it (a file of a million partnerships names the same few codes on
// every line, and most actors and partners on several). Memory stays flat: a table's set is
// emptied when full, which only costs a lookup again.
class KnownRows
{
public:
    // A reference code, or the id of a record.
    bool contains(const QString& table, const QString& code) const;
    bool contains(const QString& table, qint64 id) const;

    void add(const QString& table, const QString& code);
    void add(const QString& table, qint64 id);

private:
    QHash<QString, QSet<QString>> m_codes;
    QHash<QString, QSet<qint64>> m_records;
};

#pragma once

#include "common/OwnerRanges.h"

#include <QSqlDatabase>
#include <QString>

#include <string>
#include <unordered_map>
#include <vector>

// The linked values of every record of a large export that come from a small vocabulary — its
// themes, countries, goals — read in one query ordered by record, each distinct value kept once
// (a million records name a few dozen themes). Read per batch of records instead, the lists were
// a fifth of an export of a million partnerships (docs/performance.md). A small export keeps each
// batch's lists in it too. Values are kept and given as the database's UTF-8.
class VocabularyCells
{
public:
    // `sql` gives the record's id, its `fields` values, then `keys` values that order a record's
    // values in its cells; rows ordered by record. False, with error(), when it could not be read.
    bool read(const QSqlDatabase& db, const QString& sql, int fields, int keys);
    QString error() const { return m_error; }

    // A record's cells in `cells`, one per field: each field's values joined by "|". False when
    // the record has none.
    bool cells(qint64 recordId, std::vector<std::string>& cells) const;

private:
    OwnerRanges m_owners;                // each record's values in m_values
    std::vector<int> m_values;           // numbers of the distinct values
    std::vector<std::string> m_distinct; // the fields of each distinct value, one after the other
    int m_fields = 0;
    QString m_error;
};

#pragma once

#include <QtGlobal>

#include <utility>
#include <vector>

// Rows read grouped by the record that owns them (a link table read in the order of its records'
// ids): where each record's rows begin and end, found by id at once — a large export looks its
// records up in the list's order, not by id. While the ids are dense, as SQLite gives them, one
// table by id holds where each record's rows begin (4 bytes a record, nothing more); ids far
// apart (written from elsewhere, or negative) are kept in a list searched by halves instead.
class OwnerRanges
{
public:
    // The next row belongs to `owner`; owners come in increasing order.
    void add(qint64 owner);
    // Call once every row is added.
    void finish();
    // The rows of `owner`, [first, second); empty when it has none.
    std::pair<int, int> rows(qint64 owner) const;

private:
    void becomeSparse();

    bool m_dense = true;
    std::vector<int> m_firstRows; // dense: by id, where its rows begin; then the number of rows
    std::vector<qint64> m_owners; // sparse: the owners, in order…
    std::vector<int> m_starts;    // …where each one's rows begin; then the number of rows
    int m_rows = 0;
};

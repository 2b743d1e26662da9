#pragma once

#include <QHash>
#include <QList>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

// The records of one batch of an export, as read: their values one after the other in UTF-8,
// each named by where it is (a few allocations for five hundred records of twenty columns),
// and the rows handed out in the export's order once complete.
class ExportBatch
{
public:
    // A value as read, or null; valid while the row is handed out.
    struct Value
    {
        std::string_view text;
        bool null = true;
    };
    using Row = std::vector<Value>;

    ExportBatch() = default;
    // The records `ids`, in the export's order, with `columns` values each.
    ExportBatch(QList<qint64> ids, size_t columns);

    const QList<qint64>& ids() const { return m_ids; }
    // A row for the record `id` (the database gives them in its own order): its number.
    size_t addRow(qint64 id);
    // Each record read, with its row's number.
    const QHash<qint64, size_t>& rows() const { return m_rowOf; }
    // `text` is the value of `column` in row `row`.
    void keep(size_t row, size_t column, std::string_view text);

    // Hands the rows to `write` in the order of ids(), leaving out a record not read (deleted
    // since the ids were). The rows written, or -1 when `write` refused one.
    int write(const std::function<bool(const Row&)>& write) const;

private:
    struct Place
    {
        size_t start = 0;
        size_t size = 0;
        bool null = true;
    };

    QList<qint64> m_ids;
    size_t m_columns = 0;
    std::string m_bytes;
    std::vector<Place> m_places; // row by row
    QHash<qint64, size_t> m_rowOf;
};

#include "ExportBatch.h"

ExportBatch::ExportBatch(QList<qint64> ids, size_t columns)
    : m_ids(std::move(ids))
    , m_columns(columns)
    , m_places(static_cast<size_t>(m_ids.size()) * columns)
{
}

size_t ExportBatch::addRow(qint64 id)
{
    const size_t row = static_cast<size_t>(m_rowOf.size());
    m_rowOf.insert(id, row);
    return row;
}

void ExportBatch::keep(size_t row, size_t column, std::string_view text)
{
    m_places[row * m_columns + column] = {m_bytes.size(), text.size(), false};
    m_bytes.append(text);
}

int ExportBatch::write(const std::function<bool(const Row&)>& write) const
{
    // The views are made now: the bytes move as they grow while the batch is read.
    const std::string_view bytes(m_bytes);
    Row row(m_columns);
    int written = 0;
    for (const qint64 id : m_ids) {
        const auto found = m_rowOf.constFind(id);
        if (found == m_rowOf.cend())
            continue;
        for (size_t i = 0; i < m_columns; ++i) {
            const Place& place = m_places[*found * m_columns + i];
            row[i] = {bytes.substr(place.start, place.size), place.null};
        }
        if (!write(row))
            return -1;
        ++written;
    }
    return written;
}

#pragma once

#include <QHash>
#include <QStringView>

// The records of one table by a key of what makes two rows of a file name the same record (a
// partnership's nature, actors and partners), kept in memory for one import. Looking a row's
// record up in the database walked every record sharing one of its links: with a few actors
// named on every row of a survey, each row read a sixteenth of the table, and the import grew
// with the square of its size (docs/performance.md). Here a row costs one probe, whatever the
// size of the table: the keys are read once, when the first row needs them, and the import adds
// the key of each record it writes.
//
// A key is a 64-bit digest: a record found must still be compared with the row (two rows may
// share a digest, and a record the import changed keeps its old key as well); a key missing
// proves that no record has it.
class RecordKeys
{
public:
    using Key = quint64;

    // A key made of values added one at a time: the same values in the same order give the same key.
    class Builder
    {
    public:
        Builder& add(QStringView text);
        Builder& add(qint64 value);
        Key key() const { return m_key; }

    private:
        Key m_key = 0;
    };

    bool isFilled() const { return m_filled; }
    // Says that every stored record's key has been added.
    void setFilled() { m_filled = true; }

    // The lowest id of a record with this key, or 0.
    qint64 find(Key key) const { return m_ids.value(key, 0); }
    // Adds a record's key; a key keeps its lowest id.
    void add(Key key, qint64 id);

    void clear();

private:
    QHash<Key, qint64> m_ids;
    bool m_filled = false;
};

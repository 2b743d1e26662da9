#pragma once

#include <QByteArray>
#include <QIODevice>

#include <algorithm>
#include <cstring>

// A device that gives its bytes a few at a time, as a slow pipe would: a reader that asks for a
// chunk gets `piece` bytes at most, so the boundaries between its chunks fall at every place of
// the input instead of every 64 KiB. Header only: the fuzz targets use it too.
class TrickleDevice : public QIODevice
{
public:
    TrickleDevice(QByteArray bytes, qint64 piece)
        : m_bytes(std::move(bytes))
        , m_piece(std::max<qint64>(piece, 1))
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_bytes.size() - m_at + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 size = std::min({maxSize, m_piece, m_bytes.size() - m_at});
        if (size <= 0)
            return 0;
        std::memcpy(data, m_bytes.constData() + m_at, static_cast<size_t>(size));
        m_at += size;
        return size;
    }
    qint64 writeData(const char* /*data*/, qint64 /*size*/) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_piece;
    qint64 m_at = 0;
};

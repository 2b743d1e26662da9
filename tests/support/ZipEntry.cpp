#include "ZipEntry.h"

#include <QtEndian>

#include <zlib.h>

namespace {

constexpr quint32 kLocalHeader = 0x04034b50;
constexpr int kLocalHeaderSize = 30;

QByteArray inflateRaw(const QByteArray& compressed, quint32 size)
{
    QByteArray out(static_cast<qsizetype>(size), Qt::Uninitialized);
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return {};
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.constData()));
    stream.avail_in = static_cast<uInt>(compressed.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int status = inflate(&stream, Z_FINISH);
    inflateEnd(&stream);
    return status == Z_STREAM_END ? out : QByteArray();
}

} // namespace

// The sizes are read from the central directory, since a streaming writer leaves them out of
// the local headers.
QByteArray zipEntry(const QByteArray& archive, const QString& name)
{
    const QByteArray wanted = name.toUtf8();
    const auto u16 = [&](qsizetype at) { return qFromLittleEndian<quint16>(archive.constData() + at); };
    const auto u32 = [&](qsizetype at) { return qFromLittleEndian<quint32>(archive.constData() + at); };
    for (qsizetype at = archive.indexOf("PK\x01\x02"); at >= 0 && at + 46 <= archive.size();
         at = archive.indexOf("PK\x01\x02", at + 4)) {
        const quint16 method = u16(at + 10);
        const quint32 compressedSize = u32(at + 20);
        const quint32 size = u32(at + 24);
        const quint16 nameLength = u16(at + 28);
        const quint32 localOffset = u32(at + 42);
        if (archive.mid(at + 46, nameLength) != wanted || u32(localOffset) != kLocalHeader)
            continue;
        const qsizetype data = localOffset + kLocalHeaderSize + u16(localOffset + 26) + u16(localOffset + 28);
        const QByteArray bytes = archive.mid(data, compressedSize);
        return method == 0 ? bytes : inflateRaw(bytes, size);
    }
    return {};
}

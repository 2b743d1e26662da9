#include "SqliteFileHeader.h"

#include <QFile>
#include <QFileInfo>

namespace {

constexpr int kHeaderSize = 100;

quint32 bigEndian32(const QByteArray& bytes, int offset)
{
    const auto byte = [&](int i) {
        return static_cast<quint32>(static_cast<unsigned char>(bytes.at(offset + i)));
    };
    return (byte(0) << 24) | (byte(1) << 16) | (byte(2) << 8) | byte(3);
}

} // namespace

SqliteFileHeader SqliteFileHeader::read(const QString& path)
{
    SqliteFileHeader header;
    const QFileInfo info(path);
    header.exists = info.exists();
    if (!header.exists)
        return header;
    header.size = info.size();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return header;
    header.readable = true;
    const QByteArray bytes = file.read(kHeaderSize);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (bytes.size() < kHeaderSize || !bytes.startsWith(magic))
        return header;
    header.isSqlite = true;
    header.pageCount = bigEndian32(bytes, 28);
    header.userVersion = bigEndian32(bytes, 60);
    header.applicationId = bigEndian32(bytes, 68);
    return header;
}

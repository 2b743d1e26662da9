#include "StableId.h"

#include <QByteArray>
#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

namespace StableId {

QString create()
{
    QByteArray bytes(16, '\0');
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(bytes.data()), 4);
    const quint64 milliseconds = static_cast<quint64>(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<char>((milliseconds >> (8 * (5 - i))) & 0xFF);
    bytes[6] = static_cast<char>(0x70 | (bytes[6] & 0x0F)); // version 7
    bytes[8] = static_cast<char>(0x80 | (bytes[8] & 0x3F)); // variant of RFC 9562
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

} // namespace StableId

#include "DemoRandom.h"

#include <QUuid>

#include <cmath>

double DemoRandom::normal(double mean, double deviation)
{
    const double u1 = std::max(unit(), 1e-12);
    const double u2 = unit();
    return mean + deviation * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

QString DemoRandom::pick(const QList<DemoData::Weighted>& weighted)
{
    int total = 0;
    for (const DemoData::Weighted& entry : weighted)
        total += entry.weight;
    int draw = below(total);
    for (const DemoData::Weighted& entry : weighted) {
        if (draw < entry.weight)
            return QString::fromLatin1(entry.code);
        draw -= entry.weight;
    }
    return QString::fromLatin1(weighted.last().code);
}

QString DemoRandom::uuid()
{
    // A version-4 UUID made of our own random bits.
    const std::uint32_t a = m_engine();
    const std::uint16_t b = static_cast<std::uint16_t>(m_engine());
    const std::uint16_t c = static_cast<std::uint16_t>((m_engine() & 0x0fff) | 0x4000);
    uchar d[8];
    for (uchar& byte : d)
        byte = static_cast<uchar>(m_engine());
    d[0] = static_cast<uchar>((d[0] & 0x3f) | 0x80);
    return QUuid(a, b, c, d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]).toString(QUuid::WithoutBraces);
}

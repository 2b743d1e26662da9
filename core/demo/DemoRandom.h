#pragma once

#include "DemoData.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <random>

// The demo's random numbers: a fixed generator with our own distributions, so that a given
// seed gives the same observatory on every platform and standard library.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint32_t seed)
        : m_engine(seed)
    {
    }

    // In [0, bound).
    int below(int bound)
    {
        return bound <= 0 ? 0 : static_cast<int>(m_engine() % static_cast<std::uint32_t>(bound));
    }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    double unit() { return static_cast<double>(m_engine()) / 4294967296.0; }
    // A normal deviate (Box-Muller).
    double normal(double mean, double deviation);
    QString pick(const QList<DemoData::Weighted>& weighted);
    QString uuid();

private:
    std::mt19937 m_engine;
};

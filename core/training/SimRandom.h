// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cstdint>
#include <utility>

namespace dispatch {

/// The simulation's random numbers: xoshiro256** seeded through splitmix64, with its own uniform draws, so that a
/// seed gives the same numbers on every machine and library (the standard distributions may differ).
class SimRandom
{
public:
    explicit SimRandom(quint64 seed)
    {
        quint64 x = seed;
        for (quint64& s : m_s) {
            x += 0x9e3779b97f4a7c15ULL;
            quint64 z = x;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            s = z ^ (z >> 31);
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    /// A whole number in [lo, hi].
    qint64 between(qint64 lo, qint64 hi)
    {
        if (hi <= lo)
            return lo;
        const quint64 span = quint64(hi - lo) + 1;
        return lo + qint64(next() % span);
    }
    qint64 between(std::pair<int, int> range) { return between(range.first, range.second); }
    /// A real number in [lo, hi).
    double real(double lo, double hi) { return lo + (hi - lo) * double(next() >> 11) * (1.0 / 9007199254740992.0); }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_s[4]{};
};

} // namespace dispatch

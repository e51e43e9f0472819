// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>

namespace dispatch {

/// How fast simulated time runs against the wall: paused, or 1× to 60×. Anchored at the last change, so that a
/// change of speed never makes simulated time jump; the wall time is always given (the console's timer, or a test).
class SimulationPace
{
public:
    explicit SimulationPace(qint64 simStartMs) : m_anchorSim(simStartMs) {}

    bool isPaused() const { return m_paused; }
    double speed() const { return m_speed; }

    /// Simulated time at this wall time.
    qint64 simAt(qint64 wallMs) const
    {
        return m_paused ? m_anchorSim : m_anchorSim + qint64(double(wallMs - m_anchorWall) * m_speed);
    }
    void pause(qint64 wallMs)
    {
        m_anchorSim = simAt(wallMs);
        m_anchorWall = wallMs;
        m_paused = true;
    }
    void resume(qint64 wallMs)
    {
        m_anchorSim = simAt(wallMs);
        m_anchorWall = wallMs;
        m_paused = false;
    }
    void setSpeed(double speed, qint64 wallMs)
    {
        m_anchorSim = simAt(wallMs);
        m_anchorWall = wallMs;
        m_speed = std::clamp(speed, 0.1, 600.0);
    }
    /// Moves simulated time on to `simMs` (the next event), never back.
    void jumpTo(qint64 simMs, qint64 wallMs)
    {
        m_anchorSim = std::max(simAt(wallMs), simMs);
        m_anchorWall = wallMs;
    }

private:
    qint64 m_anchorSim = 0;
    qint64 m_anchorWall = 0;
    double m_speed = 1.0;
    bool m_paused = true;
};

} // namespace dispatch

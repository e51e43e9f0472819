// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clocks/ResponsePolicy.h"

#include <QList>
#include <QString>

#include <optional>

namespace dispatch {

/// What a clock shows now.
enum class ClockStatus {
    Running,  ///< started, less than the warning share of its time used
    Warning,  ///< the warning share used, deadline not yet passed
    Breached, ///< still running past its deadline
    Met,      ///< stopped at or before its deadline
    Late,     ///< stopped after its deadline (a breach that has ended)
    Void      ///< stopped because it no longer applies (cancelled, merged, diverted)
};

/// One clock of one incident, as stored: its absolute deadline was fixed when it started.
struct IncidentClock
{
    qint64 id = 0;
    qint64 incidentId = 0;
    ClockKind kind = ClockKind::CallToDispatch;
    qint64 startedAtMs = 0;
    qint64 allowedMs = 0;
    qint64 deadlineMs = 0;
    qint64 stoppedAtMs = 0; ///< 0 while running
    QString outcome;        ///< met / breached / void once stopped
    qint64 breachedAtMs = 0;
    qint64 lateMs = 0;

    bool isRunning() const { return stoppedAtMs == 0; }
    qint64 remainingMs(qint64 nowMs) const { return deadlineMs - nowMs; }
    ClockStatus status(qint64 nowMs, double warningShare) const;
};

} // namespace dispatch

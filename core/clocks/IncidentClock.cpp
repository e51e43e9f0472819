// SPDX-License-Identifier: GPL-3.0-or-later
#include "clocks/IncidentClock.h"

namespace dispatch {

ClockStatus IncidentClock::status(qint64 nowMs, double warningShare) const
{
    if (!isRunning()) {
        if (outcome == QLatin1String("void"))
            return ClockStatus::Void;
        return outcome == QLatin1String("breached") ? ClockStatus::Late : ClockStatus::Met;
    }
    if (nowMs > deadlineMs)
        return ClockStatus::Breached;
    if (double(nowMs - startedAtMs) >= warningShare * double(allowedMs))
        return ClockStatus::Warning;
    return ClockStatus::Running;
}

} // namespace dispatch

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clocks/ResponsePolicy.h"

#include <QList>
#include <QString>

#include <optional>

namespace dispatch {

struct EventRecord;

/// A deadline missed, as announced: an incident's clock, or one unit's own sign-for (every unit sent has its
/// 30 s). Built from the event that stamped it, so a desk announces a breach stamped by another desk alike.
struct ClockBreach
{
    qint64 incidentId = 0;
    ClockKind kind = ClockKind::CallToDispatch;
    qint64 unitId = 0;       ///< set for one unit's sign-for
    QString callsign;
    qint64 deadlineMs = 0;
    qint64 allowedMs = 0;    ///< the time the clock gave (0 when an older event did not say)
    qint64 breachedAtMs = 0;

    bool isUnitSignFor() const { return unitId != 0; }
    /// The breach an event records (`clock.breached` or `unit.sign_for_late`), if it is one.
    static std::optional<ClockBreach> fromEvent(const EventRecord& e);
};

} // namespace dispatch

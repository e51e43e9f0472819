// SPDX-License-Identifier: GPL-3.0-or-later
#include "clocks/ClockBreach.h"

#include "domain/EventKinds.h"
#include "store/EventLog.h"

#include <QJsonObject>

#include <cmath>

namespace dispatch {

std::optional<ClockBreach> ClockBreach::fromEvent(const EventRecord& e)
{
    const bool unit = e.kind == events::kUnitSignForLate;
    if (!unit && e.kind != events::kClockBreached)
        return std::nullopt;
    const QJsonObject p = e.payloadObject();
    ClockBreach b;
    b.incidentId = e.entityId;
    if (unit) {
        b.kind = ClockKind::SignFor;
        b.unitId = p.value(QStringLiteral("unit_id")).toInteger();
        b.callsign = p.value(QStringLiteral("callsign")).toString();
    } else {
        const std::optional<ClockKind> kind = ResponsePolicy::kindFromCode(p.value(QStringLiteral("clock")).toString());
        if (!kind)
            return std::nullopt;
        b.kind = *kind;
    }
    b.deadlineMs = p.value(QStringLiteral("deadline")).toInteger();
    // Seconds, possibly fractional; a value beyond a year (a forged or damaged payload) reads as none, never converted.
    const double allowedSeconds = p.value(QStringLiteral("allowed_seconds")).toDouble();
    b.allowedMs = allowedSeconds >= 0 && allowedSeconds <= 366.0 * 86400 ? qint64(std::llround(allowedSeconds * 1000.0)) : 0;
    b.breachedAtMs = e.atMs;
    return b;
}

} // namespace dispatch

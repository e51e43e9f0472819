// SPDX-License-Identifier: GPL-3.0-or-later
#include "clocks/ClockBreach.h"

#include "domain/EventKinds.h"
#include "store/EventLog.h"

#include <QJsonObject>

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
    b.allowedMs = qint64(p.value(QStringLiteral("allowed_seconds")).toDouble() * 1000.0);
    b.breachedAtMs = e.atMs;
    return b;
}

} // namespace dispatch

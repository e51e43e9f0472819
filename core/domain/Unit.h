// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/UnitState.h"
#include "geo/GeoPoint.h"

#include <QString>

#include <optional>

namespace dispatch {

/// A unit (警力单元): a patrol car, a station car, a mediator team … with its current state.
struct Unit
{
    qint64 id = 0;
    QString callsign;
    QString type;              ///< unit type code (taxonomy "unit_types")
    int officers = 0;          ///< 民警
    int auxiliaries = 0;       ///< 辅警
    qint64 stationId = 0;      ///< home police station, 0 if none
    qint64 stagingPointId = 0; ///< home staging point (屯警点), 0 if none
    UnitState state = UnitState::AvailablePatrol;
    qint64 stateSinceMs = 0;
    qint64 incidentId = 0;     ///< the incident it is committed to, 0 if none
    std::optional<GeoPoint> position;
    qint64 fixAtMs = 0;        ///< time of the last good position fix, 0 if none
    QString certificateNo;         ///< a mediator's certificate (调解员证), empty if none
    qint64 certificateExpiresMs = 0; ///< the first instant the certificate is no longer valid
    qint64 rowVersion = 0;           ///< raised by every change of the stored row but a position fix

    // Derived when read, from the unit's open assignment (0 when it has none).
    qint64 signForDeadlineMs = 0; ///< when it must sign for the dispatch (签收)
    qint64 signedForAtMs = 0;     ///< when it signed for, 0 while not yet

    /// A certified mediator may mediate: a certificate that has not expired at `nowMs`.
    bool hasValidCertificate(qint64 nowMs) const { return !certificateNo.isEmpty() && nowMs < certificateExpiresMs; }
    bool isAvailable() const { return UnitLifecycle::isAvailable(state); }
    bool isOnDuty() const { return UnitLifecycle::isOnDuty(state); }
    bool isCommitted() const { return UnitLifecycle::isCommitted(state); }
    /// Dispatched and not signed for past the deadline.
    bool signForOverdue(qint64 nowMs) const
    {
        return signForDeadlineMs && !signedForAtMs && nowMs > signForDeadlineMs;
    }
};

/// A position reported for a unit (AVL, a replay, the demo's motion).
struct PositionFix
{
    qint64 unitId = 0;
    GeoPoint position;
    qint64 atMs = 0;
};

} // namespace dispatch

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/UnitState.h"
#include "geo/GeoPoint.h"

#include <QString>

namespace dispatch {

/// Why a unit stopped working an incident.
enum class Release {
    Cleared,    ///< done on scene, free again (清警)
    Recalled,   ///< called back before reaching the scene
    Reassigned, ///< sent to another incident
    Closed      ///< the incident was closed, transferred, diverted, merged or cancelled while it was assigned
};

QString releaseCode(Release r);

/// One unit sent to one incident (派警记录): the unit's steps on that incident, as stored. A unit has at
/// most one open assignment (the store refuses a second), which is what its status and "current incident"
/// are derived from on every screen.
struct Assignment
{
    qint64 id = 0;
    qint64 incidentId = 0;
    qint64 unitId = 0;
    qint64 dispatchedAtMs = 0;
    qint64 dispatchedBy = 0;     ///< user id, 0 for a tool
    qint64 signForDeadlineMs = 0; ///< dispatched + the policy's sign-for time (签收时限)
    qint64 acknowledgedAtMs = 0; ///< 0 until signed for
    qint64 enRouteAtMs = 0;
    qint64 onSceneAtMs = 0;
    qint64 releasedAtMs = 0;     ///< 0 while open
    QString release;             ///< release code once released
    int distanceM = -1;          ///< as recommended when dispatched, -1 if unknown
    int etaSeconds = -1;
    bool committedOverride = false; ///< taken from another incident for a priority-1 call
    std::optional<GeoPoint> from;   ///< where the unit was when sent (its fix, else its staging point or station)

    bool isOpen() const { return releasedAtMs == 0; }
    /// The furthest step reached: Dispatched, Acknowledged, EnRoute or OnScene.
    UnitState stage() const
    {
        if (onSceneAtMs)
            return UnitState::OnScene;
        if (enRouteAtMs)
            return UnitState::EnRoute;
        if (acknowledgedAtMs)
            return UnitState::Acknowledged;
        return UnitState::Dispatched;
    }
    /// Whether the sign-for is late: signed after its deadline, or still unsigned past it at `nowMs`.
    bool signForLate(qint64 nowMs) const
    {
        return acknowledgedAtMs ? acknowledgedAtMs > signForDeadlineMs : (isOpen() && nowMs > signForDeadlineMs);
    }
};

/// The result a unit reports from the scene (反馈): free text and a disposition code (taxonomy).
struct Feedback
{
    qint64 id = 0;
    qint64 incidentId = 0;
    qint64 unitId = 0; ///< 0 when given by the desk for the incident as a whole
    qint64 atMs = 0;
    qint64 byUser = 0;
    QString result;
    QString disposition;
};

} // namespace dispatch

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Assignment.h"
#include "domain/Incident.h"
#include "domain/Unit.h"

#include <QCoreApplication>
#include <QList>

namespace dispatch {

class CommandContext;

/// One unit chosen for an incident, with what the recommendation said about it (kept with the assignment).
struct DispatchPick
{
    qint64 unitId = 0;
    int distanceM = -1;
    int etaSeconds = -1;
};

/// Sending units and following them: dispatch, signed for, en route, on scene, feedback, clear, and the
/// release of every unit when an incident ends. The incident's state follows its units: before arrival it
/// is the furthest step of any unit still assigned (back to "triaged" when none is left); from the first
/// arrival on it stays on scene until the feedback. Unit and incident are written in the same transaction,
/// with an event on each, so that no screen can show one without the other.
class DispatchCommands
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::DispatchCommands)

public:
    /// Sends the units. A unit committed elsewhere is refused unless `reassign` is set; then it leaves its
    /// incident (released as "reassigned", recorded on both incidents).
    static void dispatch(CommandContext& ctx, qint64 incidentId, const QList<DispatchPick>& picks, bool reassign);
    /// Signed for, en route or on scene: a later step of the unit's open assignment (steps may be skipped).
    static void advance(CommandContext& ctx, qint64 unitId, UnitState step);
    /// The unit leaves its incident (cleared after arrival, recalled before) and becomes `to`.
    static void clear(CommandContext& ctx, qint64 unitId, UnitState to, const QString& reason);
    /// Result and disposition from the scene; the first moves the incident to "feedback given".
    static void feedback(CommandContext& ctx, qint64 incidentId, qint64 unitId, const QString& result,
                         const QString& disposition);
    /// Releases every unit still assigned to an incident that is ending (closed, transferred, diverted,
    /// merged, cancelled); called from the incident's transition.
    static void releaseAll(CommandContext& ctx, const Incident& incident);

private:
    static void release(CommandContext& ctx, Assignment& a, Unit& unit, Release why, UnitState to,
                        const QString& reason, qint64 toIncidentId = 0);
    static void followUnits(CommandContext& ctx, qint64 incidentId);
};

} // namespace dispatch

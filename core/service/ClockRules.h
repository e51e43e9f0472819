// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clocks/ClockBreach.h"
#include "domain/Incident.h"

#include <QCoreApplication>

namespace dispatch {

class CommandContext;

/// When each clock starts and stops, driven by the incident's lifecycle (inside the command's transaction):
///  - a new call starts "call to dispatch" (by priority) and "closure", both from the receive time;
///  - the first dispatch stops "call to dispatch" and starts "sign-for" (30 s) and "arrival" (by the zone's
///    circle tier, relaxed by priority);
///  - signed for stops "sign-for"; on scene stops "sign-for" and "arrival" and starts "first feedback";
///  - feedback stops "first feedback"; closing stops what still runs;
///  - diverted, merged or cancelled voids what still runs (it no longer applies and is not counted).
class ClockRules
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::ClockRules)

public:
    static void onCreated(CommandContext& ctx, const Incident& incident);
    static void onTransition(CommandContext& ctx, const Incident& incident, IncidentState from, IncidentState to);
    /// Stamps every running clock past its deadline as breached, once, with an event carrying the late
    /// seconds (`clock.breached`); likewise every unit sent that has not signed for by its own deadline
    /// (`unit.sign_for_late`). Returns the breaches, in deadline order.
    static QList<ClockBreach> sweep(CommandContext& ctx);
};

} // namespace dispatch

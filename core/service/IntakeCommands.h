// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Incident.h"
#include "domain/WorkOrder.h"

#include <QCoreApplication>

namespace dispatch {

class CommandContext;
class TriageRuleSet;

/// Intake commands: a call saved as a new incident (with its triage, diversion, links and repeat marks),
/// a call merged into an existing incident, links, and the work orders of diverted calls.
class IntakeCommands
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::IntakeCommands)

public:
    /// Creates the incident; when the draft diverts, the incident goes to "diverted" with a work order
    /// "sent" to the agency. A choice that differs from the proposal is recorded as an override.
    static qint64 createFromCall(CommandContext& ctx, const IncidentDraft& draft, const TriageRuleSet& rules);
    /// The call becomes an additional caller of `targetId` (not a new incident); marks a repeat.
    static void mergeCall(CommandContext& ctx, qint64 targetId, const IncidentDraft& call, const TriageRuleSet& rules);
    static void link(CommandContext& ctx, qint64 incidentId, qint64 linkedId, const QString& reason);
    /// Moves a work order. Completed closes the incident; returned puts it back in the queue as a police
    /// incident of `policeCategory` and `priority`.
    static void advanceWorkOrder(CommandContext& ctx, qint64 workOrderId, WorkOrderState to, const QString& note,
                                 const QString& policeCategory, int priority);
};

} // namespace dispatch

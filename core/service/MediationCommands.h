// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Mediation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dispatch {

class CommandContext;
struct Unit;

/// Mediation (调解, "先期处置调解"): a dispute is handed to a certified mediator — a unit of type "mediator" whose
/// certificate is valid at that moment — who has the policy's `mediation_seconds` to record the outcome: settled,
/// not settled (why) or referred (where). Sending a mediator to a dispute hands it over by itself. A missed
/// deadline is recorded once. The success rate (settled ÷ outcomes) is a report figure.
class MediationCommands
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::MediationCommands)

public:
    static qint64 assign(CommandContext& ctx, qint64 incidentId, qint64 unitId, const QString& note = {});
    static void record(CommandContext& ctx, qint64 mediationId, MediationOutcome outcome, const QString& note);
    /// Refuses a unit that may not mediate (not a mediator, no certificate or an expired one), naming why.
    static void requireCertified(CommandContext& ctx, const Unit& unit);
    static QList<qint64> sweepOverdue(CommandContext& ctx);
};

} // namespace dispatch

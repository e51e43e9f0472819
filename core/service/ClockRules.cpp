// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/ClockRules.h"

#include "domain/EventKinds.h"
#include "service/CommandContext.h"
#include "store/AssignmentRepository.h"
#include "store/ClockRepository.h"
#include "store/UnitRepository.h"

#include <algorithm>

namespace dispatch {

namespace {

// Starting and stopping a clock follows from the incident event of the same transaction (that event is
// the record); only a breach, which no incident event marks, gets an event of its own.
/// Starts the clocks of these kinds at `atMs` (one statement); `first`: the incident was made in this transaction.
void start(CommandContext& ctx, const Incident& i, std::initializer_list<ClockKind> kinds, qint64 atMs,
           bool first = false)
{
    QList<ClockRepository::Start> clocks;
    for (ClockKind kind : kinds)
        clocks.append({kind, atMs, ctx.policy().allowedMs(kind, i.priority, i.tier)});
    if (first)
        ClockRepository::startFirst(ctx.db(), i.id, clocks);
    else
        ClockRepository::start(ctx.db(), i.id, clocks);
}

void stop(CommandContext& ctx, const Incident& i, ClockKind kind, bool voided = false)
{
    ClockRepository::stop(ctx.db(), i.id, kind, ctx.now(), voided);
}

} // namespace

void ClockRules::onCreated(CommandContext& ctx, const Incident& i)
{
    start(ctx, i, {ClockKind::CallToDispatch, ClockKind::Closure}, i.receivedAtMs, true);
}

void ClockRules::onTransition(CommandContext& ctx, const Incident& i, IncidentState from, IncidentState to)
{
    Q_UNUSED(from);
    using S = IncidentState;
    switch (to) {
    case S::Dispatched:
        stop(ctx, i, ClockKind::CallToDispatch);
        start(ctx, i, {ClockKind::SignFor, ClockKind::Arrival}, ctx.now());
        break;
    case S::Acknowledged:
    case S::EnRoute:
        stop(ctx, i, ClockKind::SignFor);
        break;
    case S::OnScene:
        stop(ctx, i, ClockKind::SignFor);
        stop(ctx, i, ClockKind::Arrival);
        start(ctx, i, {ClockKind::FirstFeedback}, ctx.now());
        break;
    case S::FeedbackGiven:
        stop(ctx, i, ClockKind::FirstFeedback);
        break;
    case S::Closed:
    case S::Transferred:
        for (ClockKind k : {ClockKind::CallToDispatch, ClockKind::SignFor, ClockKind::Arrival, ClockKind::FirstFeedback})
            stop(ctx, i, k, true);
        stop(ctx, i, ClockKind::Closure);
        break;
    case S::Diverted:
    case S::Merged:
    case S::Cancelled:
        for (ClockKind k : {ClockKind::CallToDispatch, ClockKind::SignFor, ClockKind::Arrival, ClockKind::FirstFeedback,
                            ClockKind::Closure})
            stop(ctx, i, k, true);
        break;
    case S::Triaged:
    case S::Received:
        break;
    }
}

QList<ClockBreach> ClockRules::sweep(CommandContext& ctx)
{
    QList<ClockBreach> out;
    for (const IncidentClock& c : ClockRepository::dueBreaches(ctx.db(), ctx.now())) {
        ClockRepository::markBreached(ctx.db(), c.id, ctx.now());
        ctx.record(events::kClockBreached, QStringLiteral("incident"), c.incidentId,
                   {{QStringLiteral("clock"), ResponsePolicy::code(c.kind)},
                    {QStringLiteral("deadline"), c.deadlineMs},
                    {QStringLiteral("allowed_seconds"), double(c.allowedMs) / 1000.0},
                    {QStringLiteral("late_seconds"), double(ctx.now() - c.deadlineMs) / 1000.0}});
        out.append({c.incidentId, c.kind, 0, {}, c.deadlineMs, c.allowedMs, ctx.now()});
        ctx.touch(Entity::Incident, c.incidentId);
    }
    for (const Assignment& a : AssignmentRepository::dueSignForBreaches(ctx.db(), ctx.now())) {
        AssignmentRepository::markSignForBreached(ctx.db(), a.id, ctx.now());
        const std::optional<Unit> unit = UnitRepository::find(ctx.db(), a.unitId);
        const QString callsign = unit ? unit->callsign : QString();
        const qint64 allowed = a.signForDeadlineMs - a.dispatchedAtMs;
        ctx.record(events::kUnitSignForLate, QStringLiteral("incident"), a.incidentId,
                   {{QStringLiteral("unit_id"), a.unitId},
                    {QStringLiteral("callsign"), callsign},
                    {QStringLiteral("assignment_id"), a.id},
                    {QStringLiteral("deadline"), a.signForDeadlineMs},
                    {QStringLiteral("allowed_seconds"), double(allowed) / 1000.0},
                    {QStringLiteral("late_seconds"), double(ctx.now() - a.signForDeadlineMs) / 1000.0}});
        out.append({a.incidentId, ClockKind::SignFor, a.unitId, callsign, a.signForDeadlineMs, allowed, ctx.now()});
        ctx.touch(Entity::Unit, a.unitId);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ClockBreach& x, const ClockBreach& y) { return x.deadlineMs < y.deadlineMs; });
    return out;
}

} // namespace dispatch

// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/ClockRules.h"

#include "clocks/IncidentClock.h"
#include "service/CommandContext.h"

namespace dispatch {

namespace {

// Starting and stopping a clock follows from the incident event of the same transaction (that event is
// the record); only a breach, which no incident event marks, gets an event of its own.
void start(CommandContext& ctx, const Incident& i, ClockKind kind, qint64 atMs)
{
    ClockRepository::start(ctx.db(), i.id, kind, atMs, ctx.policy().allowedMs(kind, i.priority, i.tier));
}

void stop(CommandContext& ctx, const Incident& i, ClockKind kind, bool voided = false)
{
    ClockRepository::stop(ctx.db(), i.id, kind, ctx.now(), voided);
}

} // namespace

void ClockRules::onCreated(CommandContext& ctx, const Incident& i)
{
    start(ctx, i, ClockKind::CallToDispatch, i.receivedAtMs);
    start(ctx, i, ClockKind::Closure, i.receivedAtMs);
}

void ClockRules::onTransition(CommandContext& ctx, const Incident& i, IncidentState from, IncidentState to)
{
    Q_UNUSED(from);
    using S = IncidentState;
    switch (to) {
    case S::Dispatched:
        stop(ctx, i, ClockKind::CallToDispatch);
        start(ctx, i, ClockKind::SignFor, ctx.now());
        start(ctx, i, ClockKind::Arrival, ctx.now());
        break;
    case S::Acknowledged:
    case S::EnRoute:
        stop(ctx, i, ClockKind::SignFor);
        break;
    case S::OnScene:
        stop(ctx, i, ClockKind::SignFor);
        stop(ctx, i, ClockKind::Arrival);
        start(ctx, i, ClockKind::FirstFeedback, ctx.now());
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

QList<qint64> ClockRules::sweep(CommandContext& ctx)
{
    QList<qint64> incidents;
    for (const IncidentClock& c : ClockRepository::dueBreaches(ctx.db(), ctx.now())) {
        ClockRepository::markBreached(ctx.db(), c.id, ctx.now());
        ctx.record(QStringLiteral("clock.breached"), QStringLiteral("incident"), c.incidentId,
                   {{QStringLiteral("clock"), ResponsePolicy::code(c.kind)},
                    {QStringLiteral("deadline"), c.deadlineMs},
                    {QStringLiteral("late_seconds"), double(ctx.now() - c.deadlineMs) / 1000.0}});
        if (!incidents.contains(c.incidentId))
            incidents.append(c.incidentId);
        ctx.changes().incidents.insert(c.incidentId);
    }
    return incidents;
}

} // namespace dispatch

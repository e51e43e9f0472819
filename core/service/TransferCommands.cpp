// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/TransferCommands.h"

#include "clocks/ResponsePolicy.h"
#include "domain/EventKinds.h"
#include "domain/TextLimits.h"
#include "service/Board.h"
#include "service/CommandContext.h"
#include "service/IncidentCommands.h"
#include "store/TransferRepository.h"
#include "util/Result.h"

namespace dispatch {

qint64 TransferCommands::transfer(CommandContext& ctx, qint64 incidentId, qint64 stationId, const QString& reason)
{
    ctx.requireRole({Role::Dispatcher, Role::ShiftLeader, Role::Trainer});
    TextLimits::require(reason.trimmed(), TextLimits::kReason, QStringLiteral("reason"), tr("The reason"));
    Incident i = IncidentCommands::load(ctx, incidentId);
    const Station* station = ctx.board().station(stationId);
    if (!station)
        throw DispatchError(tr("no police station with id %1").arg(stationId), QStringLiteral("station"));
    if (reason.trimmed().isEmpty())
        throw DispatchError(tr("say why the incident goes to the station"), QStringLiteral("reason"));
    IncidentCommands::applyTransition(ctx, i, IncidentState::Transferred, reason.trimmed(),
                                      {{QStringLiteral("station"), station->name}});
    Transfer t;
    t.incidentId = i.id;
    t.stationId = station->id;
    t.reason = reason.trimmed();
    t.transferredAtMs = ctx.now();
    t.deadlineMs = ctx.now() + ctx.policy().transferSignForMs();
    t.id = TransferRepository::insert(ctx.db(), t);
    ctx.record(events::kTransferSent, QStringLiteral("transfer"), t.id,
               {{QStringLiteral("incident"), i.id},
                {QStringLiteral("number"), i.number},
                {QStringLiteral("station"), station->name},
                {QStringLiteral("reason"), t.reason},
                {QStringLiteral("deadline"), t.deadlineMs}});
    ctx.touch(Entity::Transfer, t.id);
    return t.id;
}

void TransferCommands::accept(CommandContext& ctx, qint64 transferId, const QString& signedBy)
{
    ctx.requireRole({Role::Dispatcher, Role::ShiftLeader, Role::Trainer});
    TextLimits::require(signedBy.trimmed(), TextLimits::kName, QStringLiteral("signed_by"), tr("Who signed for it"));
    std::optional<Transfer> t = TransferRepository::find(ctx.db(), transferId);
    if (!t)
        throw DispatchError(tr("no transfer with id %1").arg(transferId));
    if (!t->isOpen())
        throw DispatchError(tr("the station already signed for it"), QStringLiteral("transfer %1").arg(transferId));
    if (signedBy.trimmed().isEmpty())
        throw DispatchError(tr("say who signed for it at the station"), QStringLiteral("signed_by"));
    t->acceptedAtMs = ctx.now();
    t->acceptedBy = signedBy.trimmed();
    TransferRepository::update(ctx.db(), *t);
    const Incident i = IncidentCommands::load(ctx, t->incidentId);
    const Station* station = ctx.board().station(t->stationId);
    ctx.record(events::kTransferAccepted, QStringLiteral("transfer"), t->id,
               {{QStringLiteral("incident"), i.id},
                {QStringLiteral("number"), i.number},
                {QStringLiteral("station"), station ? station->name : QString()},
                {QStringLiteral("signed_by"), t->acceptedBy},
                {QStringLiteral("late_seconds"), t->lateMs(ctx.now()) / 1000}});
    ctx.touch(Entity::Transfer, t->id);
}

QList<qint64> TransferCommands::sweepOverdue(CommandContext& ctx)
{
    QList<qint64> ids;
    for (Transfer t : TransferRepository::dueOverdue(ctx.db(), ctx.now())) {
        t.overdueAtMs = ctx.now();
        TransferRepository::update(ctx.db(), t);
        const Incident i = IncidentCommands::load(ctx, t.incidentId);
        const Station* station = ctx.board().station(t.stationId);
        ctx.record(events::kTransferOverdue, QStringLiteral("transfer"), t.id,
                   {{QStringLiteral("incident"), i.id},
                    {QStringLiteral("number"), i.number},
                    {QStringLiteral("station"), station ? station->name : QString()},
                    {QStringLiteral("late_seconds"), t.lateMs(ctx.now()) / 1000}});
        ids << t.id;
        ctx.touch(Entity::Transfer, t.id);
    }
    return ids;
}

} // namespace dispatch

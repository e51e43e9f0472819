// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/UnitCommands.h"

#include "service/CommandContext.h"
#include "store/UnitRepository.h"
#include "util/Result.h"

namespace dispatch {

Unit UnitCommands::load(CommandContext& ctx, qint64 unitId)
{
    std::optional<Unit> u = UnitRepository::find(ctx.db(), unitId);
    if (!u)
        throw DispatchError(tr("no unit with id %1").arg(unitId));
    return std::move(*u);
}

void UnitCommands::applyTransition(CommandContext& ctx, Unit& u, UnitState to, const QString& reason,
                                   QJsonObject extra)
{
    const QString refusal = UnitLifecycle::refusal(u.state, to);
    if (!refusal.isEmpty())
        throw DispatchError(refusal, u.callsign);
    const UnitState from = u.state;
    u.state = to;
    u.stateSinceMs = ctx.now();
    UnitRepository::update(ctx.db(), u);
    extra.insert(QStringLiteral("callsign"), u.callsign);
    extra.insert(QStringLiteral("from"), UnitLifecycle::code(from));
    extra.insert(QStringLiteral("to"), UnitLifecycle::code(to));
    if (!reason.isEmpty())
        extra.insert(QStringLiteral("reason"), reason);
    ctx.record(QStringLiteral("unit.state_changed"), QStringLiteral("unit"), u.id, extra);
    ctx.changes().units.insert(u.id);
}

void UnitCommands::changeState(CommandContext& ctx, qint64 unitId, UnitState to, const QString& reason)
{
    ctx.requireRole({Role::Dispatcher, Role::ShiftLeader, Role::Trainer});
    Unit u = load(ctx, unitId);
    if (UnitLifecycle::isCommitted(to))
        throw DispatchError(tr("a unit is sent to an incident by dispatching it, not by setting its status"),
                            u.callsign);
    if (u.incidentId != 0)
        throw DispatchError(tr("%1 is committed to an incident; clear it from the incident first").arg(u.callsign),
                            u.callsign);
    applyTransition(ctx, u, to, reason.trimmed());
}

} // namespace dispatch

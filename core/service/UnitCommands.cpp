// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/UnitCommands.h"

#include "domain/EventKinds.h"
#include "domain/TextLimits.h"
#include "service/CommandContext.h"
#include "store/UnitRepository.h"
#include "util/Result.h"

#include <QJsonArray>
#include <QSet>

namespace dispatch {

Unit UnitCommands::load(CommandContext& ctx, qint64 unitId)
{
    std::optional<Unit> u = UnitRepository::find(ctx.db(), unitId);
    if (!u)
        throw DispatchError(tr("no unit with id %1").arg(unitId));
    return std::move(*u);
}

void UnitCommands::requireAsSeen(CommandContext& ctx, qint64 unitId, std::optional<qint64> seen)
{
    if (!seen)
        return;
    const Unit u = load(ctx, unitId);
    if (u.rowVersion == *seen)
        return;
    const QString who = ctx.lastChangeBy(QStringLiteral("unit"), u.id);
    throw DispatchError(tr("%1 changed since this screen showed it: it is now \"%2\" (last changed %3); look at it "
                           "again before repeating this")
                            .arg(u.callsign, UnitLifecycle::label(u.state), who),
                        u.callsign);
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
    ctx.record(events::kUnitStateChanged, QStringLiteral("unit"), u.id, extra);
    ctx.touch(Entity::Unit, u.id);
}

void UnitCommands::changeState(CommandContext& ctx, qint64 unitId, UnitState to, const QString& reason)
{
    ctx.requireRole({Role::Dispatcher, Role::ShiftLeader, Role::Trainer});
    TextLimits::require(reason.trimmed(), TextLimits::kReason, QStringLiteral("reason"), tr("The reason"));
    Unit u = load(ctx, unitId);
    if (UnitLifecycle::isCommitted(to))
        throw DispatchError(tr("a unit is sent to an incident by dispatching it, not by setting its status"),
                            u.callsign);
    if (u.incidentId != 0)
        throw DispatchError(tr("%1 is committed to an incident; clear it from the incident first").arg(u.callsign),
                            u.callsign);
    applyTransition(ctx, u, to, reason.trimmed());
}

void UnitCommands::changeDuty(CommandContext& ctx, const DutyChange& change)
{
    ctx.requireRole({Role::Dispatcher, Role::ShiftLeader, Role::Trainer});
    if (change.onDuty.isEmpty() && change.offDuty.isEmpty())
        throw DispatchError(tr("no unit comes on or goes off duty"));
    QSet<qint64> seen;
    QJsonArray on, off;
    const QString reason = change.shift.trimmed().isEmpty()
        ? tr("shift change")
        : tr("shift change: %1").arg(change.shift.trimmed());
    for (const qint64 id : change.onDuty) {
        Unit u = load(ctx, id);
        if (seen.contains(id))
            throw DispatchError(tr("%1 is listed twice").arg(u.callsign), u.callsign);
        seen.insert(id);
        if (u.isOnDuty())
            throw DispatchError(tr("%1 is already on duty").arg(u.callsign), u.callsign);
        applyTransition(ctx, u, u.stagingPointId ? UnitState::AvailableStaging : UnitState::AvailablePatrol, reason);
        on.append(u.callsign);
    }
    for (const qint64 id : change.offDuty) {
        Unit u = load(ctx, id);
        if (seen.contains(id))
            throw DispatchError(tr("%1 is listed twice").arg(u.callsign), u.callsign);
        seen.insert(id);
        if (!u.isOnDuty())
            throw DispatchError(tr("%1 is already off duty").arg(u.callsign), u.callsign);
        if (u.isCommitted() || u.incidentId != 0)
            throw DispatchError(tr("%1 is on an incident and cannot go off duty; clear it first").arg(u.callsign),
                                u.callsign);
        applyTransition(ctx, u, UnitState::OffDuty, reason);
        off.append(u.callsign);
    }
    QJsonObject payload{{QStringLiteral("on_duty"), on}, {QStringLiteral("off_duty"), off}};
    if (!change.shift.trimmed().isEmpty())
        payload.insert(QStringLiteral("shift"), change.shift.trimmed());
    ctx.record(events::kUnitsDutyChanged, QStringLiteral("shift"), 0, payload);
}

} // namespace dispatch

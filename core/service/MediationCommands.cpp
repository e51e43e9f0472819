// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/MediationCommands.h"

#include "clocks/ResponsePolicy.h"
#include "domain/EventKinds.h"
#include "domain/TextLimits.h"
#include "service/CommandContext.h"
#include "service/IncidentCommands.h"
#include "service/UnitCommands.h"
#include "store/MediationRepository.h"
#include "util/Result.h"

#include <QDateTime>

namespace dispatch {

namespace {

const QString kMediator = QStringLiteral("mediator");

} // namespace

void MediationCommands::requireCertified(CommandContext& ctx, const Unit& unit)
{
    if (unit.type != kMediator)
        throw DispatchError(tr("%1 is not a mediator").arg(unit.callsign), unit.callsign);
    if (unit.certificateNo.isEmpty())
        throw DispatchError(tr("%1 holds no mediator's certificate").arg(unit.callsign), unit.callsign);
    if (!unit.hasValidCertificate(ctx.now()))
        throw DispatchError(tr("the certificate %1 of %2 expired on %3")
                                .arg(unit.certificateNo, unit.callsign,
                                     QDateTime::fromMSecsSinceEpoch(unit.certificateExpiresMs - 1, ctx.timeZone())
                                         .date()
                                         .toString(Qt::ISODate)),
                            unit.callsign);
}

qint64 MediationCommands::assign(CommandContext& ctx, qint64 incidentId, qint64 unitId, const QString& note)
{
    ctx.requireRole({Role::Dispatcher, Role::ShiftLeader, Role::Trainer});
    TextLimits::require(note.trimmed(), TextLimits::kReason, QStringLiteral("note"), tr("The note"));
    const Incident i = IncidentCommands::load(ctx, incidentId);
    if (i.category != QLatin1String("dispute"))
        throw DispatchError(tr("only a dispute goes to a mediator; %1 is \"%2\"").arg(i.number, i.category),
                            QStringLiteral("category"));
    if (i.state == IncidentState::Merged || i.state == IncidentState::Cancelled || i.state == IncidentState::Diverted)
        throw DispatchError(tr("incident %1 is \"%2\": it is not mediated")
                                .arg(i.number, IncidentLifecycle::label(i.state)));
    if (MediationRepository::openForIncident(ctx.db(), incidentId))
        throw DispatchError(tr("incident %1 is already with a mediator").arg(i.number), QStringLiteral("mediation"));
    const Unit unit = UnitCommands::load(ctx, unitId);
    requireCertified(ctx, unit);

    Mediation m;
    m.incidentId = i.id;
    m.unitId = unit.id;
    m.certificateNo = unit.certificateNo;
    m.assignedAtMs = ctx.now();
    m.assignedBy = ctx.actor().username;
    m.deadlineMs = ctx.now() + ctx.policy().mediationMs();
    m.note = note.trimmed();
    m.id = MediationRepository::insert(ctx.db(), m);
    ctx.record(events::kMediationAssigned, QStringLiteral("mediation"), m.id,
               {{QStringLiteral("incident"), i.id},
                {QStringLiteral("number"), i.number},
                {QStringLiteral("unit_id"), unit.id},
                {QStringLiteral("callsign"), unit.callsign},
                {QStringLiteral("certificate"), unit.certificateNo},
                {QStringLiteral("deadline"), m.deadlineMs},
                {QStringLiteral("note"), m.note}});
    ctx.touch(Entity::Mediation, m.id);
    return m.id;
}

void MediationCommands::record(CommandContext& ctx, qint64 mediationId, MediationOutcome outcome, const QString& note)
{
    ctx.requireRole({Role::Dispatcher, Role::ShiftLeader, Role::Trainer});
    TextLimits::require(note.trimmed(), TextLimits::kNote, QStringLiteral("note"), tr("The note"));
    std::optional<Mediation> m = MediationRepository::find(ctx.db(), mediationId);
    if (!m)
        throw DispatchError(tr("no mediation with id %1").arg(mediationId));
    if (!m->isOpen())
        throw DispatchError(tr("its outcome is already recorded (%1)").arg(MediationCodes::label(m->outcome)),
                            QStringLiteral("mediation %1").arg(mediationId));
    if (outcome == MediationOutcome::None)
        throw DispatchError(tr("say how the mediation ended"), QStringLiteral("outcome"));
    if (outcome == MediationOutcome::NotSettled && note.trimmed().isEmpty())
        throw DispatchError(tr("say why the parties did not settle"), QStringLiteral("note"));
    if (outcome == MediationOutcome::Referred && note.trimmed().isEmpty())
        throw DispatchError(tr("say where the dispute was referred"), QStringLiteral("note"));
    m->outcome = outcome;
    m->note = note.trimmed();
    m->outcomeAtMs = ctx.now();
    m->outcomeBy = ctx.actor().username;
    MediationRepository::update(ctx.db(), *m);
    const Incident i = IncidentCommands::load(ctx, m->incidentId);
    ctx.record(events::kMediationPrefix + MediationCodes::code(outcome), QStringLiteral("mediation"), m->id,
               {{QStringLiteral("incident"), i.id},
                {QStringLiteral("number"), i.number},
                {QStringLiteral("outcome"), MediationCodes::code(outcome)},
                {QStringLiteral("note"), m->note},
                {QStringLiteral("late_seconds"), std::max<qint64>(0, ctx.now() - m->deadlineMs) / 1000}});
    ctx.touch(Entity::Mediation, m->id);
}

QList<qint64> MediationCommands::sweepOverdue(CommandContext& ctx)
{
    QList<qint64> ids;
    for (Mediation m : MediationRepository::dueOverdue(ctx.db(), ctx.now())) {
        m.overdueAtMs = ctx.now();
        MediationRepository::update(ctx.db(), m);
        ctx.record(events::kMediationOverdue, QStringLiteral("mediation"), m.id,
                   {{QStringLiteral("incident"), m.incidentId},
                    {QStringLiteral("unit_id"), m.unitId},
                    {QStringLiteral("late_seconds"), (ctx.now() - m.deadlineMs) / 1000}});
        ids << m.id;
        ctx.touch(Entity::Mediation, m.id);
    }
    return ids;
}

} // namespace dispatch

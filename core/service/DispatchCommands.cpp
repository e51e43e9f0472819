// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/DispatchCommands.h"

#include "clocks/ResponsePolicy.h"
#include "domain/EventKinds.h"
#include "domain/Taxonomy.h"
#include "domain/TextLimits.h"
#include "service/Board.h"
#include "service/CommandContext.h"
#include "service/IncidentCommands.h"
#include "service/MediationCommands.h"
#include "service/UnitCommands.h"
#include "store/AssignmentRepository.h"
#include "store/IncidentRepository.h"
#include "store/MediationRepository.h"
#include "store/UnitRepository.h"
#include "util/TimeFormat.h"

namespace dispatch {

namespace {

using S = IncidentState;

/// Incident states that follow the units (before anyone reached the scene).
bool followsUnits(IncidentState s)
{
    return s == S::Received || s == S::Triaged || s == S::Dispatched || s == S::Acknowledged || s == S::EnRoute;
}

IncidentState incidentStateFor(UnitState step)
{
    switch (step) {
    case UnitState::Acknowledged: return S::Acknowledged;
    case UnitState::EnRoute: return S::EnRoute;
    case UnitState::OnScene: return S::OnScene;
    default: return S::Dispatched;
    }
}

int rank(UnitState step)
{
    switch (step) {
    case UnitState::Dispatched: return 1;
    case UnitState::Acknowledged: return 2;
    case UnitState::EnRoute: return 3;
    case UnitState::OnScene: return 4;
    default: return 0;
    }
}

QJsonObject unitRef(const Unit& u)
{
    return {{QStringLiteral("unit_id"), u.id}, {QStringLiteral("callsign"), u.callsign}};
}

/// Why a unit cannot simply be sent: it is on another incident, sent there by someone (another desk, maybe a moment
/// ago, which this desk's screen may not show yet) — named, so that the dispatcher knows who got there first.
QString committedElsewhere(CommandContext& ctx, const Unit& unit, const Assignment& open)
{
    const QString number = IncidentRepository::number(ctx.db(), open.incidentId);
    const QString at = timefmt::local(open.dispatchedAtMs, ctx.timeZone()).mid(11);
    const AssignmentRepository::Sender by = AssignmentRepository::sentBy(ctx.db(), open);
    if (by.username.isEmpty())
        return DispatchCommands::tr("%1 is committed to incident %2 since %3; confirm the reassignment")
            .arg(unit.callsign, number, at);
    if (by.desk.isEmpty())
        return DispatchCommands::tr("%1 was sent to incident %2 by %3 at %4; confirm the reassignment")
            .arg(unit.callsign, number, by.username, at);
    return DispatchCommands::tr("%1 was sent to incident %2 by %3 at desk %4 at %5; confirm the reassignment")
        .arg(unit.callsign, number, by.username, by.desk, at);
}

} // namespace

void DispatchCommands::dispatch(CommandContext& ctx, qint64 incidentId, const QList<DispatchPick>& picks, bool reassign)
{
    ctx.requireRole({Role::Dispatcher, Role::ShiftLeader, Role::Trainer});
    if (picks.isEmpty())
        throw DispatchError(tr("choose at least one unit"), QStringLiteral("units"));
    Incident incident = IncidentCommands::load(ctx, incidentId);
    if (incident.state == S::Diverted)
        throw DispatchError(tr("incident %1 is diverted to a linked agency; return its work order first")
                                .arg(incident.number));
    if (!IncidentLifecycle::takesUnits(incident.state))
        throw DispatchError(tr("incident %1 is \"%2\": units are no longer sent to it")
                                .arg(incident.number, IncidentLifecycle::label(incident.state)));

    const qint64 signForMs = ctx.policy().allowedMs(ClockKind::SignFor, incident.priority, incident.tier);
    QSet<qint64> seen;
    for (const DispatchPick& pick : picks) {
        if (seen.contains(pick.unitId))
            continue;
        seen.insert(pick.unitId);
        Unit unit = UnitCommands::load(ctx, pick.unitId);
        if (!unit.isOnDuty())
            throw DispatchError(tr("%1 is off duty").arg(unit.callsign), unit.callsign);
        const bool mediator = unit.type == QLatin1String("mediator");
        if (mediator) {
            if (incident.category != QLatin1String("dispute"))
                throw DispatchError(tr("%1 is a mediator: mediators are sent to disputes only").arg(unit.callsign),
                                    unit.callsign);
            MediationCommands::requireCertified(ctx, unit);
        }
        bool committed = false;
        if (std::optional<Assignment> open = AssignmentRepository::openForUnit(ctx.db(), unit.id)) {
            if (open->incidentId == incidentId)
                throw DispatchError(tr("%1 is already assigned to incident %2").arg(unit.callsign, incident.number),
                                    unit.callsign);
            if (!reassign)
                throw DispatchError(committedElsewhere(ctx, unit, *open), unit.callsign);
            release(ctx, *open, unit, Release::Reassigned, unit.state, {}, incidentId);
            followUnits(ctx, open->incidentId);
            committed = true;
        } else if (unit.state == UnitState::Busy && !reassign) {
            throw DispatchError(tr("%1 is busy; confirm to send it anyway").arg(unit.callsign), unit.callsign);
        }

        Assignment a;
        a.incidentId = incidentId;
        a.unitId = unit.id;
        a.dispatchedAtMs = ctx.now();
        a.dispatchedBy = ctx.actor().userId;
        a.signForDeadlineMs = ctx.now() + signForMs;
        a.distanceM = pick.distanceM;
        a.etaSeconds = pick.etaSeconds;
        a.committedOverride = committed;
        a.from = unit.position;
        if (!a.from && unit.stagingPointId && ctx.board().stagingPoint(unit.stagingPointId))
            a.from = ctx.board().stagingPoint(unit.stagingPointId)->position;
        a.id = AssignmentRepository::insert(ctx.db(), a);
        IncidentRepository::stampFirstUnitSteps(ctx.db(), a);

        const qint64 fromIncident = unit.incidentId;
        unit.incidentId = incidentId;
        QJsonObject unitExtra{{QStringLiteral("incident_id"), incidentId}, {QStringLiteral("number"), incident.number}};
        if (fromIncident)
            unitExtra.insert(QStringLiteral("from_incident_id"), fromIncident);
        UnitCommands::applyTransition(ctx, unit, UnitState::Dispatched, {}, unitExtra);

        QJsonObject extra = unitRef(unit);
        extra.insert(QStringLiteral("sign_for_deadline"), a.signForDeadlineMs);
        if (a.distanceM >= 0)
            extra.insert(QStringLiteral("distance_m"), a.distanceM);
        if (a.etaSeconds >= 0)
            extra.insert(QStringLiteral("eta_seconds"), a.etaSeconds);
        if (committed)
            extra.insert(QStringLiteral("reassigned_from"), fromIncident);
        ctx.record(events::kIncidentUnitDispatched, QStringLiteral("incident"), incidentId, extra);
        ctx.touch(Entity::Incident, incidentId);
        // A certified mediator sent to a dispute takes the mediation over (its outcome is owed by the deadline).
        if (mediator && !MediationRepository::openForIncident(ctx.db(), incidentId))
            MediationCommands::assign(ctx, incidentId, unit.id);
    }
    followUnits(ctx, incidentId);
}

void DispatchCommands::advance(CommandContext& ctx, qint64 unitId, UnitState step)
{
    ctx.requireRole({Role::Dispatcher, Role::ShiftLeader, Role::Trainer});
    if (step != UnitState::Acknowledged && step != UnitState::EnRoute && step != UnitState::OnScene)
        throw DispatchError(tr("a unit's step on an incident is signed for, en route or on scene"));
    Unit unit = UnitCommands::load(ctx, unitId);
    std::optional<Assignment> a = AssignmentRepository::openForUnit(ctx.db(), unitId);
    if (!a)
        throw DispatchError(tr("%1 is not assigned to any incident").arg(unit.callsign), unit.callsign);
    if (rank(step) <= rank(a->stage()))
        throw DispatchError(tr("%1 is already \"%2\"").arg(unit.callsign, UnitLifecycle::label(a->stage())),
                            unit.callsign);
    const qint64 now = ctx.now();
    QJsonObject extra = unitRef(unit);
    extra.insert(QStringLiteral("step"), UnitLifecycle::code(step));
    // A later step implies the sign-for: the unit answered by moving.
    if (!a->acknowledgedAtMs) {
        a->acknowledgedAtMs = now;
        extra.insert(QStringLiteral("signed_for_late_seconds"),
                     now > a->signForDeadlineMs ? double(now - a->signForDeadlineMs) / 1000.0 : 0.0);
    }
    if (step == UnitState::EnRoute || step == UnitState::OnScene)
        a->enRouteAtMs = a->enRouteAtMs ? a->enRouteAtMs : now;
    if (step == UnitState::OnScene) {
        a->onSceneAtMs = now;
        extra.insert(QStringLiteral("travel_seconds"), double(now - a->dispatchedAtMs) / 1000.0);
    }
    AssignmentRepository::update(ctx.db(), *a);
    IncidentRepository::stampFirstUnitSteps(ctx.db(), *a);
    // On scene, the unit is where the incident is: the map draws it there, and its next trip starts from there.
    if (step == UnitState::OnScene) {
        const Incident at = IncidentCommands::load(ctx, a->incidentId);
        if (at.position && UnitRepository::setPosition(ctx.db(), unit.id, *at.position, now)) {
            unit.position = at.position;
            unit.fixAtMs = now;
        }
    }
    UnitCommands::applyTransition(ctx, unit, step, {}, {{QStringLiteral("incident_id"), a->incidentId}});
    ctx.record(events::kIncidentUnitStep, QStringLiteral("incident"), a->incidentId, extra);
    ctx.touch(Entity::Incident, a->incidentId);
    followUnits(ctx, a->incidentId);
}

void DispatchCommands::clear(CommandContext& ctx, qint64 unitId, UnitState to, const QString& reason)
{
    ctx.requireRole({Role::Dispatcher, Role::ShiftLeader, Role::Trainer});
    TextLimits::require(reason.trimmed(), TextLimits::kReason, QStringLiteral("reason"), tr("The reason"));
    if (!UnitLifecycle::isAvailable(to) && to != UnitState::Busy)
        throw DispatchError(tr("a cleared unit goes on patrol, to its staging point or busy"));
    Unit unit = UnitCommands::load(ctx, unitId);
    std::optional<Assignment> a = AssignmentRepository::openForUnit(ctx.db(), unitId);
    if (!a)
        throw DispatchError(tr("%1 is not assigned to any incident").arg(unit.callsign), unit.callsign);
    const Release why = a->onSceneAtMs ? Release::Cleared : Release::Recalled;
    release(ctx, *a, unit, why, to, reason.trimmed());
    followUnits(ctx, a->incidentId);
}

void DispatchCommands::feedback(CommandContext& ctx, qint64 incidentId, qint64 unitId, const QString& result,
                                const QString& disposition)
{
    ctx.requireRole({Role::Dispatcher, Role::ShiftLeader, Role::Trainer});
    TextLimits::require(result.trimmed(), TextLimits::kNote, QStringLiteral("result"), tr("The result"));
    Incident incident = IncidentCommands::load(ctx, incidentId);
    if (incident.state != S::OnScene && incident.state != S::FeedbackGiven)
        throw DispatchError(tr("feedback comes from the scene: incident %1 is \"%2\"")
                                .arg(incident.number, IncidentLifecycle::label(incident.state)));
    if (result.trimmed().isEmpty())
        throw DispatchError(tr("say what was found and done"), QStringLiteral("result"));
    if (!Taxonomy::builtin().hasDisposition(disposition))
        throw DispatchError(tr("unknown disposition \"%1\"").arg(disposition), QStringLiteral("disposition"));
    QJsonObject extra{{QStringLiteral("result"), result.trimmed()}, {QStringLiteral("disposition"), disposition}};
    if (unitId) {
        const Unit unit = UnitCommands::load(ctx, unitId);
        const QList<Assignment> all = AssignmentRepository::forIncident(ctx.db(), incidentId);
        if (std::none_of(all.begin(), all.end(), [&](const Assignment& a) { return a.unitId == unitId; }))
            throw DispatchError(tr("%1 was never assigned to incident %2").arg(unit.callsign, incident.number),
                                unit.callsign);
        extra.insert(QStringLiteral("unit_id"), unit.id);
        extra.insert(QStringLiteral("callsign"), unit.callsign);
    }
    Feedback f{0, incidentId, unitId, ctx.now(), ctx.actor().userId, result.trimmed(), disposition};
    AssignmentRepository::insertFeedback(ctx.db(), f);
    ctx.record(events::kIncidentFeedback, QStringLiteral("incident"), incidentId, extra);
    ctx.touch(Entity::Incident, incidentId);
    if (incident.state == S::OnScene)
        IncidentCommands::applyTransition(ctx, incident, S::FeedbackGiven, {});
}

void DispatchCommands::releaseAll(CommandContext& ctx, const Incident& incident)
{
    for (Assignment& a : AssignmentRepository::openForIncident(ctx.db(), incident.id)) {
        Unit unit = UnitCommands::load(ctx, a.unitId);
        release(ctx, a, unit, Release::Closed, UnitState::AvailablePatrol, {}); // the release code says why
    }
}

void DispatchCommands::release(CommandContext& ctx, Assignment& a, Unit& unit, Release why, UnitState to,
                               const QString& reason, qint64 toIncidentId)
{
    a.releasedAtMs = ctx.now();
    a.release = releaseCode(why);
    AssignmentRepository::update(ctx.db(), a);
    QJsonObject extra = unitRef(unit);
    extra.insert(QStringLiteral("release"), a.release);
    if (toIncidentId)
        extra.insert(QStringLiteral("to_incident_id"), toIncidentId);
    if (!reason.isEmpty())
        extra.insert(QStringLiteral("reason"), reason);
    ctx.record(events::kIncidentUnitReleased, QStringLiteral("incident"), a.incidentId, extra);
    ctx.touch(Entity::Incident, a.incidentId);
    if (why == Release::Reassigned)
        return; // the unit's own transition is the dispatch that follows
    unit.incidentId = 0;
    UnitCommands::applyTransition(ctx, unit, to, reason,
                                  {{QStringLiteral("incident_id"), a.incidentId}, {QStringLiteral("release"), a.release}});
}

void DispatchCommands::followUnits(CommandContext& ctx, qint64 incidentId)
{
    Incident incident = IncidentCommands::load(ctx, incidentId);
    if (!followsUnits(incident.state))
        return;
    int furthest = 0;
    UnitState step = UnitState::Dispatched;
    for (const Assignment& a : AssignmentRepository::openForIncident(ctx.db(), incidentId)) {
        if (rank(a.stage()) > furthest) {
            furthest = rank(a.stage());
            step = a.stage();
        }
    }
    IncidentState target = furthest ? incidentStateFor(step) : S::Triaged;
    if (!furthest && (incident.state == S::Received || incident.state == S::Triaged))
        return;
    if (target != incident.state)
        IncidentCommands::applyTransition(ctx, incident, target,
                                          furthest ? QString() : tr("every unit was withdrawn"));
}

} // namespace dispatch

// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/Simulator.h"

#include "clocks/ResponsePolicy.h"
#include "dispatch/Recommender.h"
#include "service/DispatchService.h"
#include "store/Database.h"
#include "store/TrainingRepository.h"
#include "training/TrainingStore.h"
#include "util/Clock.h"

namespace dispatch {

namespace {

constexpr qint64 kSecond = 1000;
/// The deadline sweep: every 30 s with a trainee at the desk (positions reported), every 5 min headless, where
/// clocks are still decided when they stop and only the moment a running breach is stamped moves.
qint64 sweepMs(const SimulationOptions& o)
{
    return (o.positionSeconds > 0 ? 30 : 300) * kSecond;
}
const QString kSimulator = QStringLiteral("simulator");
const QString kAuto = QStringLiteral("auto-dispatcher");

} // namespace

Simulator::Simulator(DispatchService& service, ManualClock& clock, Scenario scenario, SimulationOptions options)
    : m_svc(service), m_clock(clock), m_scenario(std::move(scenario)), m_options(options), m_random(options.seed)
{
    const TrainingRepository::LastIds seen = TrainingRepository::lastIds(m_svc.database().connection());
    m_lastAssignment = seen.assignment;
    m_lastIncident = seen.incident;
    m_lastCaller = seen.caller;
    if (m_clock.nowMs() < m_scenario.startMs)
        m_clock.setMs(m_scenario.startMs);
    for (int i = 0; i < m_scenario.events.size(); ++i) {
        const ScenarioEvent& e = m_scenario.events[i];
        const qint64 at = m_scenario.startMs + e.atSeconds * kSecond;
        schedule(Kind::Scenario, at, 0, 0, e.id, i);
        if (m_options.autoDispatch && (e.type == ScenarioEvent::Type::Call || e.type == ScenarioEvent::Type::Escalation)
            && !(m_options.practiceSwitch && e.practiceLine))
            schedule(Kind::AutoTake, at + (m_random.between(m_scenario.behaviour.answerSeconds)
                                           + m_random.between(m_scenario.behaviour.intakeSeconds)) * kSecond,
                     0, 0, e.id);
    }
    schedule(Kind::Sweep, m_scenario.startMs + sweepMs(m_options));
    if (m_options.positionSeconds > 0)
        schedule(Kind::Heartbeat, m_scenario.startMs + std::max(m_options.positionSeconds, 60) * kSecond);
}

void Simulator::heartbeat()
{
    // A unit standing still keeps reporting where it is; without it every fix would go stale within minutes.
    if (m_clock.nowMs() - m_lastHeartbeat < 60 * kSecond)
        return;
    m_lastHeartbeat = m_clock.nowMs();
    QList<qint64> ids;
    for (qint64 id : m_svc.board().unitIds())
        if (!m_avlLost.contains(id))
            ids << id;
    act(kSimulator);
    count(m_svc.confirmPositions(ids, m_clock.nowMs()));
}

void Simulator::schedule(Kind kind, qint64 at, qint64 a, qint64 b, const QString& ref, int index)
{
    Event e;
    e.at = at;
    e.seq = m_seq++;
    e.kind = kind;
    e.a = a;
    e.b = b;
    e.ref = ref;
    e.index = index;
    m_queue.insert(e);
}

qint64 Simulator::nextEventAt() const
{
    for (const Event& e : m_queue)
        if (e.kind != Kind::Sweep && e.kind != Kind::Heartbeat && e.kind != Kind::Move)
            return e.at;
    return 0;
}

void Simulator::runToEnd()
{
    advanceTo(m_scenario.endMs());
}

void Simulator::advanceTo(qint64 untilMs)
{
    // The store refusing a statement (locked by a desk for too long, say) loses that one step, not the exercise.
    const auto guarded = [this](auto&& step) {
        try {
            step();
        } catch (const DispatchError& e) {
            m_lastError = e.error().toString();
            ++m_refusals;
        }
    };
    guarded([this] { poll(); });
    while (!m_queue.empty() && m_queue.begin()->at <= untilMs) {
        const Event e = *m_queue.begin();
        m_queue.erase(m_queue.begin());
        if (e.at > m_clock.nowMs())
            m_clock.setMs(e.at);
        guarded([&] { handle(e); });
        ++m_processed;
        // Only the automatic dispatcher's steps make incidents, merged callers and assignments; the trainee's are
        // seen at the start of each advance.
        if (e.kind == Kind::AutoTake || e.kind == Kind::AutoDispatch)
            guarded([this] { poll(); });
    }
    if (untilMs > m_clock.nowMs())
        m_clock.setMs(untilMs);
}

void Simulator::inject(ScenarioEvent event)
{
    const qint64 now = m_clock.nowMs();
    event.atSeconds = (now - m_scenario.startMs) / kSecond;
    const bool call = event.type == ScenarioEvent::Type::Call || event.type == ScenarioEvent::Type::Escalation;
    if (call) {
        QString id = event.id.isEmpty() ? QStringLiteral("x") : event.id;
        for (int n = 2; m_scenario.call(id) || std::any_of(m_injected.cbegin(), m_injected.cend(),
                                                            [&](const ScenarioEvent& x) { return x.id == id; });
             ++n)
            id = (event.id.isEmpty() ? QStringLiteral("x") : event.id) + QString::number(n);
        event.id = id;
        const TrainingCall rings = TrainingStore::callOf(event, now, event.sameEventAs, event.truth.value_or(ScenarioTruth{}));
        record([&](Database& db) { TrainingRepository::insertCall(db, rings); });
    }
    m_injected.append(event);
    schedule(Kind::Scenario, now, 0, 0, event.id, int(m_scenario.events.size() + m_injected.size() - 1));
    if (call && m_options.autoDispatch)
        schedule(Kind::AutoTake, now + (m_random.between(m_scenario.behaviour.answerSeconds)
                                        + m_random.between(m_scenario.behaviour.intakeSeconds)) * kSecond,
                 0, 0, event.id);
}

void Simulator::record(const std::function<void(Database&)>& write)
{
    Transaction tx(m_svc.database());
    write(m_svc.database());
    tx.commit();
}

void Simulator::act(const QString& tool)
{
    m_svc.actAsSystem(tool);
}

void Simulator::refused(const Error& e)
{
    ++m_refusals;
    m_lastError = e.toString();
}

void Simulator::handle(const Event& e)
{
    switch (e.kind) {
    case Kind::Scenario:
        scenarioEvent(e.index < m_scenario.events.size() ? m_scenario.events[e.index]
                                                          : m_injected[e.index - m_scenario.events.size()]);
        break;
    case Kind::Sweep:
        count(m_svc.sweepClocks());
        if (e.at + sweepMs(m_options) <= m_scenario.endMs())
            schedule(Kind::Sweep, e.at + sweepMs(m_options));
        break;
    case Kind::Heartbeat:
        heartbeat();
        if (e.at + std::max(m_options.positionSeconds, 60) * kSecond <= m_scenario.endMs())
            schedule(Kind::Heartbeat, e.at + std::max(m_options.positionSeconds, 60) * kSecond);
        break;
    case Kind::AutoTake: autoTake(e.ref); break;
    case Kind::AutoDispatch: autoDispatch(e.a, e.ref); break;
    case Kind::AutoReview: autoReview(e.a); break;
    case Kind::AutoInstruction: autoInstruction(e.a); break;
    case Kind::UnitBack:
        if (const Unit* u = m_svc.board().unit(e.a); u && u->state == UnitState::Busy) {
            act(kSimulator);
            count(m_svc.changeUnitState(u->id, UnitState::AvailablePatrol, tr("back in service")));
        }
        break;
    case Kind::AvlBack:
        m_avlLost.remove(e.a);
        if (const Unit* u = m_svc.board().unit(e.a); u && u->position)
            m_svc.reportPosition(u->id, *u->position, m_clock.nowMs());
        break;
    default: unitStep(e); break;
    }
}

void Simulator::scenarioEvent(const ScenarioEvent& e)
{
    const qint64 now = m_clock.nowMs();
    switch (e.type) {
    case ScenarioEvent::Type::Call:
    case ScenarioEvent::Type::Escalation:
        break; // the call rings: the training store's row is what the desk answers
    case ScenarioEvent::Type::Unit: {
        const Unit* u = m_svc.board().unitByCallsign(e.unit);
        if (!u)
            break;
        act(kSimulator);
        if (e.unitEvent == ScenarioEvent::UnitEvent::Breakdown) {
            count(m_svc.changeUnitState(u->id, UnitState::Busy, tr("vehicle broke down")));
            if (e.minutes)
                schedule(Kind::UnitBack, now + qint64(e.minutes) * 60 * kSecond, u->id);
        } else if (e.unitEvent == ScenarioEvent::UnitEvent::AvlLost) {
            m_avlLost.insert(u->id);
            if (e.minutes)
                schedule(Kind::AvlBack, now + qint64(e.minutes) * 60 * kSecond, u->id);
        } else {
            m_lateMinutes[u->id] = e.minutes;
        }
        break;
    }
    case ScenarioEvent::Type::Instruction: {
        act(kSimulator);
        InstructionDraft d;
        d.source = e.source;
        d.text = e.text;
        d.cls = InstructionCodes::classFromCode(e.instructionClass).value_or(InstructionClass::General);
        const Result<qint64> id = m_svc.registerInstruction(d);
        count(id);
        if (id && m_options.autoDispatch)
            schedule(Kind::AutoInstruction, now + m_random.between(m_scenario.behaviour.instructionSeconds) * kSecond, *id);
        break;
    }
    }
}

void Simulator::poll()
{
    m_svc.refreshIfChangedElsewhere();
    const QSqlDatabase& db = m_svc.database().connection();
    for (const TrainingRepository::NewIncident& n : TrainingRepository::incidentsAfter(db, m_lastIncident)) {
        m_lastIncident = n.id;
        if (!n.sourceRef.startsWith(QLatin1String("SIM:")))
            continue;
        const QString ref = n.sourceRef.mid(4);
        record([&](Database& d) { TrainingRepository::link(d, ref, n.id, false, n.createdAtMs); });
        const QString top = topCandidate(n.id);
        record([&](Database& d) { TrainingRepository::setRecommended(d, ref, top); });
    }
    const QList<TrainingRepository::NewCaller> callers = TrainingRepository::callersAfter(db, m_lastCaller);
    if (!callers.isEmpty()) {
        m_lastCaller = callers.last().id;
        record([&](Database& d) {
            for (const TrainingRepository::NewCaller& c : callers)
                if (c.sourceRef.startsWith(QLatin1String("SIM:")))
                    TrainingRepository::link(d, c.sourceRef.mid(4), c.incidentId, true, c.addedAtMs);
        });
    }
    // Units dispatched (by the trainee or the automatic dispatcher) start to play their part.
    for (const TrainingRepository::NewAssignment& a : TrainingRepository::assignmentsAfter(db, m_lastAssignment)) {
        m_lastAssignment = a.id;
        const qint64 from = std::max(m_clock.nowMs(), a.dispatchedAtMs);
        schedule(Kind::SignFor, from + m_random.between(m_scenario.behaviour.signForSeconds) * kSecond, m_lastAssignment);
    }
}

QString Simulator::topCandidate(qint64 incidentId)
{
    heartbeat();
    const Recommendation r = m_svc.recommend(incidentId);
    for (const Candidate& c : r.candidates)
        if (!c.committed)
            return c.callsign;
    return {};
}

void Simulator::unitStep(const Event& e)
{
    const std::optional<TrainingRepository::Assigned> assigned = TrainingRepository::assigned(m_svc.database().connection(), e.a);
    if (!assigned || assigned->released)
        return; // recalled, reassigned or cleared: the unit does something else now
    const qint64 unitId = assigned->unitId;
    const qint64 incidentId = assigned->incidentId;
    const Unit* unit = m_svc.board().unit(unitId);
    const Incident* incident = m_svc.board().incident(incidentId);
    if (!unit || !incident)
        return;
    const qint64 now = m_clock.nowMs();
    const ScenarioBehaviour& b = m_scenario.behaviour;
    act(kSimulator);
    switch (e.kind) {
    case Kind::SignFor:
        count(m_svc.advanceUnit(unitId, UnitState::Acknowledged));
        schedule(Kind::EnRoute, now + m_random.between(b.enRouteSeconds) * kSecond, e.a);
        break;
    case Kind::EnRoute: {
        count(m_svc.advanceUnit(unitId, UnitState::EnRoute));
        Trip trip;
        trip.departMs = now;
        std::optional<GeoPoint> from = unit->position;
        if (const StagingPoint* sp = m_svc.board().stagingPoint(unit->stagingPointId);
            sp && (unit->state == UnitState::AvailableStaging || !from))
            from = sp->position;
        qint64 travelS = 300;
        if (from && incident->position) {
            trip.from = *from;
            trip.to = *incident->position;
            const double metres = geo::distanceMetres(*from, *incident->position);
            travelS = qint64(Recommender::etaSeconds(m_svc.responsePolicy(), unit->type, metres)
                             * m_random.real(b.travelFactor.first, b.travelFactor.second));
        } else if (incident->position) {
            trip.from = trip.to = *incident->position;
        }
        travelS += qint64(m_lateMinutes.take(unitId)) * 60;
        trip.arriveMs = now + std::max<qint64>(travelS, 1) * kSecond;
        m_trips.insert(e.a, trip);
        if (m_options.positionSeconds > 0 && from && incident->position)
            for (qint64 t = now + m_options.positionSeconds * kSecond; t < trip.arriveMs; t += m_options.positionSeconds * kSecond)
                schedule(Kind::Move, t, e.a);
        schedule(Kind::OnScene, trip.arriveMs, e.a);
        break;
    }
    case Kind::Move: {
        const Trip trip = m_trips.value(e.a);
        if (m_avlLost.contains(unitId) || trip.arriveMs <= trip.departMs)
            break;
        const double f = double(now - trip.departMs) / double(trip.arriveMs - trip.departMs);
        m_svc.reportPosition(unitId, GeoPoint{trip.from.lat + (trip.to.lat - trip.from.lat) * f,
                                              trip.from.lon + (trip.to.lon - trip.from.lon) * f},
                             now);
        break;
    }
    case Kind::OnScene: {
        m_trips.remove(e.a);
        if (!m_avlLost.contains(unitId) && incident->position)
            m_svc.reportPosition(unitId, *incident->position, now);
        count(m_svc.advanceUnit(unitId, UnitState::OnScene));
        const auto& table = b.onSceneMinutes;
        const ScenarioBehaviour::Range minutes = table.value(incident->category, table.value(QStringLiteral("default"), {10, 20}));
        schedule(Kind::Feedback, now + m_random.between(minutes) * 60 * kSecond, e.a);
        break;
    }
    case Kind::Feedback:
        if (incident->state != IncidentState::OnScene)
            break; // another unit gave it, or the desk closed it
        count(m_svc.recordFeedback(incidentId, unitId, tr("handled on scene"), QStringLiteral("resolved_on_scene")));
        if (m_options.autoDispatch)
            schedule(Kind::AutoReview, now + m_random.between(b.reviewSeconds) * kSecond, incidentId);
        break;
    default: break;
    }
}

void Simulator::autoTake(const QString& ref)
{
    const std::optional<TrainingCall> call = TrainingRepository::call(m_svc.database().connection(), ref);
    if (!call || call->isAnswered())
        return;
    act(kAuto);
    IncidentDraft d;
    d.line = call->line;
    d.callerName = call->caller;
    d.callerPhone = call->phone;
    d.address = call->address;
    d.position = call->position;
    d.summary = call->text;
    d.receivedAtMs = call->ringAtMs;
    d.sourceRef = call->sourceRef();
    const TriageDecision t = m_svc.triage(d.line, d.summary, d.position, d.receivedAtMs);
    // A call the desk's duplicate search ties to an open incident of the same event is merged, as a dispatcher would.
    const DuplicateReport dup = m_svc.findDuplicates({d.callerPhone, d.position, d.address, t.category, d.summary, d.receivedAtMs});
    for (const DuplicateCandidate& c : dup.candidates)
        if (c.isOpen() && c.has(DuplicateKind::SameEvent)) {
            count(m_svc.mergeCall(c.incidentId, d));
            return;
        }
    d.category = t.category;
    d.priority = t.priority;
    d.divertTo = t.divertTo;
    d.mediation = t.mediation;
    d.unitTypes = t.unitTypes;
    d.proposed = t.choice();
    const Result<qint64> id = m_svc.createIncident(d);
    count(id);
    if (id && d.divertTo.isEmpty())
        schedule(Kind::AutoDispatch, m_clock.nowMs() + m_random.between(m_scenario.behaviour.dispatchSeconds) * kSecond, *id, 0, ref);
}

void Simulator::autoDispatch(qint64 incidentId, const QString& ref)
{
    const Incident* i = m_svc.board().incident(incidentId);
    if (!i || (i->state != IncidentState::Triaged && i->state != IncidentState::Received))
        return;
    const QString top = topCandidate(incidentId);
    record([&](Database& db) { TrainingRepository::setRecommended(db, ref, top); });
    act(kAuto);
    // No free unit now: a dispatcher keeps the call in the queue and tries again a minute later.
    if (!m_svc.dispatchRecommended(incidentId) && m_clock.nowMs() + 60 * kSecond <= m_scenario.endMs())
        schedule(Kind::AutoDispatch, m_clock.nowMs() + 60 * kSecond, incidentId, 0, ref);
}

void Simulator::autoReview(qint64 incidentId)
{
    const Incident* i = m_svc.board().incident(incidentId);
    if (!i || i->state != IncidentState::FeedbackGiven)
        return;
    act(kAuto);
    count(m_svc.reviewFeedback(incidentId, true));
}

void Simulator::autoInstruction(qint64 instructionId)
{
    const std::optional<Instruction> i = m_svc.findInstruction(instructionId);
    if (!i || !i->isOpen())
        return;
    act(kAuto);
    const QString station = m_svc.board().stations().isEmpty() ? QString() : m_svc.board().stations().first().name;
    if (!i->signedAtMs) {
        if (i->cls == InstructionClass::RepeatedNoRisk) {
            count(m_svc.signForInstruction(instructionId));
            count(m_svc.answerInstruction(instructionId, tr("answered directly: handled before, no new risk")));
            return;
        }
        count(m_svc.signForInstruction(instructionId, {station}));
        schedule(Kind::AutoInstruction, m_clock.nowMs() + m_random.between(m_scenario.behaviour.instructionSeconds) * kSecond,
                 instructionId);
        return;
    }
    count(m_svc.answerInstruction(instructionId, tr("checked by %1 and reported").arg(station)));
}

} // namespace dispatch

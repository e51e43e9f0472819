// SPDX-License-Identifier: GPL-3.0-or-later
#include "handover/HandoverBuilder.h"

#include "clocks/ResponsePolicy.h"
#include "domain/EventKinds.h"
#include "followup/FollowUpKind.h"
#include "handover/CarriedList.h"
#include "service/Board.h"
#include "store/AgencyNotificationRepository.h"
#include "store/HandoverQueries.h"
#include "store/IncidentRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace dispatch {

namespace {

using HQ = HandoverQueries;

QJsonObject payload(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

/// The state an entity's events left it in before `t`: the last event's `to` (or the created event's `state`).
QString stateBefore(const QSqlDatabase& db, const QString& entity, qint64 id, qint64 t, const QStringList& kinds)
{
    const std::optional<HQ::Event> last = HQ::lastEventBefore(db, entity, id, t, kinds);
    if (!last)
        return {};
    const QJsonObject p = payload(last->payload);
    if (p.contains(QStringLiteral("to")))
        return p.value(QStringLiteral("to")).toString();
    return p.value(QStringLiteral("state")).toString();
}

QString numberOf(const QSqlDatabase& db, qint64 incidentId)
{
    return incidentId ? IncidentRepository::number(db, incidentId) : QString();
}

QString callsign(const Board& board, qint64 unitId)
{
    const Unit* u = board.unit(unitId);
    return u ? u->callsign : QString();
}

void figuresInto(const QSqlDatabase& db, qint64 from, qint64 to, HandoverFigures& f)
{
    for (const HQ::Call& c : HQ::liveCalls(db, from, to)) {
        ++f.calls;
        f.byLine[c.line]++;
        if (!c.category.isEmpty())
            f.byCategory[c.category]++;
        f.byPriority[c.priority]++;
    }
    f.dispatched = HQ::liveFirstDispatches(db, from, to);
    f.furtherCallers = HQ::eventCount(db, events::kIncidentCallerAdded, from, to);
    f.diverted = HQ::eventCount(db, events::kWorkOrderSent, from, to);
    f.transferred = HQ::eventCount(db, events::kTransferSent, from, to);
    for (const HQ::EventRow& e : HQ::events(db, {events::kIncidentStateChanged}, from, to)) {
        const QString state = payload(e.payload).value(QStringLiteral("to")).toString();
        if (state == QLatin1String("closed"))
            ++f.closed;
        else if (state == QLatin1String("cancelled"))
            ++f.cancelled;
        else if (state == QLatin1String("merged"))
            ++f.mergedIncidents;
    }
    // Clock compliance: the clocks decided in the shift (met when stopped in time, breached when stamped late).
    for (const HQ::ClockDecision& c : HQ::clocksDecided(db, from, to)) {
        int* n = nullptr;
        int* ok = nullptr;
        if (c.kind == QLatin1String("sign_for"))
            n = &f.signForN, ok = &f.signForMet;
        else if (c.kind == QLatin1String("call_to_dispatch"))
            n = &f.callToDispatchN, ok = &f.callToDispatchMet;
        else if (c.kind == QLatin1String("arrival"))
            n = &f.arrivalN, ok = &f.arrivalMet;
        if (n) {
            ++*n;
            *ok += c.met ? 1 : 0;
        }
    }
    static const QStringList kCallbackKinds{events::kCallbackReached, events::kCallbackNotReached,
                                            events::kCallbackUnreachable};
    for (const HQ::EventRow& e : HQ::events(db, kCallbackKinds, from, to)) {
        ++f.callbacksMade;
        if (e.kind == events::kCallbackReached) {
            ++f.callbacksReached;
            const QString s = payload(e.payload).value(QStringLiteral("satisfaction")).toString();
            f.satisfied += s == QLatin1String("satisfied");
            f.basicallySatisfied += s == QLatin1String("basically_satisfied");
            f.unsatisfied += s == QLatin1String("unsatisfied");
        } else if (e.kind == events::kCallbackNotReached) {
            ++f.callbacksNotReached;
        } else {
            ++f.callbacksUnreachable;
        }
    }
}

/// The clocks breached in [from, to) with their true lateness: how late each stopped, or, still running at `to`, how
/// late it is then. A unit's own sign-for is listed per unit (the incident's sign-for clock repeats the first unit's).
QList<HandoverBreach> breaches(const QSqlDatabase& db, qint64 from, qint64 to)
{
    QList<HandoverBreach> out;
    for (const QList<HQ::BreachRow>& rows : {HQ::incidentClockBreaches(db, from, to), HQ::unitSignForBreaches(db, from, to)})
        for (HQ::BreachRow r : rows) {
            r.breach.running = !r.stoppedAtMs || r.stoppedAtMs >= to;
            r.breach.lateSeconds = ((r.breach.running ? to : r.stoppedAtMs) - r.breach.deadlineMs) / 1000;
            out.append(r.breach);
        }
    std::stable_sort(out.begin(), out.end(), [](const HandoverBreach& x, const HandoverBreach& y) {
        return x.breachedAtMs != y.breachedAtMs ? x.breachedAtMs < y.breachedAtMs : x.incidentId < y.incidentId;
    });
    return out;
}

/// Incidents open at `t` (not yet closed, merged or cancelled), each once: as an active incident, feedback due,
/// feedback to review, a work order to an agency or a transfer (the transfer's own row says that).
void openIncidents(const QSqlDatabase& db, const Board& board, qint64 t, QList<CarriedItem>& out)
{
    static const QStringList kStates{events::kIncidentCreated, events::kIncidentStateChanged};
    for (const HQ::IncidentRow& i : HQ::liveIncidentsOpenAt(db, t, t - HandoverBuilder::kOpenHorizonMs)) {
        const QString state = stateBefore(db, QStringLiteral("incident"), i.id, t, kStates);
        if (state.isEmpty() || state == QLatin1String("closed") || state == QLatin1String("merged")
            || state == QLatin1String("cancelled") || state == QLatin1String("transferred"))
            continue;
        CarriedItem c;
        c.id = i.id;
        c.incidentId = i.id;
        c.number = i.number;
        c.what = i.summary;
        c.state = state;
        c.sinceMs = i.receivedMs;
        if (state == QLatin1String("diverted")) {
            const std::optional<HQ::WorkOrderRow> w = HQ::lastWorkOrderBefore(db, i.id, t);
            if (!w)
                continue;
            c.kind = QStringLiteral("work_order");
            c.id = w->id;
            // A work order's events are named for the state they reach: work_order.sent, .accepted, .completed, …
            const std::optional<HQ::Event> k = HQ::lastEventBefore(db, QStringLiteral("work_order"), c.id, t);
            c.state = k ? k->kind.section(u'.', 1) : QStringLiteral("sent");
            if (c.state == QLatin1String("completed") || c.state == QLatin1String("returned"))
                continue;
            const Agency* a = board.agency(w->agency);
            c.owner = a ? a->name : w->agency;
            c.sinceMs = w->createdMs;
            out.append(c);
            continue;
        }
        // Units on it at t, and the clock running at t that is due first.
        QStringList units;
        for (qint64 unitId : HQ::unitsOnIncidentAt(db, i.id, t))
            units << callsign(board, unitId);
        const std::optional<HQ::ClockRow> clock = HQ::clockDueFirstAt(db, i.id, t);
        if (clock)
            c.deadlineMs = clock->deadlineMs;
        c.owner = units.isEmpty() ? HandoverReport::tr("the desk (to dispatch)") : units.join(HandoverReport::tr(", "));
        if (state == QLatin1String("on_scene")) {
            c.kind = QStringLiteral("feedback");
            if (clock && clock->kind != QLatin1String("first_feedback"))
                c.deadlineMs = 0;
            if (HQ::eventCountBefore(db, QStringLiteral("incident"), i.id, events::kFeedbackReturned, t))
                c.what = HandoverReport::tr("%1 (feedback returned)").arg(c.what);
        } else if (state == QLatin1String("feedback_given")) {
            c.kind = QStringLiteral("feedback_review");
            c.owner = HandoverReport::tr("the desk (review)");
            c.deadlineMs = 0;
        } else {
            c.kind = QStringLiteral("incident");
        }
        out.append(c);
    }
}

QList<HandoverUnit> units(const QSqlDatabase& db, const Board& board, const ResponsePolicy& policy, qint64 t)
{
    static const QStringList kSteps{events::kUnitStateChanged, events::kUnitAdded};
    QList<HandoverUnit> out;
    for (qint64 id : board.unitIds()) {
        const Unit* u = board.unit(id);
        if (!u)
            continue;
        HandoverUnit h;
        h.id = u->id;
        h.callsign = u->callsign;
        h.type = u->type;
        // The state its events left it in before t; a unit with no event since is as it stands.
        h.state = stateBefore(db, QStringLiteral("unit"), id, t, kSteps);
        if (h.state.isEmpty()) {
            const std::optional<HQ::Event> first =
                HQ::firstEventFrom(db, QStringLiteral("unit"), id, events::kUnitStateChanged, t);
            h.state = first ? payload(first->payload).value(QStringLiteral("from")).toString()
                            : UnitLifecycle::code(u->state);
        }
        if (const std::optional<HQ::UnitIncident> a = HQ::incidentOfUnitAt(db, id, t)) {
            h.incidentId = a->incidentId;
            h.number = a->number;
        }
        // Where: a fix fresh at t, else its staging point or station.
        if (u->position && u->fixAtMs <= t && !policy.isStale(u->fixAtMs, t))
            h.where = QStringLiteral("%1, %2").arg(u->position->lat, 0, 'f', 5).arg(u->position->lon, 0, 'f', 5);
        else if (const StagingPoint* sp = board.stagingPoint(u->stagingPointId))
            h.where = sp->name;
        else if (const Station* st = board.station(u->stationId))
            h.where = st->name;
        if (h.state == QLatin1String("off_duty") && !h.incidentId)
            continue; // off duty and free: not part of the picture
        out.append(h);
    }
    return out;
}

QList<NotableEvent> notable(const QSqlDatabase& db, qint64 from, qint64 to, const QList<HandoverBreach>& br)
{
    QList<NotableEvent> out;
    for (const HQ::IncidentRow& i : HQ::liveNotableIncidents(db, from, to))
        out.append({i.receivedMs,
                    i.category == QLatin1String("mass_incident") ? QStringLiteral("mass_incident") : QStringLiteral("priority_1"),
                    i.id, i.number, i.summary, QString()});
    for (const HandoverBreach& b : br) {
        const auto kind = ResponsePolicy::kindFromCode(b.clock);
        const QString clock = kind ? ResponsePolicy::label(*kind) : b.clock;
        const QString what = b.callsign.isEmpty() ? clock : HandoverReport::tr("%1 of %2").arg(clock, b.callsign);
        out.append({b.breachedAtMs, QStringLiteral("breach"), b.incidentId, b.number,
                    b.running ? HandoverReport::tr("%1 late by %2 s, still running").arg(what).arg(b.lateSeconds)
                              : HandoverReport::tr("%1 late by %2 s").arg(what).arg(b.lateSeconds),
                    QString()});
    }
    static const QStringList kNotableKinds{events::kIncidentTriageOverridden, events::kShiftFlagged};
    for (const HQ::EventRow& e : HQ::events(db, kNotableKinds, from, to)) {
        const QJsonObject p = payload(e.payload);
        NotableEvent n;
        n.atMs = e.atMs;
        n.by = e.username;
        if (e.kind == events::kShiftFlagged) {
            n.kind = QStringLiteral("flag");
            n.incidentId = p.value(QStringLiteral("incident")).toInteger();
            n.number = p.value(QStringLiteral("number")).toString();
            n.text = p.value(QStringLiteral("text")).toString();
        } else {
            n.kind = QStringLiteral("triage_override");
            n.incidentId = e.entityId;
            n.number = numberOf(db, e.entityId);
            const QJsonObject was = p.value(QStringLiteral("proposed")).toObject();
            const QJsonObject now = p.value(QStringLiteral("chosen")).toObject();
            n.text = HandoverReport::tr("proposed %1 P%2, chosen %3 P%4")
                         .arg(was.value(QStringLiteral("category")).toString())
                         .arg(was.value(QStringLiteral("priority")).toInt())
                         .arg(now.value(QStringLiteral("category")).toString())
                         .arg(now.value(QStringLiteral("priority")).toInt());
        }
        out.append(n);
    }
    std::stable_sort(out.begin(), out.end(), [](const NotableEvent& a, const NotableEvent& b) { return a.atMs < b.atMs; });
    return out;
}

} // namespace

HandoverFigures HandoverBuilder::figures(const QSqlDatabase& db, qint64 fromMs, qint64 toMs)
{
    HandoverFigures f;
    figuresInto(db, fromMs, toMs, f);
    return f;
}

HandoverReport HandoverBuilder::build(const QSqlDatabase& db, const Board& board, const ResponsePolicy& policy,
                                      const ShiftInstance& shift, qint64 asOfMs)
{
    HandoverReport r;
    r.centre = board.centre().name;
    r.shift = shift;
    const qint64 from = shift.start.toMSecsSinceEpoch();
    r.asOfMs = std::clamp(asOfMs, from, shift.end.toMSecsSinceEpoch());
    figuresInto(db, from, r.asOfMs, r.figures);
    r.breaches = breaches(db, from, r.asOfMs);
    openIncidents(db, board, r.asOfMs, r.carried);
    for (const AgencyNotification& n : AgencyNotificationRepository::forShift(db, from, r.asOfMs)) {
        const bool acknowledged = n.acknowledgedAtMs && n.acknowledgedAtMs < r.asOfMs;
        r.notifications.append({n.incidentId, numberOf(db, n.incidentId), n.agency, n.notifiedAtMs, n.notifiedBy,
                                acknowledged ? n.acknowledgedAtMs : 0, acknowledged ? n.acknowledgedBy : QString()});
    }
    // Every follow-up list carries its own items (FollowUpKinds), in the registry's order.
    CarriedList carried(db, board, from, r.asOfMs, r.carried);
    for (const FollowUpKind* kind : FollowUpKinds::all())
        kind->carried(carried);
    r.units = units(db, board, policy, r.asOfMs);
    r.notable = notable(db, from, r.asOfMs, r.breaches);
    return r;
}

} // namespace dispatch

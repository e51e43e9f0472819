// SPDX-License-Identifier: GPL-3.0-or-later
#include "handover/HandoverBuilder.h"
#include "domain/EventKinds.h"

#include "clocks/ResponsePolicy.h"
#include "domain/LedgerEntry.h"
#include "service/Board.h"
#include "store/AgencyNotificationRepository.h"
#include "store/Sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace dispatch {

namespace {

using Q = sql::Query;

QJsonObject payload(const QVariant& v)
{
    return QJsonDocument::fromJson(v.toByteArray()).object();
}

/// The state an entity's events left it in before `t`: the last event's `to` (or the created event's `state`).
QString stateBefore(const QSqlDatabase& db, const QString& entity, qint64 id, qint64 t, const QStringList& kinds)
{
    QStringList marks;
    QVariantList binds{entity, id, t};
    for (const QString& k : kinds) {
        marks << QStringLiteral("?");
        binds << k;
    }
    Q q = sql::run(db, QStringLiteral("SELECT kind, payload FROM events WHERE entity = ? AND entity_id = ? AND at < ? AND kind IN (%1) "
                                      "ORDER BY seq DESC LIMIT 1").arg(marks.join(u',')),
                   binds);
    if (!q.next())
        return {};
    const QJsonObject p = payload(q.value(1));
    if (p.contains(QStringLiteral("to")))
        return p.value(QStringLiteral("to")).toString();
    return p.value(QStringLiteral("state")).toString();
}

QString numberOf(const QSqlDatabase& db, qint64 incidentId)
{
    return incidentId ? sql::scalar(db, QStringLiteral("SELECT number FROM incidents WHERE id = ?"), {incidentId}).toString()
                      : QString();
}

QString callsign(const Board& board, qint64 unitId)
{
    const Unit* u = board.unit(unitId);
    return u ? u->callsign : QString();
}

void figuresInto(const QSqlDatabase& db, qint64 from, qint64 to, HandoverFigures& f)
{
    for (Q q = sql::run(db, QStringLiteral("SELECT line, category, priority FROM incidents WHERE origin = 'live' AND "
                                            "received_at >= ? AND received_at < ?"),
                        {from, to});
         q.next();) {
        ++f.calls;
        f.byLine[q.value(0).toString()]++;
        if (!q.value(1).toString().isEmpty())
            f.byCategory[q.value(1).toString()]++;
        f.byPriority[q.value(2).toInt()]++;
    }
    f.dispatched = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM incidents WHERE origin = 'live' AND first_dispatched_at >= ? "
                                                  "AND first_dispatched_at < ?"),
                               {from, to})
                       .toInt();
    const auto events = [&](const QString& kind) {
        return sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = ? AND at >= ? AND at < ?"), {kind, from, to})
            .toInt();
    };
    f.furtherCallers = events(events::kIncidentCallerAdded);
    f.diverted = events(events::kWorkOrderSent);
    f.transferred = events(events::kTransferSent);
    for (Q q = sql::run(db, QStringLiteral("SELECT payload FROM events WHERE kind = 'incident.state_changed' AND at >= ? AND at < ?"),
                        {from, to});
         q.next();) {
        const QString state = payload(q.value(0)).value(QStringLiteral("to")).toString();
        if (state == QLatin1String("closed"))
            ++f.closed;
        else if (state == QLatin1String("cancelled"))
            ++f.cancelled;
        else if (state == QLatin1String("merged"))
            ++f.mergedIncidents;
    }
    // Clock compliance: the clocks decided in the shift (met when stopped in time, breached when stamped late).
    for (Q q = sql::run(db, QStringLiteral("SELECT kind, outcome FROM incident_clocks WHERE coalesce(breached_at, stopped_at) >= ? "
                                            "AND coalesce(breached_at, stopped_at) < ? AND (outcome IN ('met','breached') OR "
                                            "breached_at IS NOT NULL)"),
                        {from, to});
         q.next();) {
        const QString kind = q.value(0).toString();
        const bool met = q.value(1).toString() == QLatin1String("met");
        int* n = nullptr;
        int* ok = nullptr;
        if (kind == QLatin1String("sign_for"))
            n = &f.signForN, ok = &f.signForMet;
        else if (kind == QLatin1String("call_to_dispatch"))
            n = &f.callToDispatchN, ok = &f.callToDispatchMet;
        else if (kind == QLatin1String("arrival"))
            n = &f.arrivalN, ok = &f.arrivalMet;
        if (n) {
            ++*n;
            *ok += met ? 1 : 0;
        }
    }
    for (Q q = sql::run(db, QStringLiteral("SELECT kind, payload FROM events WHERE kind IN ('callback.reached','callback.not_reached',"
                                            "'callback.unreachable') AND at >= ? AND at < ?"),
                        {from, to});
         q.next();) {
        ++f.callbacksMade;
        const QString kind = q.value(0).toString();
        if (kind == events::kCallbackReached) {
            ++f.callbacksReached;
            const QString s = payload(q.value(1)).value(QStringLiteral("satisfaction")).toString();
            f.satisfied += s == QLatin1String("satisfied");
            f.basicallySatisfied += s == QLatin1String("basically_satisfied");
            f.unsatisfied += s == QLatin1String("unsatisfied");
        } else if (kind == events::kCallbackNotReached) {
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
    const auto lateness = [to](qint64 deadline, qint64 stoppedAt, HandoverBreach& b) {
        b.running = !stoppedAt || stoppedAt >= to;
        b.lateSeconds = ((b.running ? to : stoppedAt) - deadline) / 1000;
    };
    for (Q q = sql::run(db, QStringLiteral("SELECT c.incident_id, i.number, c.kind, c.deadline, coalesce(c.breached_at, c.stopped_at), "
                                            "c.stopped_at FROM incident_clocks c JOIN incidents i ON i.id = c.incident_id WHERE "
                                            "c.kind <> 'sign_for' AND "
                                            "coalesce(c.breached_at, c.stopped_at) >= ? AND coalesce(c.breached_at, c.stopped_at) < ? "
                                            "AND (c.outcome = 'breached' OR c.breached_at IS NOT NULL)"),
                        {from, to});
         q.next();) {
        HandoverBreach b;
        b.incidentId = q.value(0).toLongLong();
        b.number = q.value(1).toString();
        b.clock = q.value(2).toString();
        b.deadlineMs = q.value(3).toLongLong();
        b.breachedAtMs = q.value(4).toLongLong();
        lateness(b.deadlineMs, q.value(5).toLongLong(), b);
        out.append(b);
    }
    // A unit's sign-for stops when it signs for, or when it leaves the incident unsigned.
    for (Q q = sql::run(db, QStringLiteral("SELECT a.incident_id, i.number, u.callsign, a.sign_for_deadline, "
                                            "coalesce(a.sign_for_breached_at, a.acknowledged_at), coalesce(a.acknowledged_at, a.released_at) "
                                            "FROM assignments a JOIN incidents i ON i.id = a.incident_id JOIN units u ON u.id = a.unit_id "
                                            "WHERE coalesce(a.sign_for_breached_at, a.acknowledged_at) >= ? "
                                            "AND coalesce(a.sign_for_breached_at, a.acknowledged_at) < ? "
                                            "AND (a.sign_for_breached_at IS NOT NULL OR a.acknowledged_at > a.sign_for_deadline)"),
                        {from, to});
         q.next();) {
        HandoverBreach b;
        b.incidentId = q.value(0).toLongLong();
        b.number = q.value(1).toString();
        b.clock = QStringLiteral("sign_for");
        b.deadlineMs = q.value(3).toLongLong();
        b.callsign = q.value(2).toString();
        b.breachedAtMs = q.value(4).toLongLong();
        lateness(b.deadlineMs, q.value(5).toLongLong(), b);
        out.append(b);
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
    Q q = sql::run(db, QStringLiteral("SELECT id, number, summary, received_at, priority FROM incidents WHERE origin = 'live' "
                                      "AND received_at < ? AND received_at >= ? AND (state NOT IN ('closed','merged','cancelled') "
                                      "OR state_since >= ?) ORDER BY received_at, id"),
                   {t, t - HandoverBuilder::kOpenHorizonMs, t});
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString state = stateBefore(db, QStringLiteral("incident"), id, t, kStates);
        if (state.isEmpty() || state == QLatin1String("closed") || state == QLatin1String("merged")
            || state == QLatin1String("cancelled") || state == QLatin1String("transferred"))
            continue;
        CarriedItem c;
        c.id = id;
        c.incidentId = id;
        c.number = q.value(1).toString();
        c.what = q.value(2).toString();
        c.state = state;
        c.sinceMs = q.value(3).toLongLong();
        if (state == QLatin1String("diverted")) {
            Q w = sql::run(db, QStringLiteral("SELECT id, agency, created_at FROM work_orders WHERE incident_id = ? AND created_at < ? "
                                              "ORDER BY id DESC LIMIT 1"),
                           {id, t});
            if (!w.next())
                continue;
            c.kind = QStringLiteral("work_order");
            c.id = w.value(0).toLongLong();
            // A work order's events are named for the state they reach: work_order.sent, .accepted, .completed, …
            Q k = sql::run(db, QStringLiteral("SELECT kind FROM events WHERE entity = 'work_order' AND entity_id = ? AND at < ? "
                                              "ORDER BY seq DESC LIMIT 1"),
                           {c.id, t});
            c.state = k.next() ? k.value(0).toString().section(u'.', 1) : QStringLiteral("sent");
            if (c.state == QLatin1String("completed") || c.state == QLatin1String("returned"))
                continue;
            const Agency* a = board.agency(w.value(1).toString());
            c.owner = a ? a->name : w.value(1).toString();
            c.sinceMs = w.value(2).toLongLong();
            out.append(c);
            continue;
        }
        // Units on it at t, and the clock running at t that is due first.
        QStringList units;
        for (Q a = sql::run(db, QStringLiteral("SELECT unit_id FROM assignments WHERE incident_id = ? AND dispatched_at < ? AND "
                                                "(released_at IS NULL OR released_at >= ?) ORDER BY id"),
                            {id, t, t});
             a.next();)
            units << callsign(board, a.value(0).toLongLong());
        Q clock = sql::run(db, QStringLiteral("SELECT kind, deadline, started_at FROM incident_clocks WHERE incident_id = ? AND "
                                              "started_at <= ? AND (stopped_at IS NULL OR stopped_at >= ?) AND kind <> 'closure' "
                                              "ORDER BY deadline LIMIT 1"),
                           {id, t, t});
        if (clock.next())
            c.deadlineMs = clock.value(1).toLongLong();
        c.owner = units.isEmpty() ? HandoverReport::tr("the desk (to dispatch)") : units.join(HandoverReport::tr(", "));
        if (state == QLatin1String("on_scene")) {
            c.kind = QStringLiteral("feedback");
            if (clock.isValid() && clock.value(0).toString() != QLatin1String("first_feedback"))
                c.deadlineMs = 0;
            const qint64 returned = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM events WHERE entity = 'incident' AND "
                                                                   "entity_id = ? AND kind = 'feedback.returned' AND at < ?"),
                                                {id, t})
                                        .toLongLong();
            if (returned)
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

void openItems(const QSqlDatabase& db, const Board& board, qint64 t, QList<CarriedItem>& out)
{
    const auto add = [&](const char* kind, qint64 id, qint64 incident, const QString& what, const QString& state,
                         const QString& owner, qint64 since, qint64 deadline) {
        out.append({QString::fromLatin1(kind), id, incident, numberOf(db, incident), what, state, owner, since, deadline});
    };
    for (Q q = sql::run(db, QStringLiteral("SELECT id, incident_id, station_id, reason, transferred_at, deadline_at FROM transfers "
                                            "WHERE transferred_at < ? AND (accepted_at IS NULL OR accepted_at >= ?) ORDER BY deadline_at"),
                        {t, t});
         q.next();) {
        const Station* s = board.station(q.value(2).toLongLong());
        add("transfer", q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(3).toString(), QStringLiteral("sent"),
            s ? s->name : QString(), q.value(4).toLongLong(), q.value(5).toLongLong());
    }
    for (Q q = sql::run(db, QStringLiteral("SELECT c.id, c.incident_id, i.caller_phone, i.summary, c.due_at, c.attempts, "
                                            "(SELECT at FROM events e WHERE e.entity = 'callback' AND e.entity_id = c.id AND "
                                            "e.kind = 'callback.opened') FROM callbacks c JOIN incidents i ON i.id = c.incident_id "
                                            "WHERE (c.done_at IS NULL OR c.done_at >= ?) ORDER BY c.due_at"),
                        {t});
         q.next();) {
        const qint64 opened = q.value(6).toLongLong();
        if (!opened || opened >= t)
            continue;
        const qint64 tries = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM events WHERE entity = 'callback' AND entity_id = ? "
                                                            "AND kind = 'callback.not_reached' AND at < ?"),
                                         {q.value(0), t})
                                 .toLongLong();
        add("callback", q.value(0).toLongLong(), q.value(1).toLongLong(),
            HandoverReport::tr("%1 · %2 (%3 tries)").arg(q.value(2).toString(), q.value(3).toString()).arg(tries),
            QStringLiteral("due"), HandoverReport::tr("the centre (callbacks)"), opened, q.value(4).toLongLong());
    }
    for (Q q = sql::run(db, QStringLiteral("SELECT id, incident_id, unit_id, issue, created_at, deadline_at FROM rectifications WHERE "
                                            "created_at < ? AND (done_at IS NULL OR done_at >= ?) ORDER BY deadline_at"),
                        {t, t});
         q.next();)
        add("rectification", q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(3).toString(), QStringLiteral("open"),
            q.value(2).isNull() ? HandoverReport::tr("the centre") : callsign(board, q.value(2).toLongLong()),
            q.value(4).toLongLong(), q.value(5).toLongLong());
    for (Q q = sql::run(db, QStringLiteral("SELECT m.id, m.incident_id, m.unit_id, i.summary, m.assigned_at, m.deadline_at FROM "
                                            "mediations m JOIN incidents i ON i.id = m.incident_id WHERE m.assigned_at < ? AND "
                                            "(m.outcome_at IS NULL OR m.outcome_at >= ?) ORDER BY m.deadline_at"),
                        {t, t});
         q.next();)
        add("mediation", q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(3).toString(), QStringLiteral("open"),
            callsign(board, q.value(2).toLongLong()), q.value(4).toLongLong(), q.value(5).toLongLong());
    for (Q q = sql::run(db, QStringLiteral("SELECT id, incident_id, source, text, class, received_at, sign_deadline_at, signed_at, "
                                            "forwarded_at, forwarded_to, reply_deadline_at FROM instructions WHERE registered_at < ? "
                                            "AND (answered_at IS NULL OR answered_at >= ?) ORDER BY received_at"),
                        {t, t});
         q.next();) {
        const bool signedFor = !q.value(7).isNull() && q.value(7).toLongLong() < t;
        const bool forwarded = !q.value(8).isNull() && q.value(8).toLongLong() < t;
        const auto cls = InstructionCodes::classFromCode(q.value(4).toString()).value_or(InstructionClass::General);
        add("instruction", q.value(0).toLongLong(), q.value(1).toLongLong(),
            QStringLiteral("[%1] %2: %3").arg(InstructionCodes::label(cls), q.value(2).toString(), q.value(3).toString()),
            forwarded ? QStringLiteral("forwarded") : signedFor ? QStringLiteral("signed_for") : QStringLiteral("received"),
            forwarded ? q.value(9).toString().split(u'\n', Qt::SkipEmptyParts).join(HandoverReport::tr(", "))
                      : HandoverReport::tr("the centre (sign for and handle)"),
            q.value(5).toLongLong(), signedFor ? q.value(10).toLongLong() : q.value(6).toLongLong());
    }
    for (Q q = sql::run(db, QStringLiteral("SELECT id, incident_id, title, owner, created_at, deadline_at FROM supervisions WHERE "
                                            "created_at < ? AND (closed_at IS NULL OR closed_at >= ?) ORDER BY deadline_at"),
                        {t, t});
         q.next();)
        add("supervision", q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), QStringLiteral("open"),
            q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toLongLong());
}

/// Ledger entries open at `t` that changed in the shift (opened, marked again or worked).
void changedLedger(const QSqlDatabase& db, qint64 from, qint64 t, QList<CarriedItem>& out)
{
    for (Q q = sql::run(db, QStringLiteral("SELECT e.id, e.class, e.address, e.lat, e.lon, e.owner, e.opened_at, e.deadline_at, "
                                            "(SELECT COUNT(*) FROM ledger_marks m WHERE m.entry_id = e.id AND m.at < ?) FROM ledger_entries e "
                                            "WHERE e.opened_at < ? AND (e.closed_at IS NULL OR e.closed_at >= ?) AND ("
                                            "e.opened_at >= ? OR EXISTS (SELECT 1 FROM ledger_marks m WHERE m.entry_id = e.id AND "
                                            "m.at >= ? AND m.at < ?) OR EXISTS (SELECT 1 FROM ledger_actions a WHERE a.entry_id = e.id "
                                            "AND a.at >= ? AND a.at < ?)) ORDER BY e.deadline_at"),
                        {t, t, t, from, from, t, from, t});
         q.next();) {
        LedgerEntry e;
        e.address = q.value(2).toString();
        if (!q.value(3).isNull())
            e.position = GeoPoint{q.value(3).toDouble(), q.value(4).toDouble()};
        out.append({QStringLiteral("ledger"), q.value(0).toLongLong(), 0, QString(),
                    HandoverReport::tr("%1 · %2 · %n mark(s)", nullptr, q.value(8).toInt())
                        .arg(e.place(), LedgerCodes::classLabel(q.value(1).toString())),
                    QStringLiteral("open"), q.value(5).toString(), q.value(6).toLongLong(), q.value(7).toLongLong()});
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
            Q first = sql::run(db, QStringLiteral("SELECT payload FROM events WHERE entity = 'unit' AND entity_id = ? AND "
                                                  "kind = 'unit.state_changed' AND at >= ? ORDER BY seq LIMIT 1"),
                               {id, t});
            h.state = first.next() ? payload(first.value(0)).value(QStringLiteral("from")).toString()
                                   : UnitLifecycle::code(u->state);
        }
        Q a = sql::run(db, QStringLiteral("SELECT a.incident_id, i.number FROM assignments a JOIN incidents i ON i.id = a.incident_id "
                                          "WHERE a.unit_id = ? AND a.dispatched_at < ? AND (a.released_at IS NULL OR a.released_at >= ?) "
                                          "ORDER BY a.id DESC LIMIT 1"),
                       {id, t, t});
        if (a.next()) {
            h.incidentId = a.value(0).toLongLong();
            h.number = a.value(1).toString();
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
    for (Q q = sql::run(db, QStringLiteral("SELECT id, number, summary, received_at, priority, category FROM incidents WHERE "
                                            "origin = 'live' AND received_at >= ? AND received_at < ? AND (priority = 1 OR "
                                            "category = 'mass_incident') ORDER BY received_at, id"),
                        {from, to});
         q.next();)
        out.append({q.value(3).toLongLong(),
                    q.value(5).toString() == QLatin1String("mass_incident") ? QStringLiteral("mass_incident") : QStringLiteral("priority_1"),
                    q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), QString()});
    for (const HandoverBreach& b : br) {
        const auto kind = ResponsePolicy::kindFromCode(b.clock);
        const QString clock = kind ? ResponsePolicy::label(*kind) : b.clock;
        const QString what = b.callsign.isEmpty() ? clock : HandoverReport::tr("%1 of %2").arg(clock, b.callsign);
        out.append({b.breachedAtMs, QStringLiteral("breach"), b.incidentId, b.number,
                    b.running ? HandoverReport::tr("%1 late by %2 s, still running").arg(what).arg(b.lateSeconds)
                              : HandoverReport::tr("%1 late by %2 s").arg(what).arg(b.lateSeconds),
                    QString()});
    }
    for (Q q = sql::run(db, QStringLiteral("SELECT e.at, e.kind, e.entity_id, e.payload, e.username, i.number FROM events e LEFT JOIN "
                                            "incidents i ON e.entity = 'incident' AND i.id = e.entity_id WHERE e.kind IN "
                                            "('incident.triage_overridden','shift.flagged') AND e.at >= ? AND e.at < ? ORDER BY e.seq"),
                        {from, to});
         q.next();) {
        const QJsonObject p = payload(q.value(3));
        NotableEvent n;
        n.atMs = q.value(0).toLongLong();
        n.by = q.value(4).toString();
        if (q.value(1).toString() == events::kShiftFlagged) {
            n.kind = QStringLiteral("flag");
            n.incidentId = p.value(QStringLiteral("incident")).toInteger();
            n.number = p.value(QStringLiteral("number")).toString();
            n.text = p.value(QStringLiteral("text")).toString();
        } else {
            n.kind = QStringLiteral("triage_override");
            n.incidentId = q.value(2).toLongLong();
            n.number = q.value(5).toString();
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
    openItems(db, board, r.asOfMs, r.carried);
    changedLedger(db, from, r.asOfMs, r.carried);
    r.units = units(db, board, policy, r.asOfMs);
    r.notable = notable(db, from, r.asOfMs, r.breaches);
    return r;
}

} // namespace dispatch

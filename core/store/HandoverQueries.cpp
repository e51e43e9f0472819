// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/HandoverQueries.h"

#include "store/Sql.h"

namespace dispatch {

namespace {

using Q = sql::Query;

/// "kind IN (?,…)" and its values after `binds`.
QString kindsIn(const QStringList& kinds, QVariantList& binds)
{
    QStringList marks;
    for (const QString& k : kinds) {
        marks << QStringLiteral("?");
        binds << k;
    }
    return QStringLiteral("kind IN (") + marks.join(u',') + u')';
}

std::optional<qint64> optionalTime(const Q& q, int index)
{
    return q.isNull(index) ? std::nullopt : std::optional(q.value(index).toLongLong());
}

QList<HandoverQueries::OpenItem> openItems(const QSqlDatabase& db, const QString& statement, qint64 t)
{
    QList<HandoverQueries::OpenItem> out;
    for (Q q = sql::run(db, statement, {t, t}); q.next();)
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toLongLong()});
    return out;
}

} // namespace

QList<HandoverQueries::Call> HandoverQueries::liveCalls(const QSqlDatabase& db, qint64 from, qint64 to)
{
    QList<Call> out;
    for (Q q = sql::run(db, QStringLiteral("SELECT line, category, priority FROM incidents WHERE origin = 'live' AND "
                                            "received_at >= ? AND received_at < ?"),
                        {from, to});
         q.next();)
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()});
    return out;
}

int HandoverQueries::liveFirstDispatches(const QSqlDatabase& db, qint64 from, qint64 to)
{
    return sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM incidents WHERE origin = 'live' AND first_dispatched_at >= ? "
                                          "AND first_dispatched_at < ?"),
                       {from, to})
        .toInt();
}

int HandoverQueries::eventCount(const QSqlDatabase& db, const QString& kind, qint64 from, qint64 to)
{
    return sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = ? AND at >= ? AND at < ?"), {kind, from, to})
        .toInt();
}

QList<HandoverQueries::EventRow> HandoverQueries::events(const QSqlDatabase& db, const QStringList& kinds, qint64 from,
                                                         qint64 to)
{
    QVariantList binds;
    const QString kind = kindsIn(kinds, binds);
    binds << from << to;
    // By time, and in the order recorded within one millisecond: the order of the events_at index itself.
    QList<EventRow> out;
    for (Q q = sql::run(db, QStringLiteral("SELECT at, kind, entity_id, payload, username FROM events WHERE ") + kind
                                + QStringLiteral(" AND at >= ? AND at < ? ORDER BY at, seq"),
                        binds);
         q.next();)
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toByteArray(),
                    q.value(4).toString()});
    return out;
}

QList<HandoverQueries::ClockDecision> HandoverQueries::clocksDecided(const QSqlDatabase& db, qint64 from, qint64 to)
{
    QList<ClockDecision> out;
    for (Q q = sql::run(db, QStringLiteral("SELECT kind, outcome FROM incident_clocks WHERE coalesce(breached_at, stopped_at) >= ? "
                                            "AND coalesce(breached_at, stopped_at) < ? AND (outcome IN ('met','breached') OR "
                                            "breached_at IS NOT NULL)"),
                        {from, to});
         q.next();)
        out.append({q.value(0).toString(), q.value(1).toString() == QLatin1String("met")});
    return out;
}

QList<HandoverQueries::BreachRow> HandoverQueries::incidentClockBreaches(const QSqlDatabase& db, qint64 from, qint64 to)
{
    QList<BreachRow> out;
    for (Q q = sql::run(db, QStringLiteral("SELECT c.incident_id, i.number, c.kind, c.deadline, coalesce(c.breached_at, c.stopped_at), "
                                            "c.stopped_at FROM incident_clocks c JOIN incidents i ON i.id = c.incident_id WHERE "
                                            "c.kind <> 'sign_for' AND "
                                            "coalesce(c.breached_at, c.stopped_at) >= ? AND coalesce(c.breached_at, c.stopped_at) < ? "
                                            "AND (c.outcome = 'breached' OR c.breached_at IS NOT NULL)"),
                        {from, to});
         q.next();) {
        BreachRow r;
        r.breach.incidentId = q.value(0).toLongLong();
        r.breach.number = q.value(1).toString();
        r.breach.clock = q.value(2).toString();
        r.breach.deadlineMs = q.value(3).toLongLong();
        r.breach.breachedAtMs = q.value(4).toLongLong();
        r.stoppedAtMs = q.value(5).toLongLong();
        out.append(r);
    }
    return out;
}

QList<HandoverQueries::BreachRow> HandoverQueries::unitSignForBreaches(const QSqlDatabase& db, qint64 from, qint64 to)
{
    QList<BreachRow> out;
    for (Q q = sql::run(db, QStringLiteral("SELECT a.incident_id, i.number, u.callsign, a.sign_for_deadline, "
                                            "coalesce(a.sign_for_breached_at, a.acknowledged_at), coalesce(a.acknowledged_at, a.released_at) "
                                            "FROM assignments a JOIN incidents i ON i.id = a.incident_id JOIN units u ON u.id = a.unit_id "
                                            "WHERE coalesce(a.sign_for_breached_at, a.acknowledged_at) >= ? "
                                            "AND coalesce(a.sign_for_breached_at, a.acknowledged_at) < ? "
                                            "AND (a.sign_for_breached_at IS NOT NULL OR a.acknowledged_at > a.sign_for_deadline)"),
                        {from, to});
         q.next();) {
        BreachRow r;
        r.breach.incidentId = q.value(0).toLongLong();
        r.breach.number = q.value(1).toString();
        r.breach.clock = QStringLiteral("sign_for");
        r.breach.callsign = q.value(2).toString();
        r.breach.deadlineMs = q.value(3).toLongLong();
        r.breach.breachedAtMs = q.value(4).toLongLong();
        r.stoppedAtMs = q.value(5).toLongLong();
        out.append(r);
    }
    return out;
}

std::optional<HandoverQueries::Event> HandoverQueries::lastEventBefore(const QSqlDatabase& db, const QString& entity,
                                                                       qint64 id, qint64 t, const QStringList& kinds)
{
    QVariantList binds{entity, id, t};
    const QString kind = kinds.isEmpty() ? QString() : QStringLiteral(" AND ") + kindsIn(kinds, binds);
    Q q = sql::run(db, QStringLiteral("SELECT kind, payload FROM events WHERE entity = ? AND entity_id = ? AND at < ?") + kind
                           + QStringLiteral(" ORDER BY seq DESC LIMIT 1"),
                   binds);
    if (!q.next())
        return std::nullopt;
    return Event{q.value(0).toString(), q.value(1).toByteArray()};
}

std::optional<HandoverQueries::Event> HandoverQueries::firstEventFrom(const QSqlDatabase& db, const QString& entity,
                                                                      qint64 id, const QString& kind, qint64 t)
{
    Q q = sql::run(db, QStringLiteral("SELECT kind, payload FROM events WHERE entity = ? AND entity_id = ? AND kind = ? "
                                      "AND at >= ? ORDER BY seq LIMIT 1"),
                   {entity, id, kind, t});
    if (!q.next())
        return std::nullopt;
    return Event{q.value(0).toString(), q.value(1).toByteArray()};
}

int HandoverQueries::eventCountBefore(const QSqlDatabase& db, const QString& entity, qint64 id, const QString& kind,
                                      qint64 t)
{
    return sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM events WHERE entity = ? AND entity_id = ? AND kind = ? "
                                          "AND at < ?"),
                       {entity, id, kind, t})
        .toInt();
}

QList<HandoverQueries::IncidentRow> HandoverQueries::liveIncidentsOpenAt(const QSqlDatabase& db, qint64 t, qint64 since)
{
    QList<IncidentRow> out;
    for (Q q = sql::run(db, QStringLiteral("SELECT id, number, summary, received_at, category FROM incidents WHERE origin = 'live' "
                                            "AND received_at < ? AND received_at >= ? AND (state NOT IN ('closed','merged','cancelled') "
                                            "OR state_since >= ?) ORDER BY received_at, id"),
                        {t, since, t});
         q.next();)
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                    q.value(4).toString()});
    return out;
}

QList<HandoverQueries::IncidentRow> HandoverQueries::liveNotableIncidents(const QSqlDatabase& db, qint64 from, qint64 to)
{
    QList<IncidentRow> out;
    for (Q q = sql::run(db, QStringLiteral("SELECT id, number, summary, received_at, category FROM incidents WHERE "
                                            "origin = 'live' AND received_at >= ? AND received_at < ? AND (priority = 1 OR "
                                            "category = 'mass_incident') ORDER BY received_at, id"),
                        {from, to});
         q.next();)
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                    q.value(4).toString()});
    return out;
}

std::optional<HandoverQueries::WorkOrderRow> HandoverQueries::lastWorkOrderBefore(const QSqlDatabase& db,
                                                                                  qint64 incidentId, qint64 t)
{
    Q q = sql::run(db, QStringLiteral("SELECT id, agency, created_at FROM work_orders WHERE incident_id = ? AND created_at < ? "
                                      "ORDER BY id DESC LIMIT 1"),
                   {incidentId, t});
    if (!q.next())
        return std::nullopt;
    return WorkOrderRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()};
}

QList<qint64> HandoverQueries::unitsOnIncidentAt(const QSqlDatabase& db, qint64 incidentId, qint64 t)
{
    QList<qint64> out;
    for (Q q = sql::run(db, QStringLiteral("SELECT unit_id FROM assignments WHERE incident_id = ? AND dispatched_at < ? AND "
                                            "(released_at IS NULL OR released_at >= ?) ORDER BY id"),
                        {incidentId, t, t});
         q.next();)
        out.append(q.value(0).toLongLong());
    return out;
}

std::optional<HandoverQueries::ClockRow> HandoverQueries::clockDueFirstAt(const QSqlDatabase& db, qint64 incidentId,
                                                                          qint64 t)
{
    Q q = sql::run(db, QStringLiteral("SELECT kind, deadline FROM incident_clocks WHERE incident_id = ? AND "
                                      "started_at <= ? AND (stopped_at IS NULL OR stopped_at >= ?) AND kind <> 'closure' "
                                      "ORDER BY deadline LIMIT 1"),
                   {incidentId, t, t});
    if (!q.next())
        return std::nullopt;
    return ClockRow{q.value(0).toString(), q.value(1).toLongLong()};
}

std::optional<HandoverQueries::UnitIncident> HandoverQueries::incidentOfUnitAt(const QSqlDatabase& db, qint64 unitId,
                                                                               qint64 t)
{
    Q q = sql::run(db, QStringLiteral("SELECT a.incident_id, i.number FROM assignments a JOIN incidents i ON i.id = a.incident_id "
                                      "WHERE a.unit_id = ? AND a.dispatched_at < ? AND (a.released_at IS NULL OR a.released_at >= ?) "
                                      "ORDER BY a.id DESC LIMIT 1"),
                   {unitId, t, t});
    if (!q.next())
        return std::nullopt;
    return UnitIncident{q.value(0).toLongLong(), q.value(1).toString()};
}

QList<HandoverQueries::OpenItem> HandoverQueries::transfersOpenAt(const QSqlDatabase& db, qint64 t)
{
    return openItems(db,
                     QStringLiteral("SELECT id, incident_id, station_id, reason, '', transferred_at, deadline_at FROM transfers "
                                    "WHERE transferred_at < ? AND (accepted_at IS NULL OR accepted_at >= ?) ORDER BY deadline_at"),
                     t);
}

QList<HandoverQueries::OpenItem> HandoverQueries::rectificationsOpenAt(const QSqlDatabase& db, qint64 t)
{
    return openItems(db,
                     QStringLiteral("SELECT id, incident_id, unit_id, issue, '', created_at, deadline_at FROM rectifications WHERE "
                                    "created_at < ? AND (done_at IS NULL OR done_at >= ?) ORDER BY deadline_at"),
                     t);
}

QList<HandoverQueries::OpenItem> HandoverQueries::mediationsOpenAt(const QSqlDatabase& db, qint64 t)
{
    return openItems(db,
                     QStringLiteral("SELECT m.id, m.incident_id, m.unit_id, i.summary, '', m.assigned_at, m.deadline_at FROM "
                                    "mediations m JOIN incidents i ON i.id = m.incident_id WHERE m.assigned_at < ? AND "
                                    "(m.outcome_at IS NULL OR m.outcome_at >= ?) ORDER BY m.deadline_at"),
                     t);
}

QList<HandoverQueries::OpenItem> HandoverQueries::supervisionsOpenAt(const QSqlDatabase& db, qint64 t)
{
    return openItems(db,
                     QStringLiteral("SELECT id, incident_id, 0, title, owner, created_at, deadline_at FROM supervisions WHERE "
                                    "created_at < ? AND (closed_at IS NULL OR closed_at >= ?) ORDER BY deadline_at"),
                     t);
}

QList<HandoverQueries::CallbackRow> HandoverQueries::callbacksNotDoneAt(const QSqlDatabase& db, qint64 t)
{
    QList<CallbackRow> out;
    for (Q q = sql::run(db, QStringLiteral("SELECT c.id, c.incident_id, i.caller_phone, i.summary, c.due_at, "
                                            "(SELECT at FROM events e WHERE e.entity = 'callback' AND e.entity_id = c.id AND "
                                            "e.kind = 'callback.opened') FROM callbacks c JOIN incidents i ON i.id = c.incident_id "
                                            "WHERE (c.done_at IS NULL OR c.done_at >= ?) ORDER BY c.due_at"),
                        {t});
         q.next();)
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toLongLong(), q.value(5).toLongLong()});
    return out;
}

QList<HandoverQueries::InstructionRow> HandoverQueries::instructionsOpenAt(const QSqlDatabase& db, qint64 t)
{
    QList<InstructionRow> out;
    for (Q q = sql::run(db, QStringLiteral("SELECT id, incident_id, source, text, class, received_at, sign_deadline_at, signed_at, "
                                            "forwarded_at, forwarded_to, reply_deadline_at FROM instructions WHERE registered_at < ? "
                                            "AND (answered_at IS NULL OR answered_at >= ?) ORDER BY received_at"),
                        {t, t});
         q.next();) {
        InstructionRow r;
        r.id = q.value(0).toLongLong();
        r.incidentId = q.value(1).toLongLong();
        r.source = q.value(2).toString();
        r.text = q.value(3).toString();
        r.cls = q.value(4).toString();
        r.receivedMs = q.value(5).toLongLong();
        r.signDeadlineMs = q.value(6).toLongLong();
        r.signedAtMs = optionalTime(q, 7);
        r.forwardedAtMs = optionalTime(q, 8);
        r.forwardedTo = q.value(9).toString();
        r.replyDeadlineMs = q.value(10).toLongLong();
        out.append(r);
    }
    return out;
}

QList<LedgerEntry> HandoverQueries::ledgerChanged(const QSqlDatabase& db, qint64 from, qint64 t)
{
    QList<LedgerEntry> out;
    for (Q q = sql::run(db, QStringLiteral("SELECT e.id, e.class, e.address, e.lat, e.lon, e.owner, e.opened_at, e.deadline_at, "
                                            "(SELECT COUNT(*) FROM ledger_marks m WHERE m.entry_id = e.id AND m.at < ?) FROM ledger_entries e "
                                            "WHERE e.opened_at < ? AND (e.closed_at IS NULL OR e.closed_at >= ?) AND ("
                                            "e.opened_at >= ? OR EXISTS (SELECT 1 FROM ledger_marks m WHERE m.entry_id = e.id AND "
                                            "m.at >= ? AND m.at < ?) OR EXISTS (SELECT 1 FROM ledger_actions a WHERE a.entry_id = e.id "
                                            "AND a.at >= ? AND a.at < ?)) ORDER BY e.deadline_at"),
                        {t, t, t, from, from, t, from, t});
         q.next();) {
        LedgerEntry e;
        e.id = q.value(0).toLongLong();
        e.cls = q.value(1).toString();
        e.address = q.value(2).toString();
        if (!q.isNull(3))
            e.position = GeoPoint{q.value(3).toDouble(), q.value(4).toDouble()};
        e.owner = q.value(5).toString();
        e.openedAtMs = q.value(6).toLongLong();
        e.deadlineMs = q.value(7).toLongLong();
        e.markCount = q.value(8).toInt();
        out.append(e);
    }
    return out;
}

} // namespace dispatch

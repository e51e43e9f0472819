// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/IntakeRepository.h"

#include "store/Dialect.h"
#include "store/Sql.h"

#include <QSqlQuery>

#include <limits>

namespace dispatch {

namespace {

const QString kNearbyColumns = QStringLiteral(
    "i.id, i.number, i.lat, i.lon, i.address, i.caller_phone, i.category, i.state, i.received_at, i.state_since, "
    "i.summary");

/// The repeat search's reads look a call up by an index (box, phone, address) whatever their values: on a server they
/// take their generic plan rather than being planned again for each call.
sql::PipelineStep generic(sql::PipelineStep read)
{
    read.genericPlan = true;
    return read;
}

/// The position of the row of kNearbyColumns the query is on.
GeoPoint nearbyPosition(const sql::Query& q)
{
    return {q.value(2).toDouble(), q.value(3).toDouble()};
}

NearbyIncident nearbyFrom(const sql::Query& q, const GeoPoint& position)
{
    NearbyIncident n;
    n.id = q.integer(0);
    n.number = q.value(1).toString();
    n.position = position;
    n.address = q.value(4).toString();
    n.phone = q.value(5).toString();
    n.category = q.value(6).toString();
    n.state = IncidentLifecycle::fromCode(q.value(7).toString()).value_or(IncidentState::Received);
    n.receivedAtMs = q.integer(8);
    n.stateSinceMs = q.integer(9);
    n.summary = q.value(10).toString();
    return n;
}

NearbyIncident nearbyFrom(const sql::Query& q)
{
    return nearbyFrom(q, nearbyPosition(q));
}

WorkOrder workOrderFrom(const sql::Query& q)
{
    WorkOrder w;
    w.id = q.value(0).toLongLong();
    w.incidentId = q.value(1).toLongLong();
    w.agency = q.value(2).toString();
    w.state = WorkOrderLifecycle::fromCode(q.value(3).toString()).value_or(WorkOrderState::Sent);
    w.note = q.value(4).toString();
    w.createdAtMs = q.value(5).toLongLong();
    w.stateSinceMs = q.value(6).toLongLong();
    return w;
}

const QString kWorkOrderColumns = QStringLiteral("id, incident_id, agency, state, note, created_at, state_since");

} // namespace

qint64 IntakeRepository::insertCaller(const QSqlDatabase& db, const IncidentCaller& c)
{
    sql::Query q = sql::prepare(db, QStringLiteral("INSERT INTO incident_callers(incident_id, line, name, phone, address, "
                                                   "summary, received_at, added_at, added_by, desk, source_ref) "
                                                   "VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(c.incidentId);
    q.addBindValue(sql::text(c.line));
    q.addBindValue(sql::text(c.name));
    q.addBindValue(sql::text(c.phone));
    q.addBindValue(sql::text(c.address));
    q.addBindValue(sql::text(c.summary));
    q.addBindValue(c.receivedAtMs);
    q.addBindValue(c.addedAtMs);
    q.addBindValue(sql::idOrNull(c.addedBy));
    q.addBindValue(sql::text(c.desk));
    q.addBindValue(sql::text(c.sourceRef));
    sql::exec(q);
    return q.lastInsertId().toLongLong();
}

QList<IncidentCaller> IntakeRepository::callers(const QSqlDatabase& db, qint64 incidentId)
{
    sql::Query q = sql::run(db,
                            QStringLiteral("SELECT id, incident_id, line, name, phone, address, summary, received_at, "
                                           "added_at, added_by, desk FROM incident_callers WHERE incident_id = ? "
                                           "ORDER BY received_at, id"),
                            {incidentId});
    QList<IncidentCaller> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toLongLong(),
                    q.value(8).toLongLong(), q.value(9).toLongLong(), q.value(10).toString()});
    return out;
}

void IntakeRepository::insertLink(const QSqlDatabase& db, qint64 incidentId, qint64 linkedId, const QString& reason,
                                  qint64 atMs, qint64 userId)
{
    sql::run(db,
             QStringLiteral("INSERT INTO incident_links(incident_id, linked_id, reason, created_at, created_by) "
                            "VALUES (?,?,?,?,?)"),
             {incidentId, linkedId, sql::text(reason), atMs, sql::idOrNull(userId)});
}

QList<qint64> IntakeRepository::links(const QSqlDatabase& db, qint64 incidentId)
{
    sql::Query q = sql::run(db,
                            QStringLiteral("SELECT linked_id FROM incident_links WHERE incident_id = ? UNION "
                                           "SELECT incident_id FROM incident_links WHERE linked_id = ? ORDER BY 1"),
                            {incidentId, incidentId});
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

qint64 IntakeRepository::insertMark(const QSqlDatabase& db, const RepeatMark& m)
{
    sql::Query q = sql::run(db,
                            QStringLiteral("INSERT INTO repeat_marks(incident_id, mark, class, related_id, place_count, "
                                           "created_at) VALUES (?,?,?,?,?,?)"),
                            {m.incidentId, m.mark, m.cls, sql::idOrNull(m.relatedId), m.placeCount, m.createdAtMs});
    return q.lastInsertId().toLongLong();
}

QList<RepeatMark> IntakeRepository::marks(const QSqlDatabase& db, qint64 incidentId)
{
    sql::Query q = sql::run(db,
                            QStringLiteral("SELECT id, incident_id, mark, class, related_id, place_count, created_at "
                                           "FROM repeat_marks WHERE incident_id = ? ORDER BY id"),
                            {incidentId});
    QList<RepeatMark> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toLongLong(), q.value(5).toInt(), q.value(6).toLongLong()});
    return out;
}

qint64 IntakeRepository::insertWorkOrder(const QSqlDatabase& db, const WorkOrder& w)
{
    sql::Query q = sql::run(db,
                            QStringLiteral("INSERT INTO work_orders(incident_id, agency, state, note, created_at, "
                                           "state_since) VALUES (?,?,?,?,?,?)"),
                            {w.incidentId, w.agency, WorkOrderLifecycle::code(w.state), sql::text(w.note), w.createdAtMs,
                             w.stateSinceMs});
    return q.lastInsertId().toLongLong();
}

void IntakeRepository::updateWorkOrder(const QSqlDatabase& db, const WorkOrder& w)
{
    sql::run(db, QStringLiteral("UPDATE work_orders SET state = ?, note = ?, state_since = ? WHERE id = ?"),
             {WorkOrderLifecycle::code(w.state), sql::text(w.note), w.stateSinceMs, w.id});
}

std::optional<WorkOrder> IntakeRepository::workOrder(const QSqlDatabase& db, qint64 id)
{
    sql::Query q = sql::run(db, QStringLiteral("SELECT ") + kWorkOrderColumns + QStringLiteral(" FROM work_orders WHERE id = ?"),
                            {id});
    if (!q.next())
        return std::nullopt;
    return workOrderFrom(q);
}

QList<WorkOrder> IntakeRepository::workOrders(const QSqlDatabase& db, qint64 incidentId)
{
    sql::Query q = sql::run(db,
                            QStringLiteral("SELECT ") + kWorkOrderColumns
                                + QStringLiteral(" FROM work_orders WHERE incident_id = ? ORDER BY id"),
                            {incidentId});
    QList<WorkOrder> out;
    while (q.next())
        out.append(workOrderFrom(q));
    return out;
}

DiversionFigures IntakeRepository::diversion(const QSqlDatabase& db, qint64 fromMs, qint64 toMs)
{
    // One work order per diverted call: the first one sent for the incident counts.
    sql::Query q = sql::run(db,
                            QStringLiteral("SELECT count(*), count(w.id), ")
                                + sql::dialect::countWhere(QStringLiteral("w.state = 'returned'")) + QStringLiteral(", ")
                                + sql::dialect::countWhere(QStringLiteral("w.state IN ('sent','accepted')"))
                                + QStringLiteral(" FROM incidents i LEFT JOIN work_orders w ON w.id ="
                                                 "  (SELECT min(id) FROM work_orders WHERE incident_id = i.id)"
                                                 " WHERE i.origin <> 'imported' AND i.received_at >= ? AND i.received_at < ?"),
                            {fromMs, toMs});
    DiversionFigures f;
    if (q.next()) {
        f.calls = q.value(0).toInt();
        f.diverted = q.value(1).toInt();
        f.returned = q.value(2).toInt();
        f.open = q.value(3).toInt();
    }
    return f;
}

sql::PipelineStep IntakeRepository::nearStatement(const QSqlDatabase& db, const GeoPoint& p, double radiusMetres,
                                                  qint64 sinceMs, NearBy by)
{
    const GeoBox box = geo::boxAround(p, radiusMetres);
    const double south = box.minLat, north = box.maxLat, west = box.minLon, east = box.maxLon;
    static const QString window = QStringLiteral(" AND i.received_at >= ? AND i.origin <> 'imported'");
    static const QString order = QStringLiteral(" ORDER BY i.received_at DESC");
    if (!sql::isPostgres(db) || by == NearBy::Place) {
        const sql::dialect::Terms box = sql::dialect::incidentsInBox(db, south, north, west, east);
        return generic({QStringLiteral("SELECT ") + kNearbyColumns + u' ' + box.text + window + order,
                        box.binds + QVariantList{sinceMs}});
    }
    // By time on a server: the window is a range (to the end of time), which a generic plan takes for a narrow one:
    // the index of the incidents by received time and position (incidents_received_place) reads the last hours'
    // entries and checks the box in the index, so that only the place's calls are read from the table.
    static const QString byTime =
        QStringLiteral("SELECT ") + kNearbyColumns
        + QStringLiteral(" FROM incidents i WHERE i.lat >= ? AND i.lat <= ? AND i.lon >= ? AND i.lon <= ?")
        + window + QStringLiteral(" AND i.received_at <= ?") + order;
    return generic({byTime, {south, north, west, east, sinceMs, std::numeric_limits<qint64>::max()}});
}

QList<NearbyIncident> IntakeRepository::near(const QSqlDatabase& db, const GeoPoint& p, double radiusMetres,
                                             qint64 sinceMs, NearBy by, int limit)
{
    const sql::PipelineStep read = nearStatement(db, p, radiusMetres, sinceMs, by);
    sql::Query q = sql::run(db, read.statement, read.binds);
    QList<NearbyIncident> out;
    while (q.next() && out.size() < limit) {
        // The box's corners are outside the circle: their rows are left without reading the rest of them.
        const GeoPoint at = nearbyPosition(q);
        const double distance = geo::distanceMetres(p, at);
        if (distance > radiusMetres)
            continue;
        NearbyIncident n = nearbyFrom(q, at);
        n.distanceMetres = distance;
        out.append(std::move(n));
    }
    return out;
}

sql::PipelineStep IntakeRepository::sameAddressStatement(const QString& address, qint64 sinceMs, int limit)
{
    static const QString statement =
        QStringLiteral("SELECT ") + kNearbyColumns
        + QStringLiteral(" FROM incidents i WHERE i.address = ? AND i.address <> '' AND i.received_at >= ?"
                         " AND i.origin <> 'imported' ORDER BY i.received_at DESC LIMIT ?");
    return generic({statement, {address, sinceMs, limit}});
}

QList<NearbyIncident> IntakeRepository::sameAddress(const QSqlDatabase& db, const QString& address, qint64 sinceMs,
                                                    int limit)
{
    const sql::PipelineStep read = sameAddressStatement(address, sinceMs, limit);
    sql::Query q = sql::run(db, read.statement, read.binds);
    QList<NearbyIncident> out;
    while (q.next())
        out.append(nearbyFrom(q));
    return out;
}

sql::PipelineStep IntakeRepository::samePhoneStatement(const QString& phone, qint64 sinceMs, int limit)
{
    static const QString statement =
        QStringLiteral("SELECT ") + kNearbyColumns
        + QStringLiteral(" FROM incidents i WHERE i.origin <> 'imported' AND i.id IN ("
                         " SELECT id FROM incidents WHERE caller_phone = ? AND caller_phone <> '' AND received_at >= ?"
                         " UNION SELECT incident_id FROM incident_callers WHERE phone = ? AND phone <> ''"
                         " AND received_at >= ?)"
                         " ORDER BY i.received_at DESC LIMIT ?");
    return generic({statement, {phone, sinceMs, phone, sinceMs, limit}});
}

QList<NearbyIncident> IntakeRepository::samePhone(const QSqlDatabase& db, const QString& phone, qint64 sinceMs,
                                                  int limit)
{
    const sql::PipelineStep read = samePhoneStatement(phone, sinceMs, limit);
    sql::Query q = sql::run(db, read.statement, read.binds);
    QList<NearbyIncident> out;
    while (q.next())
        out.append(nearbyFrom(q));
    return out;
}

} // namespace dispatch

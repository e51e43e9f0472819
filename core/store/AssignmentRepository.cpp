// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/AssignmentRepository.h"

#include "domain/EventKinds.h"
#include "store/Sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace dispatch {

namespace {

const QString kColumns = QStringLiteral("id, incident_id, unit_id, dispatched_at, dispatched_by, sign_for_deadline, "
                                        "acknowledged_at, en_route_at, on_scene_at, released_at, release, "
                                        "distance_m, eta_seconds, committed, from_lat, from_lon");

Assignment fromQuery(const sql::Query& q)
{
    Assignment a;
    a.id = q.value(0).toLongLong();
    a.incidentId = q.value(1).toLongLong();
    a.unitId = q.value(2).toLongLong();
    a.dispatchedAtMs = q.value(3).toLongLong();
    a.dispatchedBy = q.value(4).toLongLong();
    a.signForDeadlineMs = q.value(5).toLongLong();
    a.acknowledgedAtMs = q.value(6).toLongLong();
    a.enRouteAtMs = q.value(7).toLongLong();
    a.onSceneAtMs = q.value(8).toLongLong();
    a.releasedAtMs = q.value(9).toLongLong();
    a.release = q.value(10).toString();
    a.distanceM = q.value(11).isNull() ? -1 : q.value(11).toInt();
    a.etaSeconds = q.value(12).isNull() ? -1 : q.value(12).toInt();
    a.committedOverride = q.value(13).toBool();
    if (!q.value(14).isNull() && !q.value(15).isNull())
        a.from = GeoPoint{q.value(14).toDouble(), q.value(15).toDouble()};
    return a;
}

QList<Assignment> select(const QSqlDatabase& db, const QString& where, const QVariantList& binds)
{
    QList<Assignment> out;
    sql::Query q = sql::prepare(db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM assignments ") + where);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    sql::exec(q);
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

} // namespace

QString releaseCode(Release r)
{
    switch (r) {
    case Release::Cleared: return QStringLiteral("cleared");
    case Release::Recalled: return QStringLiteral("recalled");
    case Release::Reassigned: return QStringLiteral("reassigned");
    case Release::Closed: return QStringLiteral("closed");
    }
    return {};
}

qint64 AssignmentRepository::insert(const QSqlDatabase& db, const Assignment& a)
{
    sql::Query q = sql::run(
        db,
        QStringLiteral("INSERT INTO assignments(incident_id, unit_id, dispatched_at, dispatched_by, sign_for_deadline, "
                       "distance_m, eta_seconds, committed, from_lat, from_lon) VALUES (?,?,?,?,?,?,?,?,?,?)"),
        {a.incidentId, a.unitId, a.dispatchedAtMs, sql::idOrNull(a.dispatchedBy), a.signForDeadlineMs,
         a.distanceM >= 0 ? QVariant(a.distanceM) : QVariant(QMetaType::fromType<int>()),
         a.etaSeconds >= 0 ? QVariant(a.etaSeconds) : QVariant(QMetaType::fromType<int>()), a.committedOverride ? 1 : 0,
         a.from ? QVariant(a.from->lat) : QVariant(QMetaType::fromType<double>()),
         a.from ? QVariant(a.from->lon) : QVariant(QMetaType::fromType<double>())});
    return q.lastInsertId().toLongLong();
}

void AssignmentRepository::update(const QSqlDatabase& db, const Assignment& a)
{
    sql::run(db,
             QStringLiteral("UPDATE assignments SET acknowledged_at = ?, en_route_at = ?, on_scene_at = ?, "
                            "released_at = ?, release = ? WHERE id = ?"),
             {sql::idOrNull(a.acknowledgedAtMs), sql::idOrNull(a.enRouteAtMs), sql::idOrNull(a.onSceneAtMs),
              sql::idOrNull(a.releasedAtMs), a.release.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(a.release),
              a.id});
}

std::optional<Assignment> AssignmentRepository::openForUnit(const QSqlDatabase& db, qint64 unitId)
{
    const QList<Assignment> found = select(db, QStringLiteral("WHERE unit_id = ? AND released_at IS NULL"), {unitId});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

AssignmentRepository::Sender AssignmentRepository::sentBy(const QSqlDatabase& db, const Assignment& a)
{
    // The dispatch event is recorded on the incident at the assignment's own time, naming the unit.
    sql::Query q = sql::run(db, QStringLiteral("SELECT username, desk, payload FROM events WHERE entity = 'incident' AND "
                                               "entity_id = ? AND kind = ? AND at = ? ORDER BY seq DESC"),
                            {a.incidentId, events::kIncidentUnitDispatched, a.dispatchedAtMs});
    while (q.next())
        if (QJsonDocument::fromJson(q.value(2).toByteArray()).object().value(QStringLiteral("unit_id")).toInteger() == a.unitId)
            return {q.value(0).toString(), q.value(1).toString()};
    return {};
}

QList<Assignment> AssignmentRepository::openForIncident(const QSqlDatabase& db, qint64 incidentId)
{
    return select(db, QStringLiteral("WHERE incident_id = ? AND released_at IS NULL ORDER BY id"), {incidentId});
}

QList<Assignment> AssignmentRepository::forIncident(const QSqlDatabase& db, qint64 incidentId)
{
    return select(db, QStringLiteral("WHERE incident_id = ? ORDER BY id"), {incidentId});
}

QList<Assignment> AssignmentRepository::allOpen(const QSqlDatabase& db)
{
    return select(db, QStringLiteral("WHERE released_at IS NULL ORDER BY id"), {});
}

QList<Assignment> AssignmentRepository::releasedSince(const QSqlDatabase& db, qint64 sinceMs)
{
    return select(db, QStringLiteral("WHERE released_at >= ? ORDER BY released_at, id"), {sinceMs});
}

QList<Assignment> AssignmentRepository::dueSignForBreaches(const QSqlDatabase& db, qint64 nowMs)
{
    return select(db,
                  QStringLiteral("WHERE acknowledged_at IS NULL AND released_at IS NULL AND sign_for_breached_at IS NULL "
                                 "AND sign_for_deadline < ? ORDER BY sign_for_deadline, id"),
                  {nowMs});
}

void AssignmentRepository::markSignForBreached(const QSqlDatabase& db, qint64 assignmentId, qint64 atMs)
{
    sql::run(db, QStringLiteral("UPDATE assignments SET sign_for_breached_at = ? WHERE id = ? AND sign_for_breached_at IS NULL"),
             {atMs, assignmentId});
}

qint64 AssignmentRepository::insertFeedback(const QSqlDatabase& db, const Feedback& f)
{
    sql::Query q = sql::run(db,
                            QStringLiteral("INSERT INTO feedback(incident_id, unit_id, at, by_user, result, disposition) "
                                           "VALUES (?,?,?,?,?,?)"),
                            {f.incidentId, sql::idOrNull(f.unitId), f.atMs, sql::idOrNull(f.byUser), sql::text(f.result), f.disposition});
    return q.lastInsertId().toLongLong();
}

QList<Feedback> AssignmentRepository::feedback(const QSqlDatabase& db, qint64 incidentId)
{
    QList<Feedback> out;
    sql::Query q = sql::run(db,
                            QStringLiteral("SELECT id, incident_id, unit_id, at, by_user, result, disposition "
                                           "FROM feedback WHERE incident_id = ? ORDER BY id"),
                            {incidentId});
    while (q.next()) {
        Feedback f;
        f.id = q.value(0).toLongLong();
        f.incidentId = q.value(1).toLongLong();
        f.unitId = q.value(2).toLongLong();
        f.atMs = q.value(3).toLongLong();
        f.byUser = q.value(4).toLongLong();
        f.result = q.value(5).toString();
        f.disposition = q.value(6).toString();
        out.append(f);
    }
    return out;
}

} // namespace dispatch

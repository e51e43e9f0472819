// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/IncidentRepository.h"

#include "store/Sql.h"

#include <QSqlQuery>

namespace dispatch {

namespace {

const QString kColumns = QStringLiteral(
    "id, number, line, caller_name, caller_phone, address, lat, lon, zone_id, tier, summary, category, priority, "
    "state, state_since, received_at, created_at, updated_at, created_by, desk, merged_into, origin, source_ref, "
    "divert_to, mediation, unit_types, triage_rules");

// Read with every incident: derived from the callers and work-order tables.
const QString kDerived = QStringLiteral(
    ", (SELECT count(*) FROM incident_callers c WHERE c.incident_id = incidents.id)"
    ", (SELECT w.id || '|' || w.agency || '|' || w.state FROM work_orders w WHERE w.incident_id = incidents.id"
    " ORDER BY w.id DESC LIMIT 1)"
    ", (SELECT k.kind || '|' || k.started_at || '|' || k.deadline FROM incident_clocks k"
    " WHERE k.incident_id = incidents.id AND k.stopped_at IS NULL ORDER BY k.deadline LIMIT 1)");

const QString kOpenStates = QStringLiteral("state NOT IN ('closed','merged','cancelled')");

Incident fromQuery(const sql::Query& q)
{
    Incident i;
    i.id = q.value(0).toLongLong();
    i.number = q.value(1).toString();
    i.line = q.value(2).toString();
    i.callerName = q.value(3).toString();
    i.callerPhone = q.value(4).toString();
    i.address = q.value(5).toString();
    if (!q.value(6).isNull() && !q.value(7).isNull())
        i.position = GeoPoint{q.value(6).toDouble(), q.value(7).toDouble()};
    i.zoneId = q.value(8).toLongLong();
    i.tier = q.value(9).toInt();
    i.summary = q.value(10).toString();
    i.category = q.value(11).toString();
    i.priority = q.value(12).toInt();
    i.state = IncidentLifecycle::fromCode(q.value(13).toString()).value_or(IncidentState::Received);
    i.stateSinceMs = q.value(14).toLongLong();
    i.receivedAtMs = q.value(15).toLongLong();
    i.createdAtMs = q.value(16).toLongLong();
    i.updatedAtMs = q.value(17).toLongLong();
    i.createdBy = q.value(18).toLongLong();
    i.desk = q.value(19).toString();
    i.mergedInto = q.value(20).toLongLong();
    i.origin = originFromCode(q.value(21).toString()).value_or(IncidentOrigin::Live);
    i.sourceRef = q.value(22).toString();
    i.divertTo = q.value(23).toString();
    i.mediation = q.value(24).toBool();
    i.unitTypes = q.value(25).toString().split(u',', Qt::SkipEmptyParts);
    i.triageRules = q.value(26).toString().split(u',', Qt::SkipEmptyParts);
    i.extraCallers = q.value(27).toInt();
    if (const QStringList wo = q.value(28).toString().split(u'|'); wo.size() == 3)
        i.workOrder = {wo[0].toLongLong(), wo[1], wo[2]};
    if (const QStringList next = q.value(29).toString().split(u'|'); next.size() == 3)
        i.nextClock = {next[0], next[1].toLongLong(), next[2].toLongLong()};
    return i;
}

void bindAll(sql::Query& q, const Incident& i)
{
    q.addBindValue(sql::text(i.number));
    q.addBindValue(sql::text(i.line));
    q.addBindValue(sql::text(i.callerName));
    q.addBindValue(sql::text(i.callerPhone));
    q.addBindValue(sql::text(i.address));
    q.addBindValue(sql::doubleOrNull(i.position ? std::optional(i.position->lat) : std::nullopt));
    q.addBindValue(sql::doubleOrNull(i.position ? std::optional(i.position->lon) : std::nullopt));
    q.addBindValue(sql::idOrNull(i.zoneId));
    q.addBindValue(i.tier);
    q.addBindValue(sql::text(i.summary));
    q.addBindValue(sql::text(i.category));
    q.addBindValue(i.priority);
    q.addBindValue(IncidentLifecycle::code(i.state));
    q.addBindValue(i.stateSinceMs);
    q.addBindValue(i.receivedAtMs);
    q.addBindValue(i.createdAtMs);
    q.addBindValue(i.updatedAtMs);
    q.addBindValue(sql::idOrNull(i.createdBy));
    q.addBindValue(sql::text(i.desk));
    q.addBindValue(sql::idOrNull(i.mergedInto));
    q.addBindValue(originCode(i.origin));
    q.addBindValue(sql::text(i.sourceRef));
    q.addBindValue(sql::text(i.divertTo));
    q.addBindValue(i.mediation ? 1 : 0);
    q.addBindValue(sql::text(i.unitTypes.join(u',')));
    q.addBindValue(sql::text(i.triageRules.join(u',')));
}

QList<Incident> collect(sql::Query& q)
{
    QList<Incident> out;
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

} // namespace

qint64 IncidentRepository::insert(const QSqlDatabase& db, const Incident& incident)
{
    sql::Query q = sql::prepare(db, QStringLiteral("INSERT INTO incidents(") + kColumns.section(u',', 1).trimmed()
                                        + QStringLiteral(") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    bindAll(q, incident);
    sql::exec(q);
    return q.lastInsertId().toLongLong();
}

void IncidentRepository::update(const QSqlDatabase& db, const Incident& incident)
{
    sql::Query q = sql::prepare(
        db, QStringLiteral("UPDATE incidents SET number=?, line=?, caller_name=?, caller_phone=?, address=?, lat=?, "
                           "lon=?, zone_id=?, tier=?, summary=?, category=?, priority=?, state=?, state_since=?, "
                           "received_at=?, created_at=?, updated_at=?, created_by=?, desk=?, merged_into=?, "
                           "origin=?, source_ref=?, divert_to=?, mediation=?, unit_types=?, triage_rules=? WHERE id=?"));
    bindAll(q, incident);
    q.addBindValue(incident.id);
    sql::exec(q);
}

std::optional<Incident> IncidentRepository::find(const QSqlDatabase& db, qint64 id)
{
    sql::Query q =
        sql::run(db, QStringLiteral("SELECT ") + kColumns + kDerived + QStringLiteral(" FROM incidents WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return fromQuery(q);
}

QList<Incident> IncidentRepository::active(const QSqlDatabase& db)
{
    sql::Query q = sql::run(db, QStringLiteral("SELECT ") + kColumns + kDerived + QStringLiteral(" FROM incidents WHERE ")
                                    + kOpenStates + QStringLiteral(" AND origin <> 'imported' ORDER BY id"));
    return collect(q);
}

QList<Incident> IncidentRepository::list(const QSqlDatabase& db, const IncidentQuery& query)
{
    QString where = QStringLiteral(" WHERE 1=1");
    QVariantList binds;
    if (query.activeOnly)
        where += QStringLiteral(" AND ") + kOpenStates;
    if (query.origin) {
        where += QStringLiteral(" AND origin = ?");
        binds << originCode(*query.origin);
    }
    if (query.fromMs) {
        where += QStringLiteral(" AND received_at >= ?");
        binds << query.fromMs;
    }
    if (query.toMs) {
        where += QStringLiteral(" AND received_at < ?");
        binds << query.toMs;
    }
    sql::Query q = sql::prepare(db, QStringLiteral("SELECT ") + kColumns + kDerived + QStringLiteral(" FROM incidents") + where
                                        + QStringLiteral(" ORDER BY received_at DESC, id DESC LIMIT ? OFFSET ?"));
    for (const QVariant& v : std::as_const(binds))
        q.addBindValue(v);
    q.addBindValue(query.limit);
    q.addBindValue(query.offset);
    sql::exec(q);
    return collect(q);
}

qint64 IncidentRepository::count(const QSqlDatabase& db)
{
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM incidents")).toLongLong();
}

QString IncidentRepository::nextNumber(const QSqlDatabase& db, const QDate& localDate)
{
    const QString prefix = localDate.toString(QStringLiteral("yyyyMMdd")) + u'-';
    const QString last = sql::scalar(db,
                                     QStringLiteral("SELECT max(number) FROM incidents WHERE number >= ? AND number < ?"),
                                     {prefix, QString(prefix + QChar(0xffff))})
                             .toString();
    const int n = last.isEmpty() ? 1 : last.mid(prefix.size()).toInt() + 1;
    return prefix + QStringLiteral("%1").arg(n, 5, 10, QChar(u'0'));
}

} // namespace dispatch

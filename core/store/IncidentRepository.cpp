// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/IncidentRepository.h"

#include "store/Dialect.h"
#include "store/ServerPipeline.h"
#include "store/Sql.h"
#include "util/Result.h"

#include <QSqlQuery>

namespace dispatch {

namespace {

const QString kColumns = QStringLiteral(
    "id, number, line, caller_name, caller_phone, address, lat, lon, zone_id, tier, summary, category, priority, "
    "state, state_since, received_at, created_at, updated_at, created_by, desk, merged_into, origin, source_ref, "
    "divert_to, mediation, unit_types, triage_rules");

// Read with every incident: its row version, and what is derived from the callers and work-order tables.
// The incident's running clock is found among its own clocks (at most five, by the index of the incident's clocks):
// "stopped_at IS NULL" written as it is would let a server's planner, which takes the running clocks for few when it
// last counted them so, walk the index of every running clock in deadline order instead, a read that grows with the
// centre's open incidents. A clock never stops at 0 (times are milliseconds of the epoch).
const QString kDerived = QStringLiteral(
    ", row_version, (SELECT count(*) FROM incident_callers c WHERE c.incident_id = incidents.id)"
    ", (SELECT w.id || '|' || w.agency || '|' || w.state FROM work_orders w WHERE w.incident_id = incidents.id"
    " ORDER BY w.id DESC LIMIT 1)"
    ", (SELECT k.kind || '|' || k.started_at || '|' || k.deadline FROM incident_clocks k"
    " WHERE k.incident_id = incidents.id AND coalesce(k.stopped_at, 0) = 0 ORDER BY k.deadline LIMIT 1)");

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
    i.rowVersion = q.value(27).toLongLong();
    i.extraCallers = q.value(28).toInt();
    if (const QStringList wo = q.value(29).toString().split(u'|'); wo.size() == 3)
        i.workOrder = {wo[0].toLongLong(), wo[1], wo[2]};
    if (const QStringList next = q.value(30).toString().split(u'|'); next.size() == 3)
        i.nextClock = {next[0], next[1].toLongLong(), next[2].toLongLong()};
    return i;
}

/// The stored columns of an Incident, in kColumns' order after the id: 26 values from position 0.
void bindColumns(sql::Query& q, const Incident& i)
{
    const auto idOrNull = [&q](int index, qint64 id) { id ? q.bindInteger(index, id) : q.bindNull(index); };
    q.bindText(0, i.number);
    q.bindText(1, i.line);
    q.bindText(2, i.callerName);
    q.bindText(3, i.callerPhone);
    q.bindText(4, i.address);
    q.bindReal(5, i.position ? std::optional(i.position->lat) : std::nullopt);
    q.bindReal(6, i.position ? std::optional(i.position->lon) : std::nullopt);
    idOrNull(7, i.zoneId);
    q.bindInteger(8, i.tier);
    q.bindText(9, i.summary);
    q.bindText(10, i.category);
    q.bindInteger(11, i.priority);
    q.bindText(12, IncidentLifecycle::code(i.state));
    q.bindInteger(13, i.stateSinceMs);
    q.bindInteger(14, i.receivedAtMs);
    q.bindInteger(15, i.createdAtMs);
    q.bindInteger(16, i.updatedAtMs);
    idOrNull(17, i.createdBy);
    q.bindText(18, i.desk);
    idOrNull(19, i.mergedInto);
    q.bindText(20, originCode(i.origin));
    q.bindText(21, i.sourceRef);
    q.bindText(22, i.divertTo);
    q.bindInteger(23, i.mediation ? 1 : 0);
    q.bindText(24, i.unitTypes.join(u','));
    q.bindText(25, i.triageRules.join(u','));
}

constexpr int kStoredColumns = 26;

const QString kInsert = QStringLiteral("INSERT INTO incidents(") + kColumns.section(u',', 1).trimmed()
                        + QStringLiteral(", import_id, first_dispatched_at, first_signed_for_at, first_on_scene_at) VALUES (")
                        + QStringLiteral("?,").repeated(kStoredColumns + 3) + QStringLiteral("?)");

/// The sequence of the day's next number, an SQL expression on the day's prefix (`prefix`, a column of the statement):
/// the day's greatest number read by the index (a correlated max(), which both planners take from the index), plus one.
QString nextOfDay(const QString& prefix)
{
    return QStringLiteral("coalesce(CAST(substr((SELECT max(i.number) FROM incidents i WHERE i.number >= %1 AND "
                          "i.number < %1 || '%2'), length(%1) + 1) AS INTEGER), 0) + 1")
        .arg(prefix, QString(QChar(0xffff)));
}

/// The prefix of the numbers of a centre-local day, YYYYMMDD-.
QString dayPrefix(const QDate& localDate)
{
    return localDate.toString(QStringLiteral("yyyyMMdd")) + u'-';
}

QList<Incident> collect(sql::Query& q)
{
    QList<Incident> out;
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

} // namespace

qint64 IncidentRepository::insert(const QSqlDatabase& db, const Incident& incident, const IncidentHistory& history)
{
    return Batch(db).insert(incident, history);
}

IncidentRepository::Batch::Batch(const QSqlDatabase& db) : m_query(std::make_unique<sql::Query>(sql::prepare(db, kInsert)))
{
}

IncidentRepository::Batch::~Batch() = default;

qint64 IncidentRepository::Batch::insert(const Incident& incident, const IncidentHistory& history)
{
    sql::Query& q = *m_query;
    bindColumns(q, incident);
    history.importId ? q.bindInteger(kStoredColumns, history.importId) : q.bindNull(kStoredColumns);
    q.bindInteger(kStoredColumns + 1, history.firstDispatchedMs);
    q.bindInteger(kStoredColumns + 2, history.firstSignedForMs);
    q.bindInteger(kStoredColumns + 3, history.firstOnSceneMs);
    sql::exec(q);
    return q.lastInsertId().toLongLong();
}

void IncidentRepository::stampFirstUnitSteps(const QSqlDatabase& db, const Assignment& a)
{
    static const QString kFirstDispatched = QStringLiteral("UPDATE incidents SET first_dispatched_at = ? WHERE id = ? "
                                                           "AND (first_dispatched_at IS NULL OR first_dispatched_at > ?)");
    static const QString kFirstSignedFor = QStringLiteral("UPDATE incidents SET first_signed_for_at = ? WHERE id = ? "
                                                          "AND (first_signed_for_at IS NULL OR first_signed_for_at > ?)");
    static const QString kFirstOnScene = QStringLiteral("UPDATE incidents SET first_on_scene_at = ? WHERE id = ? "
                                                        "AND (first_on_scene_at IS NULL OR first_on_scene_at > ?)");
    for (const auto& [statement, atMs] : {std::pair{&kFirstDispatched, a.dispatchedAtMs},
                                          std::pair{&kFirstSignedFor, a.acknowledgedAtMs},
                                          std::pair{&kFirstOnScene, a.onSceneAtMs}})
        if (atMs)
            sql::run(db, *statement, {atMs, a.incidentId, atMs});
}

void IncidentRepository::update(const QSqlDatabase& db, Incident& incident)
{
    sql::Query q = sql::prepare(
        db, QStringLiteral("UPDATE incidents SET number=?, line=?, caller_name=?, caller_phone=?, address=?, lat=?, "
                           "lon=?, zone_id=?, tier=?, summary=?, category=?, priority=?, state=?, state_since=?, "
                           "received_at=?, created_at=?, updated_at=?, created_by=?, desk=?, merged_into=?, "
                           "origin=?, source_ref=?, divert_to=?, mediation=?, unit_types=?, triage_rules=?, "
                           "row_version = row_version + 1 WHERE id=? AND row_version=?"));
    bindColumns(q, incident);
    q.bindInteger(kStoredColumns, incident.id);
    q.bindInteger(kStoredColumns + 1, incident.rowVersion);
    sql::exec(q);
    if (q.numRowsAffected() != 1)
        throw DispatchError(tr("incident %1 was changed by another writer while this change was made; nothing was "
                               "saved, look at it again")
                                .arg(incident.number),
                            QStringLiteral("incident %1").arg(incident.number));
    ++incident.rowVersion;
}

const QString& IncidentRepository::findStatement()
{
    static const QString statement =
        QStringLiteral("SELECT ") + kColumns + kDerived + QStringLiteral(" FROM incidents WHERE id = ?");
    return statement;
}

std::optional<Incident> IncidentRepository::find(const QSqlDatabase& db, qint64 id)
{
    sql::Query q = sql::run(db, findStatement(), {id});
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

QString IncidentRepository::number(const QSqlDatabase& db, qint64 id)
{
    return sql::scalar(db, QStringLiteral("SELECT number FROM incidents WHERE id = ?"), {id}).toString();
}

std::shared_ptr<sql::ServerAnswer> IncidentRepository::reserveNumbered(const QSqlDatabase& db, const QDate& localDate)
{
    if (!sql::isPostgres(db))
        return {};
    // The identity's next id, and the day's next number, five digits or more (OFFSET 0: its sequence is worked out
    // once, not for each place the padding names it). The identity's sequence is named as the server named it when
    // the schema made the table (SchemaPostgres.cpp), found through the search path as the table is; asking the
    // server for it by table and column (pg_get_serial_sequence) read its catalogue of dependencies on every call.
    static const QString statement =
        QStringLiteral("SELECT nextval('incidents_id_seq'), x.p || ")
        + sql::dialect::zeroPadded(db, QStringLiteral("x.n"), 5) + QStringLiteral(" FROM (SELECT y.p, ")
        + nextOfDay(QStringLiteral("y.p")) + QStringLiteral(" AS n FROM (SELECT CAST(? AS TEXT) AS p) y OFFSET 0) x");
    // Its plan is the same whatever the day (the number's index, read backwards once): planned once, not per call.
    return sql::deferAnswered(db, statement, {dayPrefix(localDate)}, true);
}

void IncidentRepository::insertNumbered(const QSqlDatabase& db, Incident& incident, const QDate& localDate,
                                        const std::shared_ptr<sql::ServerAnswer>& reserved)
{
    if (reserved) {
        if (reserved->isEmpty())
            sql::sendDeferred(db); // nothing was asked of the server since the reservation
        if (reserved->rowCount() != 1)
            throw DispatchError(QStringLiteral("internal error: the new incident's number was not reserved"));
        incident.id = reserved->integer(0, 0);
        incident.number = QString::fromUtf8(reserved->text(0, 1));
        // The id given as well: the columns' list and values with one more at the end.
        static const QString withId = QString(kInsert)
                                          .replace(QStringLiteral(") VALUES ("), QStringLiteral(", id) VALUES ("))
                                          .chopped(1)
            + QStringLiteral(",?)");
        sql::Query q = sql::prepare(db, withId);
        bindColumns(q, incident);
        for (int k = 0; k <= 3; ++k)
            q.bindNull(kStoredColumns + k);
        q.bindInteger(kStoredColumns + 4, incident.id);
        sql::hold(q);
        sql::sendAheadNow(db); // the longest write: the server makes it while the desk makes the event
        return;
    }
    // The number bound is the day's prefix; the INSERT makes it the number: the prefix and the day's greatest number's
    // sequence plus one, five digits or more.
    const auto numbered = [&db]() -> QString {
        const QString next = sql::dialect::zeroPadded(db, nextOfDay(QStringLiteral("x.p")), 5);
        const QString number = QStringLiteral("(SELECT x.p || ") + next + QStringLiteral(" FROM (SELECT CAST(? AS TEXT) AS p) x)");
        return QString(kInsert).replace(QStringLiteral("VALUES (?,"), QStringLiteral("VALUES (") + number + u',')
            + QStringLiteral(" RETURNING id, number");
    };
    static thread_local QString statements[2]; // SQLite's, the server's
    QString& statement = statements[sql::isPostgres(db) ? 1 : 0];
    if (statement.isEmpty())
        statement = numbered();
    sql::Query q = sql::prepare(db, statement);
    bindColumns(q, incident);
    q.bindText(0, dayPrefix(localDate)); // the number's place: the day's prefix
    q.bindNull(kStoredColumns);
    for (int k = 1; k <= 3; ++k)
        q.bindNull(kStoredColumns + k);
    sql::exec(q);
    if (!q.next())
        throw DispatchError(QStringLiteral("internal error: the new incident's number was not given back"));
    incident.id = q.integer(0);
    incident.number = q.value(1).toString();
}

} // namespace dispatch

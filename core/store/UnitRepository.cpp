// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/UnitRepository.h"

#include "store/Dialect.h"
#include "store/Sql.h"
#include "util/Result.h"

#include <QSqlQuery>

namespace dispatch {

namespace {

const QString kStored = QStringLiteral("id, callsign, type, officers, auxiliaries, station_id, staging_point_id, "
                                       "state, state_since, incident_id, lat, lon, fix_at, certificate_no, "
                                       "certificate_expires");
// The stored columns and the sign-for of the unit's open assignment.
const QString kColumns = kStored + QStringLiteral(", row_version,"
                                                  " (SELECT a.sign_for_deadline || '|' || coalesce(a.acknowledged_at, 0)"
                                                  " FROM assignments a WHERE a.unit_id = units.id AND a.released_at IS NULL)");

Unit fromQuery(const sql::Query& q)
{
    Unit u;
    u.id = q.value(0).toLongLong();
    u.callsign = q.value(1).toString();
    u.type = q.value(2).toString();
    u.officers = q.value(3).toInt();
    u.auxiliaries = q.value(4).toInt();
    u.stationId = q.value(5).toLongLong();
    u.stagingPointId = q.value(6).toLongLong();
    u.state = UnitLifecycle::fromCode(q.value(7).toString()).value_or(UnitState::OffDuty);
    u.stateSinceMs = q.value(8).toLongLong();
    u.incidentId = q.value(9).toLongLong();
    if (!q.value(10).isNull() && !q.value(11).isNull())
        u.position = GeoPoint{q.value(10).toDouble(), q.value(11).toDouble()};
    u.fixAtMs = q.value(12).toLongLong();
    u.certificateNo = q.value(13).toString();
    u.certificateExpiresMs = q.value(14).toLongLong();
    u.rowVersion = q.value(15).toLongLong();
    if (const QString open = q.value(16).toString(); !open.isEmpty()) {
        u.signForDeadlineMs = open.section(QLatin1Char('|'), 0, 0).toLongLong();
        u.signedForAtMs = open.section(QLatin1Char('|'), 1, 1).toLongLong();
    }
    return u;
}

void bindAll(sql::Query& q, const Unit& u)
{
    q.addBindValue(sql::text(u.callsign));
    q.addBindValue(sql::text(u.type));
    q.addBindValue(u.officers);
    q.addBindValue(u.auxiliaries);
    q.addBindValue(sql::idOrNull(u.stationId));
    q.addBindValue(sql::idOrNull(u.stagingPointId));
    q.addBindValue(UnitLifecycle::code(u.state));
    q.addBindValue(u.stateSinceMs);
    q.addBindValue(sql::idOrNull(u.incidentId));
    q.addBindValue(sql::doubleOrNull(u.position ? std::optional(u.position->lat) : std::nullopt));
    q.addBindValue(sql::doubleOrNull(u.position ? std::optional(u.position->lon) : std::nullopt));
    q.addBindValue(sql::idOrNull(u.fixAtMs));
    q.addBindValue(sql::text(u.certificateNo));
    q.addBindValue(sql::idOrNull(u.certificateExpiresMs));
}

} // namespace

qint64 UnitRepository::insert(const QSqlDatabase& db, const Unit& unit)
{
    sql::Query q = sql::prepare(db, QStringLiteral("INSERT INTO units(") + kStored.section(u',', 1).trimmed()
                                        + QStringLiteral(") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    bindAll(q, unit);
    sql::exec(q);
    return q.lastInsertId().toLongLong();
}

void UnitRepository::update(const QSqlDatabase& db, Unit& unit)
{
    sql::Query q = sql::prepare(db, QStringLiteral("UPDATE units SET callsign=?, type=?, officers=?, auxiliaries=?, "
                                                   "station_id=?, staging_point_id=?, state=?, state_since=?, "
                                                   "incident_id=?, lat=?, lon=?, fix_at=?, "
                                                   "certificate_no=?, certificate_expires=?, "
                                                   "row_version = row_version + 1 WHERE id=? AND row_version=?"));
    bindAll(q, unit);
    q.addBindValue(unit.id);
    q.addBindValue(unit.rowVersion);
    sql::exec(q);
    if (q.numRowsAffected() != 1)
        throw DispatchError(tr("%1 was changed by another writer while this change was made; nothing was saved, look "
                               "at it again")
                                .arg(unit.callsign),
                            unit.callsign);
    ++unit.rowVersion;
}

const QString& UnitRepository::findStatement()
{
    static const QString statement = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM units WHERE id = ?");
    return statement;
}

std::optional<Unit> UnitRepository::find(const QSqlDatabase& db, qint64 id)
{
    sql::Query q = sql::run(db, findStatement(), {id});
    if (!q.next())
        return std::nullopt;
    return fromQuery(q);
}

std::optional<Unit> UnitRepository::findByCallsign(const QSqlDatabase& db, const QString& callsign)
{
    sql::Query q = sql::run(db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM units WHERE callsign = ?"),
                            {callsign});
    if (!q.next())
        return std::nullopt;
    return fromQuery(q);
}

QList<Unit> UnitRepository::all(const QSqlDatabase& db)
{
    QList<Unit> out;
    sql::Query q = sql::run(db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM units ORDER BY id"));
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

int UnitRepository::count(const QSqlDatabase& db)
{
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM units")).toInt();
}

bool UnitRepository::setPosition(const QSqlDatabase& db, qint64 id, const GeoPoint& position, qint64 fixAtMs)
{
    sql::Query q = sql::run(db,
                            QStringLiteral("UPDATE units SET lat = ?, lon = ?, fix_at = ? "
                                           "WHERE id = ? AND (fix_at IS NULL OR fix_at <= ?)"),
                            {position.lat, position.lon, fixAtMs, id, fixAtMs});
    return q.numRowsAffected() > 0;
}

QList<qint64> UnitRepository::confirmFixes(const QSqlDatabase& db, const QList<qint64>& ids, qint64 fixAtMs)
{
    QStringList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list << QString::number(id);
    QList<qint64> changed;
    for (sql::Query q = sql::run(db,
                                 QStringLiteral("UPDATE units SET fix_at = ? WHERE id IN ") + sql::dialect::integersOf(db)
                                     + QStringLiteral(" AND lat IS NOT NULL AND lon IS NOT NULL AND (fix_at IS NULL OR fix_at < ?) "
                                                "RETURNING id"),
                                 {fixAtMs, QStringLiteral("[%1]").arg(list.join(u',')), fixAtMs});
         q.next();)
        changed << q.value(0).toLongLong();
    return changed;
}

QHash<qint64, qint64> UnitRepository::fixTimes(const QSqlDatabase& db)
{
    QHash<qint64, qint64> out;
    for (sql::Query q = sql::run(db, QStringLiteral("SELECT id, fix_at FROM units")); q.next();)
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return out;
}

} // namespace dispatch

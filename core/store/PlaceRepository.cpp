// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/PlaceRepository.h"

#include "geo/GeoJson.h"
#include "store/Sql.h"
#include "util/Result.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace dispatch {

namespace {
QString geometryText(const GeoPolygon& area)
{
    return QString::fromUtf8(QJsonDocument(GeoJsonReader::toGeometry(area)).toJson(QJsonDocument::Compact));
}
} // namespace

qint64 PlaceRepository::insertZone(const QSqlDatabase& db, const Zone& z)
{
    const GeoBox& b = z.area.bounds();
    const QString geometry = geometryText(z.area);
    sql::Query q = sql::run(db,
                            QStringLiteral("INSERT INTO zones(code, name, tier, geometry, min_lat, min_lon, max_lat, "
                                           "max_lon, source) VALUES (?,?,?,?,?,?,?,?,?)"),
                            {z.code, z.name, z.tier, geometry, b.minLat, b.minLon, b.maxLat, b.maxLon, sql::text(z.source)});
    return q.lastInsertId().toLongLong();
}

void PlaceRepository::updateZone(const QSqlDatabase& db, const Zone& z)
{
    const GeoBox& b = z.area.bounds();
    sql::run(db,
             QStringLiteral("UPDATE zones SET code = ?, name = ?, tier = ?, geometry = ?, min_lat = ?, min_lon = ?, "
                            "max_lat = ?, max_lon = ?, source = ? WHERE id = ?"),
             {z.code, z.name, z.tier, geometryText(z.area), b.minLat, b.minLon, b.maxLat, b.maxLon,
              sql::text(z.source), z.id});
}

void PlaceRepository::deleteZone(const QSqlDatabase& db, qint64 id)
{
    sql::run(db, QStringLiteral("DELETE FROM zones WHERE id = ?"), {id});
}

QHash<qint64, PlaceRepository::ZoneReferences> PlaceRepository::zoneReferences(const QSqlDatabase& db)
{
    QHash<qint64, ZoneReferences> out;
    sql::Query q = sql::run(db, QStringLiteral("SELECT zone_id, count(*) FROM incidents WHERE zone_id IS NOT NULL "
                                               "GROUP BY zone_id"));
    while (q.next())
        out[q.value(0).toLongLong()].incidents = q.value(1).toInt();
    q = sql::run(db, QStringLiteral("SELECT zone_id, count(*) FROM staging_points WHERE zone_id IS NOT NULL "
                                    "GROUP BY zone_id"));
    while (q.next())
        out[q.value(0).toLongLong()].stagingPoints = q.value(1).toInt();
    return out;
}

QList<Zone> PlaceRepository::zones(const QSqlDatabase& db)
{
    QList<Zone> out;
    sql::Query q = sql::run(db, QStringLiteral("SELECT id, code, name, tier, geometry, source FROM zones ORDER BY id"));
    while (q.next()) {
        Zone z;
        z.id = q.value(0).toLongLong();
        z.code = q.value(1).toString();
        z.name = q.value(2).toString();
        z.tier = q.value(3).toInt();
        auto poly = GeoJsonReader::parseGeometry(QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object());
        if (!poly)
            throw DispatchError(QStringLiteral("stored geometry of zone %1 is invalid: %2")
                                    .arg(z.code, poly.errorString()));
        z.area = std::move(poly).value();
        z.source = q.value(5).toString();
        out.append(std::move(z));
    }
    return out;
}

int PlaceRepository::zoneCount(const QSqlDatabase& db)
{
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM zones")).toInt();
}

qint64 PlaceRepository::insertStation(const QSqlDatabase& db, const Station& s)
{
    sql::Query q = sql::run(db, QStringLiteral("INSERT INTO stations(code, name, lat, lon, phone) VALUES (?,?,?,?,?)"),
                            {s.code, s.name, s.position.lat, s.position.lon, sql::text(s.phone)});
    return q.lastInsertId().toLongLong();
}

QList<Station> PlaceRepository::stations(const QSqlDatabase& db)
{
    QList<Station> out;
    sql::Query q = sql::run(db, QStringLiteral("SELECT id, code, name, lat, lon, phone FROM stations ORDER BY id"));
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    GeoPoint{q.value(3).toDouble(), q.value(4).toDouble()}, q.value(5).toString()});
    return out;
}

qint64 PlaceRepository::insertStagingPoint(const QSqlDatabase& db, const StagingPoint& p)
{
    sql::Query q = sql::run(db,
                            QStringLiteral("INSERT INTO staging_points(code, name, lat, lon, zone_id, station_id) "
                                           "VALUES (?,?,?,?,?,?)"),
                            {p.code, p.name, p.position.lat, p.position.lon, sql::idOrNull(p.zoneId),
                             sql::idOrNull(p.stationId)});
    return q.lastInsertId().toLongLong();
}

QList<StagingPoint> PlaceRepository::stagingPoints(const QSqlDatabase& db)
{
    QList<StagingPoint> out;
    sql::Query q = sql::run(
        db, QStringLiteral("SELECT id, code, name, lat, lon, zone_id, station_id FROM staging_points ORDER BY id"));
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    GeoPoint{q.value(3).toDouble(), q.value(4).toDouble()}, q.value(5).toLongLong(),
                    q.value(6).toLongLong()});
    return out;
}

void PlaceRepository::insertAgency(const QSqlDatabase& db, const Agency& a)
{
    sql::run(db, QStringLiteral("INSERT INTO agencies(code, name, name_en, phone) VALUES (?,?,?,?)"),
             {a.code, a.name, sql::text(a.nameEn), sql::text(a.phone)});
}

QList<Agency> PlaceRepository::agencies(const QSqlDatabase& db)
{
    QList<Agency> out;
    sql::Query q = sql::run(db, QStringLiteral("SELECT code, name, name_en, phone FROM agencies ORDER BY code"));
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

} // namespace dispatch

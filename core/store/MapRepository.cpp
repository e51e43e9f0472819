// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/MapRepository.h"

#include "store/MetaRepository.h"
#include "store/Sql.h"

#include <QJsonDocument>

#include <algorithm>

namespace dispatch {

namespace {

GeoBox boxOf(const QList<GeoPoint>& points)
{
    GeoBox b;
    for (const GeoPoint& p : points)
        b.extend(p);
    return b;
}

QString joinIds(const QList<qint64>& ids)
{
    QString out;
    out.reserve(ids.size() * 11);
    for (qint64 id : ids) {
        if (!out.isEmpty())
            out += u' ';
        out += QString::number(id);
    }
    return out;
}

} // namespace

QString MapRepository::encodePoints(const QList<GeoPoint>& points)
{
    QString out;
    out.reserve(points.size() * 24);
    for (const GeoPoint& p : points) {
        if (!out.isEmpty())
            out += u' ';
        out += QString::number(p.lat, 'f', 7) + u',' + QString::number(p.lon, 'f', 7);
    }
    return out;
}

QList<GeoPoint> MapRepository::decodePoints(QStringView text)
{
    QList<GeoPoint> out;
    for (QStringView pair : text.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype comma = pair.indexOf(u',');
        bool okLat = false, okLon = false;
        const double lat = comma > 0 ? pair.left(comma).toDouble(&okLat) : 0;
        const double lon = comma > 0 ? pair.mid(comma + 1).toDouble(&okLon) : 0;
        if (!okLat || !okLon)
            return {};
        out.append(GeoPoint{lat, lon});
    }
    return out;
}

void MapRepository::replace(const QSqlDatabase& db, const MapData& data, qint64 atMs, const QString& by)
{
    for (const char* table : {"map_roads", "map_places", "map_areas"})
        sql::run(db, QStringLiteral("DELETE FROM ") + QLatin1String(table));
    {
        sql::Query q = sql::prepare(db, QStringLiteral(
            "INSERT INTO map_roads(osm_id, class, name, ref, oneway, maxspeed_kmh, bridge, tunnel, nodes, points,"
            " min_lat, min_lon, max_lat, max_lon) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        for (const MapRoad& r : data.roads) {
            const GeoBox b = boxOf(r.points);
            q.bindInteger(0, r.osmId);
            q.bindText(1, r.roadClass);
            q.bindText(2, r.name);
            q.bindText(3, r.ref);
            q.bindInteger(4, r.oneway);
            q.bindReal(5, r.maxspeedKmh > 0 ? std::optional<double>(r.maxspeedKmh) : std::nullopt);
            q.bindInteger(6, r.bridge ? 1 : 0);
            q.bindInteger(7, r.tunnel ? 1 : 0);
            q.bindText(8, joinIds(r.nodes));
            q.bindText(9, encodePoints(r.points));
            q.bindReal(10, b.minLat);
            q.bindReal(11, b.minLon);
            q.bindReal(12, b.maxLat);
            q.bindReal(13, b.maxLon);
            sql::exec(q);
        }
    }
    {
        sql::Query q = sql::prepare(db, QStringLiteral(
            "INSERT INTO map_places(osm_type, osm_id, kind, name, house_number, street, category, lat, lon)"
            " VALUES (?,?,?,?,?,?,?,?,?)"));
        for (const MapPlace& p : data.places) {
            q.bindText(0, p.osmType == 'w' ? QStringLiteral("w") : QStringLiteral("n"));
            q.bindInteger(1, p.osmId);
            q.bindText(2, MapPlaces::code(p.kind));
            q.bindText(3, p.name);
            q.bindText(4, p.houseNumber);
            q.bindText(5, p.street);
            q.bindText(6, p.category);
            q.bindReal(7, p.point.lat);
            q.bindReal(8, p.point.lon);
            sql::exec(q);
        }
    }
    {
        sql::Query q = sql::prepare(db, QStringLiteral(
            "INSERT INTO map_areas(osm_id, kind, name, points, min_lat, min_lon, max_lat, max_lon) VALUES (?,?,?,?,?,?,?,?)"));
        for (const MapArea& a : data.areas) {
            const GeoBox b = boxOf(a.ring);
            q.bindInteger(0, a.osmId);
            q.bindText(1, MapPlaces::code(a.kind));
            q.bindText(2, a.name);
            // An area's rings in one column: the outer ring, then each hole after a ';'.
            QString rings = encodePoints(a.ring);
            for (const QList<GeoPoint>& hole : a.holes)
                rings += u';' + encodePoints(hole);
            q.bindText(3, rings);
            q.bindReal(4, b.minLat);
            q.bindReal(5, b.minLon);
            q.bindReal(6, b.maxLat);
            q.bindReal(7, b.maxLon);
            sql::exec(q);
        }
    }
    MetaRepository::set(db, QStringLiteral("map_source"), data.source);
    MetaRepository::set(db, QStringLiteral("map_sha256"), data.sha256);
    MetaRepository::set(db, QStringLiteral("map_imported_at"), QString::number(atMs));
    MetaRepository::set(db, QStringLiteral("map_imported_by"), by);
}

namespace {

/// The rows of `table` (map_roads by class, map_areas by kind) whose extent meets `box`.
QList<MapLine> linesIn(const QSqlDatabase& db, const QString& kindColumn, const QString& table, const GeoBox& box)
{
    QList<MapLine> out;
    sql::Query q = sql::run(db, QStringLiteral("SELECT %1, name, points FROM %2 WHERE max_lat >= ? AND min_lat <= ?"
                                               " AND max_lon >= ? AND min_lon <= ?")
                                    .arg(kindColumn, table),
                            {box.minLat, box.maxLat, box.minLon, box.maxLon});
    while (q.next()) {
        const QString points = q.value(2).toString();
        const QList<QStringView> rings = QStringView(points).split(u';');
        MapLine line{q.value(0).toString(), q.value(1).toString(), MapRepository::decodePoints(rings.first()), {}};
        for (qsizetype i = 1; i < rings.size(); ++i)
            if (QList<GeoPoint> hole = MapRepository::decodePoints(rings.at(i)); !hole.isEmpty())
                line.holes.append(std::move(hole));
        out.append(std::move(line));
    }
    return out;
}

} // namespace

QList<MapLine> MapRepository::roadsIn(const QSqlDatabase& db, const GeoBox& box)
{
    return linesIn(db, QStringLiteral("class"), QStringLiteral("map_roads"), box);
}

QList<MapLine> MapRepository::areasIn(const QSqlDatabase& db, const GeoBox& box)
{
    return linesIn(db, QStringLiteral("kind"), QStringLiteral("map_areas"), box);
}

QList<RoadRecord> MapRepository::roadRecords(const QSqlDatabase& db)
{
    QList<RoadRecord> out;
    sql::Query q = sql::run(db, QStringLiteral("SELECT class, name, oneway, maxspeed_kmh, nodes, points FROM map_roads ORDER BY id"));
    while (q.next()) {
        RoadRecord r;
        r.roadClass = q.value(0).toString();
        r.name = q.value(1).toString();
        r.oneway = int(q.integer(2));
        r.maxspeedKmh = q.value(3).toDouble();
        const QString nodes = q.value(4).toString();
        for (QStringView id : QStringView(nodes).split(u' ', Qt::SkipEmptyParts))
            r.nodes.append(id.toLongLong());
        r.points = decodePoints(q.value(5).toString());
        out.append(std::move(r));
    }
    return out;
}

MapSummary MapRepository::summary(const QSqlDatabase& db)
{
    MapSummary s;
    sql::Query r = sql::run(db, QStringLiteral("SELECT COUNT(*), COUNT(CASE WHEN name <> '' THEN 1 END),"
                                               " COUNT(CASE WHEN oneway <> 0 THEN 1 END), MIN(min_lat), MIN(min_lon),"
                                               " MAX(max_lat), MAX(max_lon) FROM map_roads"));
    if (r.next()) {
        s.roads = int(r.integer(0));
        s.namedRoads = int(r.integer(1));
        s.oneway = int(r.integer(2));
        if (s.roads) {
            s.minLat = r.value(3).toDouble();
            s.minLon = r.value(4).toDouble();
            s.maxLat = r.value(5).toDouble();
            s.maxLon = r.value(6).toDouble();
        }
    }
    sql::Query p = sql::run(db, QStringLiteral("SELECT COUNT(CASE WHEN kind = 'address' THEN 1 END),"
                                               " COUNT(CASE WHEN kind = 'poi' THEN 1 END),"
                                               " COUNT(CASE WHEN kind = 'place' THEN 1 END) FROM map_places"));
    if (p.next()) {
        s.addresses = int(p.integer(0));
        s.pois = int(p.integer(1));
        s.places = int(p.integer(2));
    }
    sql::Query a = sql::run(db, QStringLiteral("SELECT COUNT(CASE WHEN kind = 'water' THEN 1 END),"
                                               " COUNT(CASE WHEN kind = 'park' THEN 1 END) FROM map_areas"));
    if (a.next()) {
        s.water = int(a.integer(0));
        s.parks = int(a.integer(1));
    }
    s.source = MetaRepository::value(db, QStringLiteral("map_source"));
    s.sha256 = MetaRepository::value(db, QStringLiteral("map_sha256"));
    s.importedAtMs = MetaRepository::value(db, QStringLiteral("map_imported_at")).toLongLong();
    s.importedBy = MetaRepository::value(db, QStringLiteral("map_imported_by"));
    sql::Query g = sql::run(db, QStringLiteral("SELECT COUNT(CASE WHEN source = 'list' THEN 1 END),"
                                               " COUNT(CASE WHEN source = 'incident' THEN 1 END) FROM gazetteer"));
    if (g.next()) {
        s.listed = int(g.integer(0));
        s.confirmed = int(g.integer(1));
    }
    s.listSource = MetaRepository::value(db, QStringLiteral("address_list_source"));
    s.listSha256 = MetaRepository::value(db, QStringLiteral("address_list_sha256"));
    s.listImportedAtMs = MetaRepository::value(db, QStringLiteral("address_list_imported_at")).toLongLong();
    s.listImportedBy = MetaRepository::value(db, QStringLiteral("address_list_imported_by"));
    const std::optional<RoadProfile> vehicles = vehicleProfile(db);
    s.vehicleProfile = vehicles ? vehicles->name : RoadProfile::car().name;
    s.vehicleStartSeconds = vehicles ? vehicles->startSeconds : 0;
    return s;
}

std::optional<RoadProfile> MapRepository::vehicleProfile(const QSqlDatabase& db)
{
    const QString text = MetaRepository::value(db, QStringLiteral("vehicle_road_profile"));
    if (text.isEmpty())
        return std::nullopt;
    const Result<RoadProfile> p = RoadProfile::fromJson(QJsonDocument::fromJson(text.toUtf8()).object(),
                                                        QStringLiteral("vehicle_road_profile"));
    if (!p) // checked when set: only a hand-edited store gets here, and the desk goes on with the built-in speeds
        return std::nullopt;
    return *p;
}

void MapRepository::setVehicleProfile(const QSqlDatabase& db, const std::optional<RoadProfile>& profile, qint64 atMs,
                                      const QString& by)
{
    MetaRepository::set(db, QStringLiteral("vehicle_road_profile"),
                        profile ? QString::fromUtf8(QJsonDocument(profile->toJson()).toJson(QJsonDocument::Compact)) : QStringLiteral(""));
    MetaRepository::set(db, QStringLiteral("vehicle_road_profile_set_at"), QString::number(atMs));
    MetaRepository::set(db, QStringLiteral("vehicle_road_profile_set_by"), by);
}

void MapRepository::setAddressList(const QSqlDatabase& db, const QString& source, const QString& sha256, qint64 atMs,
                                   const QString& by)
{
    MetaRepository::set(db, QStringLiteral("address_list_source"), source);
    MetaRepository::set(db, QStringLiteral("address_list_sha256"), sha256);
    MetaRepository::set(db, QStringLiteral("address_list_imported_at"), QString::number(atMs));
    MetaRepository::set(db, QStringLiteral("address_list_imported_by"), by);
}

} // namespace dispatch

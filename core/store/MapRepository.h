// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/MapData.h"
#include "map/RoadGraph.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace dispatch {

/// What the store's map holds.
struct MapSummary
{
    int roads = 0, namedRoads = 0, oneway = 0;
    int addresses = 0, pois = 0, places = 0;
    int water = 0, parks = 0;
    double minLat = 0, minLon = 0, maxLat = 0, maxLon = 0; ///< the roads' extent (0 when there is no road)
    QString source, sha256;
    qint64 importedAtMs = 0;
    QString importedBy;
    int listed = 0;    ///< addresses of the centre's own list in the gazetteer
    int confirmed = 0; ///< incidents' confirmed addresses in the gazetteer
    QString listSource, listSha256;
    qint64 listImportedAtMs = 0;
    QString listImportedBy;
    QString vehicleProfile;       ///< the vehicles' road profile's name ("car" when the built-in one)
    double vehicleStartSeconds = 0;

    bool isEmpty() const { return roads == 0 && addresses == 0 && pois == 0 && places == 0; }
};

/// A road or an area as the base map draws it: its class ("primary") or kind ("water"), its name, its points.
struct MapLine
{
    QString kind;
    QString name;
    QList<GeoPoint> points;
    QList<QList<GeoPoint>> holes; ///< an area's inner rings
};

/// The map a centre loads (`map_roads`, `map_places`, `map_areas`), replaced whole by each import.
class MapRepository
{
public:
    /// Deletes the map held and writes `data` in its place, inside the caller's transaction.
    static void replace(const QSqlDatabase& db, const MapData& data, qint64 atMs, const QString& by);
    static MapSummary summary(const QSqlDatabase& db);
    /// Where the gazetteer's address list came from (file, SHA-256, when, by whom).
    static void setAddressList(const QSqlDatabase& db, const QString& source, const QString& sha256, qint64 atMs,
                               const QString& by);
    /// The roads and the areas whose extent meets `box`.
    /// The vehicles' road profile the centre set (dispatchctl map profile), or nothing for the built-in one.
    static std::optional<RoadProfile> vehicleProfile(const QSqlDatabase& db);
    /// Sets it (nothing: back to the built-in profile), with when and by whom.
    static void setVehicleProfile(const QSqlDatabase& db, const std::optional<RoadProfile>& profile, qint64 atMs,
                                  const QString& by);
    static QList<MapLine> roadsIn(const QSqlDatabase& db, const GeoBox& box);
    static QList<MapLine> areasIn(const QSqlDatabase& db, const GeoBox& box);
    /// Every road with its nodes, as the road graph reads them.
    static QList<RoadRecord> roadRecords(const QSqlDatabase& db);

    /// "lat,lon lat,lon …" with 7 decimals (a centimetre), and back (an empty list for a malformed text).
    static QString encodePoints(const QList<GeoPoint>& points);
    static QList<GeoPoint> decodePoints(QStringView text);
};

} // namespace dispatch

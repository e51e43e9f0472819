// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/GeoPoint.h"

#include <QList>
#include <QString>

namespace dispatch {

/// A road of the map: an OpenStreetMap way with a `highway` tag a vehicle or a person on foot can use, its nodes in
/// order (their OSM ids join roads into a network) and what the desk needs to draw it and route over it.
struct MapRoad
{
    qint64 osmId = 0;
    QString roadClass;    ///< motorway, trunk, primary, secondary, tertiary, residential, service, footway …
    QString name;         ///< as mapped (name:zh preferred where name is missing)
    QString ref;          ///< a road number ("G213")
    int oneway = 0;       ///< 1 along the nodes, -1 against them, 0 both ways
    double maxspeedKmh = 0; ///< 0: not mapped
    bool bridge = false, tunnel = false;
    QList<qint64> nodes;
    QList<GeoPoint> points; ///< the nodes' places, in the same order
};

/// A place a caller may name: an address (addr:housenumber with its street), a named point of interest (a shop, a
/// school, a bus stop, a building with a name) or a named place (a neighbourhood, a village).
struct MapPlace
{
    enum class Kind { Address, Poi, Place };
    qint64 osmId = 0;
    char osmType = 'n';   ///< 'n' a node, 'w' a way (its centre)
    Kind kind = Kind::Poi;
    QString name;
    QString houseNumber;
    QString street;
    QString category;     ///< the tag that made it a point of interest ("amenity=school")
    GeoPoint point;
};

/// Water or green space drawn under the streets: a closed way, or an outer ring of a multipolygon relation with the
/// inner rings it holds (an island in a lake, a pond in a park) as holes.
struct MapArea
{
    enum class Kind { Water, Park };
    qint64 osmId = 0;     ///< the way's, or the relation's
    Kind kind = Kind::Water;
    QString name;
    QList<GeoPoint> ring;
    QList<QList<GeoPoint>> holes;
};

/// What an OpenStreetMap file gave the desk, with what was left out and why.
struct MapData
{
    QString source;       ///< the file's name
    QString sha256;       ///< of the file as read
    QList<MapRoad> roads;
    QList<MapPlace> places;
    QList<MapArea> areas;
    qint64 nodesRead = 0, waysRead = 0;
    int waysWithMissingNodes = 0; ///< a way whose nodes the file does not hold (cut at the extract's edge): left out
    int relationsSkipped = 0;     ///< relations other than water and green multipolygons (routes, boundaries …)
    int areaRelations = 0;        ///< water and green multipolygon relations made into areas
};

/// One name of a place the gazetteer finds: an address, a point of interest, a named place or a road.
struct GazetteerEntry
{
    QString source; ///< "map" (the imported map), "list" (the centre's address list), "incident" (a confirmed address)
    QString kind;   ///< "address", "poi", "place", "road"
    QString text;   ///< as shown: "深南大道88号", "Quai Antoine 1er 6 (Stars'N'Bars)"
    GeoPoint point;
};

namespace MapPlaces {
QString code(MapPlace::Kind kind);
QString code(MapArea::Kind kind);
} // namespace MapPlaces

} // namespace dispatch

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/MapData.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace dispatch {

/// How fast a kind of unit goes on each class of road, and which roads it may use at all.
struct RoadProfile
{
    QString name;                    ///< "car", "foot"
    QHash<QString, double> speedKmh; ///< by road class (a "_link" takes its road's); a class not listed is not used
    /// A mapped speed limit is driven at this share of it (town traffic), never faster than the class's speed allows
    /// by more than half again; 0: limits ignored.
    double maxspeedShare = 0.75;
    double accessKmh = 15;           ///< from the point to the nearest road node and back off at the end
    /// Added to every time by road: from going en route to moving at road speed, and from the kerb to the caller.
    /// 0 in the built-in profiles; a profile fitted on a centre's history (dispatchctl calibrate) sets it.
    double startSeconds = 0;

    /// A patrol car in town (the built-in speeds; README "The map", to be fitted on a centre's own history).
    static RoadProfile car();
    /// An officer on foot: every road and path at 5 km/h, one-way streets both ways.
    static RoadProfile foot();
    /// The profile of a unit type: "foot" and "mediator" walk, everything else drives.
    static RoadProfile forUnitType(const QString& unitType);
    /// Whether a unit of this type walks, without building its profile (asked once per unit ranked).
    static bool walksAs(const QString& unitType)
    {
        return unitType == QLatin1String("foot") || unitType == QLatin1String("mediator");
    }
    /// The speed on a road of `roadClass` with the mapped limit `maxspeedKmh` (0: none); 0 when the road is not used.
    double speedOn(const QString& roadClass, double maxspeedKmh) const;
    bool walks() const { return name == QLatin1String("foot"); }

    /// As a profile file holds it: {"name", "speed_kmh": {class: km/h}, "maxspeed_share", "access_kmh",
    /// "start_seconds"} (and whatever else the writer added, such as how it was fitted).
    QJsonObject toJson() const;
    /// A profile file's object, each value checked (an error naming the field: "speed_kmh.primary").
    static Result<RoadProfile> fromJson(const QJsonObject& o, const QString& where);
};

/// A road's record as the graph reads it (from the store's map or straight from a file).
struct RoadRecord
{
    QString roadClass;
    QString name;
    int oneway = 0;
    double maxspeedKmh = 0;
    QList<qint64> nodes;
    QList<GeoPoint> points;
};

/// The time and length by road from a point to another.
struct RoadTime
{
    double seconds = 0;
    double metres = 0;
};

/// The fastest way by road split by class of road, as a fit of speeds on history needs it.
struct RoadLegs
{
    double seconds = 0;                 ///< by the graph's profile, start and access included
    double accessMetres = 0;            ///< off the network at either end
    QHash<QString, double> metresByClass; ///< on the network, by road class (a "_link" counted with its road)
};

/// A route over the roads: its time, its length and its line.
struct RoadRoute
{
    double seconds = 0;
    double metres = 0;
    double accessMetres = 0; ///< of them, off the road network at either end (point to nearest node)
    QList<GeoPoint> path;    ///< from the start point to the end point
    QStringList roadNames;   ///< the named roads followed, in order, each once in a row
};

/// The road network of the centre's map as a directed graph (one-way streets respected, a speed per edge from the
/// profile) with Dijkstra's search: one route between two points, and the times from many points to one (over the
/// reversed graph, stopping once every source is settled), which is how units are ranked by road to an incident.
/// Points join the network at their nearest node within kMaxAccessMetres (an edge's nearest point is not looked
/// for: node spacing in a town is tens of metres).
class RoadGraph
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::RoadGraph)

public:
    static RoadGraph build(const QList<RoadRecord>& roads, const RoadProfile& profile);

    int nodeCount() const { return int(m_points.size()); }
    int edgeCount() const { return int(m_to.size()); }
    bool isEmpty() const { return m_points.empty(); }

    /// The nearest node of the network to `p` and how far it is; nothing beyond `maxMetres`.
    std::optional<std::pair<int, double>> nearestNode(const GeoPoint& p, double maxMetres = kMaxAccessMetres) const;
    /// The fastest route; an error when a point is off the network or no road leads from one to the other.
    Result<RoadRoute> route(const GeoPoint& from, const GeoPoint& to) const;
    /// From each of `sources` to `target` by road (nothing for a source off the network or with no way there).
    QList<std::optional<RoadTime>> timesTo(const GeoPoint& target, const QList<GeoPoint>& sources) const;

    /// From `from` to each of `targets`, split by road class (nothing for a target off the network or out of reach).
    /// One search, stopped once every target is settled.
    QList<std::optional<RoadLegs>> legsFrom(const GeoPoint& from, const QList<GeoPoint>& targets) const;

    /// Where the roads lead from `from` within `maxSeconds` (an isochrone): each road segment whose start is reached
    /// in time, as far along it as the time allows. Empty when `from` is off the network.
    QList<QList<GeoPoint>> reach(const GeoPoint& from, double maxSeconds) const;

    /// The nodes a unit leaving `from` reaches within `maxSeconds` (its way to the network counted), each with its
    /// time; empty when `from` is off the network. One search, stopped at the time.
    std::vector<std::pair<int, double>> nodesWithin(const GeoPoint& from, double maxSeconds) const;
    const GeoPoint& nodePoint(int node) const { return m_points[std::size_t(node)]; }
    /// The time to cover `metres` off the network, to or from its nearest node.
    double accessSeconds(double metres) const;
    /// The profile's start-up time, added once to every time by road.
    double startSeconds() const { return m_profile.startSeconds; }
    const RoadProfile& profile() const { return m_profile; }

    static constexpr double kMaxAccessMetres = 500;

private:
    struct Search;
    /// Dijkstra from `start` over the forward (or reversed) edges until every node of `wanted` is settled (all nodes
    /// when empty); distances in seconds, and the edge that reached each node.
    void search(int start, bool reversed, const std::vector<int>& wanted, std::vector<double>& seconds,
                std::vector<int>& via, std::vector<double>* metres = nullptr,
                double maxSeconds = std::numeric_limits<double>::infinity()) const;

    RoadProfile m_profile;
    std::vector<GeoPoint> m_points;          ///< per node
    std::vector<int> m_firstOut, m_firstIn;  ///< CSR offsets, nodeCount + 1 each
    std::vector<int> m_to, m_from;           ///< per edge (forward order)
    std::vector<int> m_inEdge;               ///< edge ids in reversed order (grouped by head)
    std::vector<int> m_inFrom;               ///< per reversed edge: its tail, so a reversed search reads in order
    std::vector<double> m_inSeconds, m_inMetres; ///< per reversed edge
    std::vector<double> m_seconds, m_metres; ///< per edge
    std::vector<int> m_road;                 ///< per edge: the road it belongs to
    QStringList m_roadNames;                 ///< per road
    QStringList m_roadClasses;               ///< per road, "_link" folded into its road
    QHash<qint64, QList<int>> m_grid;        ///< nodes by cell of ~200 m
    /// Where points already joined the network: units standing or asked about again join it without a search of
    /// the grid (shared by copies of the graph; emptied when it grows past a bound).
    struct SnapCache;
    std::shared_ptr<SnapCache> m_snaps;
    std::optional<std::pair<int, double>> snapped(const GeoPoint& p) const;
};

/// The centre's roads for each way of moving: driven and walked.
struct RoadNetwork
{
    RoadGraph car;
    RoadGraph foot;

    /// `car`: the centre's fitted profile for the vehicles, when it has one.
    static RoadNetwork build(const QList<RoadRecord>& roads, const RoadProfile& car = RoadProfile::car())
    {
        return {RoadGraph::build(roads, car), RoadGraph::build(roads, RoadProfile::foot())};
    }
    const RoadGraph& forUnitType(const QString& unitType) const
    {
        return RoadProfile::walksAs(unitType) ? foot : car;
    }
    bool isEmpty() const { return car.isEmpty() && foot.isEmpty(); }
};

} // namespace dispatch

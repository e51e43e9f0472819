// SPDX-License-Identifier: GPL-3.0-or-later
// Routes by road: one-way streets respected by car and not on foot, footways walked and not driven, speed limits
// read, points off the network and parts of it not joined refused with the reason; the times from many units to one
// incident over the reversed graph equal their routes one by one; on central Futian's real network (one-way streets
// make A→B and B→A differ).
#include "CatchQt.h"
#include "TestStore.h"

#include "map/OsmReader.h"
#include "map/RoadGraph.h"
#include "domain/Unit.h"
#include "dispatch/Recommender.h"

#include <random>

using namespace dispatch;
using namespace dispatch::test;

namespace {

RoadRecord road(const QString& cls, const QString& name, QList<qint64> nodes, QList<GeoPoint> points, int oneway = 0)
{
    RoadRecord r;
    r.roadClass = cls;
    r.name = name;
    r.nodes = std::move(nodes);
    r.points = std::move(points);
    r.oneway = oneway;
    return r;
}

const GeoPoint kA{22.780, 100.960}, kB{22.780, 100.970}, kC{22.789, 100.965}, kD{22.7802, 100.965};

QList<RoadRecord> triangle()
{
    return {road(QStringLiteral("residential"), QStringLiteral("西街"), {1, 2}, {kA, kB}, -1), // only B → A
            road(QStringLiteral("residential"), QStringLiteral("北环路"), {1, 3, 2}, {kA, kC, kB}),
            road(QStringLiteral("footway"), QString(), {1, 4, 2}, {kA, kD, kB})};
}

QList<RoadRecord> recordsOf(const MapData& m)
{
    QList<RoadRecord> out;
    for (const MapRoad& r : m.roads)
        out.append(road(r.roadClass, r.name, r.nodes, r.points, r.oneway));
    for (qsizetype i = 0; i < m.roads.size(); ++i)
        out[i].maxspeedKmh = m.roads.at(i).maxspeedKmh;
    return out;
}

} // namespace

TEST_CASE("roads: a one-way street is driven one way only and walked both; a footway is walked, not driven", "[map][route]")
{
    const RoadGraph car = RoadGraph::build(triangle(), RoadProfile::car());
    const Result<RoadRoute> ab = car.route(kA, kB);
    REQUIRE(ab.ok());
    CHECK(ab->roadNames == QStringList{QStringLiteral("北环路")}); // around by the north, not against the one-way street
    CHECK(ab->metres == Approx(geo::distanceMetres(kA, kC) + geo::distanceMetres(kC, kB)));
    CHECK(ab->seconds == Approx(ab->metres / (25 / 3.6)));
    const Result<RoadRoute> ba = car.route(kB, kA);
    REQUIRE(ba.ok());
    CHECK(ba->roadNames == QStringList{QStringLiteral("西街")});
    CHECK(ba->metres == Approx(geo::distanceMetres(kA, kB)));
    CHECK(ba->path.size() == 4); // the start, its node, the end's node, the end

    const RoadGraph foot = RoadGraph::build(triangle(), RoadProfile::foot());
    const Result<RoadRoute> walk = foot.route(kA, kB);
    REQUIRE(walk.ok());
    CHECK(walk->metres == Approx(geo::distanceMetres(kA, kB))); // the one-way street, on foot
    CHECK(walk->seconds == Approx(walk->metres / (5 / 3.6)));
    CHECK(RoadProfile::forUnitType(QStringLiteral("mediator")).walks());
    CHECK_FALSE(RoadProfile::forUnitType(QStringLiteral("patrol_car")).walks());
}

TEST_CASE("roads: speed limits are read, points off the network and unjoined parts are refused with the reason", "[map][route]")
{
    const RoadProfile car = RoadProfile::car();
    CHECK(car.speedOn(QStringLiteral("primary"), 0) == 45);
    CHECK(car.speedOn(QStringLiteral("primary"), 60) == 45);          // 75 % of the limit
    CHECK(car.speedOn(QStringLiteral("residential"), 60) == 37.5);    // never beyond half again the class's speed
    CHECK(car.speedOn(QStringLiteral("motorway_link"), 0) == 80);
    CHECK(car.speedOn(QStringLiteral("footway"), 0) == 0);

    QList<RoadRecord> roads = triangle();
    const GeoPoint far1{22.90, 101.10}, far2{22.9005, 101.1005};
    roads.append(road(QStringLiteral("residential"), QStringLiteral("孤岛路"), {10, 11}, {far1, far2}));
    const RoadGraph g = RoadGraph::build(roads, car);
    CHECK(g.route(GeoPoint{23.5, 101.5}, kB).errorString().contains(QStringLiteral("more than 500 m from any road")));
    CHECK(g.route(kA, far1).errorString().contains(QStringLiteral("no road of the map leads")));
    const auto times = g.timesTo(kA, {kB, far1, GeoPoint{40, 40}});
    REQUIRE(times.size() == 3);
    REQUIRE(times.at(0).has_value());
    CHECK(times.at(0)->metres == Approx(geo::distanceMetres(kA, kB))); // B → A by the one-way street
    CHECK_FALSE(times.at(1).has_value());
    CHECK_FALSE(times.at(2).has_value());
}

TEST_CASE("roads: central Futian routed: one-way streets matter, many-to-one equals one by one", "[map][route]")
{
    const Result<MapData> m = OsmReader::read(testDataPath(QStringLiteral("map/futian.osm")));
    REQUIRE(m.ok());
    const RoadGraph g = RoadGraph::build(recordsOf(*m), RoadProfile::car());
    CHECK(g.nodeCount() > 1000);
    std::mt19937 rng(110);
    std::uniform_real_distribution<double> lat(22.520, 22.548), lon(114.000, 114.037);
    QList<GeoPoint> points;
    while (points.size() < 24) {
        const GeoPoint p{lat(rng), lon(rng)};
        if (g.nearestNode(p, 150))
            points.append(p);
    }
    const GeoPoint incident = points.takeFirst();
    const auto many = g.timesTo(incident, points);
    int differ = 0, unreachable = 0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const Result<RoadRoute> one = g.route(points.at(i), incident);
        if (!one) {
            // A one-way street into the extract's edge has no way back out: no time either way.
            CHECK(one.errorString().contains(QStringLiteral("no road of the map leads")));
            CHECK_FALSE(many.at(i).has_value());
            ++unreachable;
            continue;
        }
        REQUIRE(many.at(i).has_value());
        CHECK(many.at(i)->seconds == Approx(one->seconds).epsilon(1e-9));
        CHECK(many.at(i)->metres == Approx(one->metres).epsilon(1e-9));
        CHECK(one->metres >= geo::distanceMetres(points.at(i), incident) - 1.0);
        const Result<RoadRoute> back = g.route(incident, points.at(i));
        if (back)
            differ += std::abs(back->seconds - one->seconds) > 1.0;
    }
    CHECK(unreachable <= 3);
    CHECK(differ > 0); // one-way streets: the way there is not the way back
}

TEST_CASE("roads: the recommendation times units by road when a map is loaded, off-road units by the straight line",
          "[map][route][recommend]")
{
    TestStore store(TestStore::Demo, QStringLiteral("admin"));
    DispatchService& svc = store.service();
    // The test streets: a primary road 人民路 through (22.770, 100.960) – (22.780, 100.970) – (22.790, 100.980).
    REQUIRE(svc.importMap(testDataPath(QStringLiteral("map/demo-streets.osm"))).ok());
    const Unit* west = nullptr;
    const Unit* east = nullptr;
    for (qint64 id : svc.board().unitIds())
        if (const Unit* u = svc.board().unit(id); u && !RoadProfile::forUnitType(u->type).walks()
                                                  && (u->state == UnitState::AvailableStaging || u->state == UnitState::AvailablePatrol)) {
            if (!west)
                west = u;
            else if (!east)
                east = u;
        }
    REQUIRE(west);
    REQUIRE(east);
    REQUIRE(svc.reportPosition(west->id, GeoPoint{22.7701, 100.9601}).ok());
    REQUIRE(svc.reportPosition(east->id, GeoPoint{22.7899, 100.9799}).ok());
    RecommendQuery q;
    q.position = GeoPoint{22.7801, 100.9701};
    q.priority = 2;
    const Recommendation r = svc.recommend(q);
    CHECK(r.roadsUsed);
    const auto find = [&](qint64 id) -> const Candidate* {
        for (const Candidate& c : r.candidates)
            if (c.unitId == id)
                return &c;
        return nullptr;
    };
    const Candidate* w = find(west->id);
    REQUIRE(w);
    CHECK(w->byRoad);
    const RoadRoute route = *svc.routeByRoad(GeoPoint{22.7701, 100.9601}, q.position, w->type);
    CHECK(w->etaSeconds == int(std::ceil(route.seconds)));
    CHECK(w->distanceM == Approx(route.metres));
    CHECK(w->etaSeconds == int(std::ceil(geo::distanceMetres(GeoPoint{22.770, 100.960}, GeoPoint{22.780, 100.970}) / (45 / 3.6)
                                         + (geo::distanceMetres(GeoPoint{22.7701, 100.9601}, GeoPoint{22.770, 100.960})
                                            + geo::distanceMetres(q.position, GeoPoint{22.780, 100.970}))
                                               / (15 / 3.6))));
    const Candidate* e = find(east->id);
    REQUIRE(e);
    CHECK(e->byRoad);
    // Every other unit is far from the test streets: the straight-line model, as before.
    for (const Candidate& c : r.candidates)
        if (const Unit* u = svc.board().unit(c.unitId); c.unitId != west->id && c.unitId != east->id && u->position
                                                         && geo::distanceMetres(*u->position, q.position) > 3000)
            CHECK_FALSE(c.byRoad);
    // No map: nothing by road.
    TestStore bare;
    CHECK_FALSE(bare.service().recommend(q).roadsUsed);
}

TEST_CASE("roads: the reach in a time follows the roads, cut where the time runs out", "[map][route]")
{
    const RoadGraph car = RoadGraph::build(triangle(), RoadProfile::car());
    // From A: the one-way street leads only towards A, so in 10 s a car gets up the northern road alone.
    const double toC = geo::distanceMetres(kA, kC) / (25 / 3.6);
    const QList<QList<GeoPoint>> ten = car.reach(kA, 10);
    REQUIRE(ten.size() == 1);
    CHECK(geo::distanceMetres(ten.first().first(), kA) < 1);
    CHECK(geo::distanceMetres(ten.first().first(), ten.first().last()) == Approx(10 * 25 / 3.6).epsilon(0.01));
    // In time to pass C: A–C whole, and from C a part of C–B and of the way back to A.
    const QList<QList<GeoPoint>> more = car.reach(kA, toC + 20);
    REQUIRE(more.size() == 3);
    CHECK(car.reach(GeoPoint{23.5, 101.5}, 60).isEmpty()); // off the network
}

TEST_CASE("roads: a point joins the network at its nearest node, the same as a look at every node", "[map][route]")
{
    const Result<MapData> m = OsmReader::read(testDataPath(QStringLiteral("map/futian.osm")));
    REQUIRE(m.ok());
    const RoadGraph g = RoadGraph::build(recordsOf(*m), RoadProfile::car());
    std::mt19937 rng(7);
    // The file's extent and 600 m beyond it, so that some points have no node within reach.
    std::uniform_real_distribution<double> lat(22.511, 22.557), lon(113.991, 114.046);
    int joined = 0, off = 0;
    for (int i = 0; i < 400; ++i) {
        const GeoPoint p{lat(rng), lon(rng)};
        for (const double maxMetres : {60.0, 500.0}) {
            double best = 1e18;
            for (const MapRoad& r : m->roads)
                if (RoadProfile::car().speedOn(r.roadClass, r.maxspeedKmh) > 0) // a road the car graph holds
                    for (const GeoPoint& q : r.points)
                        best = std::min(best, geo::distanceMetres(p, q));
            const auto found = g.nearestNode(p, maxMetres);
            if (best > maxMetres + 0.5) {
                CHECK_FALSE(found);
                ++off;
            } else if (best < maxMetres - 0.5) {
                REQUIRE(found);
                CHECK(found->second == Approx(best).margin(0.5));
                ++joined;
            }
        }
    }
    CHECK(joined > 300);
    CHECK(off > 50);
}

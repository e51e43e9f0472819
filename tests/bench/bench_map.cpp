// SPDX-License-Identifier: GPL-3.0-or-later
// The centre's map at city scale, each figure against a baseline measured in the same run:
//  - import (read through libosmium, written to the store in one transaction) of San Francisco's TIGER roads (every
//    street of the city, XML) and Monaco's PBF, in rows a second, against a bare libosmium pass over the same file
//    (every object read, locations of way nodes kept, nothing else done);
//  - the one-to-many search that ranks units by road: from each of 200 incidents to 2,000 units placed over the city,
//    median and p99, against a bare Dijkstra over the same graph from the same incident without stopping early;
//  - the whole recommendation with road ETAs (DispatchService::recommend on a store holding the city's roads and
//    2,000 units at random places on them), against the same bare Dijkstra.
// Run: ctest --test-dir build -C bench -L bench -V   (or build/tests/bench_map)
#include "BenchStats.h"
#include "BenchStore.h"
#include "map/OsmReader.h"
#include "map/RoadGraph.h"
#include "store/Database.h"
#include "store/MapRepository.h"

#include <osmium/handler.hpp>
#include <osmium/handler/node_locations_for_ways.hpp>
#include <osmium/index/map/sparse_mem_array.hpp>
#include <osmium/io/pbf_input.hpp>
#include <osmium/io/xml_input.hpp>
#include <osmium/visitor.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <queue>
#include <vector>

using namespace dispatch;
using bench::median;
using bench::p99;

namespace {

QString data(const char* name)
{
    return QStringLiteral(DISPATCH_TEST_DATA "/map/") + QLatin1String(name);
}

struct Count : osmium::handler::Handler
{
    qint64 objects = 0;
    void node(const osmium::Node&) { ++objects; }
    void way(const osmium::Way&) { ++objects; }
    void relation(const osmium::Relation&) { ++objects; }
};

/// The bare pass: every object of the file read by libosmium, way nodes located, counted.
double barePass(const QString& path, qint64& objects)
{
    QElapsedTimer t;
    t.start();
    osmium::io::Reader reader(path.toStdString());
    osmium::index::map::SparseMemArray<osmium::unsigned_object_id_type, osmium::Location> index;
    osmium::handler::NodeLocationsForWays<decltype(index)> locations(index);
    locations.ignore_errors();
    Count count;
    osmium::apply(reader, locations, count);
    reader.close();
    objects = count.objects;
    return double(t.nsecsElapsed()) / 1e9;
}

void benchImport(const char* name)
{
    qint64 objects = 0;
    const double bare = barePass(data(name), objects);
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!db)
        qFatal("%s", qPrintable(db.errorString()));
    QElapsedTimer t;
    t.start();
    const Result<MapData> m = OsmReader::read(data(name));
    if (!m)
        qFatal("%s", qPrintable(m.errorString()));
    const double read = double(t.nsecsElapsed()) / 1e9;
    {
        Transaction tx(**db);
        MapRepository::replace((*db)->connection(), *m, 0, QStringLiteral("bench"));
        tx.commit();
    }
    const double total = double(t.nsecsElapsed()) / 1e9;
    const qint64 rows = m->roads.size() + m->places.size() + m->areas.size();
    std::printf("import %s: %lld objects, %lld rows kept; read %.2f s + write %.2f s = %.2f s (%.0f objects/s); "
                "bare libosmium pass %.2f s (%.0f objects/s); ratio %.1f\n",
                name, qlonglong(objects), qlonglong(rows), read, total - read, total, objects / total, bare,
                objects / bare, total / bare);
}

/// A bare Dijkstra over the same roads (forward edges, car speeds), settling every node: the baseline of the search.
struct BareGraph
{
    std::vector<int> first, to;
    std::vector<double> cost;
    std::vector<GeoPoint> points;

    static BareGraph build(const QList<RoadRecord>& roads, const RoadProfile& profile)
    {
        QHash<qint64, int> ids;
        std::vector<std::vector<std::pair<int, double>>> out;
        BareGraph g;
        auto node = [&](qint64 id, const GeoPoint& p) {
            auto it = ids.find(id);
            if (it == ids.end()) {
                it = ids.insert(id, int(g.points.size()));
                g.points.push_back(p);
                out.emplace_back();
            }
            return *it;
        };
        for (const RoadRecord& r : roads) {
            const double speed = profile.speedOn(r.roadClass, r.maxspeedKmh);
            if (speed <= 0)
                continue;
            for (qsizetype i = 0; i + 1 < r.nodes.size(); ++i) {
                const int a = node(r.nodes[i], r.points[i]), b = node(r.nodes[i + 1], r.points[i + 1]);
                const double s = geo::distanceMetres(r.points[i], r.points[i + 1]) / (speed / 3.6);
                if (r.oneway >= 0)
                    out[std::size_t(a)].push_back({b, s});
                if (r.oneway <= 0)
                    out[std::size_t(b)].push_back({a, s});
            }
        }
        g.first.push_back(0);
        for (const auto& edges : out) {
            for (const auto& [b, s] : edges) {
                g.to.push_back(b);
                g.cost.push_back(s);
            }
            g.first.push_back(int(g.to.size()));
        }
        return g;
    }

    int nearest(const GeoPoint& p) const
    {
        int best = 0;
        double bestD = 1e18;
        for (std::size_t i = 0; i < points.size(); ++i)
            if (const double d = geo::distanceMetres(p, points[i]); d < bestD) {
                bestD = d;
                best = int(i);
            }
        return best;
    }

    double settleAll(int start) const
    {
        std::vector<double> dist(points.size(), 1e18);
        using Item = std::pair<double, int>;
        std::priority_queue<Item, std::vector<Item>, std::greater<>> heap;
        dist[std::size_t(start)] = 0;
        heap.push({0, start});
        double far = 0;
        while (!heap.empty()) {
            const auto [d, u] = heap.top();
            heap.pop();
            if (d > dist[std::size_t(u)])
                continue;
            far = d;
            for (int e = first[std::size_t(u)]; e < first[std::size_t(u) + 1]; ++e) {
                const int v = to[std::size_t(e)];
                if (const double nd = d + cost[std::size_t(e)]; nd < dist[std::size_t(v)]) {
                    dist[std::size_t(v)] = nd;
                    heap.push({nd, v});
                }
            }
        }
        return far;
    }
};

void benchRouting()
{
    const Result<MapData> m = OsmReader::read(data("sf-roads-tiger2013.osm"));
    if (!m)
        qFatal("%s", qPrintable(m.errorString()));
    QList<RoadRecord> roads;
    for (const MapRoad& r : m->roads)
        roads.append({r.roadClass, r.name, r.oneway, r.maxspeedKmh, r.nodes, r.points});
    QElapsedTimer t;
    t.start();
    const RoadGraph graph = RoadGraph::build(roads, RoadProfile::car());
    const double buildMs = double(t.nsecsElapsed()) / 1e6;
    const BareGraph bare = BareGraph::build(roads, RoadProfile::car());

    // Units and incidents at random nodes' places over the city (so that every one is on the network).
    QRandomGenerator rng(110);
    QList<GeoPoint> units;
    for (int i = 0; i < 2000; ++i)
        units.append(bare.points[std::size_t(rng.bounded(int(bare.points.size())))]);
    std::vector<double> search, baseline, snapping;
    int reached = 0;
    for (int q = 0; q < 200; ++q) {
        const GeoPoint incident = bare.points[std::size_t(rng.bounded(int(bare.points.size())))];
        t.start();
        const QList<std::optional<RoadTime>> times = graph.timesTo(incident, units);
        search.push_back(double(t.nsecsElapsed()) / 1000.0);
        for (const auto& x : times)
            reached += x ? 1 : 0;
        t.start();
        int snapped = 0;
        for (const GeoPoint& u : units)
            snapped += graph.nearestNode(u) ? 1 : 0;
        snapping.push_back(double(t.nsecsElapsed()) / 1000.0);
        reached += snapped > 0 ? 0 : 1;
        const int start = bare.nearest(incident); // outside the timing: the search finds its node by a grid
        t.start();
        const double far = bare.settleAll(start);
        baseline.push_back(double(t.nsecsElapsed()) / 1000.0);
        reached += far > 0 ? 0 : 1;
    }
    std::printf("road graph of San Francisco: %d nodes, %d edges, built in %.0f ms\n", graph.nodeCount(),
                graph.edgeCount(), buildMs);
    std::printf("2,000 units timed by road to an incident: median %.0f us, p99 %.0f us; bare Dijkstra settling every "
                "node median %.0f us, p99 %.0f us; ratio (median) %.2f  [%d of %d reached]\n",
                median(search), p99(search), median(baseline), p99(baseline), median(search) / median(baseline),
                reached, 200 * 2000);
    std::printf("  joining the 2,000 units to the network without the graph's cache of places already joined: median "
                "%.0f us (a unit standing where it stood, or asked about again, costs a lookup)\n",
                median(snapping));
}

void benchRecommendByRoad()
{
    constexpr qint64 kNow = 1795309200000; // 2026-11-22 01:00 UTC
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    ManualClock clock(kNow);
    bench::installDemo(path, clock, [&](DispatchService& svc) {
        if (const auto m = svc.importMap(data("sf-roads-tiger2013.osm")); !m)
            qFatal("%s", qPrintable(m.errorString()));
    });
    const Result<MapData> m = OsmReader::read(data("sf-roads-tiger2013.osm"));
    QList<RoadRecord> roads;
    for (const MapRoad& r : m->roads)
        roads.append({r.roadClass, r.name, r.oneway, r.maxspeedKmh, r.nodes, r.points});
    const BareGraph bare = BareGraph::build(roads, RoadProfile::car());
    QRandomGenerator rng(2000);
    bench::addUnits(path, 2000, kNow, [&](int) { return bare.points[std::size_t(rng.bounded(int(bare.points.size())))]; });

    auto db = Database::open(path, Database::Mode::OpenExisting);
    DispatchService svc(**db, clock, QStringLiteral("bench"));
    (void)svc.roadNetwork(); // the graphs are built once, when first needed: not part of a recommendation
    std::vector<double> ranked, baseline;
    qsizetype byRoad = 0, candidates = 0;
    for (int q = 0; q < 300; ++q) {
        RecommendQuery query;
        query.position = bare.points[std::size_t(rng.bounded(int(bare.points.size())))];
        query.priority = 1 + q % 4;
        query.tier = 1 + q % 5;
        query.unitTypes = {QStringLiteral("patrol_car"), QStringLiteral("station_car"), QStringLiteral("traffic")};
        QElapsedTimer t;
        t.start();
        const Recommendation r = svc.recommend(query);
        ranked.push_back(double(t.nsecsElapsed()) / 1000.0);
        candidates += r.candidates.size();
        for (const Candidate& c : r.candidates)
            byRoad += c.byRoad ? 1 : 0;
        const int start = bare.nearest(query.position);
        t.start();
        const double far = bare.settleAll(start);
        baseline.push_back(double(t.nsecsElapsed()) / 1000.0);
        byRoad += far > 0 ? 0 : 1;
    }
    std::printf("recommendation with road ETAs among 2,000 units (San Francisco): median %.0f us, p99 %.0f us; bare "
                "Dijkstra settling every node median %.0f us; ratio (median) %.2f  [%.0f candidates a query, %.0f by road]\n",
                median(ranked), p99(ranked), median(baseline), median(ranked) / median(baseline),
                double(candidates) / 300.0, double(byRoad) / 300.0);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    benchImport("sf-roads-tiger2013.osm");
    benchImport("monaco.osm.pbf");
    benchRouting();
    benchRecommendByRoad();
    return 0;
}

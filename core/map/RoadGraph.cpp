// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/RoadGraph.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>
#include <numbers>

namespace dispatch {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kCellDeg = 0.002; // about 200 m of latitude

qint64 cellOf(const GeoPoint& p)
{
    const qint64 row = qint64(std::floor(p.lat / kCellDeg));
    const qint64 col = qint64(std::floor(p.lon / kCellDeg));
    return (row << 32) ^ (col & 0xffffffffLL);
}

QString baseClass(const QString& cls)
{
    return cls.endsWith(QLatin1String("_link")) ? cls.chopped(5) : cls;
}

} // namespace

RoadProfile RoadProfile::car()
{
    RoadProfile p;
    p.name = QStringLiteral("car");
    // Town speeds of a patrol car without lights (km/h); paths, steps and footways are not driven.
    p.speedKmh = {{QStringLiteral("motorway"), 80},    {QStringLiteral("trunk"), 60},
                  {QStringLiteral("primary"), 45},     {QStringLiteral("secondary"), 40},
                  {QStringLiteral("tertiary"), 35},    {QStringLiteral("unclassified"), 30},
                  {QStringLiteral("residential"), 25}, {QStringLiteral("road"), 25},
                  {QStringLiteral("living_street"), 10}, {QStringLiteral("service"), 15},
                  {QStringLiteral("track"), 15},       {QStringLiteral("pedestrian"), 8}};
    p.maxspeedShare = 0.75;
    p.accessKmh = 15;
    return p;
}

RoadProfile RoadProfile::foot()
{
    RoadProfile p;
    p.name = QStringLiteral("foot");
    for (const char* cls : {"trunk", "primary", "secondary", "tertiary", "unclassified", "residential", "road",
                            "living_street", "service", "track", "pedestrian", "footway", "path", "steps", "cycleway",
                            "bridleway"})
        p.speedKmh.insert(QString::fromLatin1(cls), 5);
    p.maxspeedShare = 0;
    p.accessKmh = 5;
    return p;
}

RoadProfile RoadProfile::forUnitType(const QString& unitType)
{
    return walksAs(unitType) ? foot() : car();
}

double RoadProfile::speedOn(const QString& roadClass, double maxspeedKmh) const
{
    const double byClass = speedKmh.value(baseClass(roadClass), 0);
    if (byClass <= 0)
        return 0;
    if (maxspeedShare > 0 && maxspeedKmh > 0)
        return std::min(maxspeedKmh * maxspeedShare, byClass * 1.5);
    return byClass;
}

QJsonObject RoadProfile::toJson() const
{
    QJsonObject speeds;
    for (auto it = speedKmh.cbegin(); it != speedKmh.cend(); ++it)
        speeds.insert(it.key(), std::round(it.value() * 10) / 10);
    return {{QStringLiteral("name"), name},
            {QStringLiteral("speed_kmh"), speeds},
            {QStringLiteral("maxspeed_share"), maxspeedShare},
            {QStringLiteral("access_kmh"), accessKmh},
            {QStringLiteral("start_seconds"), std::round(startSeconds * 10) / 10}};
}

Result<RoadProfile> RoadProfile::fromJson(const QJsonObject& o, const QString& where)
{
    RoadProfile p;
    p.name = o.value(QStringLiteral("name")).toString().trimmed();
    if (p.name.isEmpty() || p.name.size() > 60)
        return Error{RoadGraph::tr("\"name\": a name of 1 to 60 characters is needed"), where};
    const auto number = [&](const QString& key, double low, double high, double& into) -> std::optional<Error> {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isDouble() || v.toDouble() < low || v.toDouble() > high)
            return Error{RoadGraph::tr("\"%1\": a number from %2 to %3 is needed").arg(key).arg(low).arg(high), where};
        into = v.toDouble();
        return std::nullopt;
    };
    if (auto e = number(QStringLiteral("maxspeed_share"), 0, 1.5, p.maxspeedShare))
        return *e;
    if (auto e = number(QStringLiteral("access_kmh"), 1, 60, p.accessKmh))
        return *e;
    if (auto e = number(QStringLiteral("start_seconds"), 0, 600, p.startSeconds))
        return *e;
    const QJsonObject speeds = o.value(QStringLiteral("speed_kmh")).toObject();
    for (auto it = speeds.constBegin(); it != speeds.constEnd(); ++it) {
        if (!it.value().isDouble() || it.value().toDouble() < 1 || it.value().toDouble() > 200)
            return Error{RoadGraph::tr("\"speed_kmh.%1\": a speed from 1 to 200 km/h is needed").arg(it.key()), where};
        p.speedKmh.insert(it.key(), it.value().toDouble());
    }
    if (p.speedKmh.isEmpty())
        return Error{RoadGraph::tr("\"speed_kmh\": the speed of at least one road class is needed"), where};
    return p;
}

RoadGraph RoadGraph::build(const QList<RoadRecord>& roads, const RoadProfile& profile)
{
    RoadGraph g;
    g.m_profile = profile;
    QHash<qint64, int> index;
    struct Edge
    {
        int from, to, road;
        double metres, seconds;
    };
    std::vector<Edge> edges;
    const auto nodeOf = [&](qint64 osmId, const GeoPoint& at) {
        const auto it = index.constFind(osmId);
        if (it != index.cend())
            return *it;
        const int n = int(g.m_points.size());
        index.insert(osmId, n);
        g.m_points.push_back(at);
        g.m_grid[cellOf(at)].append(n);
        return n;
    };
    for (const RoadRecord& r : roads) {
        const double kmh = profile.speedOn(r.roadClass, r.maxspeedKmh);
        if (kmh <= 0 || r.nodes.size() != r.points.size() || r.nodes.size() < 2)
            continue;
        const int road = int(g.m_roadNames.size());
        g.m_roadNames.append(r.name);
        g.m_roadClasses.append(baseClass(r.roadClass));
        const int oneway = profile.walks() ? 0 : r.oneway;
        for (qsizetype i = 0; i + 1 < r.nodes.size(); ++i) {
            const int a = nodeOf(r.nodes.at(i), r.points.at(i));
            const int b = nodeOf(r.nodes.at(i + 1), r.points.at(i + 1));
            if (a == b)
                continue;
            const double metres = geo::distanceMetres(r.points.at(i), r.points.at(i + 1));
            const double seconds = metres / (kmh / 3.6);
            if (oneway >= 0)
                edges.push_back({a, b, road, metres, seconds});
            if (oneway <= 0)
                edges.push_back({b, a, road, metres, seconds});
        }
    }
    // Compressed rows: the edges out of each node, and (by index) the edges into it.
    const int n = int(g.m_points.size());
    std::sort(edges.begin(), edges.end(), [](const Edge& x, const Edge& y) { return x.from < y.from; });
    g.m_firstOut.assign(std::size_t(n) + 1, 0);
    g.m_firstIn.assign(std::size_t(n) + 1, 0);
    for (const Edge& e : edges) {
        ++g.m_firstOut[std::size_t(e.from) + 1];
        ++g.m_firstIn[std::size_t(e.to) + 1];
        g.m_from.push_back(e.from);
        g.m_to.push_back(e.to);
        g.m_metres.push_back(e.metres);
        g.m_seconds.push_back(e.seconds);
        g.m_road.push_back(e.road);
    }
    for (int i = 0; i < n; ++i) {
        g.m_firstOut[std::size_t(i) + 1] += g.m_firstOut[std::size_t(i)];
        g.m_firstIn[std::size_t(i) + 1] += g.m_firstIn[std::size_t(i)];
    }
    g.m_inEdge.assign(edges.size(), 0);
    std::vector<int> fill(g.m_firstIn.begin(), g.m_firstIn.end() - 1);
    for (int e = 0; e < int(edges.size()); ++e)
        g.m_inEdge[std::size_t(fill[std::size_t(g.m_to[std::size_t(e)])]++)] = e;
    g.m_inFrom.reserve(edges.size());
    g.m_inSeconds.reserve(edges.size());
    g.m_inMetres.reserve(edges.size());
    for (int e : g.m_inEdge) {
        g.m_inFrom.push_back(g.m_from[std::size_t(e)]);
        g.m_inSeconds.push_back(g.m_seconds[std::size_t(e)]);
        g.m_inMetres.push_back(g.m_metres[std::size_t(e)]);
    }
    g.m_snaps = std::make_shared<SnapCache>();
    return g;
}

std::optional<std::pair<int, double>> RoadGraph::nearestNode(const GeoPoint& p, double maxMetres) const
{
    // Rings of grid cells outward from the point's cell, compared on a flat local projection (exact enough over a
    // few hundred metres, and a multiplication instead of trigonometry per node); the search stops at the first ring
    // that cannot hold anything nearer than what was found. The distance returned is the great-circle one.
    const double cosLat = std::max(0.2, std::cos(p.lat * std::numbers::pi / 180.0));
    const double mLat = 111320.0, mLon = 111320.0 * cosLat;
    const double cellMetres = kCellDeg * std::min(mLat, mLon);
    const int reach = int(std::ceil(maxMetres / cellMetres)) + 1;
    const qint64 row = qint64(std::floor(p.lat / kCellDeg));
    const qint64 col = qint64(std::floor(p.lon / kCellDeg));
    int bestNode = -1;
    double bestSq = maxMetres * maxMetres * 1.0001;
    auto visit = [&](qint64 r, qint64 c) {
        const auto it = m_grid.constFind((r << 32) ^ (c & 0xffffffffLL));
        if (it == m_grid.cend())
            return;
        for (int node : *it) {
            const GeoPoint& q = m_points[std::size_t(node)];
            const double dy = (q.lat - p.lat) * mLat, dx = (q.lon - p.lon) * mLon;
            if (const double sq = dx * dx + dy * dy; sq < bestSq) {
                bestSq = sq;
                bestNode = node;
            }
        }
    };
    for (int k = 0; k <= reach; ++k) {
        if (bestNode >= 0 && std::sqrt(bestSq) <= (k - 1) * cellMetres)
            break; // every cell of ring k lies at least (k - 1) cells away
        for (qint64 c = col - k; c <= col + k; ++c) {
            visit(row - k, c);
            if (k > 0)
                visit(row + k, c);
        }
        for (qint64 r = row - k + 1; r <= row + k - 1; ++r) {
            visit(r, col - k);
            if (k > 0)
                visit(r, col + k);
        }
    }
    if (bestNode < 0)
        return std::nullopt;
    const double d = geo::distanceMetres(p, m_points[std::size_t(bestNode)]);
    if (d > maxMetres)
        return std::nullopt;
    return std::pair{bestNode, d};
}

struct RoadGraph::SnapCache
{
    std::mutex lock;
    QHash<QPair<double, double>, std::optional<std::pair<int, double>>> at;
    static constexpr qsizetype kMax = 100000;
};

std::optional<std::pair<int, double>> RoadGraph::snapped(const GeoPoint& p) const
{
    if (!m_snaps)
        return nearestNode(p);
    const QPair<double, double> key{p.lat, p.lon};
    {
        const std::lock_guard<std::mutex> hold(m_snaps->lock);
        if (const auto it = m_snaps->at.constFind(key); it != m_snaps->at.cend())
            return *it;
    }
    const auto found = nearestNode(p);
    const std::lock_guard<std::mutex> hold(m_snaps->lock);
    if (m_snaps->at.size() >= SnapCache::kMax)
        m_snaps->at.clear(); // units on the move leave old places behind: start afresh rather than grow
    m_snaps->at.insert(key, found);
    return found;
}

double RoadGraph::accessSeconds(double metres) const
{
    return metres / (m_profile.accessKmh / 3.6);
}

void RoadGraph::search(int start, bool reversed, const std::vector<int>& wanted, std::vector<double>& seconds,
                       std::vector<int>& via, std::vector<double>* metres, double maxSeconds) const
{
    const std::size_t n = m_points.size();
    seconds.assign(n, kInf);
    via.assign(n, -1);
    if (metres)
        metres->assign(n, 0);
    // Per-thread scratch: a node's state (0 open, 1 wanted, 2 settled) and the heap's storage, kept between searches.
    thread_local std::vector<char> state;
    thread_local std::vector<std::pair<double, int>> heap;
    state.assign(n, 0);
    heap.clear();
    std::size_t left = 0;
    for (int w : wanted)
        if (w >= 0 && state[std::size_t(w)] == 0) {
            state[std::size_t(w)] = 1;
            ++left;
        }
    const auto later = [](const std::pair<double, int>& a, const std::pair<double, int>& b) { return a.first > b.first; };
    const int* firstOf = reversed ? m_firstIn.data() : m_firstOut.data();
    const int* head = reversed ? m_inFrom.data() : m_to.data();
    const double* cost = reversed ? m_inSeconds.data() : m_seconds.data();
    const double* length = reversed ? m_inMetres.data() : m_metres.data();
    seconds[std::size_t(start)] = 0;
    heap.push_back({0, start});
    while (!heap.empty()) {
        std::pop_heap(heap.begin(), heap.end(), later);
        const auto [d, u] = heap.back();
        heap.pop_back();
        char& s = state[std::size_t(u)];
        if (s == 2)
            continue;
        if (d > maxSeconds)
            return; // every node nearer in time is settled
        if (s == 1 && --left == 0)
            return; // every point asked about is settled: the rest of the network is not searched
        s = 2;
        for (int k = firstOf[u], last = firstOf[u + 1]; k < last; ++k) {
            const int v = head[k];
            const double nd = d + cost[k];
            if (nd < seconds[std::size_t(v)]) {
                seconds[std::size_t(v)] = nd;
                via[std::size_t(v)] = reversed ? m_inEdge[std::size_t(k)] : k;
                if (metres)
                    (*metres)[std::size_t(v)] = (*metres)[std::size_t(u)] + length[k];
                heap.push_back({nd, v});
                std::push_heap(heap.begin(), heap.end(), later);
            }
        }
    }
}

Result<RoadRoute> RoadGraph::route(const GeoPoint& from, const GeoPoint& to) const
{
    const auto a = nearestNode(from);
    if (!a)
        return Error{tr("the start is more than %1 m from any road of the map").arg(kMaxAccessMetres), QStringLiteral("from")};
    const auto b = nearestNode(to);
    if (!b)
        return Error{tr("the end is more than %1 m from any road of the map").arg(kMaxAccessMetres), QStringLiteral("to")};
    std::vector<double> seconds;
    std::vector<int> via;
    search(a->first, false, {b->first}, seconds, via);
    if (seconds[std::size_t(b->first)] == kInf)
        return Error{tr("no road of the map leads from the start to the end (a one-way street, or a part of the network "
                        "not joined to the rest)"),
                     QStringLiteral("to")};
    RoadRoute r;
    r.accessMetres = a->second + b->second;
    r.seconds = m_profile.startSeconds + seconds[std::size_t(b->first)] + accessSeconds(r.accessMetres);
    std::vector<int> edges;
    for (int node = b->first; via[std::size_t(node)] >= 0; node = m_from[std::size_t(via[std::size_t(node)])])
        edges.push_back(via[std::size_t(node)]);
    std::reverse(edges.begin(), edges.end());
    r.path.append(from);
    r.path.append(m_points[std::size_t(a->first)]);
    r.metres = r.accessMetres;
    for (int e : edges) {
        r.metres += m_metres[std::size_t(e)];
        r.path.append(m_points[std::size_t(m_to[std::size_t(e)])]);
        const QString& name = m_roadNames.at(m_road[std::size_t(e)]);
        if (!name.isEmpty() && (r.roadNames.isEmpty() || r.roadNames.last() != name))
            r.roadNames.append(name);
    }
    r.path.append(to);
    return r;
}

QList<std::optional<RoadTime>> RoadGraph::timesTo(const GeoPoint& target, const QList<GeoPoint>& sources) const
{
    QList<std::optional<RoadTime>> out(sources.size());
    const auto t = nearestNode(target);
    if (!t)
        return out;
    std::vector<int> wanted;
    QList<std::optional<std::pair<int, double>>> snapped;
    for (const GeoPoint& s : sources) {
        snapped.append(this->snapped(s));
        wanted.push_back(snapped.last() ? snapped.last()->first : -1);
    }
    std::vector<double> seconds, metres;
    std::vector<int> via;
    search(t->first, true, wanted, seconds, via, &metres);
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const auto& s = snapped.at(i);
        if (!s || seconds[std::size_t(s->first)] == kInf)
            continue;
        const double access = s->second + t->second;
        out[i] = RoadTime{m_profile.startSeconds + seconds[std::size_t(s->first)] + accessSeconds(access),
                          metres[std::size_t(s->first)] + access};
    }
    return out;
}

QList<std::optional<RoadLegs>> RoadGraph::legsFrom(const GeoPoint& from, const QList<GeoPoint>& targets) const
{
    QList<std::optional<RoadLegs>> out(targets.size());
    const auto a = nearestNode(from);
    if (!a)
        return out;
    std::vector<int> wanted;
    QList<std::optional<std::pair<int, double>>> snapped;
    for (const GeoPoint& t : targets) {
        snapped.append(nearestNode(t));
        wanted.push_back(snapped.last() ? snapped.last()->first : -1);
    }
    std::vector<double> seconds;
    std::vector<int> via;
    search(a->first, false, wanted, seconds, via);
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const auto& t = snapped.at(i);
        if (!t || seconds[std::size_t(t->first)] == kInf)
            continue;
        RoadLegs legs;
        legs.accessMetres = a->second + t->second;
        legs.seconds = m_profile.startSeconds + seconds[std::size_t(t->first)] + accessSeconds(legs.accessMetres);
        for (int node = t->first; via[std::size_t(node)] >= 0; node = m_from[std::size_t(via[std::size_t(node)])]) {
            const int e = via[std::size_t(node)];
            legs.metresByClass[m_roadClasses.at(m_road[std::size_t(e)])] += m_metres[std::size_t(e)];
        }
        out[i] = std::move(legs);
    }
    return out;
}

std::vector<std::pair<int, double>> RoadGraph::nodesWithin(const GeoPoint& from, double maxSeconds) const
{
    std::vector<std::pair<int, double>> out;
    const auto a = nearestNode(from);
    if (!a)
        return out;
    const double access = m_profile.startSeconds + accessSeconds(a->second);
    if (access > maxSeconds)
        return out;
    std::vector<double> seconds;
    std::vector<int> via;
    search(a->first, false, {}, seconds, via, nullptr, maxSeconds - access);
    for (std::size_t n = 0; n < seconds.size(); ++n)
        if (seconds[n] + access <= maxSeconds)
            out.emplace_back(int(n), seconds[n] + access);
    return out;
}

QList<QList<GeoPoint>> RoadGraph::reach(const GeoPoint& from, double maxSeconds) const
{
    QList<QList<GeoPoint>> out;
    const auto a = nearestNode(from);
    if (!a)
        return out;
    const double budget = maxSeconds - m_profile.startSeconds - accessSeconds(a->second);
    if (budget <= 0)
        return out;
    std::vector<double> seconds;
    std::vector<int> via;
    search(a->first, false, {}, seconds, via);
    for (std::size_t e = 0; e < m_to.size(); ++e) {
        const double t = seconds[std::size_t(m_from[e])];
        if (t >= budget)
            continue;
        const GeoPoint& p = m_points[std::size_t(m_from[e])];
        const GeoPoint& q = m_points[std::size_t(m_to[e])];
        // The whole segment when its end is reached in time too, else the share of it the time left allows.
        const double share = std::min(1.0, (budget - t) / m_seconds[e]);
        out.append({p, GeoPoint{p.lat + (q.lat - p.lat) * share, p.lon + (q.lon - p.lon) * share}});
    }
    return out;
}

} // namespace dispatch

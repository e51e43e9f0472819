// SPDX-License-Identifier: GPL-3.0-or-later
// Dispatch benchmarks, each against a baseline measured in the same run:
//  1. recommendation among 2,000 units (argv[1] to change) vs a bare loop computing every unit's distance;
//  2. zone lookup of a point among the 41 real San Francisco polygons (ZoneIndex) vs a bare even-odd loop
//     over every ring of every polygon with no prefilter.
// Run: ctest --test-dir build -C bench -L bench -V   (or build/tests/bench_dispatch [UNITS])
#include "demo/DistrictData.h"
#include "geo/GeoJson.h"
#include "geo/ZoneIndex.h"
#include "service/DispatchService.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace dispatch;

namespace {

constexpr double kLat0 = 22.74, kLon0 = 100.93, kSpan = 0.09; // the demo district, about 10 km square
constexpr qint64 kNow = 1795309200000;                        // 2026-11-22 01:00 UTC

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double p99(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(double(v.size()) * 0.99))];
}

void addUnits(const QString& path, int n)
{
    sqlite3* db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO units(callsign, type, officers, auxiliaries, state, state_since, lat, lon, fix_at) "
                       "VALUES (?,?,1,2,?,?,?,?,?)",
                       -1, &st, nullptr);
    QRandomGenerator rng(110);
    const char* types[] = {"patrol_car", "station_car", "traffic", "motorbike", "special_police", "mediator"};
    const char* states[] = {"available_patrol", "available_patrol", "available_patrol", "busy", "off_duty"};
    for (int i = 0; i < n; ++i) {
        const QByteArray callsign = "B" + QByteArray::number(i);
        sqlite3_bind_text(st, 1, callsign.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 2, types[i % 6], -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 3, states[i % 5], -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 4, kNow);
        sqlite3_bind_double(st, 5, kLat0 + rng.generateDouble() * kSpan);
        sqlite3_bind_double(st, 6, kLon0 + rng.generateDouble() * kSpan);
        // One in ten fixes is stale.
        sqlite3_bind_int64(st, 7, i % 10 == 0 ? kNow - 3600 * 1000 : kNow - 10 * 1000);
        sqlite3_step(st);
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(db);
}

void benchRecommend(int n)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    ManualClock clock(kNow);
    {
        auto db = Database::open(path);
        if (!db)
            qFatal("%s", qPrintable(db.errorString()));
        DispatchService svc(**db, clock, QStringLiteral("bench"));
        svc.actAsSystem(QStringLiteral("bench"));
        DistrictData district = DistrictLoader::demo().value();
        district.passwordIterations = 1000;
        if (const Status s = svc.installDistrict(district); !s)
            qFatal("%s", qPrintable(s.errorString()));
    }
    addUnits(path, n);
    auto db = Database::open(path, Database::Mode::OpenExisting);
    DispatchService svc(**db, clock, QStringLiteral("bench"));
    const int units = int(svc.board().unitIds().size());

    // Baseline positions: the same units, read once.
    std::vector<GeoPoint> positions;
    for (qint64 id : svc.board().unitIds())
        if (const Unit* u = svc.board().unit(id); u->position)
            positions.push_back(*u->position);

    QRandomGenerator rng(7);
    std::vector<double> ranked, baseline;
    qsizetype candidates = 0;
    double sink = 0;
    QElapsedTimer t;
    for (int q = 0; q < 1000; ++q) {
        RecommendQuery query;
        query.position = GeoPoint{kLat0 + rng.generateDouble() * kSpan, kLon0 + rng.generateDouble() * kSpan};
        query.priority = 1 + q % 4;
        query.tier = 1 + q % 5;
        query.unitTypes = {QStringLiteral("patrol_car"), QStringLiteral("station_car")};
        t.start();
        const Recommendation r = svc.recommend(query);
        ranked.push_back(double(t.nsecsElapsed()) / 1000.0);
        candidates += r.candidates.size();

        t.start();
        double nearest = 1e12;
        for (const GeoPoint& p : positions)
            nearest = std::min(nearest, geo::distanceMetres(p, query.position));
        baseline.push_back(double(t.nsecsElapsed()) / 1000.0);
        sink += nearest;
    }
    std::printf("recommendation among %d units: median %.0f us, p99 %.0f us; bare distance loop median "
                "%.0f us, p99 %.0f us; ratio (median) %.1f  [%.0f candidates per query, %g]\n",
                units, median(ranked), p99(ranked), median(baseline), p99(baseline),
                median(ranked) / median(baseline), double(candidates) / 1000.0, sink > 0 ? 1.0 : 0.0);
}

bool ringContains(const GeoRing& ring, const GeoPoint& p)
{
    bool inside = false;
    for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const GeoPoint& a = ring[i];
        const GeoPoint& b = ring[j];
        if ((a.lat > p.lat) != (b.lat > p.lat) && p.lon < (b.lon - a.lon) * (p.lat - a.lat) / (b.lat - a.lat) + a.lon)
            inside = !inside;
    }
    return inside;
}

void benchZoneLookup()
{
    auto read = GeoJsonReader::readFile(QStringLiteral(DISPATCH_TEST_DATA "/sf/sf_analysis_neighborhoods.geojson"));
    if (!read)
        qFatal("%s", qPrintable(read.errorString()));
    QList<Zone> zones;
    int vertices = 0;
    for (const GeoFeature& f : read->features) {
        Zone z;
        z.id = f.index + 1;
        z.name = f.properties.value(QStringLiteral("nhood")).toString();
        z.area = f.polygon;
        vertices += f.polygon.vertexCount();
        zones.append(z);
    }
    const ZoneIndex index(zones);
    GeoBox box;
    for (const Zone& z : zones)
        box.extend(z.area.bounds());

    QRandomGenerator rng(11);
    std::vector<double> indexed, bare;
    int agree = 0, inside = 0;
    const int n = 20000;
    QElapsedTimer t;
    for (int i = 0; i < n; ++i) {
        const GeoPoint p{box.minLat + rng.generateDouble() * (box.maxLat - box.minLat),
                         box.minLon + rng.generateDouble() * (box.maxLon - box.minLon)};
        t.start();
        const int found = index.find(p);
        indexed.push_back(double(t.nsecsElapsed()) / 1000.0);

        t.start();
        int brute = -1;
        for (int z = 0; z < zones.size() && brute < 0; ++z)
            for (const GeoPolygonPart& part : zones[z].area.parts()) {
                if (!ringContains(part.outer, p))
                    continue;
                if (std::none_of(part.holes.begin(), part.holes.end(), [&](const GeoRing& h) { return ringContains(h, p); })) {
                    brute = z;
                    break;
                }
            }
        bare.push_back(double(t.nsecsElapsed()) / 1000.0);
        agree += found == brute;
        inside += brute >= 0;
    }
    std::printf("zone lookup among %d SF polygons (%d vertices), %d points: median %.2f us, p99 %.2f us; bare "
                "even-odd loop median %.2f us, p99 %.2f us; ratio (median) %.3f; %d/%d agree, %d inside a zone\n",
                int(zones.size()), vertices, n, median(indexed), p99(indexed), median(bare), p99(bare),
                median(indexed) / median(bare), agree, n, inside);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    benchRecommend(argc > 1 ? QByteArray(argv[1]).toInt() : 2000);
    benchZoneLookup();
    return 0;
}

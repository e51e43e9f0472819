// SPDX-License-Identifier: GPL-3.0-or-later
// Zone lookup (point → zone) among the 41 real San Francisco neighbourhoods, read by the zone import, for N
// random points (fixed seed) inside the city's extent: ZoneIndex (grid of candidate zones, then each zone's box,
// then even-odd) against a baseline measured in the same run: a bare loop of plain even-odd point-in-polygon
// over every ring of every polygon, with no prefilter.
// Run: ctest --test-dir build -C bench -L bench -V   (or build/tests/bench_zone_lookup [POINTS])
#include "BenchStats.h"
#include "geo/ZoneImport.h"
#include "geo/ZoneIndex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace dispatch;
using bench::median;
using bench::p99;

namespace {

/// Plain even-odd ray casting over one ring.
bool evenOdd(const GeoRing& ring, const GeoPoint& p)
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

/// The baseline: every ring of every polygon, in order, the first zone holding the point wins.
int bareLookup(const QList<Zone>& zones, const GeoPoint& p)
{
    for (int z = 0; z < zones.size(); ++z) {
        for (const GeoPolygonPart& part : zones[z].area.parts()) {
            if (!evenOdd(part.outer, p))
                continue;
            if (std::none_of(part.holes.begin(), part.holes.end(), [&](const GeoRing& h) { return evenOdd(h, p); }))
                return z;
        }
    }
    return -1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 20000;
    auto file = ZoneImport::readFile(QStringLiteral(DISPATCH_TEST_DATA "/sf/sf_analysis_neighborhoods.geojson"), {});
    if (!file)
        qFatal("%s", qPrintable(file.errorString()));
    const QList<Zone>& zones = file->zones;
    QElapsedTimer t;
    t.start();
    const ZoneIndex index(zones);
    const double buildMs = double(t.nsecsElapsed()) / 1e6;
    GeoBox box;
    for (const Zone& z : zones)
        box.extend(z.area.bounds());

    QRandomGenerator rng(110);
    std::vector<GeoPoint> points;
    points.reserve(size_t(n));
    for (int i = 0; i < n; ++i)
        points.push_back({box.minLat + rng.generateDouble() * (box.maxLat - box.minLat),
                          box.minLon + rng.generateDouble() * (box.maxLon - box.minLon)});

    std::vector<double> indexed, bare;
    indexed.reserve(size_t(n));
    bare.reserve(size_t(n));
    int agree = 0, inside = 0;
    for (const GeoPoint& p : points) {
        t.start();
        const int found = index.find(p);
        indexed.push_back(double(t.nsecsElapsed()) / 1000.0);
        t.start();
        const int brute = bareLookup(zones, p);
        bare.push_back(double(t.nsecsElapsed()) / 1000.0);
        agree += found == brute;
        inside += brute >= 0;
    }
    std::printf("zone lookup, %d random points (seed 110) in the SF extent, %d polygons, %d vertices (index built in "
                "%.1f ms)\n",
                n, int(zones.size()), file->vertices, buildMs);
    std::printf("  ZoneIndex:            median %.2f us, p99 %.2f us per lookup\n", median(indexed), p99(indexed));
    std::printf("  bare even-odd loop:   median %.2f us, p99 %.2f us per lookup\n", median(bare), p99(bare));
    std::printf("  ratio (index/bare):   median %.4f, p99 %.4f; %d/%d agree, %d inside a zone\n",
                median(indexed) / median(bare), p99(indexed) / p99(bare), agree, n, inside);
    return agree == n ? 0 : 1;
}

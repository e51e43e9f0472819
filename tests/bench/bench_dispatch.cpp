// SPDX-License-Identifier: GPL-3.0-or-later
// Recommendation among 2,000 units (argv[1] to change) against a baseline measured in the same run: a bare
// loop computing every unit's distance. (Zone lookup is bench_zone_lookup.)
// Run: ctest --test-dir build -C bench -L bench -V   (or build/tests/bench_dispatch [UNITS])
#include "BenchStats.h"
#include "BenchStore.h"
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
using bench::median;
using bench::p99;

namespace {

constexpr double kLat0 = 22.74, kLon0 = 100.93, kSpan = 0.09; // the demo district, about 10 km square
constexpr qint64 kNow = 1795309200000;                        // 2026-11-22 01:00 UTC

void benchRecommend(int n)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    ManualClock clock(kNow);
    bench::installDemo(path, clock);
    QRandomGenerator rng0(110);
    bench::addUnits(path, n, kNow, [&](int) {
        const double lat = kLat0 + rng0.generateDouble() * kSpan;
        return GeoPoint{lat, kLon0 + rng0.generateDouble() * kSpan};
    });
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

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    benchRecommend(argc > 1 ? QByteArray(argv[1]).toInt() : 2000);
    return 0;
}

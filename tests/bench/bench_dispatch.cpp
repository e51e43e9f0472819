// SPDX-License-Identifier: GPL-3.0-or-later
// Recommendation among 2,000 units (argv[1] to change) against a baseline measured in the same run: a bare
// loop computing every unit's distance. (Zone lookup is bench_zone_lookup.)
// Run: ctest --test-dir build -C bench -L bench -V   (or build/tests/bench_dispatch [UNITS])
#include "BenchStats.h"
#include "demo/DistrictData.h"
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

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    benchRecommend(argc > 1 ? QByteArray(argv[1]).toInt() : 2000);
    return 0;
}

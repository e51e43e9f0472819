// SPDX-License-Identifier: GPL-3.0-or-later
// Duplicate search latency at intake with 1,000,000 stored incidents (default; argv[1] to change), against
// a baseline measured in the same run: the raw sqlite3 R*Tree bounding-box query for the same points.
// Run: ctest --test-dir build -C bench -L bench -V   (or build/tests/bench_duplicates [N])
#include "BenchStats.h"
#include "service/DuplicateSearch.h"
#include "store/Database.h"
#include "triage/TriageEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace dispatch;
using bench::median;
using bench::p99;

namespace {

constexpr double kLat0 = 22.74, kLon0 = 100.93, kSpan = 0.09; // the demo district, about 10 km square
constexpr qint64 kNow = 1795309200000;                        // 2026-11-22 01:00 UTC
constexpr qint64 kYear = 365LL * 24 * 3600 * 1000;

void fill(const QString& path, int n)
{
    sqlite3* db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO incidents(number, line, caller_phone, address, lat, lon, summary, category, "
                       "priority, state, state_since, received_at, created_at, updated_at) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                       -1, &st, nullptr);
    QRandomGenerator rng(110);
    const char* cats[] = {"public_order", "dispute", "traffic", "criminal", "assistance", "non_police"};
    for (int i = 0; i < n; ++i) {
        const QByteArray number = "H" + QByteArray::number(i);
        const QByteArray phone = "139" + QByteArray::number(10000000 + rng.bounded(9000000));
        const QByteArray address = "测试路" + QByteArray::number(rng.bounded(5000)) + "号";
        const qint64 at = kNow - qint64(rng.generateDouble() * double(kYear));
        sqlite3_bind_text(st, 1, number.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 2, "110", -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 3, phone.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 4, address.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_double(st, 5, kLat0 + rng.generateDouble() * kSpan);
        sqlite3_bind_double(st, 6, kLon0 + rng.generateDouble() * kSpan);
        sqlite3_bind_text(st, 7, "历史警情", -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 8, cats[i % 6], -1, SQLITE_STATIC);
        sqlite3_bind_int(st, 9, 1 + i % 4);
        sqlite3_bind_text(st, 10, "closed", -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 11, at + 3600000);
        sqlite3_bind_int64(st, 12, at);
        sqlite3_bind_int64(st, 13, at);
        sqlite3_bind_int64(st, 14, at);
        sqlite3_step(st);
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    sqlite3_exec(db, "COMMIT; ANALYZE", nullptr, nullptr, nullptr);
    sqlite3_close(db);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    {
        auto db = Database::open(path); // schema only
        if (!db)
            qFatal("%s", qPrintable(db.errorString()));
    }
    QElapsedTimer t;
    t.start();
    fill(path, n);
    std::printf("filled %d incidents (with the R*Tree) in %.1f s\n", n, double(t.elapsed()) / 1000.0);

    auto db = Database::open(path, Database::Mode::OpenExisting);
    const TriageRuleSet& rules = TriageRuleSet::builtin();
    sqlite3* raw = nullptr;
    sqlite3_open(path.toUtf8().constData(), &raw);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(raw,
                       "SELECT count(*) FROM incident_geo WHERE min_lat >= ? AND max_lat <= ? AND min_lon >= ? "
                       "AND max_lon <= ?",
                       -1, &st, nullptr);

    QRandomGenerator rng(7);
    std::vector<double> search, baseline;
    int found = 0;
    for (int q = 0; q < 300; ++q) {
        const GeoPoint p{kLat0 + rng.generateDouble() * kSpan, kLon0 + rng.generateDouble() * kSpan};
        DuplicateQuery query{QStringLiteral("13912345678"), p, QStringLiteral("测试路%1号").arg(rng.bounded(5000)),
                             QStringLiteral("public_order"), QStringLiteral("有人吵架"), kNow};
        t.start();
        const DuplicateReport r = DuplicateSearch::run((*db)->connection(), rules, query);
        search.push_back(double(t.nsecsElapsed()) / 1000.0);
        found += int(r.candidates.size()) + r.placeCount;

        // Baseline: the bare R*Tree box for the largest radius the search uses (open incidents, 300 m).
        const double dLat = 300 / 111320.0, dLon = 300 / (111320.0 * std::cos(p.lat * M_PI / 180.0));
        t.start();
        sqlite3_bind_double(st, 1, p.lat - dLat);
        sqlite3_bind_double(st, 2, p.lat + dLat);
        sqlite3_bind_double(st, 3, p.lon - dLon);
        sqlite3_bind_double(st, 4, p.lon + dLon);
        sqlite3_step(st);
        found += sqlite3_column_int(st, 0) > 0 ? 0 : 1;
        sqlite3_reset(st);
        baseline.push_back(double(t.nsecsElapsed()) / 1000.0);
    }
    sqlite3_finalize(st);
    sqlite3_close(raw);
    std::printf("duplicate search at %d incidents: median %.0f us, p99 %.0f us; raw R*Tree box median %.0f us, "
                "p99 %.0f us; ratio (median) %.1f  [%d hits]\n",
                n, median(search), p99(search), median(baseline), p99(baseline), median(search) / median(baseline),
                found);
    return 0;
}

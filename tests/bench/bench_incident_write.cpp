// SPDX-License-Identifier: GPL-3.0-or-later
// The cost of one incident write through the facade (incident row + hash-chained event, one transaction,
// WAL + synchronous=FULL) against a raw sqlite3 autocommit INSERT with the same pragmas, in the same run.
// Run: ctest --test-dir build -C bench -L bench --output-on-failure   (or build/tests/bench_incident_write N)
#include "demo/DistrictData.h"
#include "service/DispatchService.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace dispatch;

namespace {

struct Stats
{
    double median = 0, p99 = 0, mean = 0;
};

Stats stats(std::vector<double> us)
{
    std::sort(us.begin(), us.end());
    Stats s;
    s.median = us[us.size() / 2];
    s.p99 = us[std::min(us.size() - 1, size_t(double(us.size()) * 0.99))];
    double sum = 0;
    for (double v : us)
        sum += v;
    s.mean = sum / double(us.size());
    return s;
}

std::vector<double> rawAutocommit(const QString& path, int n)
{
    sqlite3* db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"
                     "CREATE TABLE incidents(id INTEGER PRIMARY KEY, number TEXT UNIQUE, line TEXT, summary TEXT,"
                     " category TEXT, priority INTEGER, state TEXT, received_at INTEGER)",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO incidents(number, line, summary, category, priority, state, received_at) "
                           "VALUES (?,?,?,?,?,?,?)", -1, &st, nullptr);
    std::vector<double> us;
    QElapsedTimer t;
    for (int i = 0; i < n; ++i) {
        const QByteArray number = QByteArray("20261122-") + QByteArray::number(i);
        t.start();
        sqlite3_bind_text(st, 1, number.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 2, "110", -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 3, "邻居吵架，声音很大", -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 4, "dispute", -1, SQLITE_STATIC);
        sqlite3_bind_int(st, 5, 3);
        sqlite3_bind_text(st, 6, "triaged", -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 7, 1700000000000LL + i);
        sqlite3_step(st);
        sqlite3_reset(st);
        us.push_back(double(t.nsecsElapsed()) / 1000.0);
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return us;
}

std::vector<double> facadeWrites(const QString& path, int n)
{
    auto db = Database::open(path);
    SystemClock clock;
    DispatchService svc(**db, clock, QStringLiteral("bench"));
    auto district = DistrictLoader::demo();
    DistrictData d = std::move(district).value();
    d.passwordIterations = 1000;
    svc.actAsSystem(QStringLiteral("bench"));
    svc.installDistrict(d);
    svc.login(QStringLiteral("dispatcher"), QStringLiteral("dispatcher110"));
    std::vector<double> us;
    QElapsedTimer t;
    for (int i = 0; i < n; ++i) {
        IncidentDraft draft;
        draft.summary = QStringLiteral("邻居吵架，声音很大");
        draft.category = QStringLiteral("dispute");
        draft.priority = 3;
        draft.position = GeoPoint{22.78 + (i % 50) * 0.0005, 100.97 - (i % 37) * 0.0005};
        t.start();
        auto r = svc.createIncident(draft);
        us.push_back(double(t.nsecsElapsed()) / 1000.0);
        if (!r) {
            std::fprintf(stderr, "write failed: %s\n", qPrintable(r.errorString()));
            std::exit(1);
        }
    }
    return us;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::atoi(argv[1]) : 400;
    QTemporaryDir dir;
    const Stats raw = stats(rawAutocommit(dir.filePath(QStringLiteral("raw.sqlite")), n));
    const Stats facade = stats(facadeWrites(dir.filePath(QStringLiteral("store.sqlite")), n));
    std::printf("incident write, %d each, WAL + synchronous=FULL, same disk, same run\n", n);
    std::printf("  raw sqlite3 autocommit INSERT : median %8.1f us  p99 %8.1f us  mean %8.1f us\n", raw.median,
                raw.p99, raw.mean);
    std::printf("  DispatchService::createIncident: median %8.1f us  p99 %8.1f us  mean %8.1f us\n", facade.median,
                facade.p99, facade.mean);
    std::printf("  ratio facade/raw              : median %.2fx  p99 %.2fx\n", facade.median / raw.median,
                facade.p99 / raw.p99);
    return 0;
}

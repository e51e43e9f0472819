// SPDX-License-Identifier: GPL-3.0-or-later
// The queue's one-second tick with 1,000, 10,000 and 100,000 active incidents, counted rather than timed
// in a test: proxy filter calls and layout changes per tick (target: no layoutChanged, filter calls at
// most the visible rows plus the changed rows), and the tick's time against a bare loop over the same
// visible rows formatting their remaining time (the baseline of the same run).
// Run: ctest --test-dir build -C bench -L bench -V   (or build/tests/bench_queue_tick)
#include "queue/IncidentQueueProxy.h"
#include "queue/IncidentQueueWidget.h"
#include "service/DispatchService.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace dispatch;

namespace {

constexpr qint64 kNow = 1795309200000; // 2026-11-22 01:00 UTC

void fill(const QString& path, int n)
{
    sqlite3* db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt* inc = nullptr;
    sqlite3_stmt* clk = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO incidents(id, number, line, lat, lon, summary, category, priority, state, "
                       "state_since, received_at, created_at, updated_at) VALUES (?,?,'110',?,?,'测试','public_order',?,"
                       "'triaged',?,?,?,?)",
                       -1, &inc, nullptr);
    sqlite3_prepare_v2(db,
                       "INSERT INTO incident_clocks(incident_id, kind, started_at, allowed_ms, deadline) "
                       "VALUES (?, 'call_to_dispatch', ?, ?, ?)",
                       -1, &clk, nullptr);
    QRandomGenerator rng(3);
    for (int i = 1; i <= n; ++i) {
        const qint64 at = kNow - rng.bounded(3600) * 1000;
        const QByteArray number = "T" + QByteArray::number(i);
        sqlite3_bind_int(inc, 1, i);
        sqlite3_bind_text(inc, 2, number.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_double(inc, 3, 22.74 + rng.generateDouble() * 0.09);
        sqlite3_bind_double(inc, 4, 100.93 + rng.generateDouble() * 0.09);
        sqlite3_bind_int(inc, 5, 1 + i % 4);
        for (int c = 6; c <= 9; ++c)
            sqlite3_bind_int64(inc, c, at);
        sqlite3_step(inc);
        sqlite3_reset(inc);
        const qint64 allowed = (60 + rng.bounded(3600)) * 1000;
        sqlite3_bind_int(clk, 1, i);
        sqlite3_bind_int64(clk, 2, at);
        sqlite3_bind_int64(clk, 3, allowed);
        sqlite3_bind_int64(clk, 4, at + allowed);
        sqlite3_step(clk);
        sqlite3_reset(clk);
    }
    sqlite3_finalize(inc);
    sqlite3_finalize(clk);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(db);
}

void run(int n)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    {
        auto db = Database::open(path);
        if (!db)
            qFatal("%s", qPrintable(db.errorString()));
    }
    fill(path, n);
    auto db = Database::open(path, Database::Mode::OpenExisting);
    ManualClock clock(kNow);
    DispatchService svc(**db, clock, QStringLiteral("bench"));
    ui::IncidentQueueWidget queue(svc);
    queue.resize(1200, 800);
    queue.show();
    QApplication::processEvents();

    int layoutChanges = 0;
    QObject::connect(queue.proxy(), &QAbstractItemModel::layoutChanged, [&] { ++layoutChanges; });
    const int visible = queue.view()->rowAt(queue.view()->viewport()->height() - 1) - queue.view()->rowAt(0) + 1;
    const int ticks = 30;
    std::vector<double> tickUs, baseUs;
    const quint64 callsBefore = queue.proxy()->filterCalls();
    QElapsedTimer t;
    for (int i = 0; i < ticks; ++i) {
        clock.advanceMs(1000);
        t.start();
        queue.tick();
        QApplication::processEvents();
        tickUs.push_back(double(t.nsecsElapsed()) / 1000.0);

        // Baseline: a bare loop over the visible rows reading and formatting their deadline.
        t.start();
        QString s;
        for (int r = 0; r < visible; ++r)
            s = queue.proxy()->index(r, 8).data().toString();
        baseUs.push_back(double(t.nsecsElapsed()) / 1000.0);
    }
    const double calls = double(queue.proxy()->filterCalls() - callsBefore) / ticks;
    std::sort(tickUs.begin(), tickUs.end());
    std::sort(baseUs.begin(), baseUs.end());
    std::printf("%6d active incidents: %d visible rows; per tick %.1f filter calls, %d layoutChanged in %d ticks; "
                "tick median %.0f us vs bare visible-row loop %.0f us (ratio %.1f)\n",
                n, visible, calls, layoutChanges, ticks, tickUs[ticks / 2], baseUs[ticks / 2],
                tickUs[ticks / 2] / std::max(1.0, baseUs[ticks / 2]));
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    for (int n : {1000, 10000, 100000})
        run(n);
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The training simulator headless, against a baseline measured in the same run.
//  1. A full day: 500 calls (one in ten with a further caller) over 24 hours, 50 units, the automatic dispatcher,
//     at max speed — wall time of the whole run (target: under one second), and simulated events per second.
//  2. A bare priority-queue loop: the same number of events pushed and popped through a std::set ordered the way
//     the simulator orders its queue, each popping scheduling the next — the cost of the engine alone.
// The ratio (time per simulated event / time per bare event) is what the store, the rules and the facade cost.
// Run: ctest --test-dir build -C bench -L bench -V   (or build/tests/bench_simulation [CALLS] [UNITS])
#include "BenchStats.h"
#include "demo/DistrictData.h"
#include "training/Scenario.h"
#include "training/TrainingRun.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <set>

using namespace dispatch;

namespace {

/// The shipped scenarios' first calls (with their truth), the material the day is made from.
QList<ScenarioEvent> shippedCalls()
{
    QList<ScenarioEvent> calls;
    const QDir dir(QStringLiteral(DISPATCH_SCENARIOS));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        auto s = Scenario::fromFile(dir.filePath(name));
        if (!s)
            qFatal("%s", qPrintable(s.error().message));
        for (const ScenarioEvent& e : s->events)
            if (e.type == ScenarioEvent::Type::Call && e.sameEventAs.isEmpty() && e.truth)
                calls.append(e);
    }
    if (calls.isEmpty())
        qFatal("no calls in %s", DISPATCH_SCENARIOS);
    return calls;
}

/// A whole day in the demo district: `callCount` calls spread over 24 hours, `unitCount` units (the demo
/// district's, then more patrol and station cars near its stations).
Scenario fullDay(int callCount, int unitCount)
{
    Scenario s;
    s.title = QStringLiteral("Full day benchmark");
    s.startMs = 1795305600000; // 2026-11-23 00:00 +08:00 (2026-11-22 16:00 UTC)
    s.durationSeconds = 26 * 3600;
    s.demoUnits = false;
    const DistrictData demo = DistrictLoader::demo().value();
    QRandomGenerator rng(2026);
    for (int i = 0; i < unitCount; ++i) {
        const auto& d = demo.units[i % demo.units.size()].unit;
        ScenarioUnit u;
        u.callsign = i < demo.units.size() ? d.callsign : QStringLiteral("巡B%1").arg(i, 2, 10, QLatin1Char('0'));
        static const char* const extra[] = {"patrol_car", "station_car", "patrol_car", "mediator"};
        u.type = i < demo.units.size() ? d.type : QString::fromLatin1(extra[i % 4]);
        if (u.type == QLatin1String("mediator")) { // the demo district's mediators too: the roster is the scenario's own
            u.certificateNo = QStringLiteral("调证%1").arg(i);
            u.certificateValidUntil = QStringLiteral("2027-12-31");
        }
        u.position = d.position.value_or(GeoPoint{22.77, 100.96});
        if (i >= demo.units.size()) {
            u.position.lat += (rng.generateDouble() - 0.5) * 0.02;
            u.position.lon += (rng.generateDouble() - 0.5) * 0.02;
        }
        s.units.append(u);
    }
    const QList<ScenarioEvent> material = shippedCalls();
    const qint64 spacing = 24 * 3600 / callCount;
    for (int i = 0; i < callCount; ++i) {
        ScenarioEvent e = material[i % material.size()];
        e.id = QStringLiteral("d%1").arg(i, 3, 10, QLatin1Char('0'));
        e.atSeconds = qint64(i) * spacing + rng.bounded(int(spacing));
        s.events.append(e);
        if (i % 10 == 5) {
            ScenarioEvent again = e;
            again.id = e.id + QStringLiteral("b");
            again.sameEventAs = e.id;
            again.truth.reset();
            again.caller = QStringLiteral("路人");
            again.phone = QStringLiteral("139%1").arg(10000000 + i);
            again.atSeconds = e.atSeconds + 45;
            s.events.append(again);
        }
    }
    std::stable_sort(s.events.begin(), s.events.end(),
                     [](const ScenarioEvent& a, const ScenarioEvent& b) { return a.atSeconds < b.atSeconds; });
    return s;
}

struct BareEvent
{
    qint64 at = 0;
    quint64 seq = 0;
    int kind = 0;
    qint64 a = 0, b = 0;
    QString ref;
};
struct Earlier
{
    bool operator()(const BareEvent& x, const BareEvent& y) const { return x.at != y.at ? x.at < y.at : x.seq < y.seq; }
};

/// `events` events through an ordered queue holding about `depth` pending ones; seconds taken.
double bareLoop(qint64 events, int depth, quint64& sink)
{
    QElapsedTimer t;
    t.start();
    std::set<BareEvent, Earlier> queue;
    quint64 seq = 0;
    QRandomGenerator rng(7);
    for (int i = 0; i < depth; ++i)
        queue.insert(BareEvent{qint64(rng.bounded(86400)) * 1000, seq++, i % 14, i, 0, QStringLiteral("d%1").arg(i)});
    for (qint64 n = 0; n < events; ++n) {
        const BareEvent e = *queue.begin();
        queue.erase(queue.begin());
        sink += quint64(e.a) + quint64(e.ref.size());
        queue.insert(BareEvent{e.at + 1000 + qint64(rng.bounded(60000)), seq++, e.kind, e.a, e.b, e.ref});
    }
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int calls = argc > 1 ? QByteArray(argv[1]).toInt() : 500;
    const int units = argc > 2 ? QByteArray(argv[2]).toInt() : 50;
    const Scenario day = fullDay(calls, units);

    std::vector<double> walls;
    TrainingRunResult last;
    for (int run = 0; run < 3; ++run) {
        QTemporaryDir dir;
        SimulationOptions options;
        options.seed = 7;
        options.autoDispatch = true;
        QElapsedTimer t;
        t.start();
        auto r = TrainingRun::run(day, dir.filePath(QStringLiteral("day.sqlite")), options);
        walls.push_back(double(t.nsecsElapsed()) / 1e9);
        if (!r)
            qFatal("%s", qPrintable(r.error().message));
        if (run > 0 && r->stateHash != last.stateHash)
            qFatal("the same seed gave another state hash");
        last = std::move(r).value();
    }
    const double wall = bench::median(walls);

    quint64 sink = 0;
    std::vector<double> bare;
    for (int run = 0; run < 3; ++run)
        bare.push_back(bareLoop(last.events, 2 * units + 16, sink));
    const double bareWall = bench::median(bare);

    std::printf("full day: %d calls (%lld incidents, %lld dispatched), %d units, %lld events, %d refusals\n", calls,
                last.incidents, last.dispatched, units, last.events, last.refusals);
    std::printf("  wall time (median of 3): %.3f s  [target under 1 s: %s]; %.0f simulated events/s\n", wall,
                wall < 1.0 ? "met" : "NOT met", double(last.events) / wall);
    std::printf("  bare priority-queue loop, same %lld events: %.4f s, %.0f events/s\n", last.events, bareWall,
                double(last.events) / bareWall);
    std::printf("  ratio (simulated / bare, per event): %.0f   score %.1f, state hash %s  [%llu]\n", wall / bareWall,
                last.report.score, qPrintable(last.stateHash.left(16)), sink % 2);
    return 0;
}

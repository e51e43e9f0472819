// SPDX-License-Identifier: GPL-3.0-or-later
// One desk of a centre as a process of its own: the real store connection, facade and board, no window. The tests
// and benchmarks about many desks on one store start several of these and read what each says, one JSON object per
// line on standard output.
//
//   desk_worker hammer --db STORE --desk NAME --seed N --commands N --units ID,… --incidents ID,…
//       Says {"ready":true}, waits for a line on standard input, then sends, steps and clears the given units on the
//       given incidents, now and then cancels one of them or takes a new call, at random, as fast as it can, each
//       command's outcome a
//       line: {"op","unit","incident","ok","error"}. Says {"done":true}, waits for a line, catches up with the store
//       and says whether its board equals a board read afresh: {"board":"equal"} or {"board":"differs","why":[…]}.
//   desk_worker shift --db STORE --desk NAME --seed N --interval-ms N --duration-s N --start-at EPOCH_MS [--no-sweep]
//       Waits for the start time, then takes a call every interval (the first one at a random point of the first
//       interval) for the duration, listening as a desk does (the server's wake-up, the one-second tick that reads
//       what changed and sweeps the clocks, unless --no-sweep). Each call
//       taken: {"t":"call","id","committed_us","latency_us"}; each incident of another desk on its board:
//       {"t":"seen","id","at_us"} (wall-clock microseconds); a call that could not be saved {"t":"call_failed"}; the
//       server lost and back {"t":"lost"}, {"t":"restored"}. At the end {"t":"end","calls","seen"}.
//
// Both sign in as the demo dispatcher (password dispatcher110) unless --user/--password say otherwise.
#include "service/DispatchService.h"
#include "store/Database.h"
#include "store/ServerWatch.h"
#include "util/Clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <random>
#include <string>

using namespace dispatch;

namespace {

void say(const QJsonObject& o)
{
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString& why)
{
    say({{QStringLiteral("failed"), why}});
    std::exit(2);
}

void waitForLine()
{
    std::string line;
    std::getline(std::cin, line);
}

qint64 wallUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

QList<qint64> ids(const QString& list)
{
    QList<qint64> out;
    for (const QString& s : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out.append(s.toLongLong());
    return out;
}

/// Where two boards of one store disagree (units and active incidents, the fields a screen shows).
QStringList differences(const Board& mine, const Board& fresh)
{
    QStringList why;
    for (qint64 id : fresh.unitIds()) {
        const Unit* a = mine.unit(id);
        const Unit* b = fresh.unit(id);
        if (!a) {
            why << QStringLiteral("unit %1 missing").arg(b->callsign);
            continue;
        }
        if (a->state != b->state || a->incidentId != b->incidentId || a->stateSinceMs != b->stateSinceMs
            || a->signForDeadlineMs != b->signForDeadlineMs || a->signedForAtMs != b->signedForAtMs)
            why << QStringLiteral("unit %1: %2 on %3 here, %4 on %5 in the store")
                       .arg(b->callsign, UnitLifecycle::code(a->state)).arg(a->incidentId)
                       .arg(UnitLifecycle::code(b->state)).arg(b->incidentId);
    }
    QList<qint64> here = mine.activeIncidentIds();
    QList<qint64> there = fresh.activeIncidentIds();
    std::sort(here.begin(), here.end());
    std::sort(there.begin(), there.end());
    if (here != there)
        why << QStringLiteral("active incidents: %1 here, %2 in the store").arg(here.size()).arg(there.size());
    for (qint64 id : there) {
        const Incident* a = mine.incident(id);
        const Incident* b = fresh.incident(id);
        if (a && (a->state != b->state || a->number != b->number || a->stateSinceMs != b->stateSinceMs
                  || a->priority != b->priority || a->extraCallers != b->extraCallers))
            why << QStringLiteral("incident %1: %2 here, %3 in the store")
                       .arg(b->number, IncidentLifecycle::code(a->state), IncidentLifecycle::code(b->state));
    }
    return why;
}

IncidentDraft call(std::mt19937& rng, const QString& desk)
{
    static const QStringList said{QStringLiteral("两伙人在夜市斗殴"), QStringLiteral("商场内手机被盗"),
                                  QStringLiteral("邻居吵架，声音很大"), QStringLiteral("路口两车相撞，无人受伤")};
    IncidentDraft d;
    d.summary = said[int(rng() % said.size())] + QStringLiteral("（%1）").arg(desk);
    d.category = QStringLiteral("dispute");
    d.priority = 2 + int(rng() % 2);
    d.position = GeoPoint{22.770 + double(rng() % 200) * 0.0001, 100.960 + double(rng() % 200) * 0.0001};
    return d;
}

int hammer(DispatchService& desk, const QCommandLineParser& args, std::mt19937& rng)
{
    const QList<qint64> units = ids(args.value(QStringLiteral("units")));
    QList<qint64> incidents = ids(args.value(QStringLiteral("incidents")));
    const int commands = args.value(QStringLiteral("commands")).toInt();
    if (units.isEmpty() || incidents.isEmpty() || commands <= 0)
        fail(QStringLiteral("hammer needs --units, --incidents and --commands"));
    say({{QStringLiteral("ready"), true}});
    waitForLine();
    for (int i = 0; i < commands; ++i) {
        const qint64 unit = units[int(rng() % units.size())];
        const qint64 incident = incidents[int(rng() % incidents.size())];
        const unsigned pick = rng() % 100;
        QJsonObject o{{QStringLiteral("unit"), unit}};
        Status done = Done{};
        if (pick < 30) {
            o.insert(QStringLiteral("op"), QStringLiteral("dispatch"));
            o.insert(QStringLiteral("incident"), incident);
            done = desk.dispatchUnits(incident, {{unit}});
        } else if (pick < 40) {
            o.insert(QStringLiteral("op"), QStringLiteral("reassign"));
            o.insert(QStringLiteral("incident"), incident);
            done = desk.dispatchUnits(incident, {{unit}}, true);
        } else if (pick < 70) {
            static const UnitState steps[] = {UnitState::Acknowledged, UnitState::EnRoute, UnitState::OnScene};
            const UnitState step = steps[rng() % 3];
            o.insert(QStringLiteral("op"), QStringLiteral("step"));
            o.insert(QStringLiteral("step"), UnitLifecycle::code(step));
            done = desk.advanceUnit(unit, step);
        } else if (pick < 88) {
            o.insert(QStringLiteral("op"), QStringLiteral("clear"));
            done = desk.clearUnit(unit);
        } else if (pick < 92) {
            // Two desks may cancel the same incident (a hoax found out on both lines): one does it, the other is told.
            o.remove(QStringLiteral("unit"));
            o.insert(QStringLiteral("op"), QStringLiteral("cancel"));
            o.insert(QStringLiteral("incident"), incident);
            done = desk.changeIncidentState(incident, IncidentState::Cancelled, QStringLiteral("恶意报警，已核实"));
        } else {
            o.remove(QStringLiteral("unit"));
            o.insert(QStringLiteral("op"), QStringLiteral("call"));
            auto made = desk.createIncident(call(rng, desk.desk()));
            if (made) {
                incidents.append(*made);
                o.insert(QStringLiteral("incident"), *made);
            } else {
                done = made.error();
            }
        }
        o.insert(QStringLiteral("ok"), done.ok());
        if (!done.ok())
            o.insert(QStringLiteral("error"), done.errorString());
        say(o);
        // A desk reads what the others did on its tick, not after every command: half the time its board is stale.
        if (rng() % 2)
            desk.poll();
    }
    say({{QStringLiteral("done"), true}});
    waitForLine();
    desk.poll();
    auto again = Database::open(args.value(QStringLiteral("db")), Database::Mode::OpenExisting);
    if (!again)
        fail(again.errorString());
    SystemClock clock;
    DispatchService fresh(**again, clock, QStringLiteral("check"));
    const QStringList why = differences(desk.board(), fresh.board());
    if (why.isEmpty())
        say({{QStringLiteral("board"), QStringLiteral("equal")}});
    else
        say({{QStringLiteral("board"), QStringLiteral("differs")}, {QStringLiteral("why"), QJsonArray::fromStringList(why)}});
    return 0;
}

int shift(DispatchService& desk, const QCommandLineParser& args, std::mt19937& rng)
{
    const int intervalMs = args.value(QStringLiteral("interval-ms")).toInt();
    const qint64 durationMs = args.value(QStringLiteral("duration-s")).toLongLong() * 1000;
    const qint64 startAtMs = args.value(QStringLiteral("start-at")).toLongLong();
    if (intervalMs <= 0 || durationMs <= 0)
        fail(QStringLiteral("shift needs --interval-ms and --duration-s"));

    int calls = 0;
    int seen = 0;
    QObject::connect(&desk, &DispatchService::incidentsArrived, &desk, [&](const QList<qint64>& arrived) {
        const qint64 at = wallUs();
        for (qint64 id : arrived) {
            const Incident* i = desk.board().incident(id);
            if (i && i->desk != desk.desk()) {
                ++seen;
                say({{QStringLiteral("t"), QStringLiteral("seen")}, {QStringLiteral("id"), id},
                     {QStringLiteral("at_us"), at}});
            }
        }
    });
    std::unique_ptr<ServerWatch> watch;
    if (desk.database().isServer()) {
        watch = std::make_unique<ServerWatch>(desk.database(), desk.clock());
        QObject::connect(watch.get(), &ServerWatch::woken, &desk, &DispatchService::catchUp);
        QObject::connect(watch.get(), &ServerWatch::connectionLost, &desk, [](qint64, const QString& why) {
            say({{QStringLiteral("t"), QStringLiteral("lost")}, {QStringLiteral("why"), why}});
        });
        QObject::connect(watch.get(), &ServerWatch::connectionRestored, &desk, [](qint64 lostForMs) {
            say({{QStringLiteral("t"), QStringLiteral("restored")}, {QStringLiteral("after_ms"), lostForMs}});
        });
        watch->start();
    }
    // The desk's one-second tick: what another desk did (on SQLite the only way to learn it) and the clocks.
    QTimer tick;
    const bool sweep = !args.isSet(QStringLiteral("no-sweep"));
    QObject::connect(&tick, &QTimer::timeout, &desk, [&desk, sweep] {
        desk.poll();
        if (sweep)
            desk.sweepClocks();
    });
    QTimer caller;
    caller.setTimerType(Qt::PreciseTimer);
    const auto takeCall = [&] {
        const IncidentDraft d = call(rng, desk.desk());
        QElapsedTimer t;
        t.start();
        auto made = desk.createIncident(d);
        const qint64 latency = t.nsecsElapsed() / 1000;
        if (!made) {
            // The desk says so and goes on (the server may be away for a moment); the call is taken again by hand.
            say({{QStringLiteral("t"), QStringLiteral("call_failed")}, {QStringLiteral("error"), made.errorString()}});
            return;
        }
        ++calls;
        say({{QStringLiteral("t"), QStringLiteral("call")}, {QStringLiteral("id"), *made},
             {QStringLiteral("committed_us"), wallUs()}, {QStringLiteral("latency_us"), latency}});
    };
    QObject::connect(&caller, &QTimer::timeout, &desk, takeCall);
    const qint64 firstCallMs = startAtMs + qint64(rng() % unsigned(intervalMs));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QTimer::singleShot(std::max<qint64>(0, firstCallMs - now), &desk, [&] {
        takeCall();
        caller.start(intervalMs);
        tick.start(1000);
    });
    // Calls stop at the end of the shift; the desk listens a few seconds more for the others' last calls.
    QTimer::singleShot(std::max<qint64>(0, startAtMs + durationMs - now), &desk, [&] { caller.stop(); });
    QTimer::singleShot(std::max<qint64>(0, startAtMs + durationMs + 5000 - now), &desk, [&] {
        say({{QStringLiteral("t"), QStringLiteral("end")}, {QStringLiteral("calls"), calls},
             {QStringLiteral("seen"), seen}});
        QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser args;
    args.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("hammer or shift"));
    for (const char* name : {"db", "desk", "user", "password", "seed", "commands", "units", "incidents",
                             "interval-ms", "duration-s", "start-at"})
        args.addOption({QString::fromLatin1(name), QString::fromLatin1(name), QStringLiteral("value")});
    args.addOption({QStringLiteral("no-sweep"), QStringLiteral("The shift's tick does not sweep the clocks.")});
    args.process(app);
    const QString mode = args.positionalArguments().value(0);

    auto db = Database::open(args.value(QStringLiteral("db")), Database::Mode::OpenExisting);
    if (!db)
        fail(db.errorString());
    SystemClock clock;
    DispatchService desk(**db, clock, args.value(QStringLiteral("desk")));
    const QString user = args.isSet(QStringLiteral("user")) ? args.value(QStringLiteral("user"))
                                                            : QStringLiteral("dispatcher");
    const QString password = args.isSet(QStringLiteral("password")) ? args.value(QStringLiteral("password"))
                                                                    : user + QStringLiteral("110");
    if (auto in = desk.login(user, password); !in)
        fail(in.errorString());
    std::mt19937 rng(args.value(QStringLiteral("seed")).toUInt());
    if (mode == QLatin1String("hammer"))
        return hammer(desk, args, rng);
    if (mode == QLatin1String("shift"))
        return shift(desk, args, rng);
    fail(QStringLiteral("unknown mode \"%1\"").arg(mode));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The training simulator: scenario validation with every problem's JSON path, the shipped scenarios, determinism
// (same seed, same final state), a trainee's session scored against hand-computed expectations, injected events,
// the pace of simulated time, scenarios from history, training that never touches a live store, and an exercise that
// starts whole (its training tables written in one transaction) or leaves nothing behind.
#include "CatchQt.h"
#include "TestStore.h"

#include "domain/Taxonomy.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "store/TrainingRepository.h"
#include "training/AfterAction.h"
#include "training/ScenarioFromHistory.h"
#include "training/SimulationPace.h"
#include "training/Simulator.h"
#include "training/TrainingRun.h"
#include "training/TrainingStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace dispatch;
using namespace dispatch::test;

namespace {

constexpr qint64 kSecond = 1000;

Scenario load(const QString& name)
{
    const Result<Scenario> s = Scenario::fromFile(name.startsWith(u':') ? name : testDataPath(QStringLiteral("scenarios/") + name));
    INFO(s.errorString().toStdString());
    REQUIRE(s.ok());
    return *s;
}

/// The trainee's own connection to the training store, on the exercise's clock.
struct Desk
{
    std::unique_ptr<Database> db;
    std::unique_ptr<DispatchService> svc;
};

Desk desk(const QString& path, ManualClock& clock, const QString& user)
{
    Desk d;
    auto db = TrainingStore::open(path);
    REQUIRE(db.ok());
    d.db = std::move(db).value();
    d.svc = std::make_unique<DispatchService>(*d.db, clock, QStringLiteral("trainee-desk"));
    REQUIRE(d.svc->login(user, user + QStringLiteral("110")).ok());
    return d;
}

IncidentDraft answer(const TrainingCall& c, const char* category, int priority, const char* divert = "")
{
    IncidentDraft d;
    d.line = c.line;
    d.callerPhone = c.phone;
    d.address = c.address;
    d.position = c.position;
    d.summary = c.text;
    d.receivedAtMs = c.ringAtMs;
    d.sourceRef = c.sourceRef();
    d.category = QString::fromLatin1(category);
    d.priority = priority;
    d.divertTo = QString::fromLatin1(divert);
    return d;
}

TrainingCall ringing(Desk& d, const QString& ref, qint64 now)
{
    for (const TrainingCall& c : TrainingRepository::ringing(d.db->connection(), now))
        if (c.ref == ref)
            return c;
    FAIL("the call " << ref.toStdString() << " is not ringing");
    return {};
}

} // namespace

TEST_CASE("a scenario with mistakes is refused whole, every problem named with its JSON path", "[training][scenario]")
{
    const Result<Scenario> s = Scenario::fromFile(testDataPath(QStringLiteral("scenarios/broken.json")));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().where.endsWith(QStringLiteral("broken.json")));
    const QString m = s.error().message;
    for (const char* expected : {"title: a scenario needs a title", "start: an ISO 8601 date-time", "behaviour.speed: unknown field",
                                 "behaviour.sign_for_seconds: must be [min, max]", "events[0].truth.category: unknown category \"brawl\"",
                                 "events[0].truth.priority: must be 1 to 4", "events[1].id: the id \"a\" is used twice",
                                 "events[1].text: what the caller says is needed", "events[1].same_event_as: no earlier call \"zz\"",
                                 "events[2].unit: no unit \"不存在01\"", "events[2].event: breakdown, avl_lost or late_on_scene",
                                 "events[3].at: seconds from the start", "events[3].source: who issues the instruction",
                                 "events[3].class: urgent, general or repeated", "events[4].type: call, escalation, unit or instruction"})
        CHECK(m.contains(QString::fromUtf8(expected)));
    CHECK(m.startsWith(QStringLiteral("15 problem(s)")));
    CHECK(Scenario::fromJson("{", QStringLiteral("x.json")).errorString().contains(QStringLiteral("line 1")));
}

TEST_CASE("a scenario's times beyond a week are refused, never converted (huge numbers found by the fuzzer)",
          "[training][scenario]")
{
    const QByteArray huge = R"({"title": "t", "start": "2026-05-01T08:00:00+08:00",
        "behaviour": {"sign_for_seconds": [0, 1e119], "intake_seconds": [-1e119, 5]},
        "events": [{"at": 4.44e119, "type": "unit", "unit": "x", "event": "breakdown"},
                   {"at": 604801, "type": "unit", "unit": "x", "event": "breakdown"},
                   {"at": "168:00:01", "type": "unit", "unit": "x", "event": "breakdown"},
                   {"at": 12.5, "type": "unit", "unit": "x", "event": "breakdown"}]})";
    const Result<Scenario> s = Scenario::fromJson(huge, QStringLiteral("huge.json"));
    REQUIRE_FALSE(s.ok());
    const QString m = s.error().message;
    CHECK(m.contains(QStringLiteral("behaviour.sign_for_seconds: must be [min, max]")));
    CHECK(m.contains(QStringLiteral("behaviour.intake_seconds: must be [min, max]")));
    for (int i = 0; i < 4; ++i)
        CHECK(m.contains(QStringLiteral("events[%1].at: seconds from the start").arg(i)));
    // A week to the second is still an exercise's time.
    QByteArray week = huge;
    week.replace(R"("at": 604801,)", R"("at": 604800,)");
    const Result<Scenario> w = Scenario::fromJson(week, QStringLiteral("week.json"));
    REQUIRE_FALSE(w.ok());
    CHECK_FALSE(w.error().message.contains(QStringLiteral("events[1].at")));
    CHECK(w.error().message.contains(QStringLiteral("events[2].at")));
}

TEST_CASE("the three shipped scenarios are valid and say what they hold", "[training][scenario]")
{
    for (const char* name : {"weekday-shift", "friday-night-surge", "mass-incident"}) {
        const Scenario s = load(QStringLiteral(":/dispatch/scenarios/%1.json").arg(QLatin1String(name)));
        CHECK(s.callCount() >= 30);
        CHECK_FALSE(s.title.isEmpty());
    }
    const Scenario mass = load(QStringLiteral(":/dispatch/scenarios/mass-incident.json"));
    const ScenarioEvent* first = mass.call(QStringLiteral("m01"));
    REQUIRE(first);
    int further = 0;
    for (const ScenarioEvent& e : mass.events)
        if (e.sameEventAs == QStringLiteral("m01"))
            ++further;
    CHECK(further >= 14);
    CHECK(std::any_of(mass.events.cbegin(), mass.events.cend(), [](const ScenarioEvent& e) {
        return e.type == ScenarioEvent::Type::Instruction && e.instructionClass == QStringLiteral("urgent");
    }));
    // Written out and read back, a scenario is the same.
    const Result<Scenario> again = Scenario::fromJson(QJsonDocument(mass.toJson()).toJson(), QStringLiteral("again"));
    REQUIRE(again.ok());
    CHECK(again->events.size() == mass.events.size());
    CHECK(again->startMs == mass.startMs);
}

TEST_CASE("the same seed gives the same run; another seed another", "[training][determinism]")
{
    const Scenario s = load(QStringLiteral(":/dispatch/scenarios/mass-incident.json"));
    QTemporaryDir dir;
    SimulationOptions o;
    o.autoDispatch = true;
    o.seed = 42;
    const auto a = TrainingRun::run(s, dir.filePath(QStringLiteral("a.sqlite")), o);
    const auto b = TrainingRun::run(s, dir.filePath(QStringLiteral("b.sqlite")), o);
    o.seed = 43;
    const auto c = TrainingRun::run(s, dir.filePath(QStringLiteral("c.sqlite")), o);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    REQUIRE(c.ok());
    CHECK(a->stateHash == b->stateHash);
    CHECK(a->events == b->events);
    CHECK(a->report.score == b->report.score);
    CHECK(a->stateHash != c->stateHash);
    CHECK(a->incidents > 10);
    CHECK(a->dispatched > 10);
    INFO(a->lastRefusal.toStdString());
    CHECK(a->refusals == 0);
    // The automatic dispatcher merged the square's further callers through the desk's duplicate search.
    CHECK(a->report.merged.n >= 14);
    CHECK(a->report.merged.ok >= a->report.merged.n / 2);
    const QJsonObject j = a->toJson(QTimeZone("Asia/Shanghai"), 42);
    for (const char* key : {"incidents", "dispatched", "compliance", "intervals", "events", "state_hash", "score"})
        CHECK(j.contains(QLatin1String(key)));
}

TEST_CASE("a trainee's session scored against the truth, by hand", "[training][score]")
{
    const Scenario s = load(QStringLiteral("small.json"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("drill.sqlite"));
    auto simDb = TrainingStore::start(path, s, {}, SimulationOptions{});
    REQUIRE(simDb.ok());
    ManualClock clock(s.startMs);
    DispatchService simSvc(**simDb, clock, QStringLiteral("simulation"));
    simSvc.actAsSystem(QStringLiteral("simulator"));
    Simulator sim(simSvc, clock, s, SimulationOptions{});
    Desk d = desk(path, clock, QStringLiteral("dispatcher"));
    DispatchService& me = *d.svc;
    const qint64 t0 = s.startMs;
    const auto at = [&](qint64 seconds) {
        sim.advanceTo(t0 + seconds * kSecond);
        me.refreshIfChangedElsewhere();
    };
    const auto sendRecommended = [&](qint64 incident) {
        const Recommendation r = me.recommend(incident);
        REQUIRE_FALSE(r.candidates.isEmpty());
        REQUIRE(me.dispatchUnits(incident, {{r.candidates.first().unitId}}).ok());
    };

    at(59);
    CHECK(TrainingRepository::ringing(d.db->connection(), clock.nowMs()).isEmpty());
    // The fight: right category and priority, but sent 70 s after the call (P1 allows 60 s).
    at(100);
    auto fight = me.createIncident(answer(ringing(d, QStringLiteral("fight"), clock.nowMs()), "public_order", 1));
    REQUIRE(fight.ok());
    CHECK(me.findIncident(*fight)->origin == IncidentOrigin::Exercise);
    at(130);
    sendRecommended(*fight);
    // Its further caller is merged.
    at(200);
    IncidentDraft again = answer(ringing(d, QStringLiteral("fight-2"), clock.nowMs()), "public_order", 1);
    REQUIRE(me.mergeCall(*fight, again).ok());
    // The power cut: diverted to the power company, as it should be.
    at(320);
    REQUIRE(me.createIncident(answer(ringing(d, QStringLiteral("lamp"), clock.nowMs()), "non_police", 4, "power")).ok());
    // The quarrel: taken as a dispute (P3) and sent in 50 s; it becomes a knife fight at 20 min, whose caller is
    // never answered: the truth is public order P1, and the further caller is not merged.
    at(630);
    auto quarrel = me.createIncident(answer(ringing(d, QStringLiteral("quarrel"), clock.nowMs()), "dispute", 3));
    REQUIRE(quarrel.ok());
    at(650);
    sendRecommended(*quarrel);
    at(60 * 60);

    const AfterActionReport r = AfterActionReport::build(d.db->connection(), me.responsePolicy(), s, clock.nowMs());
    REQUIRE(r.events.size() == 3);
    CHECK(r.answered.n == 3);
    CHECK(r.answered.ok == 3);
    CHECK(r.dispatchInTime.n == 2); // the power cut is no police matter
    CHECK(r.dispatchInTime.ok == 1);
    CHECK(r.category.ok == 2);
    CHECK(r.priority.ok == 2);
    CHECK(r.diversion.ok == 3);
    CHECK(r.merged.n == 2);
    CHECK(r.merged.ok == 1);
    CHECK(r.recommended.n == 2);
    CHECK(r.recommended.ok == 2);
    // 100 × (0.30·1/2 + 0.20·2/3 + 0.15·2/3 + 0.10·1 + 0.10·1/2 + 0.10·1 + 0.05·1) = 68.33…
    CHECK(r.score == Approx(100.0 * (0.15 + 0.2 * 2 / 3 + 0.15 * 2 / 3 + 0.1 + 0.05 + 0.1 + 0.05)));
    CHECK(QString::number(r.score, 'f', 2) == QStringLiteral("68.33"));
    const AfterActionEvent& q = r.events.last();
    CHECK(q.ref == QStringLiteral("quarrel"));
    CHECK(q.truth.category == QStringLiteral("public_order"));
    CHECK(q.dispatchTargetMs == 60 * kSecond);
    CHECK(q.dispatchedInTime());
    CHECK_FALSE(q.categoryRight());
    // Before the escalation rang (20 min), the quarrel was a dispute to mediate, and the desk had it right.
    const AfterActionReport early = AfterActionReport::build(d.db->connection(), me.responsePolicy(), s, t0 + 15 * 60 * kSecond);
    REQUIRE(early.events.size() == 3);
    CHECK(early.events.last().truth.category == QStringLiteral("dispute"));
    CHECK(early.events.last().truth.priority == 3);
    CHECK(early.events.last().categoryRight());
    CHECK(early.merged.n == 1); // the escalation's caller had not rung yet
    // The units played their part: the fight's unit signed for after 10 s and reached the scene.
    const AfterActionEvent& f = r.events.first();
    CHECK(f.signedForAtMs == f.dispatchedAtMs + 10 * kSecond);
    CHECK(f.onSceneAtMs > f.signedForAtMs);
    CHECK(f.feedbackAtMs > f.onSceneAtMs);
    const QList<ReportTable> tables = r.tables(QTimeZone("Asia/Shanghai"), QStringLiteral("zh_CN"));
    REQUIRE(tables.size() == 2);
    // The quarrel's row: the truth (it turned violent) and the choice, in the desk's language, marked wrong.
    const QStringList row = tables[1].rows.last();
    CHECK(row[2] == QStringLiteral("%1 P1").arg(Taxonomy::builtin().categoryLabel(QStringLiteral("public_order"), QStringLiteral("zh_CN"))));
    CHECK(row[3].startsWith(Taxonomy::builtin().categoryLabel(QStringLiteral("dispute"), QStringLiteral("zh_CN"))));
    CHECK(row[3].endsWith(QStringLiteral("✗")));
    // The instruction from higher command arrived at 25 min; 特巡01 broke down at 15 min.
    CHECK(me.openInstructions().size() == 1);
    CHECK(sql::scalar(d.db->connection(), QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'unit.state_changed' "
                                                         "AND payload LIKE '%broke down%'")).toInt() == 1);
}

TEST_CASE("the trainer injects a call and a breakdown by hand", "[training][inject]")
{
    const Scenario s = load(QStringLiteral("small.json"));
    QTemporaryDir dir;
    auto db = TrainingStore::start(dir.filePath(QStringLiteral("t.sqlite")), s, {}, SimulationOptions{});
    REQUIRE(db.ok());
    ManualClock clock(s.startMs);
    DispatchService svc(**db, clock, QStringLiteral("simulation"));
    svc.actAsSystem(QStringLiteral("simulator"));
    Simulator sim(svc, clock, s, SimulationOptions{});
    sim.advanceTo(s.startMs + 400 * kSecond);
    ScenarioEvent call;
    call.type = ScenarioEvent::Type::Call;
    call.id = QStringLiteral("fight"); // taken: made unique
    call.text = QStringLiteral("超市门口有人抢包");
    call.position = GeoPoint{22.78, 100.97};
    call.truth = ScenarioTruth{QStringLiteral("criminal"), 1, {}, false};
    sim.inject(call);
    ScenarioEvent breakdown;
    breakdown.type = ScenarioEvent::Type::Unit;
    breakdown.unit = QStringLiteral("城北01");
    breakdown.unitEvent = ScenarioEvent::UnitEvent::Breakdown;
    breakdown.minutes = 5;
    sim.inject(breakdown);
    sim.advanceTo(clock.nowMs());
    const QList<TrainingCall> ringingNow = TrainingRepository::ringing((*db)->connection(), clock.nowMs());
    CHECK(std::any_of(ringingNow.cbegin(), ringingNow.cend(), [](const TrainingCall& c) {
        return c.ref == QStringLiteral("fight2") && c.truth.category == QStringLiteral("criminal");
    }));
    CHECK(svc.board().unitByCallsign(QStringLiteral("城北01"))->state == UnitState::Busy);
    sim.advanceTo(clock.nowMs() + 6 * 60 * kSecond);
    CHECK(svc.board().unitByCallsign(QStringLiteral("城北01"))->state == UnitState::AvailablePatrol);
    CHECK(sim.nextEventAt() > clock.nowMs());
}

TEST_CASE("an exercise starts whole: the trainees, the scenario and the seed in its training meta", "[training][start]")
{
    const Scenario s = load(QStringLiteral("small.json"));
    QTemporaryDir dir;
    SimulationOptions o;
    o.seed = 11;
    const QList<Trainee> trainees{{QStringLiteral("trainee7"), QStringLiteral("实习生七")}, {QStringLiteral("dispatcher"), {}}};
    auto db = TrainingStore::start(dir.filePath(QStringLiteral("drill.sqlite")), s, trainees, o);
    REQUIRE(db.ok());
    const QSqlDatabase& c = (*db)->connection();
    CHECK(TrainingRepository::isTrainingStore(c));
    CHECK(TrainingRepository::meta(c, QStringLiteral("title")) == s.title);
    CHECK(TrainingRepository::meta(c, QStringLiteral("start")) == QString::number(s.startMs));
    CHECK(TrainingRepository::meta(c, QStringLiteral("seed")) == QStringLiteral("11"));
    CHECK(TrainingRepository::meta(c, QStringLiteral("trainee")) == QStringLiteral("trainee7,dispatcher"));
    CHECK(TrainingRepository::calls(c).size() == s.callCount());
    // The trainee from the live store is a dispatcher of the exercise; the demo's dispatcher is there already.
    ManualClock clock(s.startMs);
    DispatchService desk(**db, clock, QStringLiteral("desk"));
    const auto seated = desk.signInForExercise(QStringLiteral("trainee7"));
    REQUIRE(seated.ok());
    CHECK(seated->role == Role::Dispatcher);
    CHECK(seated->displayName == QStringLiteral("实习生七"));

    // Headless, nobody at the desk: the meta says so with an empty trainee, and the run goes to its end.
    const auto nobody = TrainingRun::run(s, dir.filePath(QStringLiteral("nobody.sqlite")), o);
    INFO(nobody.errorString().toStdString());
    REQUIRE(nobody.ok());
    CHECK(nobody->report.trainee.isEmpty());
    CHECK(nobody->report.answered.ok == 0);
}

TEST_CASE("an exercise that fails to start leaves no store behind", "[training][start]")
{
    const Scenario s = load(QStringLiteral("small.json"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("drill.sqlite"));
    const auto nothingLeft = [&] {
        CHECK_FALSE(QFileInfo::exists(path));
        CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    };

    SECTION("a trainee who cannot be a user of the exercise")
    {
        const auto r = TrainingStore::start(path, s, {{QStringLiteral("no such user!"), {}}}, SimulationOptions{});
        REQUIRE_FALSE(r.ok());
        CHECK(r.errorString().contains(QStringLiteral("user name")));
        nothingLeft();
    }
    SECTION("a call the store refuses, after the meta and the first calls were written")
    {
        Scenario twice = s;
        ScenarioEvent again = *s.call(QStringLiteral("quarrel"));
        again.atSeconds = s.events.last().atSeconds;
        twice.events.append(again); // the ref is unique in training_calls
        const auto r = TrainingStore::start(path, twice, {}, SimulationOptions{});
        REQUIRE_FALSE(r.ok());
        CHECK(r.errorString().contains(QStringLiteral("UNIQUE")));
        nothingLeft();
        // The headless run starts the same way.
        CHECK_FALSE(TrainingRun::run(twice, path, SimulationOptions{}).ok());
        nothingLeft();
    }
    SECTION("a file already there is refused and kept")
    {
        QFile taken(path);
        REQUIRE(taken.open(QIODevice::WriteOnly));
        taken.write("not a store");
        taken.close();
        CHECK(TrainingStore::start(path, s, {}, SimulationOptions{}).errorString().contains(QStringLiteral("always new")));
        CHECK(QFileInfo(path).size() == 11);
    }
}

TEST_CASE("the training tables are written only inside a transaction", "[training][start]")
{
    const Scenario s = load(QStringLiteral("small.json"));
    QTemporaryDir dir;
    auto db = TrainingStore::start(dir.filePath(QStringLiteral("drill.sqlite")), s, {}, SimulationOptions{});
    REQUIRE(db.ok());
    Database& store = **db;
    CHECK_THROWS_AS(TrainingRepository::setMeta(store, QStringLiteral("note"), QStringLiteral("x")), DispatchError);
    CHECK_THROWS_AS(TrainingRepository::link(store, QStringLiteral("fight"), 1, false, s.startMs), DispatchError);
    CHECK(TrainingRepository::meta(store.connection(), QStringLiteral("note")).isEmpty());
    {
        Transaction tx(store);
        TrainingRepository::setMeta(store, QStringLiteral("note"), QStringLiteral("x"));
        TrainingRepository::setMeta(store, QStringLiteral("empty"), QString());
        tx.commit();
    }
    CHECK(TrainingRepository::meta(store.connection(), QStringLiteral("note")) == QStringLiteral("x"));
    CHECK(sql::scalar(store.connection(), QStringLiteral("SELECT COUNT(*) FROM training_meta WHERE key = 'empty'")).toInt() == 1);
}

TEST_CASE("simulated time: paused, 1× to 60×, jumps never go back", "[training][pace]")
{
    SimulationPace pace(1000000);
    CHECK(pace.isPaused());
    CHECK(pace.simAt(5000) == 1000000);
    pace.resume(5000);
    CHECK(pace.simAt(6000) == 1001000);
    pace.setSpeed(60, 6000);
    CHECK(pace.simAt(7000) == 1061000);
    pace.pause(8000);
    CHECK(pace.simAt(20000) == 1121000);
    pace.resume(20000);
    pace.jumpTo(2000000, 20000);
    CHECK(pace.simAt(20000) == 2000000);
    pace.jumpTo(10, 20000); // never back
    CHECK(pace.simAt(20000) == 2000000);
    pace.setSpeed(10, 20000);
    CHECK(pace.simAt(21000) == 2010000);
}

TEST_CASE("training never touches a live store; its incidents are exercises", "[training][separation][sqlite]")
{
    TestStore live;
    const qint64 before = sql::scalar(live.db().connection(), QStringLiteral("SELECT COUNT(*) FROM incidents")).toLongLong();
    CHECK(TrainingStore::open(live.path()).errorString().contains(QStringLiteral("not a training store")));
    const Scenario s = load(QStringLiteral("small.json"));
    CHECK(TrainingStore::start(live.path(), s, {}, SimulationOptions{}).errorString().contains(QStringLiteral("always new")));

    QTemporaryDir dir;
    SimulationOptions o;
    o.autoDispatch = true;
    const auto run = TrainingRun::run(s, dir.filePath(QStringLiteral("drill.sqlite")), o);
    REQUIRE(run.ok());
    auto training = TrainingStore::open(dir.filePath(QStringLiteral("drill.sqlite")));
    REQUIRE(training.ok());
    const QSqlDatabase& t = (*training)->connection();
    CHECK(sql::scalar(t, QStringLiteral("SELECT COUNT(*) FROM incidents")).toInt() > 0);
    CHECK(sql::scalar(t, QStringLiteral("SELECT COUNT(*) FROM incidents WHERE origin <> 'exercise'")).toInt() == 0);
    CHECK(sql::scalar(live.db().connection(), QStringLiteral("SELECT COUNT(*) FROM incidents")).toLongLong() == before);
    CHECK(sql::scalar(live.db().connection(), QStringLiteral("SELECT COUNT(*) FROM incidents WHERE origin = 'exercise'")).toInt() == 0);
    // Live figures never count exercises, even in the training store itself.
    auto st = run->statistics;
    CHECK(st.incidents == run->incidents);
    DispatchService view(**training, live.clock(), QStringLiteral("view"));
    CHECK(view.statistics({}).value().incidents == 0);
}

TEST_CASE("a scenario made from stored history: each incident a call at its own time, merged callers as further callers",
          "[training][history]")
{
    TestStore s;
    DispatchService& svc = s.service();
    IncidentDraft d;
    d.summary = QStringLiteral("两车剐蹭");
    d.category = QStringLiteral("traffic");
    d.priority = 3;
    d.position = GeoPoint{22.78, 100.97};
    auto a = svc.createIncident(d);
    REQUIRE(a.ok());
    s.clock().advanceMs(90 * kSecond);
    IncidentDraft more = d;
    more.summary = QStringLiteral("路口剐蹭堵车了");
    REQUIRE(svc.mergeCall(*a, more).ok());
    s.clock().advanceMs(10 * 60 * kSecond);
    d.summary = QStringLiteral("有人晕倒");
    d.category = QStringLiteral("assistance");
    d.priority = 2;
    REQUIRE(svc.createIncident(d).ok());

    const qint64 from = defaultStartMs() - 60 * kSecond;
    const auto sc = ScenarioFromHistory::build(s.db().connection(), QTimeZone("Asia/Shanghai"), from, from + 3600 * kSecond);
    REQUIRE(sc.ok());
    REQUIRE(sc->events.size() == 3);
    CHECK(sc->events[0].atSeconds == 60);
    CHECK(sc->events[0].truth->category == QStringLiteral("traffic"));
    CHECK(sc->events[1].sameEventAs == sc->events[0].id);
    CHECK(sc->events[1].atSeconds == 150);
    CHECK(sc->events[2].truth->priority == 2);
    CHECK(sc->durationSeconds == 3600);
    const Result<Scenario> back = Scenario::fromJson(QJsonDocument(sc->toJson()).toJson(), QStringLiteral("history.json"));
    INFO(back.errorString().toStdString());
    CHECK(back.ok());
    CHECK_FALSE(ScenarioFromHistory::build(s.db().connection(), QTimeZone::utc(), from - 7200 * kSecond, from).ok());
}
